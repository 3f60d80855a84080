"""A private giver's sum to nobody named, to a charity, a foundation or a PAC is philanthropy or campaign
money, not aid between parties, whatever code the verb took; a state's or an official's gift still codes."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Walsh gave $3 million through her family foundation.", {"Walsh": "USAELI"}),
        ("Moreland has pledged to give $2 million to an animal charity.", {"Moreland": "USALEG"}),
        ("Garza contributed $1 million to the super PAC Forward America.", {"Garza": "USALEG", "America": "USA"}),
        ("Walsh will give away billions.", {"Walsh": "USAELI"}),
    ],
)
def test_private_money_makes_no_event(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes) == set()


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Japan gave $10 million to Haiti after the earthquake.", {"Japan": "JPN", "Haiti": "HTI"}),
        ("The U.S. government contributed $3 million in assistance to Kenya.",
         {"U.S. government": "USAGOV", "Kenya": "KEN"}),
    ],
)
def test_state_gifts_still_code_as_aid(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert "07" in {cameo[:2] for cameo, _, _ in dyads(nlp, text, codes)}
