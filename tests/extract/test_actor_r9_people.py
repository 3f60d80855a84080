"""One private person's nationality names one of a people, not the state, even where the state acts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_cases import code_of


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        # A capitalised person noun the tagger takes for a name.
        ("Belgium tightened its border checks. A Belgian Islamist was detained near Liege.", "Belgian", "BEL"),
        ("Ukraine opened its borders on Friday. A Ukrainian migrant drowned off the coast.", "Ukrainian", "UKR"),
        ("Chile protested the ruling. A Chilean asylum seeker was held at the airport.", "Chilean", "CHL"),
        ("Canada said it would help. A Canadian suspect was charged on Tuesday.", "Canadian", "CAN"),
        ("Portugal said it would help. A Portuguese family was found safe.", "Portuguese", "PRT"),
        # "another", "any" pick one of many as "a" does.
        ("Canada said it would help. Another freed Canadian flew home on Sunday.", "Canadian", "CAN"),
        ("Kenya said it would act. An attack on any Kenyan is an attack on all.", "Kenyan", "KEN"),
        # A heritage before the country's demonym: the people of the country.
        ("Mexico said it would act. The district is largely Arab-American.", "American", "USA"),
        ("The United States said it would act. The town is mostly African American.", "American", "USA"),
        # Still the state's: an office, a thing it does, a country it speaks for.
        ("Belgium tightened its border checks. A Belgian official was detained.", "Belgian", "BELGOV"),
        ("Sweden said it would help. Swedish officials flew home on Sunday.", "Swedish", "SWEGOV"),
    ],
)
def test_one_private_person_is_one_of_a_people(nlp: Language, text: str, phrase: str, expected: str) -> None:
    assert code_of(nlp, text, phrase, published="2016-05-02") == expected
