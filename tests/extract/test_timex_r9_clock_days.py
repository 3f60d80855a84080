"""A clock time followed by "on" and a day falls on that day, not on the publication day."""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes
from newsgraph.nlp import load_pipeline

PUBLISHED = "2024-03-14"  # a Thursday


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The truce began at midnight on Sunday.", [("midnight", "2024-03-10T24:00"), ("Sunday", "2024-03-10")]),
        ("The blast happened at 3 p.m. on Friday.", [("3 p.m.", "2024-03-08T15:00"), ("Friday", "2024-03-08")]),
        ("The gates open at 9 a.m. on April 2.", [("9 a.m.", "2024-04-02T09:00"), ("April 2", "2024-04-02")]),
        # without a day after it, the clock stays on the publication day
        ("The blast shook the harbour at 3 p.m. near the docks.", [("3 p.m.", "2024-03-14T15:00")]),
        ("The vote ends at 5 p.m. and results come on Friday.", [("5 p.m.", "2024-03-14T17:00"), ("Friday", "2024-03-15")]),
    ],
)
def test_clock_on_a_named_day(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(t.text, t.value) for t in find_timexes(nlp(text), text, published=PUBLISHED)]
    assert found == expected
