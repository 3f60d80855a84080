""""The North" and "the South" in a story that names North or South Korea are those states; elsewhere they
are regions or parts of place names. Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from actor_cases import mention_codes
from newsgraph.process import extract


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("North Korea tested a rocket on Sunday. The North said the test was routine.", "North", "PRKGOV"),
        ("South Korea held drills with Japan. The North warned the South to stop them.", "South", "KORGOV"),
        ("Pyongyang and Seoul met in Panmunjom. North Korea walked out, and the South called it a pity.", "South", "KORGOV"),
    ],
)
def test_a_half_named_in_full_is_that_state(text: str, word: str, code: str) -> None:
    assert mention_codes(text).get(word) == code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # No Korea in the story: a region.
        ("Voters in the South backed the governor, polls said.", "South"),
        # Parts of place names, and a part of a country.
        ("North Korea said its ships had sailed the South China Sea.", "South"),
        ("South Korea said floods had hit the north of the country and the North Han river.", "North"),
    ],
)
def test_a_region_or_place_name_is_no_state(text: str, word: str) -> None:
    assert mention_codes(text).get(word) is None


def test_the_north_acts_on_the_south() -> None:
    text = "North Korea fired two missiles on Monday. South Korea condemned the launch, and the North threatened the South."
    dyads = {(event.source.code, event.target.code) for event in extract(text, published="2024-08-01").events if event.target}
    assert ("PRKGOV", "KORGOV") in dyads
