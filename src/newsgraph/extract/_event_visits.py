"""The country a visit goes to or an attack hits, when the place is a town no actor codes.

"The Pope arrived in Mosul", "Erdogan flew to Mosul": the actors extractor
codes countries and capitals ("arrived in Kyiv"), not every town, but the
places extractor resolves the town to its country. A visit or a hosted
visit (CAMEO 042, 043) to such a place is a visit to that country, as a
visit to a capital is one to its government. Only the place the trigger
itself goes to counts: its object or the object of its "in", "to" or
"into" phrase ("arrived in Mosul", "a visit to Mosul"), or the town that
locates either ("a hospital in Mosul", "the airport at Kindu"). Likewise an attack
(CAMEO roots 18-20) on a town hits that country's people, as an attack in a
capital does ("Russian forces shelled Kharkiv", "fired rockets at Sderot"); an attack noun
that is the subject of its verb strikes where the verb says ("Israeli strikes hit Khan Younis").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsgraph.extract._event_syntax import prep_objects
from newsgraph.records import CodedSpan, Place

# CAMEO codes of making and hosting a visit.
_VISIT_CODES = frozenset({"042", "043"})
# How the place hangs on the trigger: its object (an adverbial noun or adverb when the parser misreads "visited
# Mosul", "bombed Mosul"; only a resolved place counts), or the object of a preposition of destination.
_OBJECT_DEPS = frozenset({"dobj", "npadvmod", "advmod"})
_DESTINATION_PREPS = frozenset({"in", "to", "into"})
# CAMEO roots of violence (18 assault, 19 fight, 20 mass violence), and the prepositions of the place an attack
# hits ("fired at Sderot", "in Kharkiv").
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
_TARGET_PREPS = frozenset({"in", "at", "on", "into"})
# Property seized or destroyed (171x: "torched police stations in Lagos", "looted shops in Dakar") is struck where it
# stands, as an attack's target is.
_PROPERTY_CODE = "171"
# Prepositions by which a thing's own phrase says where it is: "the airport at Kindu", "the town of Bakhmut".
_LOCATING_PREPS = frozenset({"in", "at", "near", "outside", "of"})


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

    def town_country(self, trigger: Token, cameo: str) -> CodedSpan | None:
        """The country of the place ``trigger`` (coded ``cameo``) visits or attacks, as a target party; else None."""
        if cameo in _VISIT_CODES:
            places = _destinations(trigger, _DESTINATION_PREPS)
        elif strikes_a_place(cameo):
            places = _destinations(trigger, _TARGET_PREPS)
            if trigger.dep_ == "nsubj" and trigger.pos_ == "NOUN":
                # "Israeli strikes hit Khan Younis": the attack noun's verb says where it struck.
                places += _destinations(trigger.head, _TARGET_PREPS)
            if trigger.pos_ == "NOUN":
                # "an attack targeting shoppers at a mall in Nairobi": the clause on the attack noun says where.
                places += [
                    place
                    for clause in trigger.children
                    if clause.dep_ == "acl"
                    for place in _destinations(clause, _TARGET_PREPS)
                ]
        else:
            return None
        for token in places + _where_they_are(places):
            place = self._by_token.get(token.i)
            if place is not None and place.country:
                return CodedSpan(place.start, place.end, place.text, place.country, None)
        return None


def strikes_a_place(cameo: str) -> bool:
    """Whether an act coded ``cameo`` hits the place where it happens: an attack, or property seized or destroyed."""
    return cameo[:2] in VIOLENT_ROOTS or cameo.startswith(_PROPERTY_CODE)


def _destinations(trigger: Token, prepositions: frozenset[str]) -> list[Token]:
    """What ``trigger`` goes to: its object, or the object of its phrase of one of ``prepositions``."""
    found = []
    for child in trigger.children:
        if child.dep_ in _OBJECT_DEPS:
            found.append(child)
        elif child.dep_ in ("prep", "dative") and child.lower_ in prepositions:
            found.extend(obj for obj in child.children if obj.dep_ == "pobj")
    return found


def _where_they_are(objects: list[Token]) -> list[Token]:
    """The towns that locate what a trigger goes to or hits: "occupied the airport at Kindu", "shelled a
    market in Kharkiv", "visited a hospital in Mosul", "took the town of Bakhmut"."""
    return [obj for token in objects for obj in prep_objects(token, _LOCATING_PREPS)]
