"""A big city of several words that the tagger takes for a person, right after a preposition of place, is the
city: it takes no pronoun of the person before it. Sentences written for these tests, through the whole
pipeline."""

from __future__ import annotations

import pytest

from tests.actor_cases import mention_codes


@pytest.mark.parametrize(
    ("text", "person", "code"),
    [
        # A big city of several words after "in" is the city; the pronouns that follow are the person's.
        (
            "BRASILIA, June 30 (AP) - Brazil's top electoral court on Friday barred former President Jair "
            "Bolsonaro from office. Bolsonaro, who is in Belo Horizonte, said he would appeal. He accused the "
            "judges of persecution.",
            "He",
            "BRAELI",
        ),
        (
            "Brazilian Senator Tiago Albuquerque Neto, who is in Porto Alegre, said he would vote against the bill.",
            "he",
            "BRALEG",
        ),
    ],
)
def test_a_pronoun_after_a_city_taken_for_a_person_is_the_person(text: str, person: str, code: str) -> None:
    codes = mention_codes(text)
    assert codes[person] == code
    assert not any(name in codes for name in ("Belo Horizonte", "Porto Alegre"))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # After "to", a name that is no city's stays the person the pronoun refers to.
        ("Brazil's president gave the award to Maria Helena Duarte, who said she was honoured.", "Maria Helena Duarte"),
    ],
)
def test_a_person_after_a_preposition_stays_a_person(text: str, person: str) -> None:
    assert person in mention_codes(text)
