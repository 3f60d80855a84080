"""Time expressions: find them in a parsed document and normalise them to TIMEX3 values.

Owns ``find_timexes``. Candidates come from the surface grammar
(``_timex_grammar``); the parse settles the ambiguous words ("may" the
modal, "March" the verb, "May" the name, "fall" the verb) and the tense
that decides which Thursday "on Thursday" means; values are computed by
``_timex_values`` relative to the publication date. Overlapping candidates
are settled longest first, so "late last year" wins over "last year".

Every expression inside a sentence is returned, so events can date
themselves from their sentence's timexes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from spacy.attrs import IDX, LENGTH, LOWER, SHAPE
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from newsgraph.extract._timex_anaphora import (
    STORY_SEASON_REFS,
    is_concrete_date,
    resolve_anaphoric,
    resolve_beside,
    resolve_in_the_period,
    resolve_month_of_year,
    season_of_story,
)
from newsgraph.extract._timex_arith import modifier, norm, number, shift_quarter
from newsgraph.extract._timex_durations import clock_offset, resolve_later_in_story
from newsgraph.extract._timex_grammar import (
    WHOLE_TEXT_RULES,
    lexicon,
    rules,
    trigger_shape,
    trigger_words,
    woken_rules,
)
from newsgraph.extract._timex_plausible import next_word, plausible, previous_word
from newsgraph.extract._timex_quarter_end import quarter_ended
from newsgraph.extract._timex_ranges import ranges_in_order
from newsgraph.extract._timex_tense import (
    counted_since,
    hangs_from_non_finite_verb,
    names_a_done_event,
    names_a_scheduled_event,
    orientation,
    present_in_condition,
    scheduled_in_present,
    tense_of_governing_verb,
    tense_of_when_clause,
)
from newsgraph.extract._timex_values import RESOLVERS, day_in_month, runs_into_next_year, weekend_after
from newsgraph.records import Timex

_CLOCK_RULES = ("clock", "clock_from")
_DAY_RULES = ("month_day", "day_month")
# Expressions whose value depends on which way the verb points: a weekday, a month, a day without its year
_TENSED_RULES = frozenset({"weekday", "month", "month_day", "day_month", "holiday", "season", "week_of_month",
                           "month_edge"})
# Days and months a simple present schedules ("the museum reopens in April", "the offer expires at midnight
# Friday": a clock time takes its day's reading; one with no day named ignores it)
_SCHEDULED_RULES = frozenset({"weekday", "month", "month_day", "day_month", "week_of_month", "holiday", "month_edge",
                              *_CLOCK_RULES})
# Days and months an infinitive or a bare gerund looks ahead to ("to win in May", "hopes to reopen by Christmas",
# "wants to reopen on Monday")
_PLANNED_RULES = frozenset({"month", "weekday", "holiday", "month_day", "day_month"})
# "over the next year", "within the next month": a stretch of time, not the period after a date
_STRETCH_PREPOSITIONS = frozenset({"over", "for", "within", "during", "in", "throughout", "through", "into"})
# "the year ended Sept. 30", "the year since the merger": twelve months counted to or from a day
_SPAN_ENDS = frozenset({"ended", "ending", "through", "to", "since"})
# "rose 5% from a year earlier", "the same period a year earlier": a comparison with the period reported
_COMPARED_AFTER = frozenset({"from", "than", "with", "over", "versus", "vs", "vs.", "on", "to", "period", "quarter",
                             "month", "week", "level", "levels"})
# "ahead of", "heading into", "in the run-up to": what follows is still to come
_AWAITING = frozenset({"ahead", "heading", "head", "run-up", "runup", "advance", "lead-up", "leadup"})
_PUBLISHED = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH_NAMED = re.compile(r"\d{4}-\d{2}\b")
_PUBLISHED_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_QUARTER = re.compile(r"\d{4}-Q[1-4]")
_PART_OF_YEAR = re.compile(r"\d{4}-(?:Q[1-4]|H[12])")
# "For the nine months, net rose from a year earlier": that sentence compares years, not quarters.
_LONGER_PERIOD = re.compile("|".join(re.escape(period) for period in lexicon()["longer_periods"]))
# "the day before", "a day after": a day counted from the expression that follows
_DAY_BESIDE = re.compile(r"(?:\b(?:the|a|one)\s+)?\bday\s+(before|after)\s+$")
# "a week from Friday", "two weeks from today": that many days or weeks on from the day that follows
_COUNTED_FROM = re.compile(
    r"\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week)s?\s+from\s+$")
_DAY_BESIDE_REACH = 24
# The words that end a clock time the day after it may hang from: "6 a.m.", "midnight", "17:00"
_CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "noon", "midday", "midnight"})
_CLOCK_TOKEN = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d")
# What joins a clock time to the day after it: "6 a.m. on Sunday", "6 a.m. local time on Sunday"
_CLOCK_TO_DAY = re.compile(r"(?:local\s+time\s+)?on")
# How far before and after a trigger word an expression can reach ("the end of ...", "... 2011").
_REACH_BACK = 48
_REACH_AHEAD = 40


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    rule: str
    rank: int
    groups: dict[str, str | None]


@dataclass(slots=True)
class _Story:
    """What the story has said so far that later expressions count from."""

    anchor: date | None  # publication date
    clock: datetime | None  # publication time, when known
    quarter: tuple[int, int] | None = None  # the fiscal quarter the story last named
    last_date: str | None = None  # the date the story last named: "the following year" counts from it
    last_quarter: str | None = None  # the quarter the story last named (reported or compared): "that quarter"
    last_date_sentence: int = -1  # where the sentence that named ``last_date`` starts
    last_stretch: int = -1  # where the story last named a stretch of time ("eight trading days", "within 14 days")
    last_part: str | None = None  # the quarter or half the story last named ("H1 2020"): "and in H2" is in its year
    last_part_sentence: int = -1  # where the sentence that named ``last_part`` starts

    def moved_past_last_date(self) -> bool:
        """A stretch named in or after the last date's sentence ("ten days after the May 2 slump", "appeal
        within 14 days ... seven days later"): the story's clock has moved from that date by it."""
        return self.last_stretch >= self.last_date_sentence >= 0


def find_timexes(doc: Doc, text: str, *, published: str | None) -> tuple[Timex, ...]:
    """Every time expression in ``doc`` as a Timex over ``text`` (the original, same length as ``doc.text``).

    ``published`` (ISO date, optionally with a time) anchors relative
    expressions; without it they keep value ``None``.
    """
    story = _Story(anchor_date(published), _anchor_clock(published))
    found: list[Timex] = []
    for candidate in _choose([c for c in _candidates(doc, text) if not _ruled_out(c, doc)]):
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if span is not None and len(span) > 1 and span[0].pos_ == "VERB" and candidate.rule == "duration":
            # "talks last three years": the verb "last" is not part of the expression
            candidate = _Candidate(span[1].idx, candidate.end, candidate.rule, candidate.rank, candidate.groups)
            span = span[1:]
        # Matching runs on the original text; a span touching blanked boilerplate is not in the story.
        if span is None or span.text != text[span.start_char : span.end_char] or not plausible(candidate.rule, candidate.groups, span):
            continue
        try:
            value, kind, mod = _resolve(candidate, span, story)
        except (ValueError, KeyError):
            continue
        beside = _a_day_beside(text, candidate.start) if kind == "DATE" and _DAY.fullmatch(value or "") else None
        if beside is not None:
            # "the day before last Tuesday", "a week from Friday": one expression, days off its anchor
            start, step = beside
            value = (date.fromisoformat(value or "") + timedelta(days=step)).isoformat()
            found = [timex for timex in found if timex.end <= start]  # "a day" read as a stretch of time
            candidate = _Candidate(start, candidate.end, candidate.rule, candidate.rank, candidate.groups)
        value = _in_story_context(candidate, span, value, kind, story)
        found.append(Timex(candidate.start, candidate.end, text[candidate.start : candidate.end], value, kind, mod))
    return tuple(_clocks_on_named_days(ranges_in_order(found, text, story.anchor), text, story.anchor))


