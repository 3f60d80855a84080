"""A weapon or an attack "believed to have been fired by" someone names its author all the same ("a rocket
suspected to have been launched by Hamas struck the town": Hamas attacks), and what a missile or a shell blew
up was struck with military weapons (194), not bombed (183)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("A rocket suspected to have been launched by Hamas struck an Israeli town.",
         {"Hamas": "PSEREBHMS", "Israeli": "ISR"}, ("190", "PSEREBHMS", "ISR")),
        ("The ambush, believed to have been carried out by the Taliban, killed six Afghan soldiers.",
         {"Taliban": "AFGINS", "Afghan soldiers": "AFGMIL"}, ("190", "AFGINS", "AFGMIL")),
        ("A Turkish tank was hit by a missile thought to have been fired by Kurdish militants.",
         {"Turkish tank": "TURMIL", "Kurdish militants": "TURREB"}, ("190", "TURREB", "TURMIL")),
        ("The convoy was struck by a rocket believed to be fired by Houthi rebels.",
         {"convoy": "SAUMIL", "Houthi rebels": "YEMREB"}, ("190", "YEMREB", "SAUMIL")),
    ],
)
def test_a_hedged_maker_is_the_author(nlp: Language, text: str, codes: dict[str, str], expected: tuple) -> None:
    assert expected in dyads(nlp, text, codes)


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("A Ukrainian transport plane was blown up by a rocket fired by separatists.",
         {"Ukrainian": "UKR", "separatists": "UKRSEP"}, ("194", "UKRSEP", "UKR")),
        ("The tanker was blown up by mortar shells fired by Houthi rebels.",
         {"Houthi rebels": "YEMREB"}, ("194", "YEMREB", None)),
        ("The Syrian army depot was blown up by an Israeli missile.", {"Syrian army": "SYRMIL", "Israeli": "ISR"},
         ("194", "ISR", "SYRMIL")),
        ("The border post was blown up by artillery fired by Indian troops.", {"Indian troops": "INDMIL"},
         ("194", "INDMIL", None)),
    ],
)
def test_blown_up_by_a_weapon_is_a_military_strike(
    nlp: Language, text: str, codes: dict[str, str], expected: tuple
) -> None:
    found = dyads(nlp, text, codes)
    assert expected in found, found
    assert not any(code == "183" for code, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("An Israeli bus was blown up by a suicide bomber.", {"Israeli": "ISR"}, "183"),
        ("Rebels blew up a bridge near the border.", {"Rebels": "---REB"}, "183"),
        ("The bridge was blown up by retreating troops.", {"troops": "---MIL"}, "183"),
        ("Militants blew up a gas pipeline in the Sinai.", {"Militants": "EGYREB"}, "183"),
    ],
)
def test_blown_up_otherwise_is_a_bombing(nlp: Language, text: str, codes: dict[str, str], expected: str) -> None:
    assert expected in {code for code, _, _ in dyads(nlp, text, codes)}
