"""Names of countries, capitals and states that are part of something else in the text.

A lexicon match is not always the country it names. News writes places named
after a country or capital ("the Persian Gulf", "Nassau County", "Little
Havana"), towns that share a capital's name and are placed by their state
("San Jose, Calif.", "Moscow, Idaho"), money ("Canadian dollars", "US$"),
titles of books and films ("Stealing America") and newspapers named after
their city ("The Washington Post": the country's media, not its
government). A US state may share its name with a country ("Georgia"): the
article's other names decide which it is. The context words are data
(``resources/actors/name_contexts.tsv``, ``shared_names.tsv``). A short name two countries share
("Congo") is the usual one of the article's day unless the article names only the
other in full (``twin_names.tsv``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc

from newsgraph.extract._actor_entries import DatedCode, LexEntry, phrase_words
from newsgraph.extract._actor_lexicon import data_rows
from newsgraph.extract._actor_match import Match

_NAMED = frozenset({"country", "seat"})


@lru_cache(maxsize=1)
def _contexts() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for word, kind in (row[:2] for row in data_rows("name_contexts.tsv", 2)):
        kinds.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


@lru_cache(maxsize=1)
def _shared_names() -> dict[tuple[str, ...], tuple[str, str, str]]:
    shared: dict[tuple[str, ...], tuple[str, str, str]] = {}
    for phrase, nation, country in (row[:3] for row in data_rows("shared_names.tsv", 3)):
        shared[phrase_words(phrase)] = (phrase, nation, country)
    return shared


@dataclass(frozen=True, slots=True)
class TwinName:
    """A short name two countries share: ``usual`` is meant unless the article names only ``other``
    in full; before ``since`` (``YYYYMMDD``) the name was ``other``'s alone."""

    usual: str
    other: str
    since: str | None = None

    def meant_on(self, day: str | None, named: set[str]) -> str:
        if self.since is not None and day is not None and day < self.since:
            return self.other
        return self.other if self.other in named and self.usual not in named else self.usual


@lru_cache(maxsize=1)
def _twin_names() -> dict[tuple[str, ...], TwinName]:
    return {
        phrase_words(phrase): TwinName(usual, other, since or None)
        for phrase, usual, other, since in (row[:4] for row in data_rows("twin_names.tsv", 4))
    }


def reread_names(doc: Doc, matches: list[Match], code_on: str | None) -> list[Match]:
    """``matches`` without the names that are part of a place, town, sum of money or newspaper,
    with newspapers as media organisations and shared state names read from the article."""
    contexts = _contexts()
    titles = {i for ent in doc.ents if ent.label_ == "WORK_OF_ART" for i in range(ent.start, ent.end)}
    surnames = _surnames_of_people(doc, matches) | _given_names_of_people(doc, matches)
    kept: list[Match] = []
    # Seats named once as a town of another state ("San Jose, California"): the story's town thereafter.
    towns: set[tuple[str, ...]] = set()
    for number, match in enumerate(matches):
        if match.kind not in _NAMED or match.entry.source != "builtin":
            kept.append(match)
            continue
        if match.start in titles or match.start in surnames:
            continue  # "Stealing America", a book's title; "Amy Pope", "Wellington Koo", a person
        following = doc[match.end] if match.end < len(doc) else None
        if _part_of_a_place(doc, match, contexts) or _money(doc, match, following, contexts):
            continue
        if _language(doc, match, contexts) or _sports_team(doc, match, contexts) or _stance(doc, match, contexts):
            continue
        if match.kind == "seat" and match.entry.words in towns:
            continue  # "a rally in San Jose" after "San Jose, California": the same town again
        if _town_of_another_state(doc, match, matches[number + 1 :], contexts, code_on):
            towns.add(match.entry.words)
            continue
        newspaper = _newspaper(doc, match, following, contexts, code_on)
        if kept and newspaper is None and match.start < kept[-1].end:
            continue  # a word of the newspaper's name ("Times") that the lexicon also knows
        kept.append(newspaper or match)
    return _capital_named_like_a_state(doc, _twin_country_names(_shared_state_names(kept, code_on), code_on), contexts)


def _surnames_of_people(doc: Doc, matches: list[Match]) -> set[int]:
    """Capitals and seats that end a person's name after given names no dictionary knows ("Amy
    Pope", "Jeremy Paris"): the person's surname, not the seat of government."""
    matched = {i for match in matches for i in range(match.start, match.end)}
    found: set[int] = set()
    for ent in doc.ents:
        last = ent.end - 1
        if ent.label_ != "PERSON" or ent.end - ent.start < 2 or last not in matched:
            continue
        if all(i not in matched and doc[i].pos_ == "PROPN" for i in range(ent.start, last)):
            found.add(last)
    return {i for i in found if any(m.start == i and m.end == i + 1 and m.kind == "seat" for m in matches)}


