"""Named bodies of one state (``seats.tsv``) that a phrase gives to another state.

"Justice Department", "Secret Service" or "Securities and Exchange
Commission" are the United States' bodies when named alone, but other
states have bodies of the same name: "Hong Kong's Justice Department",
"the Russian Secret Service", "Thailand's Securities and Exchange
Commission". A seat whose own phrase names another country before it (a
possessive or an adjective of its head) is that country's body of the same
sector, and is matched so from the start, so that the sentence's and the
article's countries count it as that country's too. A seat named alone in a
story datelined in a state that calls its own body so (``home_seats.tsv``:
"Congress" in a Brasilia or Lima story) is that state's body. A seat's name
that another state gives a body of another kind (``seat_namesakes.tsv``:
"Congress" in an Indian story is the Indian National Congress party) is read
as that body in a story about that state.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc

from newsgraph.extract._actor_entries import INTERNATIONAL, DatedCode, LexEntry, phrase_words, word_key
from newsgraph.extract._actor_lexicon import ActorLexicon, data_rows
from newsgraph.extract._actor_match import Match, holds_cue

# How a country's name modifies the body after it: "Thailand's", "the Russian", "the Philippine".
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def owned_seats(doc: Doc, matches: list[Match], day: str | None) -> list[Match]:
    """``matches`` with each seat another country's phrase owns recoded to that country."""
    at: dict[int, Match] = {}
    for match in matches:
        for i in range(match.start, match.end):
            at[i] = match
    recoded: list[Match] = []
    for match in matches:
        owner = _owner(doc, at, match, day) if match.kind == "seat" else None
        if owner is None:
            recoded.append(match)
            continue
        code = match.entry.code_on(day) or ""
        entry = replace(match.entry, codes=(DatedCode(owner + code[3:]),))
        recoded.append(Match(match.start, match.end, entry))
    return recoded


def home_seats(doc: Doc, matches: list[Match], day: str | None, dateline: str) -> list[Match]:
    """``matches`` with each seat named alone in a story datelined in a state that calls its own body by that
    name recoded to that state ("BRASILIA - ... stormed Congress" is BRALEG), unless its sentence names the
    seat's own country ("Lula will address the US Congress": its own row; "told Congress in Washington")."""
    if not any(dateline in states for states in _home_states().values()):
        return matches
    recoded: list[Match] = []
    for match in matches:
        code = (match.entry.code_on(day) or "") if match.kind == "seat" else ""
        if (
            len(code) < 6
            or dateline not in _home_states().get(doc[match.start : match.end].text, frozenset())
            or code[:3] == dateline
            or _modified(doc, match)
            or _sentence_names(doc, matches, match, code[:3], day)
        ):
            recoded.append(match)
            continue
        entry = replace(match.entry, codes=(DatedCode(dateline + code[3:]),))
        recoded.append(Match(match.start, match.end, entry))
    return recoded


@dataclass(frozen=True, slots=True)
class _Namesake:
    """A state's body that bears a seat's name (``seat_namesakes.tsv``), and the words that mark a story
    about that state."""

    state: str
    body: tuple[str, ...]
    cues: tuple[tuple[str, ...], ...]


def namesake_bodies(
    doc: Doc, matches: list[Match], day: str | None, dateline: str, lexicon: ActorLexicon
) -> list[Match]:
    """``matches`` with each seat named alone read as the namesake body of the state the story is about
    ("NEW DELHI - ... Congress leader Rahul Gandhi": the Indian National Congress), unless a country owns
    the seat ("the US Congress") or its sentence names the seat's own country ("Modi told Congress in
    Washington")."""
    keys: list[str] | None = None
    recoded: list[Match] = []
    for match in matches:
        namesake = _namesakes().get(doc[match.start : match.end].text) if match.kind == "seat" else None
        body = _body_entry(lexicon, namesake.body) if namesake is not None else None
        if namesake is None or body is None:
            recoded.append(match)
            continue
        if keys is None:
            keys = [word_key(token.text) for token in doc]
        about = dateline == namesake.state or (not dateline and holds_cue(keys, namesake.cues))
        code = match.entry.code_on(day) or ""
        if not about or _modified(doc, match) or _sentence_names(doc, matches, match, code[:3], day):
            recoded.append(match)
            continue
        recoded.append(Match(match.start, match.end, body))
    return recoded


def _body_entry(lexicon: ActorLexicon, words: tuple[str, ...]) -> LexEntry | None:
    """The organisation entry whose phrase is ``words``, if the lexicon holds one."""
    entries = lexicon.index.get(words[0], ()) if words else ()
    return next((entry for entry in entries if entry.words == words and entry.kind == "organization"), None)


@lru_cache(maxsize=1)
def _namesakes() -> dict[str, _Namesake]:
    """Seat name -> the body another state gives that name (``seat_namesakes.tsv``)."""
    return {
        name: _Namesake(state, phrase_words(body), tuple(phrase_words(cue) for cue in cues.split("|") if cue.strip()))
        for name, state, body, cues in data_rows("seat_namesakes.tsv", 4)
    }


@lru_cache(maxsize=1)
def _home_states() -> dict[str, frozenset[str]]:
    """Seat name -> the states that call their own body by it (``home_seats.tsv``)."""
    return {name: frozenset(states.split("|")) for name, states in data_rows("home_seats.tsv", 2)}


def _modified(doc: Doc, seat: Match) -> bool:
    """Whether a modifier before the seat may name its owner ("the US Congress", "America's Congress")."""
    head = doc[seat.start : seat.end].root
    return any(child.dep_ in _OWNER_DEPS and child.i < seat.start for child in head.children)


def _sentence_names(doc: Doc, matches: list[Match], seat: Match, country: str, day: str | None) -> bool:
    """Whether another match of the seat's sentence is of ``country`` ("told Congress in Washington")."""
    sentence = doc[seat.start].sent if doc.has_annotation("SENT_START") else doc[:]
    return any(
        (other.entry.code_on(day) or "")[:3] == country
        for other in matches
        if other is not seat and sentence.start <= other.start < sentence.end
    )


def _owner(doc: Doc, at: dict[int, Match], seat: Match, day: str | None) -> str | None:
    """A country other than the seat's own that a modifier of the seat's head names, if any."""
    code = seat.entry.code_on(day)
    if not code or len(code) < 6 or code.startswith(INTERNATIONAL):
        return None
    head = doc[seat.start : seat.end].root
    for child in head.children:
        if child.dep_ not in _OWNER_DEPS or child.i >= seat.start:
            continue
        match = at.get(child.i)
        # A capital names its country too ("Hong Kong's", "Moscow's").
        other = match.entry.code_on(day) if match is not None and match.kind in ("country", "seat") else None
        if other and not other.startswith(INTERNATIONAL) and other[:3] != code[:3]:
            return other[:3]
    return None
