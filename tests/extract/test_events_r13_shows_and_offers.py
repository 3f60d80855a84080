"""Thirteenth round: demonstrating something (a fondness, resolve) shows it, and a demonstration in the street
takes no object; offering a preview, a review, a guide, a feel, an address or an award offers no party
anything. Protests and offers of help, aid or mediation still code."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Hale said Walsh had demonstrated a fondness for strongmen.", {"Hale": "USALEG", "Walsh": "USAELI"}),
        ("The resolve demonstrated by the allies surprised the minister.", {"allies": "IGOWSTNAT"}),
        ("The governor has demonstrated real leadership skills in a crisis.", {"governor": "USAGOV"}),
        ("Walsh offers a preview of her tax plan in Dayton.", {"Walsh": "USAELI"}),
        ("Moreland is offering his positive reviews of the new budget.", {"Moreland": "USALEG"}),
        ("Hale offered a clear tactical guide to a primary win.", {"Hale": "USALEG"}),
        ("The Walsh brothers offered the smiling feel of a family reunion.", {"Walsh": "USAELI"}),
        ("On Tuesday Moreland offered yet another scripted address.", {"Moreland": "USALEG"}),
        ("The police offered a $50,000 award for information.", {"police": "USACOP"}),
    ],
)
def test_showing_and_offering_nothing_to_anyone(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes) == set()


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Thousands of students demonstrated against the government in Belgrade.",
         {"students": "SRBEDU", "government": "SRBGOV"}, ("140", "SRBEDU", "SRBGOV")),
        ("Farmers demonstrated in Lyon on Monday.", {"Farmers": "FRAAGR"}, ("140", "FRAAGR", None)),
        ("Egypt offered to mediate between Israel and Hamas.",
         {"Egypt": "EGYGOV", "Israel": "ISRGOV", "Hamas": "PSEREBHMS"}, ("039", "EGYGOV", "ISRGOV")),
        ("Japan offered aid to Indonesia.", {"Japan": "JPNGOV", "Indonesia": "IDNGOV"}, ("033", "JPNGOV", "IDNGOV")),
    ],
)
def test_protests_and_offers_still_code(nlp: Language, text: str, codes: dict[str, str], expected: tuple) -> None:
    assert expected in dyads(nlp, text, codes)
