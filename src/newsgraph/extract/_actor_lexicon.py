"""The actor lexicon: every phrase newsgraph can code, from packaged data plus user files.

Packaged data lives in ``resources/actors/``: ISO countries (compiled by
tools/build_actor_countries.py), hand-kept short forms and demonyms, seats
of government and named bodies, organisations, regions and ethnic and
religious groups, well-known office holders, and role nouns. User
dictionaries (``--actors FILE``) are read last, so their phrases replace
packaged ones word for word.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from newsgraph.extract._actor_entries import (
    DatedCode,
    LexEntry,
    is_acronym,
    parse_dates,
    phrase_words,
    plural_forms,
)
from newsgraph.extract._actor_userdict import read_user_dictionary

_PACKAGE = "newsgraph.extract.resources.actors"


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    """Phrases indexed by their first word, longest first, plus names for codes.

    index: first word key -> entries starting with it.
    stems: first word key -> single-word entries whose word may take an ending.
    country_names: alpha-3 (or user code) -> display name.
    sector_names: role code -> name ("GOV" -> "government").
    sources: the user files read, in order.
    """

    index: dict[str, tuple[LexEntry, ...]]
    stems: dict[str, tuple[LexEntry, ...]]
    country_names: dict[str, str]
    sector_names: dict[str, str]
    sources: tuple[str, ...] = ()

    def __hash__(self) -> int:  # identity: lexicons are built once and shared
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other


def load_actor_lexicon(user_files: Sequence[Path] = ()) -> ActorLexicon:
    """The packaged lexicon, extended and overridden by ``user_files`` in order.

    The packaged lexicon is built once per process. A bad user file raises
    ``ConfigError`` [E041] naming the file and the problem.
    """
    if not user_files:
        return _packaged()
    return _with_user_files(tuple(Path(p) for p in user_files))


@lru_cache(maxsize=1)
def _packaged() -> ActorLexicon:
    return _build(list(_builtin_entries()), ())


@lru_cache(maxsize=8)
def _with_user_files(paths: tuple[Path, ...]) -> ActorLexicon:
    entries = list(_builtin_entries())
    for path in paths:
        entries.extend(read_user_dictionary(path))
    return _build(entries, tuple(str(p) for p in paths))


def _build(entries: list[LexEntry], sources: tuple[str, ...]) -> ActorLexicon:
    by_words: dict[tuple[str, ...] | tuple[tuple[str, ...], str], LexEntry] = {}
    for entry in entries:
        # Later entries win: user files come last and override packaged phrases. A packaged
        # lower-case role that shares its words with a capitalised seat ("congress" and the US
        # "Congress") stands beside it: the seat, first in the index, wins where it is capitalised.
        earlier = by_words.get(entry.words)
        if earlier is not None and earlier.kind == "seat" and earlier.proper and entry.kind == "role" and not entry.proper:
            by_words[(entry.words, "lower")] = entry
            continue
        by_words[entry.words] = entry
    index: dict[str, list[LexEntry]] = {}
    stems: dict[str, list[LexEntry]] = {}
    for entry in by_words.values():
        index.setdefault(entry.words[0], []).append(entry)
        if entry.stem and len(entry.words) == 1:
            stems.setdefault(entry.words[0], []).append(entry)
    names = dict(_country_names())
    for entry in by_words.values():
        if entry.kind == "actor":
            code = entry.code_on(None)
            if code and len(code) == 3 and code not in names:
                names[code] = entry.name
    return ActorLexicon(
        index={key: tuple(sorted(found, key=lambda e: -len(e.words))) for key, found in index.items()},
        stems={key: tuple(found) for key, found in stems.items()},
        country_names=names,
        sector_names=dict(data_rows("sectors.tsv", 2)),
        sources=sources,
    )


def data_rows(name: str, width: int) -> Iterator[list[str]]:
    """Data rows of a packaged TSV, padded to ``width`` fields; ``#`` lines are comments."""
    text = resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        yield fields + [""] * (width - len(fields))


@lru_cache(maxsize=1)
def _country_names() -> tuple[tuple[str, str], ...]:
    names = {row[0]: row[1] for row in data_rows("countries.tsv", 4)}
    names.update({row[0]: row[1] for row in data_rows("country_aliases.tsv", 4)})
    return tuple(names.items())


def _not_actors() -> set[tuple[str, ...]]:
    text = resources.files(_PACKAGE).joinpath("not_actors.txt").read_text(encoding="utf-8")
    return {phrase_words(line) for line in text.splitlines() if line.strip() and not line.startswith("#")}


