"""A short name two countries share ("Congo", "Congolese") is the one the article names in full; alone it is
the usual one (ISO's Congo, COG). Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from actor_cases import mention_codes


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("The Democratic Republic of Congo closed its border. Congo said the rebels had crossed it.", "Congo", "CODGOV"),
        ("Kinshasa recalled its envoy. Congolese troops attacked the rebels near the border.", "Congolese troops", "CODMIL"),
        ("DR Congo and Rwanda met in Luanda. Congo accused Rwanda of lying.", "Congo", "CODGOV"),
        # The usual Congo named in full keeps the bare name.
        ("The Republic of Congo signed a deal with France. Congo said it would export timber.", "Congo", "COGGOV"),
        ("Congo said it would export timber to France.", "Congo", "COGGOV"),
    ],
)
def test_a_shared_name_is_the_country_named_in_full(text: str, word: str, code: str) -> None:
    assert mention_codes(text).get(word) == code


def test_both_named_in_full_keeps_the_usual_one() -> None:
    text = "Congo-Brazzaville and the Democratic Republic of Congo share a river. Congo said the ferry would resume."
    assert mention_codes(text).get("Congo") == "COGGOV"
