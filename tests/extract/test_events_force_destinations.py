"""A show of force (CAMEO 15) is aimed at a foe. Forces sent "to" a country are where they go, often at the host's
call, not whom they face; "into" a country, "against" it, near or along it, or to its border ("to the Guyanese
border", "to the border with" it) still names the one they face."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("The United States sent troops to Jordan.", {"United States": "USAGOV", "Jordan": "JORGOV"},
         {("150", "USAGOV", None)}),
        ("Britain deployed fighter jets to Estonia at the request of Tallinn.",
         {"Britain": "GBRGOV", "Estonia": "ESTGOV", "Tallinn": "ESTGOV"}, {("154", "GBRGOV", None)}),
        ("France sent 800 soldiers to Chad to help fight the insurgents.", {"France": "FRAGOV", "Chad": "TCDGOV"},
         {("150", "FRAGOV", None)}),
        ("The Pentagon dispatched an aircraft carrier to South Korea.", {"Pentagon": "USAMIL", "South Korea": "KORGOV"},
         {("150", "USAMIL", None)}),
    ],
)
def test_where_forces_go_or_stand_is_no_target(nlp: Language, text: str, codes: dict[str, str],
                                                 expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Turkey sent troops into Iraq.", {"Turkey": "TURGOV", "Iraq": "IRQGOV"}, {("150", "TURGOV", "IRQGOV")}),
        ("Armenia sent troops to the border with Azerbaijan.", {"Armenia": "ARMGOV", "Azerbaijan": "AZEGOV"},
         {("150", "ARMGOV", "AZEGOV")}),
        ("Venezuela sent troops to the Guyanese border.", {"Venezuela": "VENGOV", "Guyanese": "GUY"},
         {("150", "VENGOV", "GUY")}),
        ("India deployed tanks along the border with Pakistan.", {"India": "INDGOV", "Pakistan": "PAKGOV"},
         {("154", "INDGOV", "PAKGOV")}),
        ("North Korea deployed artillery against South Korea.", {"North Korea": "PRKGOV", "South Korea": "KORGOV"},
         {("154", "PRKGOV", "KORGOV")}),
        ("China deployed warships near Taiwan.", {"China": "CHNGOV", "Taiwan": "TWNGOV"},
         {("154", "CHNGOV", "TWNGOV")}),
    ],
)
def test_a_foe_faced_is_still_the_target(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected
