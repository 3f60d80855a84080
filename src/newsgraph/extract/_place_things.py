"""Place names that name a thing: a treaty ("the Warsaw Pact") or a crude oil grade ("Brent crude").

Owns the words after a place name that make the two a thing's name
(``named_things.tsv``). A treaty named after the town where it was signed is
no place of the story's (a treaty named after countries names its parties,
which stay); an oil grade named after its field or port is a price, and once
a story names the grade so, its bare name is the grade too ("Urals traded at
a discount to Brent"), unless framed as a place ("a refinery in Brent").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from newsgraph.extract._gazetteer import data_rows
from newsgraph.extract._place_record import Mention

# Prepositions that frame a bare grade's name as the place after all: "a refinery in Dubai".
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside"})


@lru_cache(maxsize=1)
def _things() -> dict[str, str]:
    return {word: kind for word, kind in data_rows("named_things.tsv")}


def without_named_things(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less those that name a treaty or an oil grade."""
    things = _things()
    grades: set[str] = set()
    named: set[int] = set()
    for index, mention in enumerate(mentions):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        kind = things.get(doc[span.end].lower_)
        if kind == "treaty" and any(hit.entry.feature == "country" for hit in mention.hits):
            continue  # "the Lebanon-Syria treaty", "the US-Japan pact": the countries are its parties
        if kind is not None:
            named.add(index)
            if kind == "grade":
                grades.add(mention.key)
    return [
        mention for index, mention in enumerate(mentions)
        if index not in named and not (mention.key in grades and not _framed_as_place(doc, mention))
    ]


def _framed_as_place(doc: Doc, mention: Mention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in _PLACE_PREPOSITIONS
