"""A US state's name and a party member ("a Kentucky Republican") name a party politician, not the state."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_cases import code_of


@pytest.mark.parametrize(
    ("text", "phrase", "expected", "occurrence"),
    [
        # The prose tag codes the person as the bracketed tag does; the state is no actor.
        ("Dana Whitfield, an Ohio Republican, said the measure would pass.", "Dana Whitfield", "USALEG", 0),
        ("Dana Whitfield, an Ohio Republican, said the measure would pass.", "Ohio", "-", 0),
        ("Marcus Ortega, a New Mexico Democrat, voted against the plan.", "New Mexico", "-", 0),
        ("Marcus Ortega, a New Mexico Democrat, voted against the plan.", "Marcus Ortega", "USALEG", 0),
        # A title that places the person in government keeps it.
        ("Gov. Dana Whitfield, an Ohio Republican, vetoed the bill.", "Dana Whitfield", "USAGOV", 0),
        # Named again by state and party: the same person.
        ("Dana Whitfield, an Ohio Republican, said the measure would pass. The Ohio Republican has "
         "backed it since March.", "Ohio Republican", "USALEG", 1),
        # With no tag of that state, the US politician just named.
        ("Sen. Dana Whitfield (R-Ohio) said the vote was close. On Thursday the Ohio Republican said it "
         "would pass.", "Ohio Republican", "USALEG", 0),
        # With no such person named, still not the state.
        ("The Ohio Republican has backed the measure since March.", "Ohio", "-", 0),
        # Not a member's phrase: a party, a place.
        ("The Ohio Republican Party met in Columbus.", "Ohio Republican Party", "USA", 0),
        ("Texas voted on Tuesday.", "Texas", "USA", 0),
    ],
)
def test_state_and_party_name_a_politician(
    nlp: Language, text: str, phrase: str, expected: str, occurrence: int
) -> None:
    assert code_of(nlp, text, phrase, published="2016-05-02", occurrence=occurrence) == expected
