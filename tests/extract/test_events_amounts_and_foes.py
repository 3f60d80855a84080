"""Event nouns counted by an amount ("$200 million in new aid"), the foe a cooperation is against, and
diplomats ordered to leave."""

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


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # What parties cooperate against is their common foe, not a partner.
        ("Somalia pledged to cooperate against al-Shabaab.", {"Somalia": "SOMGOV", "al-Shabaab": "SOMREB"},
         {("031", "SOMGOV", None)}),
        # Yielding keeps its "against" target, and fighting does.
        ("The US lifted sanctions against Iran.", {"US": "USAGOV", "Iran": "IRNGOV"}, {("085", "USAGOV", "IRNGOV")}),
        ("Rebels fought against the army.", {"Rebels": "---REB", "army": "---MIL"}, {("190", "---REB", "---MIL")}),
    ],
)
def test_against_names_no_partner_of_cooperation(nlp: Language, text: str, codes: dict[str, str],
                                                 expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Diplomats ordered to leave are expelled; an envoy ordered to attend is not.
        ("Poland ordered four Belarusian diplomats to leave the country.",
         {"Poland": "POLGOV", "Belarusian diplomats": "BLRGOV"}, {("161", "POLGOV", "BLRGOV")}),
        ("Iran ordered the envoy to attend the talks.", {"Iran": "IRNGOV"}, set()),
    ],
)
def test_diplomats_ordered_out_are_expelled(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert {dyad for dyad in dyads(nlp, text, codes) if dyad[0].startswith("16")} == expected
