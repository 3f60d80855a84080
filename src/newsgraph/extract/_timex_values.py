"""TIMEX3 values for matched time expressions, resolved against the publication date.

Owns the resolvers: given a rule's named groups (``_timex_grammar``), the
anchor date and the tense of the governing verb, return ``(value, type,
mod)``. Values follow TimeBank conventions: granularity is part of the
value ("2016", "2017-01", "2017-W03", "2016-Q4", "199"), qualifiers keep
the unqualified value and go to ``mod``. Anything that needs the anchor
and has none gets value ``None``.

Tense (``orientation``): -1 past, 0 unknown or present, +1 future, +2 surely future ("until", "effective").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from newsgraph.extract._timex_anaphora import resolve_anaphoric, resolve_beside, resolve_in_the_period
from newsgraph.extract._timex_arith import (
    holiday_date,
    iso_week,
    modifier,
    month_of,
    norm,
    period,
    quarter_of,
    shift_months,
    shift_quarter,
    spelled_year,
    weekday_date,
    weekday_of,
    year_for_month,
)
from newsgraph.extract._timex_durations import (
    resolve_ago,
    resolve_duration,
    resolve_for_units,
    resolve_offset_adj,
    resolve_set,
    resolve_set_adverb,
    resolve_past_unit,
    resolve_this_time,
    resolve_unit_long,
    resolve_vague_span,
)
from newsgraph.extract._timex_grammar import lexicon

Groups = dict[str, str | None]
Resolved = tuple[str | None, str, str | None]


def resolve_clock(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    clock = norm(g["clock"])
    if clock in ("noon", "midday"):
        hhmm = "12:00"
    elif clock == "midnight":
        hhmm = "24:00"
    else:
        # "3 p.m.", "15:30", and the wire services' "0900 GMT"
        hour = int(g["hour"] or g["hm"] or g.get("hh24") or 0)
        minute = g["minute"] or g["mm"] or g.get("mm24") or "00"
        ampm = norm(g["ampm"]).replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        if ampm == "am" and hour == 12:
            hour = 0
        hhmm = f"{hour:02d}:{minute}"
    day: str | None = None
    if g.get("mon") and (g.get("year") or anchor is not None):
        # the date, when written, says more than the weekday before it ("7 p.m. Tuesday, April 14")
        month, dom = month_of(g["mon"]), int(re.sub(r"\D", "", g["day"] or "1"))
        year = int(g["year"] or 0) if g.get("year") else year_for_month(anchor or date.min, month, dom, orientation)
        day = f"{year:04d}-{month:02d}-{dom:02d}"
    elif anchor is not None:
        if g["wd"]:
            day = weekday_date(anchor, weekday_of(g["wd"]), orientation, "").isoformat()
        elif g["deic"]:
            offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[norm(g["deic"])]
            day = (anchor + timedelta(days=offset)).isoformat()
        else:
            day = anchor.isoformat()
    value = f"{day}T{hhmm}" if day else None
    return value, "TIME", modifier(g["mod"])


def resolve_clock_from(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    """ "7:15 to 9 p.m.": the start takes the end's a.m. or p.m., unless that would put it after the end."""
    start, end = int(g["hm"] or 0), int(g["hour2"] or 0) % 12
    own = norm(g.get("ampm1") or g.get("ampm2")).replace(".", "")
    ampm = own or norm(g["ampm"]).replace(".", "")
    if not own and ampm == "pm" and start % 12 > end:
        ampm = "am"  # "11:30 to 2 p.m." starts in the morning
    minute = g["mm"] or "00"
    groups = {**g, "clock": f"{start}:{minute} {ampm}", "hour": str(start), "minute": minute, "ampm": ampm,
              "mod": None, "hm": None, "mm": None}
    return resolve_clock(groups, anchor, orientation)


def _day_number(g: Groups) -> int | None:
    if g.get("dayword"):
        return int(lexicon()["ordinals"][norm(g["dayword"])])
    digits = re.sub(r"\D", "", g.get("day") or "")
    return int(digits) if digits else None


