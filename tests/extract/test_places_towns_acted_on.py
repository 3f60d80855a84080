"""A city of 100,000 that the tagger calls a person is a place where a verb of places acts on it
("missiles struck Lviv", "Kramatorsk was shelled", "the Pope visited Lviv"): listed among the places,
not among the actors. A person the story names in full keeps the name. Sentences written for these
tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract

PUBLISHED = "2024-08-01"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Russian missiles struck Lviv on Tuesday, the mayor said.", "Lviv", "UKR"),
        ("Kramatorsk was shelled overnight.", "Kramatorsk", "UKR"),
        ("Zelensky visited Kherson on Monday.", "Kherson", "UKR"),
        ("The Pope visited Lviv in the spring.", "Lviv", "UKR"),
        ("Drones struck Kramatorsk before dawn.", "Kramatorsk", "UKR"),
    ],
)
def test_a_city_a_verb_of_places_acts_on_is_a_place(text: str, name: str, country: str) -> None:
    result = extract(text, published=PUBLISHED)
    assert {place.text: place.country for place in result.places}.get(name) == country
    assert name not in {actor.name for actor in result.actors}


def test_a_person_named_in_full_keeps_the_name() -> None:
    result = extract("Senator Elizabeth Warren spoke on Monday. Trump visited Warren on Tuesday.",
                     published=PUBLISHED)
    assert "Warren" not in {place.text for place in result.places}


def test_a_capital_the_tagger_swallowed_into_a_time_is_a_place() -> None:
    # "Kyiv overnight" is tagged TIME; months and weekdays are no places.
    result = extract("Russia fired missiles at Kyiv overnight.", published=PUBLISHED)
    assert {place.text: place.country for place in result.places}.get("Kyiv") == "UKR"
    assert ("194", "RUSGOV", "UKR") in {(e.cameo, e.source.code, e.target.code if e.target else None)
                                        for e in result.events}
    assert not extract("Talks resume in March.", published=PUBLISHED).places
