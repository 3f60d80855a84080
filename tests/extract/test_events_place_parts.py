"""A part of a named place stands in that place: an attack "on a mall in Kenya's capital" or fighting "in
Syria's north" happens in Kenya, in Syria, which is its target when nobody else is named."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Al-Shabab attacked a shopping centre in Kenya's capital.", {"Al-Shabab": "SOMREB", "Kenya": "KEN"},
         ("190", "SOMREB", "KEN")),
        ("Rebels shelled a hospital in Syria's north.", {"Rebels": "SYRREB", "Syria": "SYR"},
         ("194", "SYRREB", "SYR")),
        ("Boko Haram fighters raided a school in Nigeria's northeast.",
         {"Boko Haram fighters": "NGAREB", "Nigeria": "NGA"}, ("190", "NGAREB", "NGA")),
        ("The militants bombed a market in Iraq's western province.", {"militants": "IRQREB", "Iraq": "IRQ"},
         ("195", "IRQREB", "IRQ")),
    ],
)
def test_a_part_of_a_named_place_is_in_it(nlp: Language, text: str, codes: dict[str, str], expected: tuple) -> None:
    assert expected in dyads(nlp, text, codes)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Rebels shelled a hospital in the north.", {"Rebels": "SYRREB"}),
        ("Al-Shabab attacked a shopping centre in Kenya's famous market.", {"Al-Shabab": "SOMREB", "Kenya": "KEN"}),
    ],
)
def test_a_place_part_of_nobody_named_adds_no_target(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert all(target is None for _, _, target in dyads(nlp, text, codes))
