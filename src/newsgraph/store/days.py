"""How stored date strings compare as days: an ISO day as it is, an ISO week ("2024-W26") by its Monday and
a weekend ("2024-W26-WE") by its Saturday.

An event dated "next week" or "over the weekend" carries the TIMEX3 value of
that week or weekend. Compared as text, "2024-W26" would sort after every day
of 2024, so date filters and day arithmetic read it as the day it starts on.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
# The same tests in SQL, for a column that may hold a week or a weekend.
_SQL_WEEK = "[0-9][0-9][0-9][0-9]-W[0-9][0-9]"
_SATURDAY = 5  # days from Monday


def week_start(value: str | None) -> date | None:
    """The first day of an ISO week value ("2024-W26" -> Monday 2024-06-24) or of its weekend ("2024-W26-WE"
    -> Saturday 2024-06-29); None for anything else."""
    match = _WEEK.fullmatch(value or "")
    if match is None:
        return None
    try:
        monday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:
        return None  # week 53 of a year that has 52
    return monday + timedelta(days=_SATURDAY if match.group(3) else 0)


def bound_day(value: str, *, last: bool = False) -> str:
    """A date bound as a day: a week or weekend from its first day, or to its Sunday when it ends a range."""
    start = week_start(value)
    if start is None:
        return value
    sunday = start + timedelta(days=6 - start.weekday())
    return (sunday if last else start).isoformat()


def sql_day(column: str) -> str:
    """A SQL expression giving ``column`` as it sorts among days: a week becomes its Monday's ISO date, a
    weekend its Saturday's.

    The Monday of week 1 is the Monday on or before January 4 (ISO 8601); SQLite's ``%w`` counts from Sunday.
    """
    year = f"substr({column}, 1, 4)"
    jan4 = f"{year} || '-01-04'"
    monday = (
        f"date({jan4}, '-' || ((CAST(strftime('%w', {jan4}) AS INTEGER) + 6) % 7) || ' days',"
        f" '+' || ((CAST(substr({column}, 7, 2) AS INTEGER) - 1) * 7) || ' days'"
    )
    return (
        f"(CASE WHEN {column} GLOB '{_SQL_WEEK}' THEN {monday})"
        f" WHEN {column} GLOB '{_SQL_WEEK}-WE' THEN {monday}, '+{_SATURDAY} days')"
        f" ELSE {column} END)"
    )
