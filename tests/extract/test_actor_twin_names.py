"""A short name two countries share ("Congo", "Congolese") is, alone, the one that has gone by it in the
news of the article's day: the Democratic Republic of the Congo since Zaire took the name in May 1997, the
Republic of the Congo before. An article that names only the other one in full means that one. Sentences
written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from actor_cases import mention_codes


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Congolese troops retook the town from M23 rebels.", "Congolese troops", "CODMIL"),
        ("Congo accused Rwanda of backing the rebels.", "Congo", "CODGOV"),
        ("The Democratic Republic of Congo closed its border. Congo said the rebels had crossed it.", "Congo", "CODGOV"),
        ("Kinshasa recalled its envoy. Congolese troops attacked the rebels near the border.", "Congolese troops", "CODMIL"),
        ("DR Congo and Rwanda met in Luanda. Congo accused Rwanda of lying.", "Congo", "CODGOV"),
        # The other Congo named in full, and the usual one not, takes the bare name.
        ("The Republic of Congo signed a deal with France. Congo said it would export timber.", "Congo", "COGGOV"),
        ("Brazzaville recalled its envoy. Congolese troops guarded the border.", "Congolese troops", "COGMIL"),
    ],
)
def test_a_shared_name_is_the_usual_country_unless_the_other_is_named_in_full(
    text: str, word: str, code: str
) -> None:
    assert mention_codes(text).get(word) == code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Congo said it would export timber to France.", "Congo"),
        ("Zaire closed its border. Congolese troops guarded the river.", "Congolese troops"),
    ],
)
def test_before_1997_the_name_was_the_republic_of_the_congos_alone(text: str, word: str) -> None:
    assert (mention_codes(text, published="1990-06-01").get(word) or "")[:3] == "COG"


def test_both_named_in_full_keeps_the_usual_one() -> None:
    text = "Congo-Brazzaville and the Democratic Republic of Congo share a river. Congo said the ferry would resume."
    assert mention_codes(text).get("Congo") == "CODGOV"