def resolve_month_day(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    month, day = month_of(g["mon"]), _day_number(g)
    if day is None or day > 31:
        return None, "DATE", None
    if g.get("year") or g.get("pairyear"):
        year: int | None = int(g.get("year") or g.get("pairyear") or 0)
    elif anchor is None:
        year = None
    elif g.get("yrel"):
        year = anchor.year + {"this": 0, "last": -1, "next": 1}[norm(g["yrel"])]
    else:
        rel = norm(g.get("rel"))
        year = year_for_month(anchor, month, day, 1 if rel in ("next", "this coming") else orientation)
    value = f"{year:04d}-{month:02d}-{day:02d}" if year is not None else None
    return value, "DATE", modifier(g.get("mod"))


def resolve_week_of(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    """ "the week of March 6", "the week ended April 27": the ISO week that day falls in."""
    day, _, _ = resolve_month_day(g, anchor, orientation)
    return (iso_week(date.fromisoformat(day)) if day else None), "DATE", None


def resolve_month_edge(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    """ "the last day of March": the month read as "March 1" is, then its first or last day; "the first day of
    next month" counts the month from publication."""
    if g.get("mrel") and anchor is not None:
        year, month = shift_months(anchor, {"last": -1, "this": 0, "next": 1}[norm(g["mrel"])])
        first: str | None = date(year, month, 1).isoformat()
    else:
        first = resolve_month_day({**g, "day": "1", "dayword": None}, anchor, orientation)[0] if g["mon"] else None
    if first is None:
        return None, "DATE", None
    day = date.fromisoformat(first)
    if norm(g["edge"]) != "first":
        day = day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return day.isoformat(), "DATE", None


def resolve_day_ordinal(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    """ "on the 12th": that day of the month of publication, or of the month before when the verb is past and the
    day is still to come, or of the month after when the verb looks ahead and the day is gone."""
    if anchor is None:
        return None, "DATE", None
    day = int(re.sub(r"\D", "", g["day"] or ""))
    year, month = anchor.year, anchor.month
    if orientation < 0 and day > anchor.day:
        year, month = shift_months(anchor, -1)
    elif orientation > 0 and day < anchor.day:
        year, month = shift_months(anchor, 1)
    return _day_of_month(year, month, day), "DATE", None


def day_in_month(month_value: str, g: Groups) -> str:
    """ "In March 2019 ... on the 12th": the day in the month the story named ("2019-03")."""
    return _day_of_month(int(month_value[:4]), int(month_value[5:7]), int(re.sub(r"\D", "", g["day"] or "")))


def _day_of_month(year: int, month: int, day: int) -> str:
    return date(year, month, day).isoformat()  # ValueError on "the 31st" of a short month: no expression


def resolve_week_of_month(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    """ "the first week of May": the ISO week holding that week's fourth day, so a week that opens on a Friday
    counts as the month's only when most of it is; "the last week of March" ends with the month's last day."""
    month = month_of(g["mon"])
    if g.get("year"):
        year = int(g["year"] or 0)
    elif anchor is None:
        return None, "DATE", None
    else:
        year = year_for_month(anchor, month, None, orientation)
    ordinal = norm(g["ord"])
    if ordinal in ("last", "final"):
        following = date(year + month // 12, month % 12 + 1, 1)
        middle = following - timedelta(days=4)
    else:
        middle = date(year, month, 4 + 7 * (int(lexicon()["ordinals"][ordinal]) - 1))
    return iso_week(middle), "DATE", None


def resolve_month_year(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    return f"{_year_number(g):04d}-{month_of(g['mon']):02d}", "DATE", modifier(g["mod"])


def _year_number(g: Groups) -> int:
    """The year in digits ("1994") or read out ("nineteen ninety-four")."""
    if g.get("year") or g.get("ayear"):
        return full_year(norm(g.get("year") or g.get("ayear")))
    return spelled_year(g.get("syear"))


def resolve_month(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    month = month_of(g["mon"])
    mod = modifier(g["mod"])
    if anchor is None:
        return None, "DATE", mod
    rel, yrel = norm(g["rel"]), norm(g["yrel"])
    year = anchor.year
    if yrel:
        year += {"this": 0, "last": -1, "next": 1}[yrel]
    elif rel in ("last", "past", "previous", "this past"):
        # The month just gone is "last month" to a writer, so "last February" in March is a year back;
        # "this past February" still means the one just ended.
        just_gone = rel != "this past" and month == anchor.month - 1
        year -= 1 if month >= anchor.month or just_gone else 0
    elif rel in ("next", "coming", "this coming", "following"):
        year += 1 if month <= anchor.month else 0
    elif rel != "this":
        year = year_for_month(anchor, month, None, orientation)
    return f"{year:04d}-{month:02d}", "DATE", mod


def resolve_numeric_day_first(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    """ "25/12/2023", "5.3.2024": the day, then the month."""
    day, month = g["d"] or g["dd"], g["m"] or g["mm"]
    return resolve_numeric({"y": g["y"], "m": month, "d": day}, anchor, orientation)


def resolve_numeric(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    year = int(g["y"] or 0)
    if year < 100:
        year += 1900 if year > 30 else 2000
    return f"{year:04d}-{int(g['m'] or 0):02d}-{int(g['d'] or 0):02d}", "DATE", None


def resolve_year(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    open_end = norm(g.get("open"))
    mod = modifier(g.get("mod"))
    if open_end:
        mod = "ON_OR_BEFORE" if "earlier" in open_end else "ON_OR_AFTER"
    return f"{full_year(norm(g['year'])):04d}", "DATE", mod


def full_year(written: str) -> int:
    """ "1998", or a year cut to two digits ("'98", "FY24"): up to '30 this century, the last one after it."""
    digits = written.lstrip("'\u2019")
    if len(digits) == 2:
        return int(("19" if int(digits) > 30 else "20") + digits)
    return int(digits)


def resolve_decade(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    decade = norm(g["decade"])
    if decade.startswith("'"):
        decade = ("19" if int(decade[1:]) > 20 else "20") + decade[1:]
    mod = modifier(g["mod"]) or modifier(g["mod2"])
    if decade.endswith("00") and decade < "2000":
        return decade[:2], "DATE", mod  # "the 1800s", "the early 1900s": a century (the 19th, the 20th), as "18"
    return decade[:3], "DATE", mod


def resolve_word_decade(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    """ "the sixties", "the 60s" are the 1960s, written as TimeBank writes "the 1960s": 196."""
    word = norm(g["decade"])
    tens = int(word[:2]) if word[0].isdigit() else int(lexicon()["numbers"][word.removesuffix("ies") + "y"])
    return f"19{tens // 10}", "DATE", modifier(g["mod"]) or modifier(g["mod2"])


def resolve_century(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    word = norm(g["ord"])
    ordinals: dict[str, int] = lexicon()["ordinals"]
    count = ordinals.get(word) or int(re.sub(r"\D", "", word) or 0)
    return f"{count - 1:02d}", "DATE", modifier(g["mod"]) or modifier(g["mod2"])


def resolve_quarter(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    unit, the, adj, ordinal = norm(g["unit"]), norm(g["the"]), norm(g["adj"]), norm(g["ord"])
    qyear = norm(g["qyear"] or g["ofyear"] or g.get("ofrel"))
    if not (the or adj or ordinal or qyear):
        raise ValueError("'quarter' or 'half' alone is a fraction, not a date")
    if anchor is None and not qyear:
        return None, "DATE", None
    base = anchor or date(int(qyear[:4]), 12, 31)
    year = base.year
    if qyear[:4].isdigit():
        year = int(qyear[:4])
    elif qyear:
        year += _year_step(qyear)
    if adj in ("year-ago", "year-earlier", "prior-year") or g.get("ago"):
        year -= 1
    ordinals = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
    if unit == "half":
        half = ordinals.get(ordinal)
        if half is None or half > 2:
            half = 1 if base.month > 6 else 2
            year = year if base.month > 6 else year - 1
        elif not qyear and anchor is not None:
            year += _years_to_part(half, 6, anchor, orientation)  # "sales rose in the second half", as for quarters
        return f"{year:04d}-H{half}", "DATE", None
    if ordinal in ordinals:
        number = ordinals[ordinal]
        if not qyear and anchor is not None:
            year += _years_to_part(number, 3, anchor, orientation)
        return f"{year:04d}-Q{number}", "DATE", None
    _, current = quarter_of(base.year, base.month)
    shift = 0 if adj == "current" or the == "this" else (1 if the == "next" else -1)
    return shift_quarter(year, current, shift), "DATE", None


def resolve_month_quarter(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    """ "the January-March quarter": the calendar quarter holding its middle month, read as "the first quarter"."""
    first, last = month_of(g["mon"]), month_of(g["mon2"])
    if (last - first) % 12 != 2:
        raise ValueError("'the January-June quarter' names no quarter")
    ordinals = {1: "first", 2: "second", 3: "third", 4: "fourth"}
    groups: Groups = {"unit": "quarter", "the": "the", "adj": None, "ord": ordinals[(first % 12) // 3 + 1],
                      "qyear": None, "ofyear": g["ofyear"], "ofrel": g.get("ofrel"), "ago": None}
    return resolve_quarter(groups, anchor, orientation)


def _years_to_part(number: int, months: int, anchor: date, orientation: int) -> int:
    """How many years from publication "the fourth quarter" or "the first half" (a part of ``months`` months) lies
    when no year is named: a part still to come is behind when the verb looks back ("profit rose in the fourth
    quarter" in a January story), one already over is next year's when it looks ahead ("profit will rise in the
    first quarter" in November), except the part that ended with the last calendar quarter, which the season's
    reports are about ("expects to report a third-quarter loss" in October).
    """
    current = (anchor.month - 1) // months + 1
    if number > current and orientation <= 0:
        return -1
    ended_month = 3 * ((anchor.month - 1) // 3)
    just_ended = ended_month % months == 0 and number == ended_month // months
    return 1 if number < current and orientation > 0 and not just_ended else 0


def resolve_quarter_code(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    """ "Q3", "H1 2024": the quarter or half its number names, read as "the third quarter", "the first half of 2024"."""
    code = norm(g["code"])
    words = {"q": "quarter", "h": "half"}
    ordinals = {"1": "first", "2": "second", "3": "third", "4": "fourth"}
    groups: Groups = {"unit": words[code[0]], "the": None, "adj": None, "ord": ordinals[code[1]], "qyear": None,
                      "ofyear": g["ofyear"], "ofrel": None, "ago": None}
    return resolve_quarter(groups, anchor, orientation)


def _year_step(relative: str) -> int:
    """How many years from publication "next year's", "this year", "the current year" lie."""
    return {"this": 0, "current": 0, "last": -1, "next": 1}[relative.removeprefix("the ").split()[0]]


def resolve_two_quarters(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    """ "the first two quarters of 1987" is the first half (1987-H1); "the last two quarters" the second."""
    half = 1 if norm(g["which"]) == "first" else 2
    if g["year"]:
        return f"{int(g['year'] or 0):04d}-H{half}", "DATE", None
    if anchor is None:
        return None, "DATE", None
    return f"{anchor.year + _year_step(norm(g['ofrel'] or 'this')):04d}-H{half}", "DATE", None


def resolve_period(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    adj = norm(g["adj"])
    if adj.isdigit():
        return adj, "DATE", None
    if anchor is None:
        return None, "DATE", None
    _, current = quarter_of(anchor.year, anchor.month)
    year = anchor.year - (1 if adj in ("year-ago", "year-earlier", "prior-year") or g.get("ago") else 0)
    return shift_quarter(year, current, -1), "DATE", None


def resolve_relative(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    unit, rel, mod = norm(g["unit"]), norm(g["rel"]), modifier(g["mod"])
    # "the last fiscal year" names one year, never the twelve months just past ("the last year")
    named_year = bool(g.get("fiscal"))
    # "over the past decade", "in the coming century": ten (a hundred) years up to or from now; "the last decade"
    # may also name the previous calendar decade, and keeps that reading, as "the last century" (the 1900s) does
    stretch_of_decade = unit in ("decade", "century") and rel in ("past", "next", "coming")
    if (g["the"] and rel in ("past", "last", "next", "coming", "following", "previous")
            and (unit not in ("weekend", "decade", "century") or stretch_of_decade) and not named_year):
        if rel in ("previous", "following") and anchor is not None:
            pass  # "the previous year" is a date relative to another date; fall through
        else:
            return period(1, unit), "DURATION", mod
    if anchor is None:
        return None, "DATE", mod
    step = {"last": -1, "past": -1, "previous": -1, "this past": -1, "next": 1, "coming": 1, "this coming": 1,
            "following": 1}.get(rel, 0)
    if unit == "year":
        return f"{anchor.year + step:04d}", "DATE", mod
    if unit == "month":
        year, month = shift_months(anchor, step)
        return f"{year:04d}-{month:02d}", "DATE", mod
    if unit == "week":
        return iso_week(anchor + timedelta(weeks=_week_step(anchor, step, rel, orientation))), "DATE", mod
    if unit == "weekend":
        return iso_week(anchor + timedelta(weeks=step)) + "-WE", "DATE", mod
    if unit == "decade":
        return f"{(anchor.year // 10 + step):03d}", "DATE", mod
    return f"{anchor.year // 100 + step:02d}", "DATE", mod


def _week_step(anchor: date, step: int, rel: str, orientation: int) -> int:
    """How many ISO weeks from publication "last week", "this week" lie.

    A Sunday closes its ISO week, and a Sunday paper calls the six days just past "last week" ("Clinton
    won last week's primary" for a Tuesday vote five days earlier) and the days from tomorrow "this week"
    when the verb looks ahead ("this week's convention will open"). "next week" already counts from Monday.
    """
    if anchor.isoweekday() != 7:
        return step
    if step < 0:
        return 0
    return 1 if rel == "this" and orientation > 0 else step


def resolve_the_unit(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    unit = norm(g["unit"])
    if anchor is None:
        return None, "DATE", None
    if unit == "year":
        return f"{anchor.year:04d}", "DATE", None
    # "the weekend": the one just past, or the coming one when the verb looks ahead
    saturday = weekday_date(anchor, 6, orientation, "")
    return iso_week(saturday) + "-WE", "DATE", None


def weekend_after(day: date, orientation: int, *, day_named: bool) -> str:
    """ "ahead of the weekend", "before the weekend": the weekend that follows the day the sentence is about.

    That day is the one the sentence named ("fell on Friday ahead of the weekend"), else publication. A past
    verb with no day named put the act on an earlier weekday, so from Monday to Thursday the weekend meant is
    the one just past ("traders squared positions ahead of the weekend" in a Monday paper); a Friday story's
    is the one to come.
    """
    if not day_named and orientation < 0 and day.isoweekday() < 5:
        return iso_week(weekday_date(day, 6, -1, "")) + "-WE"
    return iso_week(weekday_date(day, 6, 1, "")) + "-WE"


def resolve_in_the_year(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    """ "later in the day", "earlier in the year" with no story at hand: within the period of publication."""
    return resolve_in_the_period(g, anchor, None)


def resolve_season(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    code = lexicon()["seasons"][norm(g["season"])]
    mod = modifier(g["mod"])
    if g["year"] and g.get("next") and code == "WI" and runs_into_next_year(g):
        return f"{int(g['year'] or 0) + 1:04d}-WI", "DATE", mod  # a winter is named by the year of its January
    if g["year"] or g.get("syear") or g.get("ayear"):
        return f"{_year_number(g):04d}-{code}", "DATE", mod
    if anchor is None:
        return None, "DATE", mod
    order = ["WI", "SP", "SU", "FA"]
    current = order[(anchor.month % 12) // 3]
    rel, year = _season_relation(g["rel"]), anchor.year
    if anchor.month == 12:
        # A winter is named by the year of its January (2024-WI runs from December 2023 to February 2024, as the
        # store reads it), so December is already in next year's winter, and the seasons after it are next year's
        year += 1
    later = order.index(code) > order.index(current)
    if rel == "this":
        return f"{_this_season_year(code, anchor, orientation):04d}-{code}", "DATE", mod
    if rel in ("last", "past", "previous", "this past") or (rel in ("", "the") and orientation < 0):
        # "last spring" said in spring is a year back; "during spring break" in a past-tense sentence is this one
        named_last = rel in ("last", "past", "previous")
        year -= 1 if order.index(code) >= order.index(current) and named_last or later else 0
    elif rel in ("next", "coming", "this coming", "following"):
        year += 1 if order.index(code) <= order.index(current) and rel != "this coming" else 0
    elif rel in ("", "the") and orientation > 0:
        # "will open in the spring", said in March: the spring about to begin, not next year's
        year += 1 if order.index(code) < order.index(current) else 0
    return f"{year:04d}-{code}", "DATE", mod


def _season_relation(rel: str | None) -> str:
    """ "the coming" reads as "coming", "that" (with no date named before) as "the"."""
    word = norm(rel)
    return "the" if word == "that" else word.removeprefix("the ") if word != "the" else word


def _this_season_year(code: str, anchor: date, orientation: int) -> int:
    """ "this summer" is the summer of the year of publication, whatever the tense; "this winter" is the winter
    under way from December to February, the one ahead from the autumn on or when the verb looks ahead, else
    the one just ended (a winter is named by the year of its January)."""
    if code != "WI":
        return anchor.year
    ahead = anchor.month >= 9 or anchor.month >= 3 and orientation > 0
    return anchor.year + 1 if ahead else anchor.year


def resolve_deictic(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    word = norm(g["deic"])
    mod = modifier(g["mod"])
    parts: dict[str, str] = lexicon()["day_parts"]
    offsets = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "overnight": 0, "last night": -1}
    offset = offsets.get(word, 0)
    part = parts.get(norm(g["part"])) or parts.get(norm(g["thispart"]))
    part = part or {"tonight": "NI", "last night": "NI", "overnight": "NI"}.get(word)
    if anchor is None:
        return None, ("TIME" if part else "DATE"), mod
    day = (anchor + timedelta(days=offset)).isoformat()
    return (f"{day}T{part}" if part else day), ("TIME" if part else "DATE"), mod


def resolve_weekday(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    weekday = weekday_of(g["wd"])
    parts: dict[str, str] = lexicon()["day_parts"]
    part = parts.get(norm(g["part"]).removesuffix("s"))
    suffix = f"T{part}" if part else ""
    if g["plural"] or norm(g["part"]).endswith("s"):
        return f"XXXX-WXX-{weekday}{suffix}", "SET", None
    mod = modifier(g["mod"])
    # "Friday morning" is a part of a day: TIMEX3 gives it the day with the part's code and type TIME, as
    # for "yesterday afternoon"; the calendar day stays the value's first ten characters
    kind = "TIME" if part else "DATE"
    if anchor is None:
        return None, kind, mod
    if g.get("week"):
        monday = anchor - timedelta(days=anchor.weekday())
        step = {"last": -1, "this": 0, "next": 1}[norm(g["week"])]
        day = monday + timedelta(weeks=step, days=weekday - 1)  # "Monday of last week": that week's Monday
    else:
        day = weekday_date(anchor, weekday, orientation, norm(g["rel"]))
    return f"{day.isoformat()}{suffix}", kind, mod


def resolve_day_of_run(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    """ "today is the eighth day of the strike": the present tense counts the day the story is written."""
    return (anchor.isoformat() if anchor else None), "DATE", None


def resolve_unit_beside(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    """ "the day before" with no story at hand: counted from publication."""
    return resolve_beside(g, anchor, None)


def resolve_before_last(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    """ "the week before last": the week before last week; "the year after next" the year after next year; likewise
    a weekend, a month."""
    if anchor is None:
        return None, "DATE", None
    unit, step = norm(g["unit"]), 2 if norm(g["dir"]).startswith("after") else -2
    if unit == "year":
        return f"{anchor.year + step:04d}", "DATE", None
    if unit == "month":
        year, month = shift_months(anchor, step)
        return f"{year:04d}-{month:02d}", "DATE", None
    if unit == "weekend" and step > 0 and anchor.weekday() < 5:
        step = 1  # on a weekday the next weekend is this week's, so the one after it is a week on
    week = iso_week(anchor + timedelta(weeks=step))
    return (week + "-WE" if unit == "weekend" else week), "DATE", None


def resolve_reference(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    return lexicon()["references"][norm(g["ref"])], "DATE", None


def runs_into_next_year(g: Groups) -> bool:
    """ "2012-13", "1999-2000", "2004-5": the second year is the one after the first (not a range like "2009-14")."""
    first, second = int(g["year"] or 0), g["next"] or ""
    return int(second) == (first + 1) % 10 ** len(second)


def resolve_split_year(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    """ "the 2012-13 season": one DATE, valued as the year it opens (2012).

    A TIMEX3 value names one period, and a season, school or budget year that runs into the next year is
    not a calendar unit; the year it starts is how such years are keyed and sorted, and the span keeps both.
    """
    if not runs_into_next_year(g):
        raise ValueError("a range of years, not one season")
    return norm(g["year"]), "DATE", modifier(g["mod"])


def resolve_fiscal(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    if g.get("year2"):
        return resolve_year({**g, "year": g["year2"], "mod": g["mod2"]}, anchor, orientation)  # "the 1998 fiscal year"
    return resolve_year(g, anchor, orientation)


def resolve_year_end(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    mod = "APPROX" if g["around"] else "END"
    if anchor is None:
        return None, "DATE", mod
    step = {"last": -1, "next": 1}.get(norm(g["rel"]), 0)
    if not g["rel"] and orientation < 0 and anchor.month < 12:
        step = -1  # "up 12% since year-end", "profits fell at year-end" in October: the end of last year
    return f"{anchor.year + step:04d}", "DATE", mod


def resolve_period_end(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    unit = norm(g["unit"])
    if unit == "quarter":
        if anchor is None:
            return None, "DATE", modifier(g["mod"])
        year, quarter = quarter_of(anchor.year, anchor.month)
        return f"{year:04d}-Q{quarter}", "DATE", modifier(g["mod"])
    return resolve_relative({"unit": unit, "rel": "this", "the": None, "mod": g["mod"]}, anchor, orientation)


def resolve_spelled_year(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    numbers: dict[str, float] = lexicon()["numbers"]
    tens = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
            "seventeen": 17, "eighteen": 18, "nineteen": 19}
    if norm(g["century"]) == "nineteen":
        if not g["tens"]:
            raise ValueError("'nineteen' alone is a number")
        tail = tens.get(norm(g["tens"])) or int(numbers[norm(g["tens"])])
        return f"19{tail + int(numbers.get(norm(g['ones']), 0)):02d}", "DATE", None
    if g["tens"] or not g["ones"] and not g["century"]:
        raise ValueError("not a year")
    return f"20{int(numbers.get(norm(g['ones']), 0)):02d}", "DATE", None


def resolve_holiday(g: Groups, anchor: date | None, orientation: int) -> Resolved:
    """ "Thanksgiving" -> that year's fourth Thursday of November; "last Christmas" -> the one before publication."""
    rule = lexicon()["holidays"][norm(g["holiday"]).replace("\u2019", "'")]
    if g["year"] or g.get("inyear"):
        day = holiday_date(int(g["year"] or g.get("inyear") or 0), rule)
        return _holiday_value(day, rule, weekend=bool(g.get("weekend"))), "DATE", None
    if anchor is None:
        return None, "DATE", None
    rel = norm(g["rel"])
    if rule.endswith("/4"):
        # held every fourth year (Super Tuesday): the one nearest publication, as the tense cannot reach
        # four years back or ahead
        years = (anchor.year - anchor.year % 4, anchor.year - anchor.year % 4 + 4)
        nearest = min((holiday_date(year, rule) for year in years), key=lambda moment: abs((moment - anchor).days))
        return nearest.isoformat(), "DATE", None
    this_year = holiday_date(anchor.year, rule)
    if rel in ("last", "past", "previous", "this past") or rel in ("", "this") and orientation < 0:
        day = this_year if this_year <= anchor else holiday_date(anchor.year - 1, rule)
    elif rel in ("next", "coming", "this coming", "following") or rel in ("", "this") and orientation > 0:
        day = this_year if this_year >= anchor else holiday_date(anchor.year + 1, rule)
    else:
        day = min((holiday_date(anchor.year + shift, rule) for shift in (-1, 0, 1)),
                  key=lambda moment: _holiday_distance(moment, anchor))
    return _holiday_value(day, rule, weekend=bool(g.get("weekend"))), "DATE", None


def _holiday_value(day: date, rule: str, *, weekend: bool = False) -> str:
    """The day, or for a holiday week ("Easter week", rule suffix '/W') the ISO week it falls in; for a holiday
    weekend ("Memorial Day weekend") the weekend before a holiday early in the week, else the one after it."""
    if weekend:
        weekday = day.weekday()
        saturday = day - timedelta(days=weekday + 2) if weekday <= 2 else day + timedelta(days=5 - weekday)
        return iso_week(saturday) + "-WE"
    return iso_week(day) if rule.endswith("/W") else day.isoformat()


def _holiday_distance(moment: date, anchor: date) -> int:
    # News looks back more often than ahead, as with bare month names.
    return (moment - anchor).days * 2 if moment > anchor else (anchor - moment).days


RESOLVERS: dict[str, Callable[[Groups, date | None, int], Resolved]] = {
    "clock": resolve_clock,
    "clock_from": resolve_clock_from,
    "month_day": resolve_month_day,
    "day_month": resolve_month_day,
    "second_day": resolve_month_day,
    "month_year": resolve_month_year,
    "week_of": resolve_week_of,
    "month_edge": resolve_month_edge,
    "week_of_month": resolve_week_of_month,
    "day_ordinal": resolve_day_ordinal,
    "month": resolve_month,
    "numeric": resolve_numeric,
    "iso": resolve_numeric,
    "numeric_dmy": resolve_numeric_day_first,
    "numeric_ymd": resolve_numeric,
    "year": resolve_year,
    "split_year": resolve_split_year,
    "fiscal": resolve_fiscal,
    "decade": resolve_decade,
    "word_decade": resolve_word_decade,
    "century": resolve_century,
    "quarter": resolve_quarter,
    "quarter_code": resolve_quarter_code,
    "month_quarter": resolve_month_quarter,
    "period": resolve_period,
    "two_quarters": resolve_two_quarters,
    "relative": resolve_relative,
    "in_the_year": resolve_in_the_year,
    "the_unit": resolve_the_unit,
    "offset_adj": resolve_offset_adj,
    "deictic": resolve_deictic,
    "weekday": resolve_weekday,
    "ago": resolve_ago,
    "duration": resolve_duration,
    "vague_span": resolve_vague_span,
    "for_units": resolve_for_units,
    "units_later": resolve_for_units,
    "this_time": resolve_this_time,
    "unit_long": resolve_unit_long,
    "past_unit": resolve_past_unit,
    "season": resolve_season,
    "set": resolve_set,
    "set_adverb": resolve_set_adverb,
    "reference": resolve_reference,
    "year_end": resolve_year_end,
    "period_end": resolve_period_end,
    "spelled_year": resolve_spelled_year,
    "holiday": resolve_holiday,
    "anaphoric": resolve_anaphoric,
    "unit_beside": resolve_unit_beside,
    "before_last": resolve_before_last,
    "day_of_run": resolve_day_of_run,
}
