"""Thirteenth round: an attack in words on a measure ("attacked the program", "his attacks on the nomination
process") is a stance on it like criticism of it, no event; attacks on a party, and force used on a country's
programme, still code."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Senator Hale and Governor Pratt have both attacked the program as a waste of money.",
         {"Senator Hale": "USALEG", "Governor Pratt": "USAGOV"}),
        ("Governor Pratt's repeated attacks on the nomination process worried party leaders.",
         {"Governor Pratt": "USAGOV"}),
        ("Senator Hale attacked the new law in a speech on Monday.", {"Senator Hale": "USALEG"}),
        ("Mayor Ortiz attacked the tax in a radio interview.", {"Mayor Ortiz": "USAGOV"}),
        ("Senator Hale says the mayor is flouting the proper process for budgets.",
         {"Senator Hale": "USALEG", "mayor": "USAGOV"}),
    ],
)
def test_attack_on_a_measure_is_no_event(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes, kind="person") == set()


@pytest.mark.parametrize(
    ("text", "codes", "kind", "expected"),
    [
        ("Senator Hale attacked Governor Pratt over the new law.",
         {"Senator Hale": "USALEG", "Governor Pratt": "USAGOV"}, "person", ("111", "USALEG", "USAGOV")),
        ("Governor Pratt's attacks on Senator Hale worried party leaders.",
         {"Governor Pratt": "USAGOV", "Senator Hale": "USALEG"}, "person", ("111", "USAGOV", "USALEG")),
        ("Israel attacked Iran's nuclear program on Friday.", {"Israel": "ISRGOV", "Iran": "IRNGOV"}, "country",
         ("190", "ISRGOV", "IRNGOV")),
        ("Democrats called on Senator Hale to drop the bill.", {"Democrats": "USAPTY", "Senator Hale": "USALEG"},
         None, ("020", "USAPTY", "USALEG")),
    ],
)
def test_attacks_on_parties_still_code(nlp: Language, text: str, codes: dict[str, str], kind: str | None,
                                       expected: tuple) -> None:
    assert expected in dyads(nlp, text, codes, kind=kind)
