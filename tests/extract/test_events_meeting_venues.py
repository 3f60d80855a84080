"""Where parties meet is no party they meet: "G7 leaders met in Italy" is no meeting with Italy (and, with no
counterpart named, no dyad at all), and "Biden and Kishida met in Japan" is the two leaders meeting each other."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # a meeting among one side's members, in a place
        ("G7 leaders met in Italy on Friday.", {"G7 leaders": "IGOGOS", "Italy": "ITA"}, set()),
        ("Arab foreign ministers met in Cairo to discuss the war.",
         {"Arab foreign ministers": "IGOARBGOV", "Cairo": "EGY"}, set()),
        ("The rebel commanders met in Kenya last week.", {"rebel commanders": "SDNREB", "Kenya": "KEN"},
         set()),
        # the other party met, when named, is the target, wherever they meet
        ("Biden and Kishida met in Japan on Friday.", {"Biden": "USAGOV", "Kishida": "JPNGOV", "Japan": "JPN"},
         {("040", "USAGOV", "JPNGOV"), ("040", "JPNGOV", "USAGOV")}),
        ("Blinken met Wang Yi in Beijing.", {"Blinken": "USAGOV", "Wang Yi": "CHNGOV", "Beijing": "CHN"},
         {("040", "USAGOV", "CHNGOV")}),
    ],
)
def test_a_meeting_place_is_no_party_met(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected
