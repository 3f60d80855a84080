"""ISSUE-5: an event dated by a week ("next week": "2017-W05") sorts among days by its Monday, one dated by a
weekend ("2017-W05-WE") by its Saturday.

Compared as text, "2017-W05" would fall after every day of 2017; the store's date filters and the
aggregations' day read it as 2017-01-30. A week given as a filter bound starts on its Monday and ends
on its Sunday.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from corpus_articles import strike
from newsgraph.aggregate._common import item_of, parse_day
from newsgraph.store import Store
from newsgraph.store.days import bound_day, sql_day, week_start

WEEK = strike("strike-week", "https://w.example/1", "2017-02-06",
              "Syrian jets struck rebels near Homs last week, officials said.", "2017-W05")
DAY = strike("strike-day", "https://d.example/1", "2017-02-06",
             "Syrian jets struck rebels near Hama on Thursday, officials said.", "2017-02-02")
WEEKEND = strike("strike-weekend", "https://e.example/1", "2017-02-06",
                 "Syrian jets struck rebels near Daraa over the weekend, officials said.", "2017-W05-WE")


@pytest.mark.parametrize(
    ("value", "start"),
    [
        ("2017-W05", date(2017, 1, 30)),
        ("2017-W05-WE", date(2017, 2, 4)),  # the weekend starts on Saturday
        ("2021-W01", date(2021, 1, 4)),  # week 1 of 2021 starts in January
        ("2026-W01", date(2025, 12, 29)),  # week 1 of 2026 starts in December 2025
        ("2020-W53", date(2020, 12, 28)),
        ("2021-W53", None),  # 2021 has 52 weeks
        ("2017-01-19", None),
        ("2017-01", None),
        ("2017-W5", None),
        (None, None),
    ],
)
def test_week_start(value: str | None, start: date | None) -> None:
    assert week_start(value) == start


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [("2017-W05", "2017-01-30", "2017-02-05"), ("2017-W05-WE", "2017-02-04", "2017-02-05"),
     ("2017-02-02", "2017-02-02", "2017-02-02")],
)
def test_a_bound_runs_from_the_first_day_to_sunday(value: str, first: str, last: str) -> None:
    assert (bound_day(value), bound_day(value, last=True)) == (first, last)


@pytest.mark.parametrize(
    "value", ["2017-W05", "2021-W01", "2026-W01", "2020-W53", "2015-W53", "2024-W26", "2017-W05-WE", "2026-W01-WE"]
)
def test_sql_reads_a_week_as_python_does(value: str) -> None:
    with sqlite3.connect(":memory:") as conn:
        (day,) = conn.execute(f"SELECT {sql_day('?1')}", (value,)).fetchone()
    assert day == (week_start(value) or date.min).isoformat()


@pytest.mark.parametrize("value", ["2017-01-19", "2017-01-19T10:00", None])
def test_sql_leaves_other_values_as_they_are(value: str | None) -> None:
    with sqlite3.connect(":memory:") as conn:
        (day,) = conn.execute(f"SELECT {sql_day('?1')}", (value,)).fetchone()
    assert day == value


@pytest.fixture(scope="module")
def store() -> Store:
    opened = Store.open(":memory:")
    opened.ingest_results([WEEK, DAY, WEEKEND])
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["strike-week", "strike-day", "strike-weekend"]),
        ({"since": "2017-01-30"}, ["strike-week", "strike-day", "strike-weekend"]),
        ({"since": "2017-01-31"}, ["strike-day", "strike-weekend"]),  # the week counts from its Monday
        ({"until": "2017-01-29"}, []),
        ({"until": "2017-01-30"}, ["strike-week"]),
        ({"until": "2017-02-03"}, ["strike-week", "strike-day"]),  # the weekend counts from its Saturday
        ({"since": "2017-02-01", "until": "2017-02-28"}, ["strike-day", "strike-weekend"]),
        # a week as a bound: from its Monday, up to its Sunday
        ({"since": "2017-W05"}, ["strike-week", "strike-day", "strike-weekend"]),
        ({"since": "2017-W06"}, []),
        ({"until": "2017-W04"}, []),
        ({"until": "2017-W05"}, ["strike-week", "strike-day", "strike-weekend"]),
        ({"since": "2017-W05-WE"}, ["strike-weekend"]),
    ],
)
def test_date_filters_read_a_week_by_its_first_day(
    store: Store, filters: dict, expected: list[str]  # type: ignore[type-arg]
) -> None:
    assert [found.found.doc_id for found in store.events(**filters)] == expected


def test_an_item_dated_by_a_week_falls_on_its_first_day_but_states_no_day(store: Store) -> None:
    assert parse_day("2017-W05") == date(2017, 1, 30) and parse_day("2017-W05-WE") == date(2017, 2, 4)
    week, day, weekend = (item_of(found.found, found.event) for found in store.events())
    assert week.day == date(2017, 1, 30) and week.stated_day is None
    assert weekend.day == date(2017, 2, 4) and weekend.stated_day is None
    assert day.day == date(2017, 2, 2) and day.stated_day == date(2017, 2, 2)
