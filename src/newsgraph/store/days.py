"""How stored date strings compare as days: an ISO day as it is, an ISO week ("2024-W26") by its Monday.

An event dated "next week" carries the week's TIMEX3 value. Compared as text,
"2024-W26" would sort after every day of 2024, so date filters and day
arithmetic read a week as the day it starts on.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_WEEK = re.compile(r"(\d{4})-W(\d{2})")
# The same test in SQL, for a column that may hold a week.
_SQL_WEEK = "[0-9][0-9][0-9][0-9]-W[0-9][0-9]"


def week_monday(value: str | None) -> date | None:
    """The Monday of an ISO week value ("2024-W26" -> 2024-06-24); None for anything else."""
    match = _WEEK.fullmatch(value or "")
    if match is None:
        return None
    try:
        return date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:
        return None  # week 53 of a year that has 52


def bound_day(value: str, *, last: bool = False) -> str:
    """A date bound as a day: a week is its Monday, or its Sunday when it ends a range (``last``)."""
    monday = week_monday(value)
    if monday is None:
        return value
    return (monday + timedelta(days=6 if last else 0)).isoformat()


def sql_day(column: str) -> str:
    """A SQL expression giving ``column`` as it sorts among days: a week becomes its Monday's ISO date.

    The Monday of week 1 is the Monday on or before January 4 (ISO 8601); SQLite's ``%w`` counts from Sunday.
    """
    year = f"substr({column}, 1, 4)"
    jan4 = f"{year} || '-01-04'"
    monday = (
        f"date({jan4}, '-' || ((CAST(strftime('%w', {jan4}) AS INTEGER) + 6) % 7) || ' days',"
        f" '+' || ((CAST(substr({column}, 7, 2) AS INTEGER) - 1) * 7) || ' days')"
    )
    return f"(CASE WHEN {column} GLOB '{_SQL_WEEK}' THEN {monday} ELSE {column} END)"
