"""ISSUE-5: an event dated by a season or a half-year ("last summer": "2017-SU", "in the first half":
"2017-H1") sorts among days by its first day, and such a period given as a filter bound runs from its first day
to its last, as weeks, months, quarters and years already did (test_store_period_dates.py, which also checks
that SQL reads every period's first day as Python does).

Seasons are whole months: spring March to May, summer June to August, autumn (FA) September to November, and a
winter is named by the year of its January, so 2017-WI runs from 1 December 2016 to 28 February 2017. Compared
as text, "2017-SU" and "2017-H1" sorted after every day of 2017 and "2017-WI" was no winter at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from corpus_articles import strike
from newsgraph.store import Store
from newsgraph.store.days import period_bounds

SUMMER = strike("strike-summer", "https://su.example/1", "2017-10-03",
                "Syrian jets struck rebels near Homs last summer, officials said.", "2017-SU")
WINTER = strike("strike-winter", "https://wi.example/1", "2017-10-03",
                "Syrian jets struck rebels near Hama last winter, officials said.", "2017-WI")
SECOND_HALF = strike("strike-half", "https://h.example/1", "2018-01-09",
                     "Syrian jets struck rebels near Daraa in the second half of last year, officials said.", "2017-H2")
JANUARY_DAY = strike("strike-day", "https://d.example/1", "2017-01-12",
                     "Syrian jets struck rebels near Idlib on Tuesday, officials said.", "2017-01-10")


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("2017-SP", (date(2017, 3, 1), date(2017, 5, 31))),
        ("2017-SU", (date(2017, 6, 1), date(2017, 8, 31))),
        ("2017-FA", (date(2017, 9, 1), date(2017, 11, 30))),
        # a winter runs over the year end and takes its January's year; a leap February ends on the 29th
        ("2017-WI", (date(2016, 12, 1), date(2017, 2, 28))),
        ("2016-WI", (date(2015, 12, 1), date(2016, 2, 29))),
        ("2017-H1", (date(2017, 1, 1), date(2017, 6, 30))),
        ("2017-H2", (date(2017, 7, 1), date(2017, 12, 31))),
        # not periods: a third half, another season code, a year no calendar holds
        ("2017-H3", None),
        ("2017-AU", None),
        ("0001-WI", None),
        ("0000", None),
    ],
)
def test_period_bounds_of_seasons_and_halves(value: str, bounds: tuple[date, date] | None) -> None:
    assert period_bounds(value) == bounds


@pytest.fixture(scope="module")
def store() -> Store:
    opened = Store.open(":memory:")
    opened.ingest_results([SUMMER, WINTER, SECOND_HALF, JANUARY_DAY])
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        # stored periods count from their first day: the winter from 1 December 2016
        ({"since": "2016-12-01", "until": "2016-12-31"}, ["strike-winter"]),
        ({"since": "2017-06-01", "until": "2017-06-30"}, ["strike-summer"]),
        ({"since": "2017-07-01"}, ["strike-half"]),
        ({"until": "2017-05-31"}, ["strike-winter", "strike-day"]),
        # a season or half given as a bound runs from its first day to its last
        ({"since": "2017-WI", "until": "2017-WI"}, ["strike-winter", "strike-day"]),
        # the second half is read by its first day, 1 July, which falls in the summer
        ({"since": "2017-SU", "until": "2017-SU"}, ["strike-summer", "strike-half"]),
        ({"since": "2017-H1", "until": "2017-H1"}, ["strike-summer", "strike-day"]),
        ({"since": "2017-FA"}, []),
        ({"since": "2017-H2"}, ["strike-half"]),
    ],
)
def test_date_filters_read_seasons_and_halves_by_their_days(
    store: Store, filters: dict, expected: list[str]  # type: ignore[type-arg]
) -> None:
    assert sorted(found.found.doc_id for found in store.events(**filters)) == sorted(expected)
