"""ISSUE-5: "the quarter ended July 31" is the calendar quarter holding most of it (May to July: Q2).

A company whose year is not the calendar year reports the quarter by the day it ended; the three
months up to that day lie mostly in one calendar quarter. A quarter the story already named by the
company's own count ("its fiscal first quarter") keeps that count. Sentences are our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes

PUBLISHED = "2016-11-03"


def _values(nlp, text: str, published: str = PUBLISHED) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(nlp(text), text, published=published)}


@pytest.mark.parametrize(
    ("text", "published", "expression", "expected"),
    [
        ("Brightwell Tools earned $4 million in the quarter ended July 31.", PUBLISHED, "the quarter", "2016-Q2"),
        ("Brightwell Tools lost $2 million for the quarter ended Sept. 30.", PUBLISHED, "the quarter", "2016-Q3"),
        # a thirteen-week quarter that ends a day into October is still July to September
        ("Sales rose 8% in the quarter ended Oct. 1.", PUBLISHED, "the quarter", "2016-Q3"),
        # November to January: the last quarter of the year before
        ("The chain earned $9 million in the quarter ended Jan. 31.", "2016-03-10", "the quarter", "2015-Q4"),
        ("The chain expects a loss for the quarter ending Dec. 31.", PUBLISHED, "the quarter", "2016-Q4"),
        ("Sales rose in the quarter ended June 30, 2015.", PUBLISHED, "the quarter", "2015-Q2"),
        # the company's own count, named with the quarter, stands
        ("Brightwell Tools said its fourth quarter ended Sept. 30 was weak.", PUBLISHED, "fourth quarter",
         "2016-Q4"),
    ],
)
def test_the_quarter_by_its_end_day(nlp, text: str, published: str, expression: str, expected: str) -> None:
    assert _values(nlp, text, published)[expression] == expected


def test_a_year_ago_counts_from_the_quarter_its_end_day_names(nlp) -> None:
    text = "Brightwell Tools earned $4 million in the quarter ended July 31, up from $3 million a year ago."
    values = _values(nlp, text)
    assert (values["the quarter"], values["a year ago"]) == ("2016-Q2", "2015-Q2")


def test_a_quarter_named_before_keeps_the_companys_count(nlp) -> None:
    text = ("Zeta Systems posted a loss for its fiscal first quarter. "
            "Sales in the quarter ended Sept. 30 fell 4% from a year earlier.")
    assert _values(nlp, text)["the quarter"] == "2016-Q1"
