"""A capital named through its country ("the Ukrainian capital", "Kenya's capital") is the capital city, and
events there are placed at it. Money called capital stays money. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.process import extract

PUBLISHED = "2024-11-20"


@pytest.mark.parametrize(
    ("text", "words", "city", "country"),
    [
        ("Russia fired missiles at the Ukrainian capital overnight.", "Ukrainian capital", "Kyiv", "UKR"),
        ("Gunmen attacked a mall in Kenya's capital.", "Kenya's capital", "Nairobi", "KEN"),
        ("Officials in the Syrian capital said the talks failed.", "Syrian capital", "Damascus", "SYR"),
        ("Thousands marched through the Georgian capital on Sunday.", "Georgian capital", "Tbilisi", "GEO"),
        ("The blast rocked the Lebanese capital, Beirut.", "Lebanese capital", "Beirut", "LBN"),
    ],
)
def test_a_capital_named_through_its_country_is_the_city(text: str, words: str, city: str, country: str) -> None:
    places = {(place.text, place.name, place.country, place.feature) for place in extract(text, published=PUBLISHED).places}
    assert (words, city, country, "city") in places


@pytest.mark.parametrize(
    "text",
    [
        "Russian capital fled to Cyprus after the sanctions.",
        "Kenya's capital markets rallied on Monday.",
        "Investors pulled Chinese capital out of the fund.",
    ],
)
def test_money_called_capital_names_no_city(text: str) -> None:
    assert all(place.feature != "city" for place in extract(text, published=PUBLISHED).places)


def test_an_attack_on_the_capital_is_placed_there() -> None:
    (event,) = extract("Russia fired missiles at the Ukrainian capital overnight.", published=PUBLISHED).events
    assert (event.source.code, event.target.code, event.location.name) == ("RUSGOV", "UKR", "Kyiv")
