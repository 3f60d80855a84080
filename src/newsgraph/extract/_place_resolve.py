"""Choosing one gazetteer entry for each place name, from the document's context.

Owns disambiguation. A name gets one sense per document (every "Paris" in a
story is the same Paris). Each candidate entry is scored from:

- a prior: countries, continents, regions and US states before cities;
  cities by population (log scale); national capitals get a little more;
  US counties by their number of towns;
- how the name belongs to the entry: our alias table (the sense a news reader
  expects) over the entry's own name over an alternate name;
- the document's other places: the entry's country or US state is mentioned
  (a state the more, the more often the story names it); a country that
  dominates the story ("Paris" in a story about Texas towns); the story's home
  state, the one its ambiguous names agree on; a town or county near a
  candidate of another of the story's names (see ``_place_nearby``);
- a "Town, State" or "Town, Country" qualifier, which decides outright.

Once the choices settle, a lesser town abroad that is alone of its country in
a story about another country's places, or a small town alone of its state in
a story about one state's places, is more likely a local place the gazetteer
lacks than the namesake far away: it is left unresolved and marked
``stray``, and ``places`` locates it at the story's town.

Scoring runs four times: without context, to find the names that are clear on
their own; then three times with the other names' current choices (the first
time only the clear ones), so that unambiguous names settle ambiguous ones.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import combinations

from newsgraph.extract._gazetteer import Entry, Gazetteer, Hit
from newsgraph.extract._place_nearby import close_entries
from newsgraph.extract._place_record import Mention, clear_majority
from newsgraph.extract.geo import km_between

FEATURE_PRIOR = {"country": 10.0, "continent": 9.0, "region": 8.0, "admin1": 7.0, "admin2": 6.0}
RANK_BONUS = (0.0, 1.0, 3.0)  # alternate name, own name, alias table
CAPITAL_BONUS = 1.5
SAME_COUNTRY = 2.5
SAME_STATE = 3.0
DOMINANT_COUNTRY = 3.0
NEIGHBOUR = 1.5
NEARBY = 2.0  # a town or county near a candidate of another of the story's names
QUALIFIED = 20.0
# A country whose people the story names ("the search was extended to Mexico ... Mexican police")
# beats the namesake town of a local story's state (Mexico, N.Y., in a Buffalo story).
PEOPLE_NAMED = 6.0
CLEAR_MARGIN = 2.0
# Mentions of one country it takes before its namesake of a famous place wins on
# country-wide support alone: a local story names its country's places often.
LOCAL_STORY = 5
# A name found only by the capitalised-word scan must score at least this much to
# count as a city: a town of 10,000 with no support from the rest of the story
# is more likely a surname or a company.
UNSUPPORTED_CITY = 5.0
# A city named only inside organisations' names counts from this size: "the
# University of Cincinnati", "the Nashville Film Festival" are about the city; a
# small town's name in a company's is more often a family name.
IN_NAME_CITY = 300_000
# A city abroad smaller than this, alone of its country in a story about another
# country's places, is more likely a local place the gazetteer lacks.
STRAY_CITY = 100_000
# A town of another state smaller than this, alone of its state in a story about one
# state's places, is more likely a local place the gazetteer lacks; unless it lies this
# close to another of the story's places, across a state line ("Platte City" by Kansas City).
STRAY_TOWN = 50_000
NEIGHBOURHOOD_KM = 100.0
# A sea or region of several countries lies this close to the point of a country or US state
# the story names: "the Gulf" of a story about Iraq and Kuwait is the Persian Gulf, of one
# about Louisiana and Alabama the Gulf of Mexico (aliases.tsv gives "Gulf" both senses).
REGION_NEAR_KM = 1500.0
# A local story's towns, counties and state lie this close together (a state's point is its centre).
LOCAL_SPREAD_KM = 500.0
_LOCAL_FEATURES = frozenset({"city", "admin2", "admin1"})
# A story of more states than this with none of them its home is national: naming Texas once
# ("Beaumont, Tex.") does not make its "Paris" the Texas town.
_FEW_STATES = 2


@dataclass(slots=True)
class _Context:
    countries: Counter[str] = field(default_factory=Counter)
    states: Counter[str] = field(default_factory=Counter)
    close: frozenset[int] = frozenset()  # ids of entries near another name's candidate
    local: bool = False  # the story's other places lie close together (see ``_local_stories``)
    peoples: AbstractSet[str] = frozenset()  # countries whose people the story names ("Mexican police")

    @property
    def home(self) -> str | None:
        """The US state (or Canadian province) of most of the story's places, when one clearly is."""
        return clear_majority(self.states)

    @property
    def dominant(self) -> str | None:
        """The country of most of the story's places, when one clearly is."""
        return clear_majority(self.countries)