def _given_names_of_people(doc: Doc, matches: list[Match]) -> set[int]:
    """Capitals that open a person's name before surnames no dictionary knows ("Wellington Koo",
    "Sofia Coppola"): the person's given name, not the seat of government. A name only the parser
    took for a person ("Kabul Taliban") keeps its seat: the words after it must be names too."""
    matched = {i for match in matches for i in range(match.start, match.end)}
    seats = {match.start for match in matches if match.kind == "seat" and match.end == match.start + 1}
    return {
        ent.start for ent in doc.ents
        if ent.label_ == "PERSON" and ent.end - ent.start >= 2 and ent.start in seats
        and all(i not in matched and doc[i].pos_ == "PROPN" for i in range(ent.start + 1, ent.end))
    }


def people_word_follows(doc: Doc, end: int) -> bool:
    """Whether the word after a demonym ending at ``end`` makes it its people's: a member ("an
    American Muslim"), something done to it ("the Armenian genocide") or a thing of its own
    ("Armenian history"), not the state."""
    return end < len(doc) and doc[end].lower_ in _contexts()["people"]


def person_noun(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a civilian person noun ("expert", "tourist"): a demonym on it in the
    singular names one of a people ("a British mine removal expert"), not the state."""
    return doc[i].lower_ in _contexts()["person"]


def mutual_noun_follows(doc: Doc, end: int) -> bool:
    """Whether the nouns after a hyphenated pair of demonyms ending at ``end`` name a thing between
    two parties ("Indian-Pakistani talks", "the Israeli-Syrian peace talks"), not what a heritage
    qualifies ("Mexican-American voters")."""
    mutual = _contexts()["mutual"]
    for i in range(end, min(end + 3, len(doc))):
        if doc[i].pos_ not in ("NOUN", "PROPN") or not doc[i].text.islower():
            return False
        if doc[i].lower_ in mutual:
            return True
    return False


def people_of(doc: Doc, start: int) -> bool:
    """Whether a name starting at ``start`` is the "of" phrase of a word of its people ("the people
    of America", "the history of Armenia") or the "in" phrase of members of a people living there
    ("Kurds in Germany")."""
    preposition = doc[start].head
    return members_in(doc, start) or (
        start > 0 and doc[start - 1].lower_ == "of" and preposition.i == start - 1
        and preposition.head.lower_ in _contexts()["people"]
    )


def members_in(doc: Doc, start: int) -> bool:
    """Whether a name starting at ``start`` is the "in" phrase of members of a people ("Kurds in
    Germany", "Muslims in France"): where they live makes them its people."""
    preposition = doc[start].head
    return (
        start > 0 and doc[start - 1].lower_ == "in" and preposition.i == start - 1
        and preposition.head.i < preposition.i and preposition.head.text in _contexts()["members"]
    )


def party_word(doc: Doc, i: int) -> bool:
    """Whether word ``i`` names a political party ("GOP", "Democratic")."""
    return doc[i].text in _contexts()["party"]


def _part_of_a_place(doc: Doc, match: Match, contexts: dict[str, frozenset[str]]) -> bool:
    """"the Persian Gulf", "Nassau County", "Little Havana": a place named after the country or city."""
    if match.end < len(doc) and doc[match.end].text in contexts["feature"]:
        return True
    return match.start > 0 and doc[match.start - 1].text in contexts["before"]


def _money(doc: Doc, match: Match, following, contexts: dict[str, frozenset[str]]) -> bool:  # type: ignore[no-untyped-def]
    """"Canadian dollars", "the U.S. dollar", "US$117 million": a currency, no actor."""
    if any("$" in token.text for token in doc[match.start : match.end]):
        return True
    return following is not None and following.lower_ in contexts["currency"]


def _language(doc: Doc, match: Match, contexts: dict[str, frozenset[str]]) -> bool:
    """"in rapid-fire Spanish", "Spanish-language radio", "French-speaking voters": a language."""
    if not match.entry.demonym:
        return False
    if match.end + 1 < len(doc) and doc[match.end].text == "-" and doc[match.end + 1].lower_ in contexts["language"]:
        return True
    token = doc[match.end - 1]
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in ("in", "into")
        and token.tag_ in ("NNP", "NN")
        and not any(child.dep_ in ("det", "poss") for child in token.children)
    )


def _stance(doc: Doc, match: Match, contexts: dict[str, frozenset[str]]) -> bool:
    """"anti-Mexican", "pro-Russian": a stance toward the country, not the country."""
    start = match.start
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in contexts["stance"]


def _sports_team(doc: Doc, match: Match, contexts: dict[str, frozenset[str]]) -> bool:
    """"Germany's national soccer team", "the U.S. women's team", "the final between Argentina and
    Chile", "the team beat Brazil": a national team, not the state; "the French Open" a tournament."""
    teams, contests = contexts["team"], contexts["contest"]
    if match.end < len(doc) and doc[match.end].text in contexts["tournament"]:
        return True  # "the French Open"
    token = doc[match.end - 1]
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    owner = token
    for _ in range(3):
        if owner.dep_ not in ("poss", "compound", "amod", "nmod") or owner.head.i == owner.i:
            break
        owner = owner.head
        if owner.lower_ in teams:
            return any(doc[i].text in contexts["sport"] for i in range(match.end, owner.i))
    if token.dep_ == "pobj" and token.head.lower_ in ("between", "against", "versus", "vs", "vs."):
        played = token.head.head
        if played.lower_ in contests or played.lower_ in teams:
            return True
        token = played if played.pos_ in ("VERB", "AUX") else token
    verb = token if token.pos_ in ("VERB", "AUX") else token.head if token.dep_ == "dobj" else None
    return (
        verb is not None and verb.lemma_.lower() in contests
        and any(child.dep_ == "nsubj" and child.lower_ in teams for child in verb.children)
    )


def _town_of_another_state(
    doc: Doc, match: Match, later: list[Match], contexts: dict[str, frozenset[str]], code_on: str | None
) -> bool:
    """"San Jose, California", "Moscow, Idaho", "Vienna, Va.": a capital's name followed by a
    state or country of another nation is a town there, not the seat of government."""
    if match.kind != "seat" or match.end + 1 >= len(doc) or doc[match.end].text != ",":
        return False
    place = doc[match.end + 1]
    if place.text in contexts["state"]:
        return not (match.entry.code_on(code_on) or "").startswith("USA")
    if not later or later[0].start != place.i or later[0].kind != "country":
        return False
    own = (match.entry.code_on(code_on) or "")[:3]
    other = (later[0].entry.code_on(code_on) or "")[:3]
    return bool(own and other) and own != other


def _newspaper(
    doc: Doc, match: Match, following, contexts: dict[str, frozenset[str]], code_on: str | None  # type: ignore[no-untyped-def]
) -> Match | None:
    """"The Washington Post", "the New York Times", "China Daily": the country's media."""
    if following is None or following.text not in contexts["media"] or match.entry.demonym:
        return None
    country = (match.entry.code_on(code_on) or "")[:3]
    if len(country) != 3:
        return None
    name = doc[match.start : following.i + 1].text
    entry = LexEntry(
        (*match.entry.words, following.lower_), "organization", (DatedCode(country + "MED"),), name
    )
    return Match(match.start, following.i + 1, entry)


def _shared_state_names(matches: list[Match], code_on: str | None) -> list[Match]:
    """A country's name that is also a state's ("Georgia") is the state when the article names other
    states of that nation and nothing else of the country (its people, capital or other names)."""
    shared = _shared_names()
    candidates = [m for m in matches if m.kind == "country" and m.entry.words in shared and not m.entry.demonym]
    if not candidates:
        return matches
    result = list(matches)
    for words in {m.entry.words for m in candidates}:
        phrase, nation, country = shared[words]
        codes = [((m.entry.code_on(code_on) or "")[:3], m) for m in matches if m.entry.words != words]
        states = any(code == nation and m.entry.region for code, m in codes)
        abroad = any(code == country for code, _ in codes)
        if not states or abroad:
            continue
        state = LexEntry(words, "country", (DatedCode(nation),), phrase, region=True)
        result = [Match(m.start, m.end, state) if m.entry.words == words and m.kind == "country" else m for m in result]
    return result


def _twin_country_names(matches: list[Match], code_on: str | None) -> list[Match]:
    """A short name two countries share ("Congo", "Congolese") is the other country when the article names
    that one by a name of its own ("Republic of the Congo", "Brazzaville") and the usual one by none, or
    when the article predates the usual one's taking the name."""
    twins = _twin_names()
    shared = {m.entry.words for m in matches if m.kind == "country" and m.entry.words in twins}
    if not shared:
        return matches
    named = {(m.entry.code_on(code_on) or "")[:3] for m in matches if m.entry.words not in twins}
    result = list(matches)
    for words in shared:
        meant = twins[words].meant_on(code_on, named)
        entry = next(m.entry for m in matches if m.entry.words == words)
        if entry.code_on(code_on) == meant:
            continue
        theirs = replace(entry, codes=(DatedCode(meant),))
        result = [Match(m.start, m.end, theirs) if m.entry.words == words and m.kind == "country" else m for m in result]
    return result


def _capital_named_like_a_state(doc: Doc, matches: list[Match], contexts: dict[str, frozenset[str]]) -> list[Match]:
    """A capital's name that is also a state's ("Washington") is the state before the words of a
    state's politics ("Washington GOP leaders", "Washington delegates") when the article names
    that state ("Washington state"); elsewhere it stays the seat of government."""
    states = {m.entry.name: m.entry for m in matches if m.entry.region}
    if not states:
        return matches
    result: list[Match] = []
    for match in matches:
        state = states.get(match.entry.name) if match.kind == "seat" else None
        if state is not None and match.end < len(doc) and doc[match.end].text in contexts["statewide"]:
            match = Match(match.start, match.end, state)
        result.append(match)
    return result
