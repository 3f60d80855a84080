"""A party named after "ruling" or "governing" is its country's government (CAMEO codes a ruling party GOV).

Its country comes from its own name's words, the possessor before "ruling", the sentence's one country or the
story's country. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_cases import code_of


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The ruling Georgian Dream party won the election.", "Georgian Dream", "GEOGOV"),
        ("Hungary's ruling Fidesz party passed the law.", "Fidesz", "HUNGOV"),
        ("The governing Law and Justice party in Poland attacked the court.", "Law and Justice", "POLGOV"),
        ("Zimbabwe's ruling ZANU-PF expelled the vice president.", "ZANU-PF", "ZWEGOV"),
        ("Turkey’s ruling AK Party criticised the European Union.", "AK Party", "TURGOV"),
        ("Japan's ruling Liberal Democratic Party won a majority.", "Liberal Democratic Party", "JPNGOV"),
        ("Protesters in Serbia marched against the ruling Progressive Party.", "Progressive Party", "SRBGOV"),
    ],
)
def test_a_ruling_party_is_its_countrys_government(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published="2016-05-01") == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # "ruling" as a court's decision, or on a later noun, names no party
        ("The court's ruling Tuesday angered Trump.", "Tuesday", "-"),
        ("Activists celebrated the ruling Monday.", "Monday", "-"),
        ("The senator made no comment on the ruling Friday.", "Friday", "-"),
        ("The ruling elite in Moscow ignored Navalny.", "Moscow", "RUS"),
    ],
)
def test_a_ruling_that_qualifies_no_name_codes_nothing_new(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published="2016-05-01") == code
