"""ISSUE-5: a weekday that names an act over once it happened ("Monday's ruling", "Friday's deal") is past,
even when the verb looks ahead at what follows from it ("will be appealed", "may not last").

Contests and meetings held on a set day ("Thursday's hearing will examine ...") keep the day ahead.
Sentences are our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes
from newsgraph.nlp import load_pipeline

PUBLISHED = "2016-06-28"  # a Tuesday


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Campaigners said Monday's decision will sharpen the contrast between the two parties.", "2016-06-27"),
        ("Analysts think Friday's tentative deal may only postpone the strike.", "2016-06-24"),
        ("The province will challenge Thursday's verdict in a higher court.", "2016-06-23"),
        # held on a set day: still ahead
        ("Thursday's hearing will examine the contracts.", "2016-06-30"),
        ("Friday's vote will settle the matter.", "2016-07-01"),
    ],
)
def test_done_event_day_is_past(nlp, text: str, expected: str) -> None:
    days = [t.value for t in find_timexes(nlp(text), text, published=PUBLISHED) if t.type == "DATE"]
    assert days == [expected]
