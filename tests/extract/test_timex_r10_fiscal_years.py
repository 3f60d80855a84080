"""ISSUE-5: "this fiscal year", "last fiscal year", "the current financial year" name one year.

The value is the plain year, as TimeBank writes "the fiscal year" and "fiscal 1988" and as the quarters of
a fiscal year carry no prefix ("the fiscal first quarter" 1989-Q1); counted from publication like "last
year", and from the date last named for "that fiscal year". Sentences are our own.
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
        ("The brewer expects volumes to grow this fiscal year.", [("this fiscal year", "2016", "DATE")]),
        ("Exports slumped last fiscal year.", [("last fiscal year", "2015", "DATE")]),
        ("The council will cut fees next fiscal year.", [("next fiscal year", "2017", "DATE")]),
        ("Spending in the current fiscal year is capped.", [("the current fiscal year", "2016", "DATE")]),
        ("The railway lost money in the last financial year.", [("the last financial year", "2015", "DATE")]),
        # "the next fiscal year" is a year, not the next twelve months ("the next year")
        ("Hiring resumes in the next fiscal year.", [("the next fiscal year", "2017", "DATE")]),
        ("Margins should widen early next fiscal year.", [("early next fiscal year", "2017", "DATE")]),
        # "that fiscal year" is the year the story last named
        ("The agency opened in 2009, and that fiscal year it hired 40 people.",
         [("2009", "2009", "DATE"), ("that fiscal year", "2009", "DATE")]),
        # unchanged: a numbered fiscal year and "the fiscal year ended ..."
        ("Revenue for fiscal 2014 was flat.", [("fiscal 2014", "2014", "DATE")]),
    ],
)
def test_fiscal_years(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = [(t.text, t.value, t.type) for t in find_timexes(nlp(text), text, published=PUBLISHED)]
    assert found == expected
