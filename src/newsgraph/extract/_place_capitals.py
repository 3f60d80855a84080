"""A country's capital named through the country: "the Ukrainian capital", "Kenya's capital" is the city.

News names a capital by its country as often as by its name ("Russia fired missiles at the Ukrainian
capital overnight"). Without this the place found is the country, so the event is placed in the country
and the map pin at its middle. The phrase becomes one place, from the country's word to "capital",
resolved to the capital city the gazetteer gives the country.

Money is "capital" too ("Russian capital fled abroad", "Kenya's capital markets"): a demonym counts only
with "the" before it, and "capital" must head its phrase, not modify another noun.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from newsgraph.extract._gazetteer import Gazetteer
from newsgraph.records import Place

_CAPITAL = "capital"
# How the country's word hangs on "capital": a demonym or name before it, or a possessive.
_COUNTRY_DEPS = frozenset({"amod", "compound", "poss"})


def with_named_capitals(doc: Doc, text: str, places: Sequence[Place], gazetteer: Gazetteer) -> list[Place]:
    """``places`` with each country named only to name its capital replaced by that capital city."""
    result: list[Place] = []
    for place in places:
        capital = _capital_named_by(doc, place) if place.feature == "country" else None
        city = gazetteer.capital_cities.get(place.country or "") if capital is not None else None
        if capital is None or city is None:
            result.append(place)
            continue
        end = capital.idx + len(capital.text)
        result.append(
            replace(
                place, end=end, text=text[place.start : end], name=city.name, country=city.country3,
                lat=city.lat, lon=city.lon, geonameid=city.geonameid, feature=city.feature,
            )
        )
    return result


def _capital_named_by(doc: Doc, place: Place) -> Token | None:
    """The word "capital" the country ``place`` names, or None."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    word = span.root
    head = word.head
    # The next word, or the one after the possessive's "'s".
    next_word = span.end + 1 if span.end < len(doc) and doc[span.end].tag_ == "POS" else span.end
    if word.dep_ not in _COUNTRY_DEPS or head.lower_ != _CAPITAL or head.i != next_word or head.tag_ != "NN":
        return None
    if head.dep_ == "compound":
        return None  # "Kenya's capital markets": money
    if word.dep_ != "poss" and not any(child.dep_ == "det" and child.lower_ == "the" for child in head.children):
        return None  # "Russian capital fled abroad": money
    return head
