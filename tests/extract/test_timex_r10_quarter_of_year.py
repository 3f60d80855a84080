"""ISSUE-5: "the first quarter of next year" is one expression, the quarter of the year named relative to publication.

It was split into "the first quarter" (this year's) and "next year". So are "March of last year" and "Feb. 3 of
last year" (round 16). Sentences are our own.
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
        ("Demand should pick up in the first quarter of next year.", [("the first quarter of next year", "2017-Q1")]),
        ("The mine shut in the fourth quarter of last year.", [("the fourth quarter of last year", "2015-Q4")]),
        ("The new line starts in the fourth quarter of this year.", [("the fourth quarter of this year", "2016-Q4")]),
        ("The terminal opens in the second half of next year.", [("the second half of next year", "2017-H2")]),
        # "H1" is a timex of its own since round 13 (test_timex_r13_quarter_codes.py)
        ("Prices climbed in H1, that is the first half of the current fiscal year.",
         [("H1", "2016-H1"), ("the first half of the current fiscal year", "2016-H1")]),
        ("Costs stay high through the first two quarters of next year.",
         [("the first two quarters of next year", "2017-H1")]),
        # unchanged: a numbered year and "next year's" before the quarter
        ("Sales fell in the third quarter of 2014.", [("the third quarter of 2014", "2014-Q3")]),
        ("Next year's second quarter looks weak.", [("Next year's second quarter", "2017-Q2")]),
        # a numbered year's possessive names the year as "of 2014" does (was "2014" and this year's quarter,
        # and "2013's" read as the decade 201)
        ("Margins narrowed in 2014's fourth quarter.", [("2014's fourth quarter", "2014-Q4")]),
        ("Orders recovered in 2013’s second half.", [("2013’s second half", "2013-H2")]),
        ("The mill reopened in fiscal 2015's first quarter.", [("fiscal 2015's first quarter", "2015-Q1")]),
        ("The chain expanded fast in the 1990's.", [("the 1990's", "199")]),
    ],
)
def test_quarter_of_a_relative_year(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(t.text, t.value) for t in find_timexes(nlp(text), text, published=PUBLISHED)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month or a day of the year named relative to publication is one expression too (round 16: was the
        # month or day alone, read by the tense, plus "next year" as a DATE of its own)
        ("The bridge opened in March of last year.", [("March of last year", "2015-03")]),
        ("Work on the dam starts in January of next year.", [("January of next year", "2017-01")]),
        ("The port was sold on Feb. 3 of last year.", [("Feb. 3 of last year", "2015-02-03")]),
        ("The ban took effect on Jan. 1 this year.", [("Jan. 1 this year", "2016-01-01")]),
        ("The lease ends Oct. 9 next year.", [("Oct. 9 next year", "2017-10-09")]),
        # unchanged: the possessive belongs to what follows
        ("The mill shut on Dec. 5, and last year's output fell.", [("Dec. 5", "2015-12-05"), ("last year", "2015")]),
    ],
)
def test_month_or_day_of_a_relative_year(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(t.text, t.value) for t in find_timexes(nlp(text), text, published=PUBLISHED)]
    assert found == expected
