"""A title without a country: placed by what the story says of the office, not by the people the
official deals with."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_cases import code_of


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # The nationality of a group the official deals with is not the official's.
        ("Gov. Ada Lind said Eritrean refugees would be turned away.", "Ada Lind", ""),
        ("Mayor Ada Lind welcomed Sudanese migrants to the town.", "Ada Lind", ""),
        ("Gov. Ada Lind said Honduran workers were needed on the farms.", "Ada Lind", ""),
        # A state body or a whole people still places the title.
        ("President Ada Lind criticised the Zambian government.", "Ada Lind", "ZMBGOV"),
        ("President Ada Lind thanked the Zambian people.", "Ada Lind", "ZMBGOV"),
    ],
)
def test_people_dealt_with_do_not_place_a_title(nlp: Language, text: str, phrase: str, expected: str) -> None:
    assert code_of(nlp, text, phrase, published="2016-05-02") == expected


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Prime Minister Lars Holm said the vote showed unity. The Danish prime minister had warned "
         "of cuts for weeks.", "Lars Holm", "DNKGOV"),
        ("Norway's prime minister spoke first. Prime Minister Lars Holm then took questions.",
         "Lars Holm", "NORGOV"),
        # Two countries' offices, or the office held by another name: no evidence.
        ("Prime Minister Lars Holm said the vote showed unity. The Danish prime minister and the "
         "Swedish prime minister met later.", "Lars Holm", ""),
        ("Prime Minister Lars Holm said the vote showed unity. Swedish Prime Minister Eva Berg "
         "disagreed.", "Lars Holm", ""),
    ],
)
def test_the_office_named_with_a_country_places_the_titled_name(
    nlp: Language, text: str, phrase: str, expected: str
) -> None:
    assert code_of(nlp, text, phrase, published="2016-05-02") == expected
