"""TIMEX3 values for how long and how often: durations, sets, and offsets from publication.

Owns the resolvers for "three years" (P3Y), "every week" (P1W), "each
Thursday" (XXXX-WXX-4), "two days ago" (publication minus two days, at
the granularity of the unit) and "two years later" (the date the story last
named plus two years); the rule table lives in ``_timex_values``.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date, datetime, timedelta

from newsgraph.extract._timex_anaphora import has_granularity
from newsgraph.extract._timex_arith import (
    iso_week,
    modifier,
    month_of,
    norm,
    number,
    period,
    quarter_of,
    shift_months,
    shift_quarter,
    unit_code,
    weekday_of,
)
from newsgraph.extract._timex_grammar import lexicon

Groups = dict[str, str | None]
Resolved = tuple[str | None, str, str | None]


def resolve_offset_adj(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    return _offset(anchor, 1, norm(g["unit"]), -1, None)


def _offset(anchor: date | None, amount: float | None, unit: str, sign: int, mod: str | None) -> Resolved:
    if anchor is None:
        return None, "DATE", mod
    if _is_clock_unit(unit):
        return None, "TIME", mod  # hours, minutes: needs the clock time of publication ("minute" is not "M"onth)
    code = unit_code(unit)
    if amount is None:
        vague = {"Y": f"{anchor.year // 10:03d}X", "DE": f"{anchor.year // 100:02d}", "M": f"{anchor.year:04d}-XX"}
        value = vague.get(code, "PAST_REF" if sign < 0 else "FUTURE_REF")
        return value, "DATE", mod
    n = int(round(amount))
    if code == "D":
        return (anchor + timedelta(days=sign * n)).isoformat(), "DATE", mod
    if code in ("W", "2W"):
        return iso_week(anchor + timedelta(weeks=sign * n * (2 if code == "2W" else 1))), "DATE", mod
    if code == "M":
        year, month = shift_months(anchor, sign * n)
        return f"{year:04d}-{month:02d}", "DATE", mod
    if code == "Q":
        year, quarter = quarter_of(anchor.year, anchor.month)
        return shift_quarter(year, quarter, sign * n), "DATE", mod
    if code in ("Y", "DE", "CE"):
        years = n * {"Y": 1, "DE": 10, "CE": 100}[code]
        return f"{anchor.year + sign * years:04d}", "DATE", mod
    return None, "TIME", mod  # hours, minutes: needs the clock time of publication


def clock_offset(g: Groups, moment: datetime) -> str | None:
    """ "three hours ago" against a publication time: the clock time it names (minute granularity)."""
    amount = number(g["num"]) if g.get("num") else _couple(g.get("vague"))
    if amount is None:
        return None
    direction = norm(g["dir"])
    if direction not in ("ago", "from now", "hence"):
        return None  # "two hours later" counts from an event in the story, not from publication
    sign = -1 if direction == "ago" else 1
    seconds = {"hour": 3600, "minute": 60, "second": 1}[norm(g["unit"]).removesuffix("s")]
    shifted = moment + sign * timedelta(seconds=amount * seconds)
    return shifted.strftime("%Y-%m-%dT%H:%M")


def _is_clock_unit(unit: str) -> bool:
    return norm(unit).removesuffix("s") in lexicon()["clock_units"]


def _couple(vague: str | None) -> float | None:
    # "a couple of years" is two, roughly; other vague amounts stay unknown (X)
    return 2.0 if norm(vague).endswith("couple of") else None


def resolve_ago(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    amount = number(g["num"]) if g["num"] else _couple(g["vague"])
    direction, unit = norm(g["dir"]), norm(g["unit"])
    mod = modifier(g["mod"])
    if direction in ("later", "earlier"):
        return resolve_later_in_story(g, anchor, None)  # with no story at hand: nothing named before
    sign = 1 if direction in ("from now", "hence") else -1
    if g.get("this") and anchor is not None and amount is not None:
        back = same_time_shifted(anchor, -int(round(amount)), unit)
        if back is not None:
            return at_granularity(back, norm(g["this"])), "DATE", "APPROX" if mod else None
    return _offset(anchor, amount, norm(g["unit"]), sign, "APPROX" if mod else None)


def resolve_this_time(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    """ "this time last year": the day of publication a year back (next: a year on)."""
    if anchor is None:
        return None, "DATE", None
    moment = same_time_shifted(anchor, 1 if norm(g["rel"]) == "next" else -1, norm(g["unit"]))
    return (moment.isoformat() if moment else None), "DATE", None


def same_time_shifted(anchor: date, steps: int, unit: str) -> date | None:
    """The same day ``steps`` weeks, months or years from ``anchor`` (the last day of a shorter month), or None
    for any other unit."""
    code = unit_code(unit)
    if code == "W":
        return anchor + timedelta(weeks=steps)
    if code not in ("M", "Y"):
        return None
    year, month = shift_months(anchor, steps * (12 if code == "Y" else 1))
    return date(year, month, min(anchor.day, monthrange(year, month)[1]))


def at_granularity(moment: date, this: str) -> str:
    """ "today" the day, "this week" the week, "this month" the month of ``moment``."""
    if this == "this week":
        return iso_week(moment)
    if this == "this month":
        return f"{moment.year:04d}-{moment.month:02d}"
    return moment.isoformat()


def resolve_later_in_story(g: Groups, anchor: date | None, last_date: str | None) -> Resolved:
    """ "Two years later", "three days earlier": counted from the date the story last named, at the unit's
    granularity ("Founded in 1998. Two years later" is 2000; "opened on March 3, 2009. Three days later" is
    2009-03-06).

    With no date named before that is fine enough to count the unit from (or a vague amount, "a few days
    later"), TimeBank's reading stays: "N days later" is the stretch of time (P3D), so is "two years later"
    (publication plus two years would put a past story's event in the future), while "a year earlier" is the
    year before publication, the comparison earnings and wage reports make ("rents are up 4% on a year earlier").
    """
    amount = number(g["num"]) if g["num"] else _couple(g["vague"])
    unit, later = norm(g["unit"]), norm(g["dir"]) == "later"
    mod = "APPROX" if g["mod"] else None
    if amount is not None and last_date and not _is_clock_unit(unit):
        step = unit.removesuffix("s").replace("centurie", "century").replace("fortnight", "week")
        if has_granularity(last_date, step):
            year, month, day = (int(part) for part in (last_date + "-01-01")[:10].split("-"))
            return _offset(date(year, month, day), amount, unit, 1 if later else -1, mod)
    if later or unit_code(unit) not in ("Y", "DE", "CE"):
        return period(amount, unit), "DURATION", modifier(g["mod"])
    return _offset(anchor, amount, unit, -1, mod)


def resolve_duration(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    unit = norm(g["unit"])
    if unit == "second" and not g["plural"] and norm(g["num"]) in ("a", "an", "one"):
        raise ValueError("'a second' is an ordinal here")
    amount = number(g["num"]) if g["num"] else _couple(g["vague"])
    if g["num2"]:
        amount = None
    if g["half"] and amount is not None:
        amount += 0.5  # "a year and a half"
    mod = modifier(g["mod"]) or ("APPROX" if g["orso"] or g["vague"] and amount else None)
    return period(amount, unit), "DURATION", mod


def resolve_past_unit(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    """ "in the past day" P1D, "over the past hour" PT1H: the stretch up to now."""
    return period(1, norm(g["unit"])), "DURATION", None


def resolve_unit_long(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    """ "week-long" P1W, "two-month-long" P2M, "decades-long" an unknown number of decades."""
    amount = number(g["num"]) if g["num"] else (None if g["plural"] else 1.0)
    return period(amount, norm(g["unit"])), "DURATION", None


def resolve_vague_span(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    # "the past months", "recent years": TimeBank mostly treats these as vague references.
    future = norm(g["rel"]) in ("next", "coming", "future")
    return ("FUTURE_REF" if future else "PAST_REF"), "DATE", None


def resolve_set(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    unit = norm(g["unit"]).removesuffix("s") if norm(g["unit"]) not in lexicon()["months"] else norm(g["unit"])
    if unit in lexicon()["weekdays"]:
        return f"XXXX-WXX-{weekday_of(unit)}", "SET", None
    if unit.rstrip(".") in lexicon()["months"]:
        return f"XXXX-{month_of(unit):02d}", "SET", None
    if unit in lexicon()["seasons"]:
        return f"XXXX-{lexicon()['seasons'][unit]}", "SET", None
    if unit == "weekend":
        return "XXXX-WXX-WE", "SET", None
    amount = number(g["num"]) if g["num"] else 1.0
    if g["other"]:
        amount = (amount or 1) * 2
    return period(amount, unit), "SET", None


def resolve_set_adverb(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    return lexicon()["set_adverbs"][norm(g["adverb"])], "SET", None


def resolve_for_units(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    return period(None, g["unit"]), "DURATION", None
