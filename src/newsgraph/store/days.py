"""How stored date strings compare as days: an ISO day as it is, a longer period by its first day.

An event dated "next week", "over the weekend", "in June", "in the second
quarter", "last summer", "in the first half" or "last year" carries the TIMEX3
value of that period ("2024-W26", "2024-W26-WE", "2024-06", "2024-Q2",
"2024-SU", "2024-H1", "2024"). Compared as text, "2024-W26", "2024-Q2",
"2024-SU" and "2024-H1" would sort after every day of 2024 and "2024-06"
before June's first day, so date filters and day arithmetic read each period
as the day it starts on: a week by its Monday, a weekend by its Saturday, a
month, quarter, half, season or year by its first day. A period given as a
filter bound runs from its first day to its last.

Seasons are the meteorological ones, whole months as the extractor counts
them: spring March to May, summer June to August, autumn ("FA") September to
November. A winter runs over the year end and is named by the year of its
January: 2024-WI runs from 1 December 2023 to the end of February 2024. That
year holds two of its three months, and it is the label the extractor gives
"this winter" in January and February (and, since it reads December as the
start of the coming winter, in December too), so one winter has one name.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

# How a since/until bound may be written, for error messages: a day or any period the store reads.
BOUND_FORMS = "an ISO date (YYYY-MM-DD) or period (YYYY-Www, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY-SP|SU|FA|WI, YYYY)"
_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
# The month each season opens in; a winter opens in the December before the year that names it.
_SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_MONTHS_PER_SEASON = 3
_MONTHS_PER_HALF = 6
_YEAR = re.compile(r"\d{4}")
# The same tests in SQL, for a column that may hold a period.
_SQL_YEAR = "[0-9][0-9][0-9][0-9]"
_SQL_WEEK = f"{_SQL_YEAR}-W[0-9][0-9]"
_SATURDAY = 5  # days from Monday
_MONTHS_PER_QUARTER = 3


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


def period_bounds(value: str | None) -> tuple[date, date] | None:
    """The first and last day of a week, weekend, month, quarter, half, season or year value; None for a day or
    anything else."""
    try:
        return _bounds(value or "")
    except ValueError:
        return None  # a year no calendar holds ("0000", the winter of year 1)


def _bounds(text: str) -> tuple[date, date] | None:
    start = week_start(text)
    if start is not None:
        return start, start + timedelta(days=6 - start.weekday())  # to Sunday
    if (month := _MONTH.fullmatch(text)) and 1 <= int(month.group(2)) <= 12:
        first = date(int(month.group(1)), int(month.group(2)), 1)
        return first, _months_later(first, 1) - timedelta(days=1)
    if quarter := _QUARTER.fullmatch(text):
        first = date(int(quarter.group(1)), (int(quarter.group(2)) - 1) * _MONTHS_PER_QUARTER + 1, 1)
        return first, _months_later(first, _MONTHS_PER_QUARTER) - timedelta(days=1)
    if half := _HALF.fullmatch(text):
        first = date(int(half.group(1)), (int(half.group(2)) - 1) * _MONTHS_PER_HALF + 1, 1)
        return first, _months_later(first, _MONTHS_PER_HALF) - timedelta(days=1)
    if season := _SEASON.fullmatch(text):
        code, year = season.group(2), int(season.group(1))
        first = date(year - 1 if code == "WI" else year, _SEASON_FIRST_MONTH[code], 1)
        return first, _months_later(first, _MONTHS_PER_SEASON) - timedelta(days=1)
    if _YEAR.fullmatch(text):
        return date(int(text), 1, 1), date(int(text), 12, 31)
    return None


def _months_later(first: date, months: int) -> date:
    index = first.month - 1 + months
    return date(first.year + index // 12, index % 12 + 1, 1)


def normal_bound(value: str) -> str | None:
    """A ``since``/``until`` bound as the store compares it, or None when it is no day or period: a period as
    written, a day in its extended ISO form. The CLI and the web API both read bounds through this, so
    "20240105" and "2024-W01-5" mean 5 January 2024 in both rather than text that sorts among years."""
    if period_bounds(value) is not None:
        return value
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def bound_day(value: str, *, last: bool = False) -> str:
    """A date bound as a day: a period from its first day, or to its last day when it ends a range."""
    bounds = period_bounds(value)
    if bounds is None:
        return value
    return bounds[1 if last else 0].isoformat()


def sql_day(column: str) -> str:
    """A SQL expression giving ``column`` as it sorts among days: a week becomes its Monday's ISO date, a
    weekend its Saturday's, a month, quarter, half, season or year its first day's (a winter's is the
    December before its year).

    The Monday of week 1 is the Monday on or before January 4 (ISO 8601); SQLite's ``%w`` counts from Sunday.
    """
    year = f"substr({column}, 1, 4)"
    jan4 = f"{year} || '-01-04'"
    monday = (
        f"date({jan4}, '-' || ((CAST(strftime('%w', {jan4}) AS INTEGER) + 6) % 7) || ' days',"
        f" '+' || ((CAST(substr({column}, 7, 2) AS INTEGER) - 1) * 7) || ' days'"
    )
    quarter_month = f"printf('%02d', (CAST(substr({column}, 7, 1) AS INTEGER) - 1) * {_MONTHS_PER_QUARTER} + 1)"
    half_month = f"printf('%02d', (CAST(substr({column}, 7, 1) AS INTEGER) - 1) * {_MONTHS_PER_HALF} + 1)"
    year_before = f"printf('%04d', CAST({year} AS INTEGER) - 1)"
    seasons = "".join(
        f" WHEN {column} GLOB '{_SQL_YEAR}-{code}' THEN {year} || '-{month:02d}-01'"
        for code, month in _SEASON_FIRST_MONTH.items()
        if code != "WI"
    )
    return (
        f"(CASE WHEN {column} GLOB '{_SQL_WEEK}' THEN {monday})"
        f" WHEN {column} GLOB '{_SQL_WEEK}-WE' THEN {monday}, '+{_SATURDAY} days')"
        f" WHEN {column} GLOB '{_SQL_YEAR}-[01][0-9]' THEN {column} || '-01'"
        f" WHEN {column} GLOB '{_SQL_YEAR}-Q[1-4]' THEN {year} || '-' || {quarter_month} || '-01'"
        f" WHEN {column} GLOB '{_SQL_YEAR}-H[12]' THEN {year} || '-' || {half_month} || '-01'"
        f"{seasons}"
        f" WHEN {column} GLOB '{_SQL_YEAR}-WI' THEN {year_before} || '-12-01'"
        f" WHEN {column} GLOB '{_SQL_YEAR}' THEN {column} || '-01-01'"
        f" ELSE {column} END)"
    )
