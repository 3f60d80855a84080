"""Defending one's own words, record, deals or interests, or oneself, is said on behalf of no other party, and CAMEO's
052 (defend verbally) defends another actor (verbs.tsv: 'defend' with such an object codes nothing).
Defending a party still codes."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The senator later defended his comments as a joke.", {"senator": "USALEG"}),
        ("The governor had to defend his business deals on Sunday.", {"governor": "USAGOV"}),
        ("The mayor went on to defend his record on crime.", {"mayor": "USAGOV"}),
        ("The minister defended himself against the charges.", {"minister": "FRAGOV"}),
        # A state's own interests or standing.
        ("China would take resolute measures to defend its interests.", {"China": "CHNGOV"}),
        ("Iran said it would defend its sovereignty.", {"Iran": "IRNGOV"}),
        ("The ministry said Ukraine would defend its territorial integrity.", {"Ukraine": "UKRGOV"}),
    ],
)
def test_defending_ones_own_words_is_no_event(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes) == set()


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("The senator defended the governor against the attacks.", {"senator": "USALEG", "governor": "USAGOV"},
         {("052", "USALEG", "USAGOV")}),
        ("Egypt defended Sudan in the debate.", {"Egypt": "EGYGOV", "Sudan": "SDNGOV"}, {("052", "EGYGOV", "SDNGOV")}),
    ],
)
def test_defending_a_party_still_codes(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected
