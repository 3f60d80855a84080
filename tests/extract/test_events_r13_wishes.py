"""Thirteenth round: a wish about how someone else is or fares ("wants Ohio to become more like Texas", "wanted
Hale to win") asks nobody to do anything, so it is no appeal; a wish that someone act still is one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Hale wants Ohio to become more like Texas.", {"Hale": "USALEG", "Ohio": "USA"}),
        ("Moscow wanted Walsh to win the election.", {"Moscow": "RUSGOV", "Walsh": "USAELI"}),
        ("Most donors want Walsh to lose in November.", {"donors": "USABUS", "Walsh": "USAELI"}),
        ("Voters want the next president's policies to be more liberal.",
         {"Voters": "USACVL", "president": "USAGOV"}),
        ("The minister wants the army to have more money.", {"minister": "FRAGOV", "army": "FRAMIL"}),
    ],
)
def test_a_wish_about_someone_is_no_appeal(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert not any(code.startswith("02") for code, _, _ in dyads(nlp, text, codes))


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Moscow wants Ankara to close its border to the militants.", {"Moscow": "RUSGOV", "Ankara": "TURGOV"},
         ("021", "RUSGOV", "TURGOV")),
        ("Tehran wants Washington to lift the sanctions.", {"Tehran": "IRNGOV", "Washington": "USAGOV"},
         ("021", "IRNGOV", "USAGOV")),
        ("Berlin wants Paris to do more for European security.", {"Berlin": "DEUGOV", "Paris": "FRAGOV"},
         ("021", "DEUGOV", "FRAGOV")),
    ],
)
def test_a_wish_that_someone_act_is_an_appeal(nlp: Language, text: str, codes: dict[str, str], expected: tuple) -> None:
    assert expected in dyads(nlp, text, codes)
