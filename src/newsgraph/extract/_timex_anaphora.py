"""Time expressions that point at the date the story last mentioned, not at publication.

Owns the resolution of "that year", "the following month", "the next
morning", "earlier that day", "later in the day", "that quarter": TimeML anchors these to the
previous date in the text ("On May 22, 1995 ... the following year" is
1996; "the second quarter ... results for that quarter" is that quarter).
When the story has named no date of that granularity yet, publication is
the anchor.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsgraph.extract._timex_arith import iso_week, modifier, month_of, norm, quarter_of, shift_months, shift_quarter

Groups = dict[str, str | None]
Resolved = tuple[str | None, str, str | None]

_STEPS = {"that": 0, "that same": 0, "the same": 0, "the very same": 0, "the following": 1, "the next": 1,
          "the very next": 1, "the previous": -1, "the prior": -1}
_CONCRETE = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?")


def is_concrete_date(value: str | None) -> bool:
    """A year, month or day value another expression can count from ("1995", "1995-05", "1995-05-22")."""
    return bool(value and _CONCRETE.fullmatch(value))


def resolve_anaphoric(g: Groups, anchor: date | None, orientation: int, last: str | None = None,
                      last_quarter: str | None = None) -> Resolved:
    step = _STEPS[norm(g["ref"])]
    unit = norm(g["unit"])
    mod = modifier(g["mod"])
    if unit == "quarter":
        return _quarter(step, anchor, last_quarter), "DATE", mod
    if last and has_granularity(last, unit):
        base: str | None = last
    elif step == 0 and unit != "year":
        raise ValueError("'that day' with no day named before is generic ('trades made that day')")
    else:
        base = anchor.isoformat() if anchor else None
    if base is None:
        return None, "DATE", mod
    return _shift(base, unit, step), "DATE", mod


def resolve_beside(g: Groups, anchor: date | None, last: str | None = None) -> Resolved:
    """ "The day before, ...", "sales had risen the year before.": the unit before or after the date the story
    last named. A date too coarse to count days from ("in July 2008 ... The day before") leaves the day unknown
    within it ("2008-07-XX"), as TimeBank writes it, rather than counting from publication."""
    ref = "the previous" if norm(g["dir"]) == "before" else "the following"
    unit = norm(g["unit"])
    if last and not has_granularity(last, unit) and unit in ("day", "night"):
        return last + "-XX" * (2 - last.count("-")), "DATE", None
    return resolve_anaphoric({"ref": ref, "unit": unit, "mod": None}, anchor, 0, last)


def resolve_month_of_year(g: Groups, anchor: date | None, last: str | None) -> Resolved:
    """ "June of that year", "March 3 of the following year": the month (or day) in the year counted from the
    date the story last named, or from publication when it named none."""
    year = resolve_anaphoric({"ref": g["ref"], "unit": "year", "mod": None}, anchor, 0, last)[0]
    if year is None:
        return None, "DATE", modifier(g["mod"])
    value = f"{year}-{month_of(g['mon']):02d}"
    if g["day"]:
        value += f"-{int(re.sub(r'[^0-9]', '', g['day'])):02d}"
    return value, "DATE", modifier(g["mod"])


def resolve_in_the_period(g: Groups, anchor: date | None, last: str | None) -> Resolved:
    """ "later in the day", "earlier in the year": within the day (or week, month, year) the story last named,
    at the unit's granularity ("arrived on Feb. 13, 1998 ... later in the day" is 1998-02-13); with none
    named fine enough, within the one of publication."""
    unit, mod = norm(g["unit"]), modifier(g["mod"])
    if last and has_granularity(last, unit):
        return _shift(last, unit, 0), "DATE", mod
    if anchor is None:
        return None, "DATE", mod
    return _shift(anchor.isoformat(), unit, 0), "DATE", mod


# The months a season starts and ends in; a winter is named by the year of its January, so it starts in the
# December before
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
# The words that count a season from the story's date rather than from publication
STORY_SEASON_REFS = {"that": 0, "the same": 0, "the following": 1, "following": 1, "the next": 1, "the previous": -1,
                     "the prior": -1}


def season_of_story(code: str, ref: str, last: str | None) -> str | None:
    """ "In January 2022 ... the following spring" is 2022-SP; "that summer" the summer of the year last named;
    "the previous winter" the last one over before that date. None when the story named no date."""
    match = _CONCRETE.fullmatch(last or "")
    if match is None:
        return None
    year, month, step = int(match.group(1)), int(match.group(2) or 0), STORY_SEASON_REFS[ref]
    if not month:
        return f"{year + step:04d}-{code}"  # "in 2009 ... the following summer"
    starts, ends = _SEASON_MONTHS[code]
    if code == "WI":
        # after February "that winter" is the one ahead (next year's), as is the one under way in December
        named = {0: year + (month > ends), 1: year + 1 + (month == 12), -1: year - (month <= ends)}
    else:
        named = {0: year, 1: year + (month >= starts), -1: year - (month <= ends)}
    return f"{named[step]:04d}-{code}"


def _quarter(step: int, anchor: date | None, last_quarter: str | None) -> str | None:
    """ "results for that quarter", "the following quarter": the quarter the story last named, or after it."""
    if last_quarter is None and step == 0:
        raise ValueError("'that quarter' with no quarter named before has nothing to point at")
    if last_quarter is None:
        return shift_quarter(*quarter_of(anchor.year, anchor.month), step) if anchor else None
    return shift_quarter(int(last_quarter[:4]), int(last_quarter[-1]), step)


def has_granularity(value: str, unit: str) -> bool:
    """Whether a concrete date ("1995", "1995-05", "1995-05-22") is fine enough to count ``unit``s from."""
    match = _CONCRETE.fullmatch(value)
    if match is None:
        return False
    if unit in ("year", "decade", "century"):
        return True
    if unit in ("month", "quarter"):
        return match.group(2) is not None
    return match.group(3) is not None  # week, day and parts of a day need a day to count from


def _shift(value: str, unit: str, step: int) -> str:
    match = _CONCRETE.fullmatch(value)
    if match is None:
        raise ValueError(f"not a date: {value!r}")
    year, month, day = (int(part) if part else 1 for part in match.groups())
    if unit == "year":
        return f"{year + step:04d}"
    if unit == "month":
        shifted_year, shifted_month = shift_months(date(year, month, 1), step)
        return f"{shifted_year:04d}-{shifted_month:02d}"
    moment = date(year, month, day)
    if unit == "week":
        return iso_week(moment + timedelta(weeks=step))
    return (moment + timedelta(days=step)).isoformat()  # day, morning, evening, night: TimeBank gives the day
