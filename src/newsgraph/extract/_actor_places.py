"""Places the parser took for organisations or people: "near the island of Kastellorizo", "struck Kharkiv".

The small English model often labels an island or a region it does not know as
ORG. Kept as an uncoded organisation, such a name lists a place among the
story's actors. A name the gazetteer knows as a place of some country, said
where only a place is said (after "near", "off", "across", or in the "of"
phrase of "island", "coast", "south"), is a place, not an actor. "In" and "at"
name firms and institutions as often as places ("a stake in Mesa", "studied at
Oxford"): those stay organisations. The tagger also calls cities it does not
know people ("Russian missiles struck Kharkiv"): a one-word name that the
places extractor takes for a city whatever the tagger says (a city of a
million people, or the city our alias table gives the name) is the city,
unless the story says otherwise (see ``_actor_people``).
"""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.extract._gazetteer import load_gazetteer
from newsgraph.extract._place_cues import unmistakable

_LOCATIVE = frozenset(
    {"near", "off", "outside", "around", "throughout", "across", "toward", "towards"}
)
# Nouns whose "of" phrase names a place ("the island of Kastellorizo", "south of Crete").
_PLACE_HEADS = frozenset(
    {"island", "islands", "isle", "town", "city", "village", "port", "region", "province", "coast", "shores",
     "waters", "south", "north", "east", "west", "southeast", "southwest", "northeast", "northwest", "outskirts"}
)
# A town this small shares its name with too many firms ("a stake in Wagner").
_MIN_TOWN_POPULATION = 10_000


def is_place_said_as_place(span: Span) -> bool:
    """Whether an ORG entity is a known place named where a place is named."""
    root = span.root
    if root.dep_ != "pobj":
        return False
    preposition = root.head
    where = preposition.lower_ in _LOCATIVE or (
        preposition.lower_ == "of" and preposition.head.lower_ in _PLACE_HEADS
    )
    if not where:
        return False
    for hit in load_gazetteer().lookup(span.text):
        entry = hit.entry
        if hit.rank < 1 or entry.country3 is None:
            continue
        if entry.feature != "city" or entry.population >= _MIN_TOWN_POPULATION:
            return True
    return False


def is_big_city(name: str) -> bool:
    """Whether ``name`` is a city the places extractor finds even where the tagger calls it a person."""
    return any(hit.entry.feature == "city" and unmistakable(hit) for hit in load_gazetteer().lookup(name))
