"""Coordinated parties that agree to do something together, with nobody else named, agree with each other
(the wrapper 'agree' is flagged 'recip' in verbs.tsv); a named other party is still the target, and a
pledge (no 'recip') is each party's own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("The Malian government and the Tuareg rebels have agreed to allow aid convoys into the north.",
         {"Malian government": "MLIGOV", "Tuareg rebels": "MLIREB"},
         {("0355", "MLIGOV", "MLIREB"), ("0355", "MLIREB", "MLIGOV")}),
        ("Iran and Iraq agreed to reopen their border to pilgrims from Pakistan.",
         {"Iran": "IRNGOV", "Iraq": "IRQGOV", "Pakistan": "PAKGOV"},
         {("0355", "IRNGOV", "PAKGOV"), ("0355", "IRQGOV", "PAKGOV")}),
        ("France and Germany pledged to send aid.", {"France": "FRAGOV", "Germany": "DEUGOV"},
         {("033", "FRAGOV", None), ("033", "DEUGOV", None)}),
    ],
)
def test_parties_that_agree_together(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected
