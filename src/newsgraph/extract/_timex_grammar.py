"""The surface grammar of English time expressions, compiled once from the lexicon.

Owns the regular expressions that propose time-expression candidates and
the lexicon they are built from (``resources/timex_lexicon.json``). Each
rule is a named pattern; ``_timex_values`` turns a rule's named groups into
a TIMEX3 value, and ``timexes`` runs the rules and checks ambiguous words
against the parse.

Span conventions follow TimeBank: a leading preposition ("on", "in",
"since") is never part of the expression; determiners and modifiers
("the", "last", "early", "about") are.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class Rule:
    """One candidate pattern; on equal spans the lower ``rank`` wins."""

    name: str
    pattern: re.Pattern[str]
    rank: int


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The word lists behind the grammar (loaded once per process)."""
    raw = resources.files("newsgraph.extract").joinpath("resources/timex_lexicon.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def _alternation(words: list[str] | Any) -> str:
    # Longest first, so "a couple of" is tried before "a".
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered) + ")"


def _pieces() -> dict[str, str]:
    lex = lexicon()
    months = lex["months"]
    needs_period = set(lex["month_abbreviations_need_period"])
    full_months = [m for m in months if m not in needs_period]
    abbreviations = _alternation(needs_period)
    month = rf"(?:\b{_alternation(full_months)}\b|\b{abbreviations}\.|\b{abbreviations}\b(?=\s+\d))"
    weekday = rf"\b{_alternation(lex['weekdays'])}"
    number_word = _alternation([w for w in lex["numbers"] if w not in ("half",)])
    number = (
        rf"(?:\d+(?:[.,]\d+)?(?:\s+\d/\d)?|\d/\d|\b{number_word}(?:[\s-]+(?:and[\s-]+)?{number_word}){{0,3}}"
        rf"(?:\s+and\s+a\s+half)?\b)"
    )
    vague = rf"\b{_alternation(lex['vague_numbers'])}"
    unit = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ies))"
    season = _alternation(lex["seasons"])
    part = _alternation(lex["day_parts"])
    modifier = _alternation(lex["modifiers"])
    return {
        "MONTH": month,
        # after a day, as most of the world writes a date, an abbreviation needs no period: "on 2 Jan", "30 Sept"
        "MONTH_AFTER_DAY": rf"(?:{month}|\b{abbreviations}\b(?![.'\u2019-]))",
        "WEEKDAY": weekday,
        "WEEKDAY_ABBR": r"\b(?:mon|tues?|wed|thu|thurs?|fri|sat|sun)\.",
        # a year cut to two digits after an apostrophe: "March '98", "the summer of '68"
        "SHORT_YEAR": r"['\u2019]\d\d\b",
        "NUMBER": number,
        "VAGUE": vague,
        "UNIT": unit,
        "SEASON": rf"\b{season}\b",
        "PART": rf"\b{part}\b",
        # "Tuesday nights": the part of the day may take the plural, which makes the expression a set
        "PARTS": rf"\b{part}s?\b",
        # A modifier word followed by a space, or the "mid-" or "end-" prefix ("mid-2019", "by end-March")
        "MOD": rf"(?:\b{modifier}\s+|\b(?:mid|end)-|\bmid\s+)",
        # Position-in-period modifiers only: "about Friday" is a topic, not an approximation.
        "MODT": r"(?:\b(?:early|late|earlier|later|the\s+(?:beginning|start|end|close|middle)\s+of)\s+|\b(?:mid|end)-"
        r"|\bmid\s+)",
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d,.]\d|\d)",
        # Not the last group of a telephone number or a code ("555-1990", "1-800-555-2012"): a year is never
        # written after a group of one to three digits and a hyphen, while a range of years ("1990-1995") is.
        "YEAR": r"(?<![\d$.,])(?<!\b\d-)(?<!\b\d\d-)(?<!\b\d\d\d-)(?:1[6-9]\d\d|20\d\d)(?![\d%]|\.\d|,\d)",
        "TZ": _alternation(lex["timezones"]),
        # the day after a clock time: "10 p.m. Wednesday", "7:15 p.m. Thursday, June 11", "9 a.m. today"
        "CLOCK_DAY": r"(?:,?\s+(?P<deic>today|yesterday|tomorrow)\b|(?:,?\s+(?P<wd>" + weekday + r")\b)?"
        r"(?:,?\s+(?P<mon>" + month + r")\s+(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d,.]\d|\d))"
        r"(?:,?\s+(?P<year>(?<![\d$.,])(?:1[6-9]\d\d|20\d\d)(?![\d%]|\.\d|,\d)))?)?)",
        # "the first quarter of next year": a part of a year named relative to publication
        "OFYEAR": r"(?P<ofrel>this|last|next|the\s+current)\s+(?:(?:fiscal|financial)\s+)?year\b(?!-|'|\u2019)",
        "REL": r"(?:this\s+past|this\s+coming|last|next|this|coming|past|previous|following)",
        "ORD": _alternation(lex["ordinals"]),
        # Years read out in broadcast transcripts: "nineteen ninety-six", "two thousand".
        "SPELLED": r"\b(?:nineteen[\s-]+(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
        r"|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six"
        r"|seven|eight|nine))?|two\s+thousand(?:\s+and)?(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)\b",
    }


# Each rule is written with {PLACEHOLDERS} from _pieces(); rank breaks ties.
_RULES: tuple[tuple[str, str], ...] = (
    # "5:45 to 7:15 p.m. Oct. 3": the start of a range takes the half of the day and the date of its end
    (
        "clock_from",
        r"\b(?P<only>(?P<hm>[01]?\d|2[0-3])(?::(?P<mm>[0-5]\d)(?:\s*(?P<ampm1>a\.m\.|p\.m\.|am\b|pm\b))?"
        r"|\s*(?P<ampm2>a\.m\.|p\.m\.|am\b|pm\b)))\s*(?:-|\u2013|to|until|till)\s*"
        r"(?P<hour2>[01]?\d)(?::[0-5]\d)?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)(?:\s+(?:{TZ})\b)?{CLOCK_DAY}",
    ),
    (
        "clock",
        r"(?P<mod>{MOD})?\b(?P<clock>(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
        r"|(?P<hm>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)\b(?!:\d)|noon\b|midday\b|midnight\b"
        r"|\b(?P<hh24>[01]\d|2[0-3])(?P<mm24>[0-5]\d)(?=\s+(?:{TZ})\b))"
        r"(?:\s+(?P<tz>{TZ})\b)?"
        r"{CLOCK_DAY}",
    ),
    (
        "month_day",
        # "Tuesday, Feb. 3"; before a written date a weekday may be abbreviated ("Tues., Feb. 3")
        r"(?P<mod>{MOD})?(?:(?P<rel>this\s+coming|this|next|last)\s+)?(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?"
        r"(?P<mon>{MONTH})\s+(?:the\s+)?(?P<day>{DAY}|(?P<dayword>{ORD})\b)(?:,?\s+(?P<year>{YEAR})"
        # "March 3 last year", "Oct. 9 of next year": the year named relative to publication
        r"|\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year\b(?!['\u2019-])"
        # "Oct. 3 and 4, 2015": the year written after the second day is the first day's too
        r"|(?=\s+(?:and|or|to|through)\s+{DAY},?\s+(?P<pairyear>{YEAR})))?",
    ),
    # "April 24 and 25": the second day is a date of its own, in the first one's month; only it is the span
    (
        "second_day",
        r"(?P<mon>{MONTH})\s+(?:{DAY})\s+(?:and|or|to|through)\s+"
        r"(?P<only>(?P<day>{DAY})(?!\s*(?:%|percent|\$))(?:,?\s+(?P<year>{YEAR}))?)",
    ),
    # "the vote on the 12th", "talks run until the 20th": a day of the month the story is in; only after a
    # preposition and before a break or a link word, so "the 5th floor" and "the 50th anniversary" stay out
    (
        "day_ordinal",
        r"\b(?:on|by|until|till|since|from|to|before|after|through)\s+(?P<only>the\s+(?P<day>(?:[12]\d|3[01]|0?[1-9])"
        r"(?:st|nd|rd|th)))(?=\s*(?:[,.;:)]|--|$)|\s+(?:and|or|to|through|until|when|at)\b)"
        r"(?![^.;]{0,24}\bcentur)",  # "from the 17th through 19th centuries"
    ),
    # "the week of March 6", and the week a report counts to: "jobless claims in the week ended April 27"
    (
        "week_of",
        r"\bthe\s+week\s+(?:of|ended|ending)\s+(?:{WEEKDAY},?\s+)?(?P<mon>{MONTH})\s+(?P<day>{DAY})"
        r"(?:,?\s+(?P<year>{YEAR}))?",
    ),
    # "the last day of March", "the first day of June 2025", "the first day of next month": a day at the edge of a
    # month
    (
        "month_edge",
        r"\bthe\s+(?P<edge>first|last|final)\s+day\s+of\s+(?:(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR}))?"
        r"|(?P<mrel>next|last|this)\s+month\b)",
    ),
    # "the first week of May", "the last week of March 2021": one week of that month, not a stretch of a week
    (
        "week_of_month",
        r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+week\s+of\s+"
        r"(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR}))?",
    ),
    (
        "day_month",
        # "the fifth of November", "the twenty-first of May": a day written as a word takes "the" and "of"
        r"(?P<mod>{MOD})?(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?:the\s+)?\b(?P<day>{DAY})\s+(?:of\s+)?"
        r"|\bthe\s+(?P<dayword>{ORD})\s+of\s+)(?P<mon>{MONTH_AFTER_DAY})"
        r"(?:,?\s+(?P<year>{YEAR}))?",
    ),
    (
        "month_year",
        r"(?P<mod>{MOD})?(?P<mon>{MONTH}),?\s+(?:of\s+)?(?:(?P<year>{YEAR}|{SHORT_YEAR})|(?P<syear>{SPELLED}))",
    ),
    # "in June of that year", "on March 3 of the following year": the month or day in the year the story named
    (
        "month_of_ref",
        r"(?P<mod>{MODT})?(?P<mon>{MONTH})(?:\s+(?:the\s+)?(?P<day>{DAY}))?,?\s+of\s+"
        r"(?P<ref>that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+prior)\s+year\b",
    ),
    (
        "month",
        r"(?P<mod>{MODT})?(?:(?P<rel>{REL})\s+)?(?P<mon>{MONTH})"
        # "November last year", "January of this year": the month of the year named relative to publication
        r"(?:\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year\b(?!['\u2019-]))?",
    ),
    ("numeric", r"\b(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d\d)\b"),
    ("iso", r"\b(?P<y>1[6-9]\d\d|20\d\d)-(?P<m>1[0-2]|0[1-9])-(?P<d>3[01]|[12]\d|0[1-9])\b"),
    # the day first, as most of the world writes it: "25/12/2023" (a first number above 12 cannot be a month),
    # "25.12.2023" (dots are never American); and the year first, "2023/12/25"
    (
        "numeric_dmy",
        r"\b(?:(?P<d>3[01]|2\d|1[3-9])/(?P<m>1[0-2]|0?[1-9])/|(?P<dd>3[01]|[12]\d|0?[1-9])\.(?P<mm>1[0-2]|0?[1-9])\.)"
        r"(?P<y>(?:19|20)\d\d)\b(?![./]\d)",
    ),
    ("numeric_ymd", r"\b(?P<y>(?:19|20)\d\d)/(?P<m>1[0-2]|0[1-9])/(?P<d>3[01]|[12]\d|0[1-9])\b(?![./]\d)"),
    (
        "year",
        r"(?P<mod>{MOD})?(?:the\s+year\s+)?(?P<year>{YEAR})(?:\s+(?P<open>or\s+later|and\s+beyond|or\s+earlier))?",
    ),
    # "the 2012-13 season", "fiscal 2012/13": a season or budget year that runs into the next year
    (
        "split_year",
        r"(?P<mod>{MODT})?(?:(?P<fiscal>fiscal)\s+(?:year\s+)?|\bfy\s?)?"
        # "the 2023-24 fiscal year": the year written first, with its "the", as "the 1998 fiscal year"
        r"(?:\bthe\s+(?=\d{{4}}\s?[-/\u2013]\s?\d\d(?:\d\d)?\s+(?:fiscal|financial)\s+year\b))?"
        r"(?<![-/\u2013])(?P<year>{YEAR})\s?[-/\u2013]\s?"
        r"(?P<next>\d\d(?:\d\d)?)\b(?![-/\u2013.,]\d)(?:\s+(?:fiscal|financial)\s+year\b(?!-|'|\u2019))?",
    ),
    # "fiscal 2020", "fiscal year '21", and the abbreviation "FY2021" or "FY 2021"
    ("fiscal", r"(?P<mod>{MODT})?(?:the\s+)?(?:fiscal(?:\s+year)?\s+|\bfy\s?)(?P<year>{YEAR}|'\d\d\b|(?<=fy)\d\d\b)"
     # "FY 2009-2010" is one budget year, which split_year reads
     r"(?!\s?[-/\u2013]\s?\d)"
     # "the 1998 fiscal year": the year written first
     r"|(?P<mod2>{MODT})?\bthe\s+(?P<year2>{YEAR})\s+(?:fiscal|financial)\s+year\b(?!-|'|\u2019)"),
    (
        "decade",
        r"(?P<mod>{MODT})?(?:the\s+)?(?:(?P<mod2>early|late|mid)[\s-]+)?(?P<decade>\b(?:1[6-9]|20)\d0|'\d0)'?s\b",
    ),
    # "the sixties", "the late eighties", "the 90s": a decade of the 1900s written as a word or cut to two digits;
    # always after "the", since "in his sixties" is an age
    (
        "word_decade",
        r"(?P<mod>{MODT})?\bthe\s+(?:(?P<mod2>early|late|mid)[\s-]+)?(?:(?:roaring|swinging)\s+)?['\u2019]?"
        r"(?P<decade>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[3-9]0s)\b",
    ),
    (
        "century",
        # "the late 19th century", "the mid-18th century": the century, with where in it
        r"(?P<mod>{MODT})?(?:the\s+)?(?:(?P<mod2>early|late|mid)[\s-]+)?(?P<ord>\b\d{1,2}(?:st|nd|rd|th)|{ORD})[\s-]+"
        r"century\b",
    ),
    (
        "quarter",
        # "1988's fourth quarter", "fiscal 1990's first half": a year's possessive names it as "of 1988" does
        r"(?:(?P<the>the|this|last|next)\s+)?"
        r"(?:(?:fiscal\s+)?(?P<qyear>{YEAR}(?:['\u2019]s)?|(?:this|last|next)\s+year's)\s+)?"
        r"(?:(?P<adj>latest|current|recent|comparable|same|previous|prior|preceding|year-ago|year-earlier|prior-year"
        r"|corresponding"
        r"|most\s+recent|fiscal)[\s-]+){{0,2}}"
        r"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+)?(?:fiscal[\s-]+)?"
        # "the second half of the year": "of the year" is part of the expression and, as with a bare "half",
        # the year is the story's
        r"(?P<unit>quarter|half)\b(?!-)(?:\s+of\s+(?:(?:fiscal\s+)?(?P<ofyear>{YEAR})|{OFYEAR}"
        r"|the\s+(?:calendar\s+)?year\b(?!-|'|\u2019)))?"
        r"(?:\s+(?P<ago>a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year))?",
    ),
    # "the January-March quarter", "the July-to-September quarter of 2023": a quarter named by its months
    (
        "month_quarter",
        r"\bthe\s+(?P<mon>{MONTH})\s*(?:-to-|-|\u2013|/|\s+to\s+)\s*(?P<mon2>{MONTH})\s+quarter\b"
        r"(?:\s+of\s+(?:(?P<ofyear>{YEAR})|{OFYEAR}))?",
    ),
    # "Q3", "Q1 2024", "H2 of 2023": a quarter or half written as the code business news uses
    (
        "quarter_code",
        r"\b(?P<code>q[1-4]|h[12])\b(?![-'\u2019])(?:,?\s+(?:of\s+)?(?:(?:fiscal|fy)\s*)?(?P<ofyear>{YEAR}))?",
    ),
    (
        "two_quarters",
        r"\b(?=the|first|last|final|second)(?:the\s+)?(?P<which>first|last|final|second)\s+(?:two|2)\s+quarters\b"
        r"(?:\s+of\s+(?:(?:fiscal\s+)?(?P<year>{YEAR})|{OFYEAR}))?",
    ),
    (
        "period",
        r"(?:the\s+)?(?P<adj>{YEAR}|year-ago|year-earlier|prior-year|latest|comparable|same|corresponding)\s+period\b"
        r"(?:\s+(?P<ago>a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year))?",
    ),
    # "Today is the eighth day of the strike", "It's the second day of the offensive": the day of publication
    (
        "day_of_run",
        r"\b(?:today\s+is|it\s+is|it['\u2019]s)\s+(?P<only>(?:the\s+)?(?:{ORD}|\d{{1,3}}(?:st|nd|rd|th))\s+"
        r"(?:(?:straight|consecutive|full)\s+)?day)\s+of\b",
    ),
    (
        "anaphoric",
        # "that same day", "the very next day", "by the end of that week", "late that year"
        r"\b(?=earlier|later|early|late|that|the\s)(?P<mod>(?:earlier|later|early|late|the\s+(?:beginning|start|end"
        r"|close|middle)\s+of)\s+)?(?P<ref>that(?:\s+same)?|the\s+(?:very\s+)?same|the\s+following|the\s+previous"
        r"|the\s+prior|the\s+(?:very\s+)?next(?=\s+(?:day|week|month|year|morning|afternoon|evening|night)\b))"
        r"\s+(?:(?:fiscal|financial)\s+(?=year\b))?"
        r"(?P<unit>day|week|month|quarter|year|morning|afternoon|evening|night)\b(?!-|'|\s+(?:of|to|before|after|when)\b)",
    ),
    # "the week before last", "the year after next": two units back, or on, from publication
    (
        "before_last",
        r"\bthe\s+(?P<unit>week|weekend|month|year)\s+(?P<dir>before\s+last|after\s+next)\b"
        r"(?!\s+(?:week|month|year)\b)",
    ),
    # "The day before, they had shelled the town", "sales had risen the year before.": nothing follows "before" or
    # "after", so the day counts from the date the story last named, as "the previous day" does
    (
        "unit_beside",
        r"\bthe\s+(?P<unit>day|night|week|month|year)\s+(?P<dir>before|after)(?=\s*(?:[,.;:!?)]|--|$))",
    ),
    (
        "relative",
        r"(?P<mod>{MODT})?(?:(?P<the>the)\s+)?(?P<rel>{REL}|current|same)\s+"
        # "last fiscal year", "the current financial year": a company's or a government's year
        r"(?:(?P<fiscal>fiscal|financial)\s+(?=year\b))?"
        r"(?P<unit>week|weekend|month|year|decade|century)\b(?!-)",
    ),
    # "killed 30 militants in the past day", "over the past hour": the stretch up to now ("the past week" and longer
    # are the relative rule's)
    ("past_unit", r"\bthe\s+past\s+(?P<unit>day|hour)\b"),
    ("the_unit", r"\bthe\s+(?:(?:fiscal|full|calendar)\s+)?(?P<unit>weekend|year)\b(?!-|'|\s+(?:ago|earlier|before|after|later|of|to|in|when)\b)"),
    ("in_the_year", r"(?P<mod>earlier|later)\s+in\s+the\s+(?P<unit>day|week|month|year)\b"),
    ("offset_adj", r"\b(?P<unit>year|month|week)-(?P<dir>earlier|ago)\b"),
    (
        "deictic",
        r"(?P<mod>{MODT})?(?P<deic>yesterday|today|tomorrow|tonight|overnight|this\s+(?P<thispart>morning|afternoon|evening)"
        r"|last\s+night)\b(?:\s+(?P<part>{PART}))?",
    ),
    (
        "weekday",
        # a bare "following" is the preposition: "said following Saturday's game" is after that Saturday
        r"(?P<mod>{MODT})?(?:(?P<rel>(?!following\s){REL}|the\s+previous|the\s+following)\s+)?"
        r"(?P<wd>{WEEKDAY})(?P<plural>s)?\b"
        r"(?:\s+(?P<part>{PARTS}))?"
        # "Monday of last week", "on Tuesday of next week": the day in the week named
        r"(?:\s+of\s+(?P<week>last|next|this)\s+week\b)?",
    ),
    (
        "ago",
        r"(?P<mod>{MOD})?(?:(?P<num>{NUMBER})|(?P<vague>{VAGUE}))[\s-]+(?P<unit>{UNIT})s?\s+"
        r"(?P<dir>ago|earlier|later|from\s+now|hence)\b"
        # "two years ago this month", "a year ago today": the same day, week or month that many units back
        r"(?:(?<=ago)\s+(?P<this>today|this\s+(?:week|month))\b)?",
    ),
    # "this time last year", "this time next week": the day of publication one unit back or on
    ("this_time", r"\bthis\s+time\s+(?P<rel>last|next)\s+(?P<unit>week|month|year)\b"),
    (
        "duration",
        # "a 72-hour truce", "the three-day visit": a stretch joined to its unit by a hyphen modifies the noun after it,
        # and the article is the noun's (TimeBank marks "two-hour" in "a two-hour meeting")
        r"(?P<mod>{MOD})?(?!\b(?:the|an?)\s+\S+-{UNIT}\b)(?:\b(?P<det>the|a|an|each\s+of\s+the)\s+)?"
        r"(?:(?P<rel>past|last|next|first|coming|previous|following"
        r"|final|latest|initial|remaining|same|recent)\s+)?(?:(?P<num>{NUMBER})(?:\s+to\s+(?P<num2>{NUMBER}))?"
        r"|(?P<vague>{VAGUE}))[\s-]+(?:more\s+)?(?:(?:trading|business|working|straight|consecutive)\s+)?"
        # "the first two quarters of 2018" is a part of that year, not a stretch of time
        r"(?P<unit>{UNIT})(?P<plural>s)?\b(?!-old|-long|(?<=quarters)\s+of\s+(?:fiscal\s+)?(?:1[6-9]|20)\d\d\b)"
        # "a year and a half"
        r"(?P<half>(?<![sS])\s+and\s+a\s+half\b)?"
        # "in two weeks' time", "in a year's time": the stretch with its "time"
        r"(?:(?:(?<=s)['\u2019]|['\u2019]s)\s+time\b(?!\s+off\b))?"
        r"(?:\s+(?P<orso>or\s+so))?",
    ),
    # "a week-long offensive", "the decades-long conflict", "a two-month-long strike": the stretch the adjective
    # names, without the noun's article, as TimeBank marks "day-long" and "decades-long"
    ("unit_long", r"(?:(?!an?\b)(?P<num>{NUMBER})-)?\b(?P<unit>{UNIT})(?P<plural>s)?-long\b"),
    (
        "vague_span",
        r"(?:(?P<det>the)\s+)?(?P<rel>past|last|next|coming|recent|future)\s+(?:(?:few|several|many)\s+)?"
        r"(?P<unit>(?:hour|day|week|month|quarter|year|decade)s)\b(?:\s+and\s+(?:hour|day|week|month|year)s\b)?",
    ),
    # "Days later, ...", "only weeks earlier": an unknown number of units between two events; as TimeBank marks
    # "three days later", the expression is the stretch, and "later" the signal outside it
    ("units_later", r"\b(?P<only>(?P<unit>(?:hour|day|week|month|year)s))\s+(?:later|earlier)\b(?!\s+than\b)"),
    # "talked for hours", "due within days": a stretch of an unknown number of units; "for days off" asks for
    # leave, not for a stretch of time
    (
        "for_units",
        r"(?:(?<=\bfor\s)|(?<=\bwithin\s))(?P<unit>(?:hour|day|week|month|year|decade)s|centuries)\b(?!\s+off\b)"
        # "within weeks or months": one stretch, valued by its first unit as TimeBank does
        r"(?:\s+or\s+(?:hour|day|week|month|year|decade)s\b)?",
    ),
    (
        "season",
        # "the coming winter", "the following spring", "that summer": "the" and "that" belong to the expression
        r"(?P<mod>{MODT})?(?:(?P<rel>(?:the\s+)?{REL}|the|that)\s+)?(?P<season>{SEASON})"
        # "winter 2021-22", "the winter of 2004-5": a winter written with both its years
        r"(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})(?:\s?[-/\u2013]\s?(?P<next>\d{{1,2}}|\d{{4}})\b(?![-/\u2013.,]\d))?"
        r"|(?P<syear>{SPELLED})|(?P<ayear>{SHORT_YEAR})))?",
    ),
    (
        "set",
        r"\b(?P<q>every|each|per)\s+(?:(?P<other>other)\s+)?(?:(?P<num>{NUMBER})\s+)?"
        r"(?P<unit>{UNIT}|{WEEKDAY}|{MONTH}|{SEASON}|weekend)s?\b",
    ),
    ("set_adverb", r"\b(?P<adverb>hourly|daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly)\b"),
    ("reference", r"(?P<ref>{REFS})\b"),
    (
        "year_end",
        r"(?:(?P<around>around|about)\s+)?(?:the\s+)?(?:(?P<rel>this|last|next)\s+)?year(?:-|\s+|'s\s+)end\b",
    ),
    # "the end of the decade", "the middle of the century": the one under way, as "this decade" is
    ("period_end", r"(?P<mod>{MODT})(?:the|this)\s+(?P<unit>year|month|week|quarter|decade|century)\b(?!-)"),
    (
        "spelled_year",
        r"(?:the\s+year\s+)?\b(?P<century>nineteen|two\s+thousand(?:\s+and)?)"
        r"(?:[\s-]+(?P<tens>ten|eleven|twelve|thirteen|fourteen|fifteen"
        r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))?"
        r"(?:[\s-]+(?P<ones>one|two|three|four|five|six|seven|eight|nine))?\b",
    ),
    (
        "holiday",
        # "Veterans Day in 2007": the year after "in" is a timex of its own but says which Veterans Day;
        # "the Easter weekend", "Memorial Day weekend": the weekend the holiday falls in or next to
        r"\b(?:(?P<rel>{REL})\s+|the\s+(?=(?:{HOLIDAYS})\s+(?:holiday\s+)?weekend\b))?(?P<holiday>{HOLIDAYS})(?!\w)"
        r"(?:\s+(?P<weekend>(?:holiday\s+)?weekend)\b)?(?:,?\s+(?P<year>{YEAR})"
        r"|(?=\s+(?:in|of)\s+(?P<inyear>{YEAR})))?",
    ),
)


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """Every candidate rule, compiled once (case-insensitive)."""
    pieces = _pieces()
    pieces["REFS"] = r"\b" + _alternation(lexicon()["references"])
    # Holiday names are written with straight or curly apostrophes ("New Year’s Day").
    pieces["HOLIDAYS"] = r"\b" + _alternation(lexicon()["holidays"]).replace("'", "['\u2019]")
    compiled = []
    for rank, (name, template) in enumerate(_RULES):
        source = template.replace("{{", "\x00").replace("}}", "\x01")
        for key, value in pieces.items():
            source = source.replace("{" + key + "}", value)
        source = source.replace("\x00", "{").replace("\x01", "}")
        # Matched against lower-cased text: case-insensitive patterns are several times slower.
        compiled.append(Rule(name, re.compile(source), rank))
    return tuple(compiled)


# Which rules can match near each trigger word. Scanning only the text around
# triggers keeps the grammar at a few milliseconds per article; the rules
# that are cheap or have no single key word scan the whole text.
_TRIGGERED: dict[str, tuple[str, ...]] = {
    "month": (
        "month_day", "second_day", "day_month", "month_year", "month_of_ref", "month", "clock", "set", "holiday",
        "week_of", "week_of_month", "month_quarter", "month_edge",
    ),
    "weekday": ("weekday", "month_day", "day_month", "clock", "set", "holiday"),  # "Super Tuesday"
    "unit": (
        "duration", "ago", "relative", "in_the_year", "offset_adj", "vague_span", "for_units", "quarter", "set", "the_unit",
        "century", "period", "year_end", "period_end", "anaphoric", "holiday", "two_quarters", "day_of_run",
        "unit_beside", "before_last", "units_later", "month_edge", "this_time", "unit_long", "past_unit",
    ),
    "holiday": ("holiday",),
    "half": ("quarter",),
    "quarter_code": ("quarter_code",),
    "clock": ("clock", "clock_from"),
    "year": (
        "year", "split_year", "fiscal", "month_year", "month_day", "day_month", "quarter", "period", "season", "decade",
    ),
    "decade": ("decade", "word_decade"),
    "ordinal": ("day_ordinal",),
    "deictic": ("deictic", "clock", "anaphoric", "unit_beside"),
    "season": ("season", "set"),
    "period": ("period",),
}
WHOLE_TEXT_RULES: tuple[str, ...] = ("numeric", "iso", "numeric_dmy", "numeric_ymd", "set_adverb", "reference",
                                     "spelled_year")


@lru_cache(maxsize=1)
def trigger_words() -> dict[str, str]:
    """Lower-cased token -> trigger kind (keys of the rule table above)."""
    lex = lexicon()
    words: dict[str, str] = {}
    groups = {
        "month": [m for month in lex["months"] for m in (month, month + ".")],
        "weekday": [w for day in lex["weekdays"] for w in (day, day + "s")],
        "unit": [u for unit in lex["units"] for u in (unit, unit + "s")] + ["centuries"],
        "half": ["half"],
        "quarter_code": ["q1", "q2", "q3", "q4", "h1", "h2"],
        "clock": ["a.m.", "p.m.", "am", "pm", "noon", "midday", "midnight"] + list(lex["timezones"]),
        "deictic": ["yesterday", "today", "tomorrow", "tonight", "overnight", "night", "morning", "afternoon", "evening"],
        "season": list(lex["seasons"]),
        "period": ["period"],
        "decade": ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"],
        # holidays not named with "day" or "year" ("Labor Day", "New Year's") or a month ("the Fourth of July")
        "holiday": ["christmas", "thanksgiving", "halloween", "easter", "pentecost", "juneteenth"],
        # a fiscal year cut to two digits, written as one word: "FY24"
        "year": [f"fy{year:02d}" for year in range(100)],
    }
    for kind, members in groups.items():
        for word in members:
            words.setdefault(word, kind)
    return words


def trigger_shape(shape: str) -> str | None:
    """Trigger kind of a token shape: years, decades, clock times ("dddd", "ddddx", "dd:dd")."""
    if "dddd" in shape:
        return "decade" if "ddddx" in shape else "year"
    if shape in ("ddx", "'ddx"):
        return "decade"
    if shape in ("dd:dd", "d:dd"):
        return "clock"
    if shape in ("dxx", "ddxx"):
        return "ordinal"  # "12th", "1st"
    return None


def woken_rules() -> dict[str, tuple[str, ...]]:
    """The rules each trigger kind wakes."""
    return _TRIGGERED
