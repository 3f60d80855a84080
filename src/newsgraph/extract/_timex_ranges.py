"""The two ends of a range of dates read together: "from Monday to Wednesday", "May 3 to June 2, 2019".

Each end is a timex of its own (TimeML marks "Monday" and "Wednesday"), but
read alone each takes its own guess at which Wednesday or which year is meant.
Read as a range, the end falls after the start ("will sit from Monday to
Wednesday" said on a Wednesday is the Wednesday after that Monday), and a start
written without a year takes the year written at the end ("from May 3 to June
2, 2019").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from newsgraph.extract._timex_grammar import lexicon
from newsgraph.records import Timex

# What joins the ends: "to", "through", "until", a dash; "and" only after "between"
_LINK = re.compile(r"\s*(?:-|\u2013|\u2014|to|through|thru|until|till|and)\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_WRITTEN_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")


def ranges_in_order(found: list[Timex], text: str, anchor: date | None) -> list[Timex]:
    """``found`` with the end of each range of days put after its start, and a start with no year written given
    the year written at the end.

    A range read wholly before publication ("was open from Monday to Friday", said on a Wednesday) keeps its end
    and moves its start back a week; one read ahead moves its end on.
    """
    ordered = list(found)
    for index in range(len(ordered) - 1):
        start, end = ordered[index], ordered[index + 1]
        if not _joined(start, end, text) or not (_DAY.fullmatch(start.value or "") and _DAY.fullmatch(end.value or "")):
            continue
        first, last = date.fromisoformat(start.value or ""), date.fromisoformat(end.value or "")
        if _WRITTEN_YEAR.search(end.text) and not _WRITTEN_YEAR.search(start.text):
            year = last.year if (first.month, first.day) <= (last.month, last.day) else last.year - 1
            ordered[index] = replace(start, value=_in_year(first, year).isoformat())
        elif last < first and _names_weekday(end.text) and anchor is not None and first <= anchor:
            while first >= last:
                first -= timedelta(weeks=1)  # "was open from Monday to Friday": the Monday before that Friday
            ordered[index] = replace(start, value=first.isoformat())
        elif last < first and _names_weekday(end.text):
            while last <= first:
                last += timedelta(weeks=1)  # "will sit from Monday to Wednesday": the Wednesday after that Monday
            ordered[index + 1] = replace(end, value=last.isoformat())
    return ordered


def _joined(start: Timex, end: Timex, text: str) -> bool:
    if start.type != "DATE" or end.type != "DATE":
        return False
    link = _LINK.fullmatch(text[start.end : end.start])
    if link is None:
        return False
    return "and" not in link.group(0).lower() or bool(_BETWEEN.search(text[max(0, start.start - 12) : start.start]))


def _names_weekday(expression: str) -> bool:
    weekdays: dict[str, int] = lexicon()["weekdays"]
    return any(word in weekdays for word in re.findall(r"[a-z]+", expression.lower()))


def _in_year(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)  # Feb. 29 in a year that has none
