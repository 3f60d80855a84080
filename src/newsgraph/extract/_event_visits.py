"""The country a visit goes to, when the place visited is a town no actor codes.

"The Pope arrived in Mosul", "Erdogan flew to Mosul": the actors extractor
codes countries and capitals ("arrived in Kyiv"), not every town, but the
places extractor resolves the town to its country. A visit or a hosted
visit (CAMEO 042, 043) to such a place is a visit to that country, as a
visit to a capital is one to its government. Only the place the trigger
itself goes to counts: its object or the object of its "in", "to" or
"into" phrase ("arrived in Mosul", "a visit to Mosul").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsgraph.records import CodedSpan, Place

# CAMEO codes of making and hosting a visit.
_VISIT_CODES = frozenset({"042", "043"})
# How the place hangs on the trigger: its object (an adverbial noun when the parser misreads "visited Mosul"),
# or the object of a preposition of destination.
_OBJECT_DEPS = frozenset({"dobj", "npadvmod"})
_DESTINATION_PREPS = frozenset({"in", "to", "into"})


class PlaceIndex:
    """The resolved places of a document by the parse tokens they cover."""

    def __init__(self, doc: Doc, places: Sequence[Place]) -> None:
        self._by_token: dict[int, Place] = {}
        for place in places:
            if not place.country:
                continue
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is not None and len(span):
                self._by_token[span.root.i] = place

    def visited_country(self, trigger: Token, cameo: str) -> CodedSpan | None:
        """The country of the place ``trigger`` (coded ``cameo``) visits, as a target party; else None."""
        if cameo not in _VISIT_CODES:
            return None
        for token in _destinations(trigger):
            place = self._by_token.get(token.i)
            if place is not None and place.country:
                return CodedSpan(place.start, place.end, place.text, place.country, None)
        return None


def _destinations(trigger: Token) -> list[Token]:
    """What ``trigger`` goes to: its object, or the object of its destination phrase."""
    found = []
    for child in trigger.children:
        if child.dep_ in _OBJECT_DEPS:
            found.append(child)
        elif child.dep_ in ("prep", "dative") and child.lower_ in _DESTINATION_PREPS:
            found.extend(obj for obj in child.children if obj.dep_ == "pobj")
    return found
