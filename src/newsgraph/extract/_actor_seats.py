"""Named bodies of one state (``seats.tsv``) that a phrase gives to another state.

"Justice Department", "Secret Service" or "Securities and Exchange
Commission" are the United States' bodies when named alone, but other
states have bodies of the same name: "Hong Kong's Justice Department",
"the Russian Secret Service", "Thailand's Securities and Exchange
Commission". A seat whose own phrase names another country before it (a
possessive or an adjective of its head) is that country's body of the same
sector, and is matched so from the start, so that the sentence's and the
article's countries count it as that country's too.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from newsgraph.extract._actor_entries import INTERNATIONAL, DatedCode
from newsgraph.extract._actor_match import Match

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