def resolve(mentions: list[Mention], gazetteer: Gazetteer, *, peoples: AbstractSet[str] = frozenset()) -> None:
    """Set ``resolved`` on every mention (None when no entry fits), and ``stray`` where none near the story fits.

    ``peoples`` holds the alpha-2 codes of countries whose people the story names ("Mexican
    police"): such a country's name is the country, not a namesake town of the story's state.
    """
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[mention.key].append(mention)
    # The first context comes only from names clear on their own ("Texas", "Falls
    # Village"): ambiguous names chosen blind would pull one another into the wrong
    # state ("Sharon" and "Cornwall" are towns in Pennsylvania too).
    close = close_entries({key: group[0].hits for key, group in groups.items()})
    choice = {key: _clear_choice(group, gazetteer, close) for key, group in groups.items()}
    home = _home_state(groups, gazetteer, close)
    for _ in range(3):
        totals = _Context(close=close)
        if home is not None:
            totals.states[home] += 1
        for key, entry in choice.items():
            _add(totals, entry, len(groups[key]))
        updated: dict[str, Entry | None] = {}
        local = _local_stories(choice)
        for key, group in groups.items():
            context = _Context(totals.countries.copy(), totals.states.copy(), close, local[key], peoples)
            _add(context, choice[key], -len(group))  # a name is no evidence for itself
            updated[key] = _best(group, context, gazetteer)
        choice = updated
    strays = _strays(groups, choice)
    for key, group in groups.items():
        for mention in group:
            mention.resolved = None if key in strays else choice[key]
            mention.stray = mention.stray or key in strays  # or a longer name with no entry ("Meadow Grove")


