"""US legislators' party-and-state tags: "Sen. Dana Hale (D-W.Va.)", "Ted Cruz, R-Texas, said".

American news names a member of Congress or of a state legislature with
their party letter and state (or home town) right after the name. The tag
says two things the rest of the actor finder cannot know: the name before it
is a person even when it ends in a country's name ("Rep. Jim Jordan
(R-Ohio)"), and that person is a US legislator. The tag's own words are
no actor: "PA" in "(D-PA)" is Pennsylvania, not the Palestinian Authority.

Prose gives the same tag as an apposition of the state and a party member
("Sen. Dana Hale, a West Virginia Democrat, said"), and names the person again
with it ("the West Virginia Democrat"): a party politician of the US, not the
state.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph.extract._actor_lexicon import data_rows

# Democrat, Republican, Independent, and Minnesota's Democratic-Farmer-Labor party.
_PARTY_LETTERS = frozenset({"D", "R", "I", "DFL"})
_OPENERS = frozenset({"(", ","})
_CLOSERS = frozenset({")", ",", ";", "."})
# "(R-S.C.)", "(D-New York)", "R-Elbow Lake": the place after the dash is at most this many words.
_MAX_PLACE_TOKENS = 3
# Titles of members of Congress: after one, the state alone in brackets is the tag ("Sen. Ben Cardin (Md.)").
_LEGISLATIVE_TITLES = frozenset({"Sen.", "Sens.", "Rep.", "Reps.", "Senator", "Representative"})
# How far before the bracket such a title may stand ("Sen. Benjamin L. Cardin (Md.)").
_TITLE_REACH = 5
LEGISLATOR_CODE = "USALEG"


@dataclass(frozen=True, slots=True)
class PartyTag:
    """A tag's tokens (``start``..``end``, the letter to the place) and the end of the name it follows."""

    start: int
    end: int
    name_end: int


def party_tags(doc: Doc) -> list[PartyTag]:
    """Every "(R-Ohio)" or ", D-Texas," right after a capitalised word."""
    tags: list[PartyTag] = []
    for letter in doc[2:-2]:
        opener = doc[letter.i - 1]
        if letter.text not in _PARTY_LETTERS or opener.text not in _OPENERS:
            continue
        dash = doc[letter.i + 1]
        if dash.text != "-" or letter.whitespace_ or dash.whitespace_:
            continue
        end = letter.i + 2
        while end < len(doc) and end - letter.i - 2 < _MAX_PLACE_TOKENS and doc[end].text[:1].isupper():
            end += 1
        if end == letter.i + 2 or end >= len(doc) or doc[end].text[:1] not in _CLOSERS:
            continue
        named = doc[opener.i - 1]
        if not named.text[:1].isupper():
            continue  # "a vote (R-leaning ...)" or a lower-case word: not a name's tag
        tags.append(PartyTag(letter.i, end, opener.i))
    return tags + _state_only_tags(doc) + _prose_tags(doc)


def _state_only_tags(doc: Doc) -> list[PartyTag]:
    """"Sen. Benjamin L. Cardin (Md.)": a legislative title, a name and the state alone in brackets."""
    tags: list[PartyTag] = []
    for opener in doc[2:-2]:
        if opener.text != "(" or not doc[opener.i - 1].text[:1].isupper():
            continue
        end = opener.i + 1
        while end < len(doc) and end - opener.i - 1 < _MAX_PLACE_TOKENS and doc[end].text[:1].isupper():
            end += 1
        if end == opener.i + 1 or end >= len(doc) or doc[end].text != ")":
            continue
        before = doc[max(0, opener.i - _TITLE_REACH) : opener.i - 1]
        if any(token.text in _LEGISLATIVE_TITLES for token in before):
            tags.append(PartyTag(opener.i + 1, end, opener.i))
    return tags


@dataclass(frozen=True, slots=True)
class PartyEpithet:
    """"the Kentucky Republican" (``start``..``end``): a politician named by place and party, and the
    place's words (``place``) that tie it to the person a prose tag of that place followed."""

    start: int
    end: int
    place: str


@lru_cache(maxsize=1)
def _members() -> frozenset[str]:
    return frozenset(row[0] for row in data_rows("name_contexts.tsv", 2) if row[1] == "member")


def _place_before(doc: Doc, member: int) -> int | None:
    """Where the capitalised place words before a party member noun at ``member`` start (at most
    ``_MAX_PLACE_TOKENS`` of them, "West Virginia Democrat"); None when there are none."""
    start = member
    while start > 0 and member - start < _MAX_PLACE_TOKENS and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start if start < member else None


def _closed(doc: Doc, member: Token) -> bool:
    """Whether the member noun ends its phrase: a comma, bracket or stop follows ("a Texas
    Democrat, said"), or a verb; not "a Texas Democrat stronghold" nor "the Texas Republican Party"."""
    following = doc[member.i + 1] if member.i + 1 < len(doc) else None
    return following is None or following.text in _CLOSERS or following.pos_ in ("VERB", "AUX")


def _placed_members(doc: Doc) -> Iterator[tuple[Token, int]]:
    """Each party member noun that ends its phrase with a state or place before it ("Kentucky
    Republican"), with the index where that place starts."""
    members = _members()
    for member in doc[2:]:
        if member.text not in members or not _closed(doc, member):
            continue
        place = _place_before(doc, member.i)
        if place is not None:
            yield member, place


def _prose_tags(doc: Doc) -> list[PartyTag]:
    """", a Kentucky Republican," right after a capitalised word: the tag in prose."""
    tags: list[PartyTag] = []
    for member, place in _placed_members(doc):
        if place < 3 or doc[place - 1].lower_ not in ("a", "an"):
            continue
        comma = doc[place - 2]
        if comma.text == "," and doc[comma.i - 1].text[:1].isupper():
            tags.append(PartyTag(place - 1, member.i + 1, comma.i))
    return tags


def prose_tag_places(doc: Doc, tags: list[PartyTag]) -> dict[str, int]:
    """The place words of each prose tag ("Kentucky"), with the end of the name it follows."""
    places: dict[str, int] = {}
    for tag in tags:
        if doc[tag.start].lower_ in ("a", "an"):
            places.setdefault(doc[tag.start + 1 : tag.end - 1].text, tag.name_end)
    return places


def party_epithets(doc: Doc) -> list[PartyEpithet]:
    """Every "the Kentucky Republican" that ends its phrase: one politician named by place and party."""
    found: list[PartyEpithet] = []
    for member, place in _placed_members(doc):
        if place < 1 or doc[place - 1].lower_ != "the":
            continue
        found.append(PartyEpithet(place - 1, member.i + 1, doc[place : member.i].text))
    return found
