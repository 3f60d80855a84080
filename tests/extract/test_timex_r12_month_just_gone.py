"""ISSUE-5: "last March" written in April is March a year back: the month just gone is "last month".

A writer in April calls the March just ended "last month" or "in March"; "last March" reaches back a year.
"this past March" still means the month just ended, and a month further back stays in the same year.
Sentences are our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes

PUBLISHED = "2016-04-20"


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("The ferry sank last March off the northern coast.", "last March", "2015-03"),
        ("Two ministers resigned after the floods of last March.", "last March", "2015-03"),
        # the month just ended, said as such
        ("The ferry sank this past March off the northern coast.", "this past March", "2016-03"),
        # two months back is still this year's
        ("The ferry sank last February off the northern coast.", "last February", "2016-02"),
        # the current month named "last" was already a year back
        ("The ferry sank last April off the northern coast.", "last April", "2015-04"),
    ],
)
def test_last_month_name(nlp, text: str, expression: str, expected: str) -> None:
    found = {t.text: t.value for t in find_timexes(nlp(text), text, published=PUBLISHED)}
    assert found[expression] == expected


def test_last_december_in_january(nlp) -> None:
    text = "The strike began last December and ended within a week."
    found = {t.text: t.value for t in find_timexes(nlp(text), text, published="2016-01-12")}
    assert found["last December"] == "2015-12"