def _home_state(groups: dict[str, list[Mention]], gazetteer: Gazetteer, close: frozenset[int]) -> str | None:
    """The US state that most names of the story could be in, when two or more could.

    "Richmond" and "Madison County" are each in many states, but both in
    Kentucky: a local story has a home state, and its ambiguous names agree on it.
    """
    empty = _Context(close=close)
    options: list[dict[str, float]] = []  # per name: its best score in each state, less its best overall
    for group in groups.values():
        scores: dict[str, float] = {}
        best = -math.inf
        for hit in group[0].hits:
            score = _score(hit, empty, None, gazetteer)
            best = max(best, score)
            state = hit.entry.admin1
            if state is not None and score > scores.get(state, -math.inf):
                scores[state] = score
        options.append({state: score - best for state, score in scores.items() if score - best > -SAME_STATE})
    support: Counter[str] = Counter(state for option in options for state in option)
    if not support or support.most_common(1)[0][1] < 2:
        return None
    gain = {state: sum(option[state] + SAME_STATE for option in options if state in option) for state in support}
    ranked = sorted(gain.items(), key=lambda item: -item[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0] if support[ranked[0][0]] >= 2 else None


def _clear_choice(group: list[Mention], gazetteer: Gazetteer, close: frozenset[int]) -> Entry | None:
    """The entry a name stands for with no context, when no entry in another state or country comes close."""
    empty = _Context(close=close)
    best = _best(group, empty, gazetteer)
    if best is None:
        return None
    scores = [(_score(hit, empty, None, gazetteer), hit.entry) for hit in group[0].hits]
    top = max(score for score, entry in scores if entry is best)
    rivals = [score for score, entry in scores if (entry.country2, entry.admin1) != (best.country2, best.admin1)]
    return best if not rivals or top - max(rivals) >= CLEAR_MARGIN else None


def _add(context: _Context, entry: Entry | None, count: int) -> None:
    if entry is None:
        return
    if entry.country2:
        context.countries[entry.country2] += count
        if context.countries[entry.country2] <= 0:
            del context.countries[entry.country2]
    if entry.admin1:
        context.states[entry.admin1] += count
        if context.states[entry.admin1] <= 0:
            del context.states[entry.admin1]


def _best(group: list[Mention], context: _Context, gazetteer: Gazetteer) -> Entry | None:
    qualifier = next((mention.qualifier for mention in group if mention.qualifier is not None), None)
    sure = any(mention.sure for mention in group)
    from_model = any(not mention.in_name for mention in group)
    expected = {hit.entry.country2 for hit in group[0].hits if hit.rank == 2}
    nations = {hit.entry.country2 for hit in group[0].hits if hit.entry.feature in ("country", "region", "continent")}
    scored = sorted(
        (
            (_score(hit, context, qualifier, gazetteer, expected=expected | nations if hit.entry.feature == "city"
                    else expected, nation=bool(nations) and hit.entry.feature == "city"), index, hit)
            for index, hit in enumerate(group[0].hits)
        ),
        key=lambda item: (-item[0], item[1]),
    )
    if not scored:
        return None
    best_score, _, best_hit = scored[0]
    best = best_hit.entry
    if best.feature == "city" and not sure and best_score < UNSUPPORTED_CITY:
        return None
    if qualifier is not None and best_score < QUALIFIED / 2 and best.feature == "city":
        # "Paris, Tenn.": the town is in Tennessee but too small for the gazetteer;
        # pinning it to France (or to the state's centre) would be a false pin.
        return None
    if best.feature == "admin2" and len(scored) > 1 and scored[1][0] == best_score:
        return None  # "Washington County" with no state in the story: 30 candidates, no clue
    if not from_model and best.feature == "city" and best.population < IN_NAME_CITY and not sure:
        return None
    return best


def _strays(groups: dict[str, list[Mention]], choice: dict[str, Entry | None]) -> set[str]:
    """The names whose choice the rest of the story does not bear out: lesser towns abroad or in another state.

    Such a town is more often a local place the gazetteer lacks than its
    namesake far away (see ``_stray_abroad`` and ``_stray_out_of_state``).
    """
    totals = _Context()
    for key, entry in choice.items():
        _add(totals, entry, len(groups[key]))
    strays: set[str] = set()
    local = _local_stories(choice)
    for key, group in groups.items():
        entry = choice[key]
        if entry is None:
            continue
        context = _Context(totals.countries.copy(), totals.states.copy())
        _add(context, entry, -len(group))  # a name is no evidence for itself
        hit = next(hit for hit in group[0].hits if hit.entry is entry)
        qualified = any(mention.qualifier is not None for mention in group)
        if (_stray_abroad(hit, context, len(group)) and local[key]) or (
            _stray_out_of_state(hit, context, len(group)) and not qualified and not _near_another(entry, choice)
        ):
            strays.add(key)
    return strays


def _stray_out_of_state(hit: Hit, context: _Context, named: int) -> bool:
    """A small town of another state, alone of its state, in a story about one state's places.

    "Logan" in a story of Rogersville and Greene County, Missouri, is a
    Missouri place the gazetteer lacks, not the Pennsylvania one; "Kensington"
    in a story of Douglas County, Minnesota roads is not the Maryland suburb.
    A town the story names half as often as its home state's places stays,
    as do "Town, State" and a town near another of the story's places.
    """
    entry = hit.entry
    home = context.home
    if entry.feature != "city" or home is None or entry.admin1 is None or entry.population >= STRAY_TOWN:
        return False
    return entry.admin1 not in context.states and 2 * named <= context.states[home]


def _near_another(entry: Entry, choice: dict[str, Entry | None]) -> bool:
    """A town within ``NEIGHBOURHOOD_KM`` of another town or county chosen for the story."""
    if entry.lat is None or entry.lon is None:
        return False
    return any(
        other is not None
        and other is not entry
        and other.feature in ("city", "admin2")
        and other.lat is not None
        and other.lon is not None
        and km_between(entry.lat, entry.lon, other.lat, other.lon) <= NEIGHBOURHOOD_KM
        for other in choice.values()
    )


def _local_stories(choice: dict[str, Entry | None]) -> dict[str, bool]:
    """For each name, whether the story's other towns, counties and states lie within ``LOCAL_SPREAD_KM``
    of one another.

    Only a local story has local places the gazetteer lacks: "Hampton Park"
    among Charleston streets is one, but "Sderot" in a story of Washington,
    Iowa and Texas is the Israeli town. The pairs too far apart are found once
    for the whole story: leaving out a name's own choice makes the rest local
    only if that choice is in every such pair.
    """
    placed = [
        entry
        for entry in choice.values()
        if entry is not None and entry.feature in _LOCAL_FEATURES and entry.lat is not None and entry.lon is not None
    ]
    far = [(a, b) for a, b in combinations(placed, 2) if km_between(a.lat, a.lon, b.lat, b.lon) > LOCAL_SPREAD_KM]
    return {
        key: any(other is not entry for other in placed) and all(entry is a or entry is b for a, b in far)
        for key, entry in choice.items()
    }


def _stray_abroad(hit: Hit, context: _Context, named: int) -> bool:
    """A lesser town abroad, alone of its country, in a story about another country's places.

    "Hampton Park" in a story of Charleston streets is a park the gazetteer
    lacks, not the Australian suburb; "Twickenham" among London boroughs is
    not Huntsville, Alabama (one of its old names). Well-known cities keep
    their sense ("Tokyo" in a Texas story), and so does a town the story
    names (``named`` times) half as often as the other country's places: it
    is what the story is about.
    """
    entry = hit.entry
    dominant = context.dominant
    if entry.feature != "city" or dominant is None or entry.country2 == dominant:
        return False
    if entry.country2 in context.countries or 2 * named > context.countries[dominant]:
        return False
    return hit.rank == 0 or entry.population < STRAY_CITY


def _expected_sense_named(country: str, expected: AbstractSet[str | None], context: _Context) -> bool:
    """Whether the story names the country of the sense a reader expects, and ``country`` is another:
    "Havana" in a story of Miami that names Cuba ten times is Cuba's capital, not the Florida town."""
    return bool(expected) and country not in expected and any(sense in context.countries for sense in expected)


def _score(
    hit: Hit,
    context: _Context,
    qualifier: Entry | None,
    gazetteer: Gazetteer,
    *,
    expected: AbstractSet[str | None] = frozenset(),
    nation: bool = False,
) -> float:
    """How well ``hit`` fits. ``expected`` holds the countries of the name's alias senses, and for a town
    named like a country or a region ("China", Maine; "Middle East", Maryland) that country or region.

    A namesake abroad from the sense a reader expects ("Paris" in Texas, not France)
    takes country-wide support only from a local story: a story that names
    Washington and the U.S. and "Paris" means France, unless Texas is its home
    state (or one of two it names), or it is full of American places that lie
    close together. A campaign story of Iowa, New Hampshire, Ohio and "Beaumont,
    Tex." is national: its "Paris" is France, and its "China" no town in Maine.
    A town named like a country or region (``nation``) takes its home state's
    support only in a story of its own country's places alone: "fled to Mexico"
    in a Buffalo story that also names Canada is the country, not Mexico, N.Y.
    """
    entry = hit.entry
    score = FEATURE_PRIOR.get(entry.feature) or math.log10(max(entry.population, 1000))
    if entry.feature == "admin2":
        # Of the 30 Washington Counties, the one with most towns, unless the story
        # names a state (worth more than any size difference).
        score += math.log10(1 + entry.towns)
    score += RANK_BONUS[hit.rank]
    if id(entry) in context.close:
        score += NEARBY
    if entry.geonameid in gazetteer.capitals:
        score += CAPITAL_BONUS
    country = entry.country2 or ""
    if entry.feature == "country":
        if gazetteer.neighbours.get(country, frozenset()) & context.countries.keys():
            score += NEIGHBOUR
        if country in context.peoples:
            score += PEOPLE_NAMED
    elif country:
        country_wide = (
            not expected
            or country in expected
            or (context.countries[country] >= LOCAL_STORY and context.local)
            or (entry.admin1 is not None and entry.admin1 in context.states
                and (entry.admin1 == context.home or len(context.states) <= _FEW_STATES)
                and not (nation and context.countries.keys() - {country}))
        )
        if country_wide and country in context.countries:
            score += SAME_COUNTRY
        if country_wide and country == context.dominant:
            score += DOMINANT_COUNTRY
        if entry.admin1 is not None and entry.admin1 in context.states and not _expected_sense_named(
            country, expected, context
        ):
            # In proportion to how much the story is about that state: "Boone County" in a
            # story that names Indiana five times and Kentucky once is Indiana's.
            score += SAME_STATE * context.states[entry.admin1] / max(context.states.values())
        if entry.feature == "admin1" and context.states:
            score += 2.0
    elif entry.feature == "region" and _borders_story(entry, context, gazetteer):
        score += SAME_COUNTRY
    if qualifier is not None:
        if qualifier.feature == "admin1":
            matches = entry.admin1 == qualifier.admin1
        else:
            matches = entry.country2 == qualifier.country2
        score += QUALIFIED if matches else -5.0
    return score


def _borders_story(entry: Entry, context: _Context, gazetteer: Gazetteer) -> bool:
    """A region of no one country (a sea, "the Balkans") near a country or US state the story names."""
    if entry.lat is None or entry.lon is None:
        return False
    named = [gazetteer.countries.get(code) for code in context.countries]
    named += [gazetteer.states.get(code) for code in context.states]
    return any(
        place is not None and place.lat is not None and place.lon is not None
        and km_between(entry.lat, entry.lon, place.lat, place.lon) <= REGION_NEAR_KM
        for place in named
    )
