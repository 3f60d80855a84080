"""ISSUE-5: "later in the day", "earlier in the day" are the day the story last named (or publication day).

"later in the year" and "earlier in the month" likewise fall within the year or month last named, when the
story named one; "later this year" stays the year of publication. Sentences are our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes
from newsgraph.nlp import load_pipeline

PUBLISHED = "2016-06-15"  # a Wednesday


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("The envoy landed on March 3, 2014. Later in the day she met the rebels.", "Later in the day",
         ("2014-03-03", "END")),
        ("The envoy will land in Kabul on Friday and fly to Delhi later in the day.", "later in the day",
         ("2016-06-17", "END")),
        ("Two bombs hit the market on Monday; earlier in the day police had closed the road.", "earlier in the day",
         ("2016-06-13", "START")),
        # no day named before: the day of publication
        ("The minister is expected to speak later in the day.", "later in the day", ("2016-06-15", "END")),
        # a month or year named before
        ("The mill closed in 2009. Later in the year it was sold.", "Later in the year", ("2009", "END")),
        ("Floods hit the valley in May 2013; earlier in the month a dam had cracked.", "earlier in the month",
         ("2013-05", "START")),
        # a date named two sentences back or more no longer sets the period
        ("Rents rose from $900 in 2012. The agent said so. Vacancies fell earlier in the year.",
         "earlier in the year", ("2016", "START")),
        # unchanged: "later this year" counts from publication
        ("The mill closed in 2009. The site will reopen later this year.", "later this year", ("2016", "END")),
    ],
)
def test_within_the_day_named(nlp, text: str, expression: str, expected: tuple[str, str | None]) -> None:
    found = {t.text: (t.value, t.mod) for t in find_timexes(nlp(text), text, published=PUBLISHED)}
    assert found[expression] == expected