def _clocks_on_named_days(found: list[Timex], text: str, anchor: date | None) -> list[Timex]:
    """ "at 3 p.m. on Friday", "at midnight on Nov. 5", "at 6 a.m. local time on Sunday": the clock time falls on
    the day named after it.

    The clock alone was read on the publication day; the day that follows it through "on" is its date.
    """
    if anchor is None:
        return found
    today = anchor.isoformat() + "T"
    dated = list(found)
    for index, (clock, day) in enumerate(zip(found, found[1:])):
        if clock.type != "TIME" or not (clock.value or "").startswith(today) or not _DAY.fullmatch(day.value or ""):
            continue
        if _CLOCK_TO_DAY.fullmatch(text[clock.end : day.start].strip().lower()):
            dated[index] = replace(clock, value=(day.value or "") + (clock.value or "")[len(today) - 1 :])
    return dated


def _ruled_out(candidate: _Candidate, doc: Doc) -> bool:
    """A reading ruled out before candidates compete, so a shorter one inside it still counts: "a good Friday
    for stocks" is no Good Friday, but its "Friday" is a day; "2009-14" is no season, but "2009" is a year."""
    if candidate.rule == "split_year":
        return not runs_into_next_year(candidate.groups)
    if candidate.rule == "anaphoric" and _next_period(candidate.groups):
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        return span is None or not _a_later_period_told(span)
    if candidate.rule != "holiday":
        return False
    span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    return span is not None and not plausible(candidate.rule, candidate.groups, span)


def _next_period(groups: dict[str, str | None]) -> bool:
    return norm(groups["ref"]) in ("the next", "the very next") and norm(groups["unit"]) in ("week", "month", "year")


def _a_later_period_told(span: Span) -> bool:
    """ "The next year, it went public": in a story told in the past, the year after the date it named.

    Otherwise "the next year" is the stretch of time ahead ("over the next year", "will double in the next
    month"), which the duration rule reads.
    """
    return previous_word(span) not in _STRETCH_PREPOSITIONS and orientation(span) < 0


def _a_day_beside(text: str, start: int) -> tuple[int, int] | None:
    """(start, days off) of "the day before" / "a day after" / "a week from" written just before the expression at
    ``start``."""
    window = max(0, start - _DAY_BESIDE_REACH)
    before = text[window:start].lower()
    match = _DAY_BESIDE.search(before)
    if match is not None:
        return window + match.start(), -1 if match.group(1) == "before" else 1
    counted = _COUNTED_FROM.search(before)
    if counted is None:
        return None
    days = int(number(counted.group(1)) or 0) * (7 if counted.group(2) == "week" else 1)
    return window + counted.start(), days


def _resolve(candidate: _Candidate, span: Span, story: _Story) -> tuple[str | None, str, str | None]:
    """(value, type, mod) of one expression, from publication or, for anaphora, from the date last named."""
    if candidate.rule == "anaphoric":
        return resolve_anaphoric(candidate.groups, story.anchor, 0, story.last_date, story.last_quarter)
    if candidate.rule == "day_ordinal" and _MONTH_NAMED.match(story.last_date or ""):
        if story.last_date_sentence >= _previous_sentence_start(span):
            return day_in_month(story.last_date or "", candidate.groups), "DATE", None  # "In March, ... on the 12th"
    if candidate.rule == "unit_beside":
        return resolve_beside(candidate.groups, story.anchor, story.last_date)
    if candidate.rule == "season" and not any(candidate.groups[name] for name in ("year", "syear", "ayear")):
        ref = norm(candidate.groups["rel"])
        season = season_of_story(lexicon()["seasons"][norm(candidate.groups["season"])], ref, story.last_date) \
            if ref in STORY_SEASON_REFS else None
        if season is not None:
            return season, "DATE", modifier(candidate.groups["mod"])  # "In January 2022 ... the following spring"
    if candidate.rule == "month_of_ref":
        return resolve_month_of_year(candidate.groups, story.anchor, story.last_date)
    if candidate.rule == "in_the_year":
        # "later in the day" is the day of the sentence or the one before; a date named further back, often a
        # comparison ("up from $3 million in 1988"), leaves "earlier in the year" to mean the year of publication
        nearby = story.last_date_sentence >= _previous_sentence_start(span)
        return resolve_in_the_period(candidate.groups, story.anchor, story.last_date if nearby else None)
    if candidate.rule == "ago" and (candidate.groups["dir"] or "").strip() in ("later", "earlier"):
        # "Two years later", "three days earlier": from the date the story last named, not from publication
        counted_from = story.moved_past_last_date() or _compares_with_now(span, candidate.groups)
        return resolve_later_in_story(candidate.groups, story.anchor, None if counted_from else story.last_date)
    if candidate.rule == "the_unit" and candidate.groups["unit"] == "year" and _names_the_year_before(span, story):
        return (story.last_date or "")[:4], "DATE", None  # "in 2010, the year the crisis began": that year
    if candidate.rule == "the_unit" and norm(candidate.groups["unit"]) == "weekend" and _ahead_of(span):
        named = story.last_date_sentence == _sentence_start(span) and bool(_DAY.fullmatch(story.last_date or ""))
        day = date.fromisoformat(story.last_date or "") if named else story.anchor
        if day is None:
            return None, "DATE", None
        return weekend_after(day, orientation(span), day_named=named), "DATE", None
    bare_weekday = candidate.rule == "weekday" and not (candidate.groups["rel"] or candidate.groups["week"])
    awaiting = _awaited(span) if bare_weekday else None
    if awaiting is not None and story.anchor:
        # "ahead of Tuesday's primary", "heading into Friday's jobs report": the day awaited comes after the act,
        # the day the sentence named or, when the verb is not a simple past, the day of publication
        named = story.last_date_sentence == _sentence_start(span) and bool(_DAY.fullmatch(story.last_date or ""))
        if named:
            after = date.fromisoformat(story.last_date or "") + timedelta(days=1)
            return RESOLVERS["weekday"](candidate.groups, after, 1)
        if not _in_simple_past(awaiting):
            return RESOLVERS["weekday"](candidate.groups, story.anchor, 1)
    if candidate.rule == "weekday" and _counts_from_last_day(candidate.groups, story.last_date):
        # "up 2.1% on the previous Friday": the Friday before the day just named
        return RESOLVERS["weekday"](candidate.groups, date.fromisoformat(story.last_date or ""), 0)
    # "Polls open at 6 a.m. on Tuesday": the day hangs from the clock time; read the tense of the two together
    reading = _with_clock_before(span) if candidate.rule in _TENSED_RULES else span
    direction = orientation(reading)
    if direction == 0 and candidate.rule in _TENSED_RULES:
        # "echoes a dispute in June when the mayor attacked a judge", "likely to end Tuesday, when the council votes"
        direction = tense_of_when_clause(reading)
    if direction == 0 and candidate.rule in _TENSED_RULES and present_in_condition(reading):
        direction = 1  # "if he wins in November", "once the law takes effect on July 1": still to come
    if candidate.rule == "weekday" and direction == 1 and names_a_done_event(span):
        direction = -1  # "Monday's ruling will be appealed": the ruling is behind what the verb looks ahead to
    if candidate.rule in _SCHEDULED_RULES and direction == 0 and scheduled_in_present(reading):
        direction = 1  # "they meet Monday", "the law takes effect Jan. 1", "her term ends in May": the one ahead
    if candidate.rule == "month" and direction <= 0 and not candidate.groups["rel"] and _still_awaited(span):
        direction = 1  # "is marching toward November", "has grown tense ahead of the May vote"
    if candidate.rule in _PLANNED_RULES and direction == 0 and hangs_from_non_finite_verb(reading):
        direction = 1  # "the need to pass a budget in November", "hopes to reopen by Christmas": an event ahead
    if candidate.rule == "month" and direction == 0 and names_a_scheduled_event(span):
        direction = 2  # "the November election", "November's primary", with no tense saying it is over
    if candidate.rule == "month" and abs(direction) == 1 and tense_of_governing_verb(span) == direction:
        direction *= 2  # "will fly in December", "In January, it brought in a new chief": the verb of the month
    if candidate.rule == "year_end" and previous_word(span) == "since":
        direction = -1  # "the change is since year-end": a year-end already past, whatever the verb
    if candidate.rule in _TENSED_RULES and counted_since(span):
        direction = -2  # "has grown since October" in August: the October gone, not the one ahead
    if candidate.rule in _DAY_RULES and direction == -1 and _done_on_that_day(span):
        direction = -2  # "the plant closed on Oct. 30" in an Oct. 27 story: a year back, not three days ahead
    value, kind, mod = RESOLVERS[candidate.rule](candidate.groups, story.anchor, direction)
    if candidate.rule == "the_unit" and candidate.groups["unit"] == "year" and _a_stretch_of_a_year(span):
        value, kind = "P1Y", "DURATION"  # "the year ended Sept. 30": a twelve-month stretch, not the calendar year
    return value, kind, mod


def _with_clock_before(span: Span) -> Span:
    """ "at 6 a.m. on Tuesday", "until midnight on Friday": the clock time and the day after it, whose "on" the
    parser hangs from the clock, so the verb and the preposition before the clock say which way the day lies."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "on":
        return span
    clock = doc[span.start - 1].head
    if clock.i != span.start - 2 or not (clock.lower_ in _CLOCK_WORDS or _CLOCK_TOKEN.fullmatch(clock.text)):
        return span
    return doc[clock.left_edge.i : span.end]


def _in_story_context(candidate: _Candidate, span: Span, value: str | None, kind: str, story: _Story) -> str | None:
    """The value once the story so far is known (quarter context, last date, publication time); updates ``story``."""
    g = candidate.groups
    if kind == "DATE" and value and _in_a_year_just_named(candidate, span, story):
        value = f"{(story.last_part or '')[:4]}{value[4:]}"  # "lost money in H1 2020 but broke even in H2"
    # "the quarter ended July 31" with no quarter named before: the quarter that day closes, reported like a
    # named one; after "its fiscal first quarter" the story keeps the company's own count
    ended = _bare_quarter_ended(candidate, span, story.anchor) if kind == "DATE" and story.quarter is None else None
    if ended is not None:
        value = ended
        story.quarter = (int(value[:4]), int(value[-1]))
    elif _names_its_quarter(candidate) and value and _QUARTER.fullmatch(value):
        if not _forecast_quarter(value, span, story.anchor):
            story.quarter = (int(value[:4]), int(value[-1]))  # only a named, reported quarter sets the context
    elif story.quarter is not None and not _in_longer_period_sentence(span):
        value = _in_quarter_context(candidate, value, story.quarter, ahead=orientation(span) > 0)
    if (candidate.rule in _CLOCK_RULES and value and _DAY.fullmatch(story.last_date or "") and not _names_day(g)
            and not _stands_alone(span)):
        value = f"{story.last_date}{value[10:]}"  # "shot at 10 p.m.": on the day the story last named
    if candidate.rule == "ago" and kind == "TIME" and value is None and story.clock is not None:
        value = clock_offset(g, story.clock)  # "two hours ago": needs the time of publication
    if kind == "DATE" and value and _QUARTER.fullmatch(value):
        story.last_quarter = value
    if kind == "DATE" and value and _PART_OF_YEAR.fullmatch(value):
        story.last_part, story.last_part_sentence = value, _sentence_start(span)
    if kind == "DURATION":
        story.last_stretch = candidate.start
    named = _named_day(candidate, value, kind)
    if named is not None:
        story.last_date, story.last_date_sentence = named, _sentence_start(span)
    return value


def _in_a_year_just_named(candidate: _Candidate, span: Span, story: _Story) -> bool:
    """A quarter or half named by its number alone, in the sentence that named another of a given year before it
    ("fell in the first quarter of 2019 and rose in the fourth quarter"): a part of that year."""
    if story.last_part_sentence != _sentence_start(span):
        return False
    g = candidate.groups
    if candidate.rule == "quarter_code":
        return not g["ofyear"]
    numbered = candidate.rule == "quarter" and norm(g["ord"]) not in ("", "final", "last")
    return numbered and norm(g["the"]) in ("", "the") and not any(
        g[name] for name in ("qyear", "adj", "ofyear", "ofrel", "ago"))


def _names_its_quarter(candidate: _Candidate) -> bool:
    """ "the third quarter", "Q3": a quarter named by its number, which later "the quarter" and "a year ago" follow."""
    return candidate.rule == "quarter_code" or candidate.rule == "quarter" and bool(candidate.groups["ord"])


def _bare_quarter_ended(candidate: _Candidate, span: Span, anchor: date | None) -> str | None:
    """ "the quarter ended July 31": the quarter its end day says; only a quarter named by nothing else (no
    ordinal, year or "latest": "its fourth quarter ended Sept. 30" keeps the company's own count)."""
    g = candidate.groups
    if candidate.rule != "quarter" or norm(g["unit"]) != "quarter" or norm(g["the"]) != "the":
        return None
    if any(g.get(name) for name in ("adj", "ord", "qyear", "ofyear", "ofrel", "ago")):
        return None
    return quarter_ended(span.doc.text[span.end_char : span.end_char + 40], anchor)


def _named_day(candidate: _Candidate, value: str | None, kind: str) -> str | None:
    """The date an expression names for later ones to count from ("1995", "1995-05", "1995-05-22"), if any."""
    if kind == "DATE" and is_concrete_date(value):
        return value
    if kind != "TIME" or not value or not _DAY.match(value):
        return None
    if candidate.rule in _CLOCK_RULES and candidate.groups.get("mon"):
        return value[:10]  # "7 p.m. Friday, Feb. 10": the written date is the story's day from now on
    if candidate.rule == "weekday":
        return value[:10]  # "Friday night": that Friday is the story's day, as a bare "Friday" is
    return None


def _compares_with_now(span: Span, groups: dict[str, str | None]) -> bool:
    """ "sales rose 5% from a year earlier" after "founded in 1985": the figure is compared with the same
    time a year before the period reported, not with 1984; only a narrative "A year earlier, ..." counts from
    the date last named."""
    return (groups.get("dir") or "").strip() == "earlier" and previous_word(span) in _COMPARED_AFTER


def _awaited(span: Span) -> Token | None:
    """The word that says the day, or the event it names, is still to come: "ahead" in "ahead of New York's
    Tuesday primary", "Heading" in "Heading into Tuesday's vote", "run-up" in "in the run-up to Friday's poll",
    "toward" in "marching toward November", "before" in "days before Tuesday's primary"."""
    node = span.root
    for _ in range(3):
        if node.dep_ not in ("pobj", "poss", "compound", "npadvmod") or node.head.i == node.i:
            return None
        node = node.head
        if node.dep_ == "prep" and node.lower_ in ("toward", "towards"):
            return node  # "marching toward November"
        if node.dep_ == "prep" and node.lower_ == "before" and names_a_scheduled_event(span):
            return node  # "days before Tuesday's primary": a contest held on a set day, still to come
        if node.dep_ == "prep" and node.lower_ in ("of", "into", "to"):
            return node.head if node.head.lower_ in _AWAITING else None
    return None


def _still_awaited(span: Span) -> bool:
    awaiting = _awaited(span)
    return awaiting is not None and not _in_simple_past(awaiting)


def _in_simple_past(word: Token) -> bool:
    """The clause of ``word`` is told in the simple past ("shares fell ahead of ..."): it may look back on a day
    already gone. A present perfect ("has turned nasty ahead of ...") still waits for it."""
    node = word
    for _ in range(4):
        auxiliaries = {child.lower_ for child in node.children if child.dep_ in ("aux", "auxpass")}
        # a gerund or a bare participle ("the polling done before ...") takes its tense from the clause above
        if node.pos_ in ("VERB", "AUX") and node.tag_ != "VBG" and (node.tag_ != "VBN" or auxiliaries):
            return node.tag_ == "VBD" or bool(auxiliaries & {"had", "did", "was", "were"})
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _names_the_year_before(span: Span, story: _Story) -> bool:
    """ "lost power in 2010, the year the crisis began": "the year" set off after a year just written names it."""
    doc, start = span.doc, span.start
    if start < 2 or doc[start - 1].text != "," or story.last_date_sentence != _sentence_start(span):
        return False
    return doc[start - 2].text == (story.last_date or "")[:4] and len(story.last_date or "") == 4


def _ahead_of(span: Span) -> bool:
    """ "ahead of the weekend", "before the weekend", "in advance of the weekend"."""
    before = [token.lower_ for token in span.doc[max(span.start - 2, 0) : span.start]]
    return before[-1:] == ["before"] or before in (["ahead", "of"], ["advance", "of"])


def _sentence_start(span: Span) -> int:
    return span.sent.start_char if span.doc.has_annotation("SENT_START") else span.start_char


def _previous_sentence_start(span: Span) -> int:
    """Where the sentence before ``span``'s starts (its own start when it is the first)."""
    if not span.doc.has_annotation("SENT_START"):
        return span.start_char
    sentence = span.sent
    return span.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char


def _done_on_that_day(span: Span) -> bool:
    """The day dates a past-tense verb's own act: "closed on Oct. 30", "ended Oct. 31".

    Only a day hung straight from the verb, or through "on": not a day that names a thing ("the June 7
    primary", "payable Dec. 7"), one something was moved to ("adjourned to Nov. 5"), nor one set off by
    commas, which the parser hangs on the verb when it is an aside ("with the deadline weeks away, Sept. 14,").
    """
    root = span.root
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "on":
        verb = verb.head
    elif root.dep_ != "npadvmod" or previous_word(span) == ",":
        return False
    if verb.dep_ == "conj" and any(child.dep_ in ("aux", "auxpass") for child in verb.head.children):
        return False  # "may backfire and cost her the vote on March 13": the tagger's past "cost" shares "may"
    return verb.tag_ in ("VBD", "VBN") and verb.i != root.i and tense_of_governing_verb(span) == -1


def _stands_alone(span: Span) -> bool:
    """ "___ 9:18 p.m." on a line of its own: a live blog's time stamp, on the day of publication."""
    doc = span.doc
    if "\n" not in span[-1].whitespace_:
        for token in doc[span.end :]:
            if token.is_alpha:
                return False
            if "\n" in token.text_with_ws:
                break
    for token in reversed(doc[: span.start]):
        if "\n" in token.text_with_ws:
            break
        if token.is_alpha:
            return False
    return True


def _in_quarter_context(candidate: _Candidate, value: str | None, quarter: tuple[int, int] | None, *,
                        ahead: bool = False) -> str | None:
    """Earnings-report comparisons: "a year ago" after "the third quarter" means that quarter a year before.

    "this quarter" is the quarter being reported ("this quarter's loss includes a charge"), unless the verb
    looks ahead ("expects a profit this quarter"): then it is the calendar quarter under way.
    """
    if quarter is None or value is None:
        return value
    g = candidate.groups
    year, number_ = quarter
    adj = (g.get("adj") or "").lower()
    later = (g.get("dir") or "").strip() == "later"  # "a year later" moves forward: no year-ago comparison
    if (candidate.rule in ("ago", "offset_adj") and (g.get("unit") or "").lower() == "year" and value.isdigit()
            and not later):
        if candidate.rule == "offset_adj" or (g.get("num") or "").lower() in ("a", "one"):
            return f"{year - 1}-Q{number_}"
    if candidate.rule in ("period", "quarter") and not (g.get("ord") or g.get("qyear") or g.get("ofyear")
                                                        or g.get("ofrel")):
        if adj.endswith(("year-ago", "year-earlier", "prior-year")) or g.get("ago"):
            return f"{year - 1}-Q{number_}"
        if adj in ("previous", "prior", "preceding") and (g.get("unit") or "").lower() == "quarter":
            return shift_quarter(year, number_, -1)  # "third-quarter sales rose from the previous quarter": the second
        if candidate.rule == "period" and adj[:1].isdigit():
            return f"{adj[:4]}-Q{number_}"  # "the 1988 period": the named quarter, in 1988
        the = (g.get("the") or "").lower()
        if (the in ("the", "") or the == "this" and not ahead) and adj in ("", "latest", "comparable", "same",
                                                                            "most recent"):
            return f"{year}-Q{number_}"
    return value


def _in_longer_period_sentence(span: Span) -> bool:
    if not span.doc.has_annotation("SENT_START"):
        return False
    return bool(_LONGER_PERIOD.search(span.sent.text.lower()))


def _forecast_quarter(quarter: str, span: Span, anchor: date | None) -> bool:
    """A quarter that is not the one being reported: "the first two quarters of 2018" in a 2017 story, or the
    quarter under way when the verb looks ahead ("will bring a fourth-quarter write-down" in a November
    story, after which "the latest quarter" is still the third). A fiscal fourth quarter that ended
    Sept. 30 carries the calendar's label for the quarter under way, so that label alone proves nothing."""
    if anchor is None:
        return False
    named, current = (int(quarter[:4]), int(quarter[-1])), (anchor.year, (anchor.month - 1) // 3 + 1)
    return named > current or named == current and orientation(span) > 0


def _counts_from_last_day(groups: dict[str, str | None], last_date: str | None) -> bool:
    rel = " ".join((groups.get("rel") or "").split())
    return rel in ("the previous", "the following") and bool(_DAY.fullmatch(last_date or ""))


def _names_day(groups: dict[str, str | None]) -> bool:
    return any(groups.get(name) for name in ("wd", "deic", "mon"))


def _anchor_clock(published: str | None) -> datetime | None:
    """The publication time, when ``published`` gives one ("2017-01-19T08:30:00Z"); the offset is ignored."""
    match = _PUBLISHED_CLOCK.match(published or "")
    if not match:
        return None
    try:
        return datetime.fromisoformat(match.group(0))
    except ValueError:
        return None


def anchor_date(published: str | None) -> date | None:
    """The calendar date of an ISO ``published`` string, or ``None``."""
    match = _PUBLISHED.match(published or "")
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _candidates(doc: Doc, text: str) -> list[_Candidate]:
    lowered = _lower_same_length(text)
    by_name = {rule.name: rule for rule in rules()}
    words, woken = _trigger_table(), woken_rules()
    windows: dict[str, list[tuple[int, int]]] = {name: [(0, len(text))] for name in WHOLE_TEXT_RULES}
    for lower, shape, idx, length in doc.to_array([LOWER, SHAPE, IDX, LENGTH]).tolist():
        kind = words.get(lower) or _shape_kind(shape, doc)
        if kind is None:
            continue
        # Cut windows at whitespace so no word is split; wide enough for any expression.
        start = lowered.rfind(" ", 0, max(idx - _REACH_BACK, 0)) + 1
        end = lowered.find(" ", idx + length + _REACH_AHEAD)
        end = len(lowered) if end < 0 else end
        for name in woken[kind]:
            windows.setdefault(name, []).append((start, end))
    found = []
    for name, spans in windows.items():
        rule = by_name[name]
        for start, end in _merge(spans):
            for match in rule.pattern.finditer(lowered, start, end):
                # A rule may read context it does not annotate: its "only" group is then the expression.
                first, last = match.span("only") if "only" in rule.pattern.groupindex else match.span()
                if last > first:
                    found.append(_Candidate(first, last, rule.name, rule.rank, match.groupdict()))
    return found


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters ("İ") grow when lower-cased; keep those as they are so offsets hold.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@lru_cache(maxsize=1)
def _trigger_table() -> dict[int, str]:
    return {hash_string(word): kind for word, kind in trigger_words().items()}


_SHAPE_KINDS: dict[int, str | None] = {}


def _shape_kind(shape: int, doc: Doc) -> str | None:
    if shape not in _SHAPE_KINDS:
        _SHAPE_KINDS[shape] = trigger_shape(doc.vocab.strings[shape])
    return _SHAPE_KINDS[shape]


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _choose(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longest first, then by rule rank; in text order."""
    taken: list[_Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.rank, c.start)):
        if all(candidate.end <= other.start or candidate.start >= other.end for other in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda c: c.start)


def _a_stretch_of_a_year(span: Span) -> bool:
    return next_word(span) in _SPAN_ENDS or previous_word(span) == "throughout"
