"""ISSUE-5: "today's world", "today's teenagers", "today's Japan" mean the present age, not the day: no timex.

TimeBank leaves such generic uses unannotated; "today's vote", "today's paper" stay the day. Sentences are
our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes
from newsgraph.nlp import load_pipeline

PUBLISHED = "2016-06-15"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Privacy is hard to keep in today's world.", []),
        ("The coach said today's teenagers read less.", []),
        ("Most of today's electric cars are quiet.", []),
        ("Few young people farm in today's Japan.", []),
        ("The show speaks to today's youth about money.", []),
        # the day itself
        ("Today's vote in the senate was close.", [("Today", "2016-06-15")]),
        ("The notice appears in today's paper.", [("today", "2016-06-15")]),
        ("The minister arrived today.", [("today", "2016-06-15")]),
        ("Today's talks ended without a deal.", [("Today", "2016-06-15")]),
    ],
)
def test_today_as_the_present_age(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(t.text, t.value) for t in find_timexes(nlp(text), text, published=PUBLISHED)]
    assert found == expected
