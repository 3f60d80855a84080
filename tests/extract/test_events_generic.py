"""Events of agents whose country nobody names (CAMEO "---REB"): a lone sentence's rebels,
police or president act, but never crowd out a party whose country is known."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("The rebels released five hostages on Sunday.", {"rebels": "---REB"}, {("0841", "---REB", None)}),
        (
            "Police arrested ten protesters in Istanbul.",
            {"Police": "---COP", "ten protesters": "---OPP"},
            {("173", "---COP", "---OPP")},
        ),
        (
            "The president vetoed the bill passed by parliament.",
            {"president": "---GOV", "parliament": "---LEG"},
            {("129", "---GOV", "---LEG")},
        ),
        (
            "Human rights groups denounced the Egyptian government's crackdown on dissent.",
            {"Human rights groups": "---HRI", "Egyptian government": "EGYGOV"},
            {("111", "---HRI", "EGYGOV")},
        ),
    ],
)
def test_agents_of_unknown_country_act(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes, kind="group") == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        (
            # Officials of unknown country who report an attack attribute the news; they accuse nobody.
            "Syrian rebels attacked Filipino peacekeepers on Saturday, officials said.",
            {"Syrian rebels": "SYRREB", "Filipino peacekeepers": "PHLMIL", "officials": "---GOV"},
            {("190", "SYRREB", "PHLMIL")},
        ),
        (
            # Next to a party whose country is known, one of unknown country adds only noise.
            "Israeli troops fired on civilians and Palestinian police.",
            {"Israeli troops": "ISRMIL", "civilians": "---CVL", "Palestinian police": "PSECOP"},
            {("190", "ISRMIL", "PSECOP")},
        ),
    ],
)
def test_unknown_country_gives_way_to_a_known_one(
    nlp: Language, text: str, codes: dict[str, str], expected: set
) -> None:
    assert dyads(nlp, text, codes, kind="group") == expected