def _builtin_entries() -> Iterator[LexEntry]:
    skip = _not_actors()
    aliases = {row[0]: row for row in data_rows("country_aliases.tsv", 4)}
    for code, display, iso_names, capital in data_rows("countries.tsv", 4):
        forms = [form for form in iso_names.split("|") if form]
        alias_row = aliases.get(code)
        if alias_row is not None:
            forms += [display, alias_row[1], *alias_row[2].split("|"), *alias_row[3].split("|")]
        name = alias_row[1] if alias_row else display
        demonyms = set(alias_row[3].split("|")) if alias_row is not None else set()
        for form in dict.fromkeys(f.strip() for f in forms if f.strip()):
            yield from _named(form, "country", code, name, skip, demonym=form in demonyms)
        if alias_row is not None and capital:
            yield from _named(capital, "seat", code + "GOV", capital, skip)
    iso_codes = {row[0] for row in data_rows("countries.tsv", 4)}
    for code, name, short_forms, demonym_forms in aliases.values():
        if code in iso_codes:
            continue
        # A country the ISO table lacks (Kosovo, XKX): its own row names it.
        demonyms = set(demonym_forms.split("|"))
        for form in dict.fromkeys(f.strip() for f in [name, *short_forms.split("|"), *demonyms] if f.strip()):
            yield from _named(form, "country", code, name, skip, demonym=form in demonyms)
    for phrase, code, display in data_rows("regions.tsv", 3):
        # "exercises in Alaska", "withdrew from Chechnya": a region stands for its country.
        yield from _named(phrase, "country", code, display or phrase, skip, region=True)
    for phrase, code, display in data_rows("seats.tsv", 3):
        yield from _named(phrase, "seat", code, display or phrase, set())
    yield from _organizations()
    for phrase, code, identity, use, display in data_rows("identities.tsv", 5):
        # "Gulf states", "Kurds", "Shiite": groups that are no state, coded as CAMEO codes them.
        for entry in _named(phrase, "identity", code, display or phrase, set()):
            yield replace(entry, identity=identity, use=use)
    yield from _people()
    yield from _roles()


def _named(
    phrase: str,
    kind: str,
    code: str,
    name: str,
    skip: set[tuple[str, ...]],
    *,
    demonym: bool = False,
    region: bool = False,
) -> Iterator[LexEntry]:
    words = phrase_words(phrase)
    if words and words not in skip:
        # A phrase written in lower case ("world body") matches in any case.
        proper = any(ch.isupper() for ch in phrase)
        acronym = is_acronym(phrase)
        entry = LexEntry(words, kind, (DatedCode(code),), name, proper=proper, acronym=acronym, demonym=demonym)
        yield replace(entry, region=True) if region else entry


def _organizations() -> Iterator[LexEntry]:
    """IGOs, NGOs and armed groups; a phrase's rows pool their dated codes, as a person's do
    (a movement that laid down its arms is a party after the date)."""
    rows: dict[str, list[list[str]]] = {}
    for row in data_rows("organizations.tsv", 5):
        rows.setdefault(row[0], []).append(row)
    for phrase, found in rows.items():
        dated = tuple(sorted((parse_dates(row[1], row[4] or None) for row in found), key=lambda c: not c.dated))
        cues = tuple(phrase_words(cue) for row in found for cue in row[3].split("|") if cue.strip())
        for entry in _named(phrase, "organization", found[0][1], found[0][2] or phrase, set()):
            yield replace(entry, codes=dated, cues=cues)


def _people_files() -> list[str]:
    """``people.tsv`` and the dictionaries kept beside it (``people_us.tsv``, ``people_world.tsv``)."""
    names = [entry.name for entry in resources.files(_PACKAGE).iterdir()]
    return sorted(name for name in names if name.startswith("people") and name.endswith(".tsv"))


def _people() -> Iterator[LexEntry]:
    codes: dict[str, list[DatedCode]] = {}
    for name in _people_files():
        for phrase, code, dates in data_rows(name, 3):
            # One person's rows may sit in several files: they are pooled by phrase.
            codes.setdefault(phrase, []).append(parse_dates(code, dates or None))
    for phrase, dated in codes.items():
        # Dated rows first: the first holding row wins, the undated row is the fallback.
        ordered = tuple(sorted(dated, key=lambda c: not c.dated))
        yield LexEntry(phrase_words(phrase), "person", ordered, phrase)


def _roles() -> Iterator[LexEntry]:
    for phrase, code, flags in data_rows("roles.tsv", 3):
        words = phrase_words(phrase)
        marks = set(flags.split())
        if code == "!":
            yield LexEntry(words, "ignore", (), phrase, proper=False)
            continue
        title = "title" in marks
        codes = (DatedCode(code),)
        single = "person" in marks
        local = "local" in marks
        thing = "thing" in marks
        owned = "owned" in marks or thing
        generic = "generic" in marks
        abroad = "abroad" in marks
        kin = "kin" in marks
        trade = "trade" in marks
        accused = "accused" in marks
        common = "common" in marks
        outside = "outside" in marks
        member = "member" in marks
        uprooted = "uprooted" in marks
        yield LexEntry(
            words, "role", codes, phrase, proper=title, title=title, single=single, local=local, owned=owned,
            generic=generic, abroad=abroad, kin=kin, sole="sole" in marks, trade=trade, accused=accused,
            common=common, outside=outside, uprooted=uprooted,
        )
        if not title:
            # A mass noun's plural counts ("businesses"); staff are still someone's ("aides"), and
            # warships are anyone's only with an owner.
            for plural in plural_forms(words):
                yield LexEntry(
                    plural, "role", codes, phrase, proper=False, personal=single, local=local,
                    owned=owned and (single or thing), generic=generic, abroad=abroad, kin=kin, trade=trade,
                    accused=accused, common=common, outside=outside, member=member, uprooted=uprooted,
                )
