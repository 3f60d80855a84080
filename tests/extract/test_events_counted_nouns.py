"""An event noun counted by an amount of money or goods is still the event: "$200 million in new aid"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Washington announced $200 million in new aid for Sudan.", {"Washington": "USAGOV", "Sudan": "SDN"},
         {("070", "USAGOV", "SDN")}),
        ("Norway announced 40 tonnes of food aid for Yemen.", {"Norway": "NORGOV", "Yemen": "YEM"},
         {("070", "NORGOV", "YEM")}),
        # A month after the amount says when it was paid, not what: no march.
        ("The campaign paid the landlord $35,000 in March.", {"campaign": "USAELI"}, set()),
    ],
)
def test_an_amount_counts_the_event_noun(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected
