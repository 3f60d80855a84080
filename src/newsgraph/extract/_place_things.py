"""Place names that name a thing: a treaty ("the Warsaw Pact"), a crude oil grade ("Brent crude") or a team.

Owns the words after a place name that make the two a thing's name
(``named_things.tsv``). A treaty named after the town where it was signed is
no place of the story's (a treaty named after countries names its parties,
which stay); an oil grade named after its field or port is a price, and once
a story names the grade so, its bare name is the grade too ("Urals traded at
a discount to Brent"), unless framed as a place ("a refinery in Brent").
A professional team ("the Denver Broncos") is no place either, and a story
that names the team so uses the bare name for it too ("it will be Denver or
Carolina"), unless framed as a place ("fans in Denver"). A team's nickname
counts only capitalised: "Miami heat" is the weather.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from newsgraph.extract._gazetteer import data_rows
from newsgraph.extract._place_people import BIG_CITY
from newsgraph.extract._place_record import Mention

# Prepositions that frame a bare grade's name as the place after all: "a refinery in Dubai".
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside"})
# Kinds whose bare name is the thing too once the story names it so: "a discount to Brent", "picked Denver".
_SPREADING = frozenset({"grade", "team"})


@lru_cache(maxsize=1)
def _things() -> dict[str, str]:
    return {word: kind for word, kind in data_rows("named_things.tsv")}


def without_named_things(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less those that name a treaty, an oil grade or a team."""
    things = _things()
    grades: set[str] = set()
    named: set[int] = set()
    for index, mention in enumerate(mentions):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        following = doc[span.end]
        kind = things.get(following.lower_)
        if kind == "team" and not _team(doc, span.end, mention):
            continue
        if kind == "treaty" and any(hit.entry.feature == "country" for hit in mention.hits):
            continue  # "the Lebanon-Syria treaty", "the US-Japan pact": the countries are its parties
        if kind is not None:
            named.add(index)
            if kind in _SPREADING:
                grades.add(mention.key)
    return [
        mention for index, mention in enumerate(mentions)
        if index not in named and not (mention.key in grades and not _framed_as_place(doc, mention))
    ]


def _team(doc: Doc, index: int, mention: Mention) -> bool:
    """Whether the nickname at ``index`` makes the place before it a professional team's name.

    Only capitalised ("the Miami heat" is the weather), not a club's name ("the Dalton Lions Club"),
    and only after a big city or a state: a small town's "Tigers" are its high school's, and a local
    story goes on using the town's name for the town.
    """
    if not doc[index].text[:1].isupper():
        return False
    if index + 1 < len(doc) and doc[index + 1].lower_ in ("club", "clubs"):
        return False
    return any(hit.entry.feature in ("admin1", "country") or hit.entry.population >= BIG_CITY
               for hit in mention.hits)


def _framed_as_place(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in _PLACE_PREPOSITIONS
