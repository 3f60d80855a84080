"""ISSUE-5: an event dated by a month, quarter or year ("in June": "2017-06") sorts among days by its first
day, and such a period given as a filter bound runs from its first day to its last.

Compared as text, "2017-06" would fall before June's first day and "2017-Q2" after every day of 2017.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from corpus_articles import strike
from newsgraph.store import Store
from newsgraph.store.days import bound_day, normal_bound, period_bounds, sql_day

MONTH = strike("strike-month", "https://m.example/1", "2017-07-03",
               "Syrian jets struck rebels near Homs in June, officials said.", "2017-06")
QUARTER = strike("strike-quarter", "https://q.example/1", "2017-07-03",
                 "Syrian jets struck rebels near Hama in the second quarter, officials said.", "2017-Q2")
YEAR = strike("strike-year", "https://y.example/1", "2017-07-03",
              "Syrian jets struck rebels near Daraa last year, officials said.", "2016")


@pytest.mark.parametrize(
    ("value", "bounds"),
    [
        ("2017-06", (date(2017, 6, 1), date(2017, 6, 30))),
        ("2016-02", (date(2016, 2, 1), date(2016, 2, 29))),
        ("2017-12", (date(2017, 12, 1), date(2017, 12, 31))),
        ("2017-Q2", (date(2017, 4, 1), date(2017, 6, 30))),
        ("2017-Q4", (date(2017, 10, 1), date(2017, 12, 31))),
        ("2016", (date(2016, 1, 1), date(2016, 12, 31))),
        ("2017-W05", (date(2017, 1, 30), date(2017, 2, 5))),
        ("2017-13", None),
        ("2017-06-01", None),
        (None, None),
    ],
)
def test_period_bounds(value: str | None, bounds: tuple[date, date] | None) -> None:
    assert period_bounds(value) == bounds


@pytest.mark.parametrize(
    ("value", "bound"),
    [
        ("2017-06-01", "2017-06-01"),
        ("20170601", "2017-06-01"),  # the basic ISO form would sort as text after every year
        ("2017-W22-4", "2017-06-01"),  # an ISO week date
        ("2017-W22", "2017-W22"),  # periods stay as written: the store reads their first and last day
        ("2017-WI", "2017-WI"),
        ("2017", "2017"),
        ("2017-06-31", None),
        ("1 June 2017", None),
        ("2017-AU", None),
        ("", None),
    ],
)
def test_normal_bound(value: str, bound: str | None) -> None:
    assert normal_bound(value) == bound


@pytest.mark.parametrize(
    "value",
    [
        "2017-06", "2017-12", "2017-Q1", "2017-Q2", "2017-Q4", "2016",
        # seasons and halves (test_store_season_half_dates.py); a winter starts in the December before its year
        "2017-SP", "2017-SU", "2017-FA", "2017-WI", "2000-WI", "2017-H1", "2017-H2",
    ],
)
def test_sql_reads_a_period_as_python_does(value: str) -> None:
    with sqlite3.connect(":memory:") as conn:
        (day,) = conn.execute(f"SELECT {sql_day('?1')}", (value,)).fetchone()
    bounds = period_bounds(value)
    assert bounds is not None and day == bounds[0].isoformat() == bound_day(value)


@pytest.fixture(scope="module")
def store() -> Store:
    opened = Store.open(":memory:")
    opened.ingest_results([MONTH, QUARTER, YEAR])
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"since": "2017-06-01"}, ["strike-month"]),  # June counts from its first day, the quarter from April
        ({"since": "2017-04-01"}, ["strike-month", "strike-quarter"]),
        ({"until": "2016-12-31"}, ["strike-year"]),
        ({"since": "2017-06", "until": "2017-06"}, ["strike-month"]),
        ({"since": "2017-Q2", "until": "2017-Q2"}, ["strike-month", "strike-quarter"]),
        ({"since": "2016", "until": "2016"}, ["strike-year"]),
        ({"until": "2017-05"}, ["strike-quarter", "strike-year"]),
    ],
)
def test_date_filters_read_a_period_by_its_first_day(
    store: Store, filters: dict, expected: list[str]  # type: ignore[type-arg]
) -> None:
    assert [found.found.doc_id for found in store.events(**filters)] == expected
