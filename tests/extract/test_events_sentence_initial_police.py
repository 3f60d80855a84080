"""A role phrase that opens a sentence ("Riot police fired tear gas") is capitalised only by its place: the
dateline's country places it as it places a bare "police" (issue #6)."""

from __future__ import annotations

import pytest

from event_cases import pipeline_dyads


@pytest.mark.parametrize(
    ("text", "police"),
    [
        (
            "CARACAS, May 1 (Reuters) - Thousands marched in Caracas on Monday. Riot police used water cannons and "
            "tear gas to disperse the crowd.",
            "VENCOP",
        ),
        ("NAIROBI, May 1 (Reuters) - Students protested in Nairobi. Riot police fired tear gas at the students.",
         "KENCOP"),
        ("DHAKA, May 1 (Reuters) - Students protested in Dhaka. Riot police charged the students with batons.",
         "BGDCOP"),
        ("MANILA, May 1 (Reuters) - Activists marched in Manila. Riot police blocked the activists at the bridge.",
         "PHLCOP"),
        ("KIEV, May 1 (Reuters) - Activists rallied in Kiev. Riot police detained twenty activists.", "UKRCOP"),
        ("ATHENS, May 1 (Reuters) - Farmers blocked a highway near Athens. Border police detained three farmers.",
         "GRCCOP"),
    ],
)
def test_police_opening_a_sentence_take_the_datelines_country(text: str, police: str) -> None:
    assert police in {source for _, source, _ in pipeline_dyads(text)}, pipeline_dyads(text)
