"""ISSUE-5: a day that opens the sentence dates a past plan's making, not what was planned.

"On Friday, the ministry planned to free the prisoners" tells what the ministry planned on a Friday gone by;
"the ministry planned to free the prisoners on Friday" still points at the Friday ahead. Sentences are our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes

PUBLISHED = "2022-11-09"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("On Monday, the council planned to close two libraries.", "Monday", "2022-11-07"),
        ("Last Friday, the regulator planned to fine the bank.", "Last Friday", "2022-11-04"),
        ("On Monday, the union scheduled a strike for December.", "Monday", "2022-11-07"),
        # unchanged: the day of the plan itself, and a present plan
        ("The council planned to close two libraries on Monday.", "Monday", "2022-11-14"),
        ("On Monday the council plans to close two libraries.", "Monday", "2022-11-14"),
    ],
)
def test_fronted_day_of_a_past_plan(nlp, text: str, expression: str, expected: str) -> None:
    found = {t.text: t.value for t in find_timexes(nlp(text), text, published=PUBLISHED)}
    assert found[expression] == expected
