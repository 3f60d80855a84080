"""US legislators' party-and-state tags: "Sen. Dana Hale (D-W.Va.)", "Ted Cruz, R-Texas, said".

American news names a member of Congress or of a state legislature with
their party letter and state (or home town) right after the name. The tag
says two things the rest of the actor finder cannot know: the name before it
is a person even when it ends in a country's name ("Rep. Jim Jordan
(R-Ohio)"), and that person is a US legislator. The tag's own words are
no actor: "PA" in "(D-PA)" is Pennsylvania, not the Palestinian Authority.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

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
    return tags + _state_only_tags(doc)


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
