"""Place names news writes in lower case for the place: "the gulf" of a Gulf-crisis story.

Owns one narrow case. A name of ``common_nouns.tsv`` with words listed after
it is written in lower case both as a common noun ("the gulf between the
parties") and for the place ("warships sailed into the gulf"). It is the place
after a bare "the" when no listed word follows and the story names a country
or US state within ``REGION_NEAR_KM`` of one of the name's senses (Iraq and
Kuwait for the Persian Gulf, Louisiana for the Gulf of Mexico); the resolver
then picks the sense near the story.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from newsgraph.extract._gazetteer import Gazetteer, data_rows, name_key
from newsgraph.extract._place_columns import lower_indices
from newsgraph.extract._place_record import Mention, mention_of, overlap
from newsgraph.extract._place_resolve import REGION_NEAR_KM
from newsgraph.extract.geo import km_between

_NEAR_FEATURES = frozenset({"country", "admin1"})


@lru_cache(maxsize=1)
def _lower_names() -> dict[str, frozenset[str]]:
    """name -> the words after it that keep it a common noun; only names news also writes in lower case."""
    return {name_key(row[0]): frozenset(row[1].split()) for row in data_rows("common_nouns.tsv") if len(row) > 1}


@lru_cache(maxsize=1)
def _lower_name_words() -> frozenset[str]:
    return frozenset(_lower_names())


def lower_case_places(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Mentions of lower-case names that the story uses for the place, not overlapping ``mentions``."""
    names = _lower_names()
    found: list[Mention] = []
    for index in lower_indices(doc, _lower_name_words()):
        token = doc[index]
        keep_common = names[token.lower_]
        if not token.is_lower or token.i == 0 or doc[token.i - 1].lower_ != "the":
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in keep_common:
            continue
        hits = gazetteer.lookup(token.text)
        mention = mention_of(doc[token.i : token.i + 1], hits, sure=True)
        if hits and _near_story(hits, mentions) and not any(overlap(mention, other) for other in mentions):
            found.append(mention)
    return found


def _near_story(hits, mentions: list[Mention]) -> bool:  # type: ignore[no-untyped-def]
    """Whether a country or US state the story names lies near one of the name's senses."""
    named = [
        hit.entry for mention in mentions for hit in mention.hits
        if hit.entry.feature in _NEAR_FEATURES and hit.rank >= 1 and hit.entry.lat is not None
    ]
    return any(
        sense.entry.lat is not None and sense.entry.lon is not None
        and any(km_between(sense.entry.lat, sense.entry.lon, place.lat, place.lon) <= REGION_NEAR_KM
                for place in named if place.lon is not None)
        for sense in hits
    )
