"""Markets moving are no party acting: shares, prices and currencies as a verb's subject code no event,
whatever the verb means of people. Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from event_cases import pipeline_dyads


@pytest.mark.parametrize(
    "text",
    [
        "Chinese shares rallied on Monday.",
        "Japanese markets rejected the central bank's forecast.",
        "German bond yields attacked the year's highs.",
        "Russian stocks rallied after the ceasefire.",
        "The Turkish lira retreated against the dollar.",
    ],
)
def test_markets_moving_code_no_event(text: str) -> None:
    assert pipeline_dyads(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Chinese students rallied in Hong Kong on Monday.",
        "The Common Market imposed sanctions on Argentina.",
        "Japanese officials rejected the American proposal.",
    ],
)
def test_people_and_named_bodies_still_act(text: str) -> None:
    assert pipeline_dyads(text, published="1985-05-01" if "Common Market" in text else "2024-11-20") != set()
