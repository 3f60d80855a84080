"""A protest's participle of appeal or demand says what the protest is for, no second event: "demonstrated
calling for independence" is one protest, against the party the demand names when the protest names none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Thousands of Tamils demonstrated in Jaffna calling for independence from Sri Lanka.",
         {"Tamils": "LKACVL", "Sri Lanka": "LKAGOV"}, {("140", "LKACVL", "LKAGOV")}),
        ("Students marched in Bangkok on Monday, demanding the resignation of the prime minister.",
         {"Students": "THAEDU", "prime minister": "THAGOV"}, {("140", "THAEDU", "THAGOV")}),
        # A finite verb of its own is a second act.
        ("Farmers protested against the ministry and called on the EU to cut tariffs.",
         {"Farmers": "FRAAGR", "ministry": "FRAGOV", "EU": "IGOEUREEC"},
         {("141", "FRAAGR", "FRAGOV"), ("020", "FRAAGR", "IGOEUREEC")}),
    ],
)
def test_a_protest_and_its_demand_are_one_event(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected
