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
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from spacy.attrs import IDX, LENGTH, LOWER, SHAPE
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from newsgraph.extract._timex_anaphora import is_concrete_date, resolve_anaphoric
from newsgraph.extract._timex_durations import clock_offset
from newsgraph.extract._timex_grammar import (
    WHOLE_TEXT_RULES,
    lexicon,
    rules,
    trigger_shape,
    trigger_words,
    woken_rules,
)
from newsgraph.extract._timex_values import RESOLVERS
from newsgraph.records import Timex

# Words before a bare month or year that make it a date ("in May", "since 2011").
_DATE_PREPOSITIONS = frozenset(
    "in since until till by from to during of through before after last next early late mid this between "
    "and or throughout around as at for within until into the".split()
)
_NOT_DATE_ENTITIES = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "FAC", "LAW"})
_NOT_NOW_CURRENT = frozenset(lexicon()["current_not_now"])
# "the future" and "the past" also name what lies ahead of or behind something, not a time.
_PROSPECT_NOUNS = frozenset({"future", "past"})
# "the March for Life", "a March on Washington": a procession named "March", not the month.
_PROCESSION_LINKS = frozenset({"for", "on", "against", "of"})
_MONTH_PREPOSITIONS = frozenset(
    "in since until till by from to during through before after early late mid last next of on for between".split()
)
_CALENDAR_WORDS = frozenset(list(lexicon()["months"]) + list(lexicon()["weekdays"]))
# "Post No. 1922", "Flight 1922": a number named by the word before it, not a year
_NUMBER_LABELS = frozenset(lexicon()["number_labels"])
_CLOCK_RULES = ("clock", "clock_from")
_SCHEDULED_EVENTS = frozenset(lexicon()["scheduled_events"])
_STREET_WORDS = frozenset(word.rstrip(".") for word in lexicon()["street_words"])
# "the first half of the season", "the second half of the match": a part of something else, not of a year
_YEAR_AFTER_OF = re.compile(
    r"\s+of\s+(?:the|this|last|next|that|its|their|his|her|our)\s+(?:(?:fiscal|calendar|current)\s+)?year\b", re.I
)
_SPAN_ENDS = frozenset({"ended", "ending", "through", "to"})
# Words after a number that make it an amount, not a year ("nineteen ninety-five dollars").
_AMOUNT_WORDS = frozenset({"dollars", "cents", "pounds", "euros", "yen", "percent", "%", "people", "times", "miles"})
_NUMERIC_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
_PUBLISHED = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_PUBLISHED_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_QUARTER = re.compile(r"\d{4}-Q[1-4]")
# "For the nine months, net rose from a year earlier": that sentence compares years, not quarters.
_LONGER_PERIOD = re.compile("|".join(re.escape(period) for period in lexicon()["longer_periods"]))
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


def find_timexes(doc: Doc, text: str, *, published: str | None) -> tuple[Timex, ...]:
    """Every time expression in ``doc`` as a Timex over ``text`` (the original, same length as ``doc.text``).

    ``published`` (ISO date, optionally with a time) anchors relative
    expressions; without it they keep value ``None``.
    """
    story = _Story(anchor_date(published), _anchor_clock(published))
    found: list[Timex] = []
    for candidate in _choose(_candidates(doc, text)):
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if span is not None and len(span) > 1 and span[0].pos_ == "VERB" and candidate.rule == "duration":
            # "talks last three years": the verb "last" is not part of the expression
            candidate = _Candidate(span[1].idx, candidate.end, candidate.rule, candidate.rank, candidate.groups)
            span = span[1:]
        # Matching runs on the original text; a span touching blanked boilerplate is not in the story.
        if span is None or span.text != text[span.start_char : span.end_char] or not _plausible(candidate, span):
            continue
        try:
            value, kind, mod = _resolve(candidate, span, story)
        except (ValueError, KeyError):
            continue
        value = _in_story_context(candidate, span, value, kind, story)
        found.append(Timex(candidate.start, candidate.end, text[candidate.start : candidate.end], value, kind, mod))
    return tuple(found)


def _resolve(candidate: _Candidate, span: Span, story: _Story) -> tuple[str | None, str, str | None]:
    """(value, type, mod) of one expression, from publication or, for anaphora, from the date last named."""
    if candidate.rule == "anaphoric":
        return resolve_anaphoric(candidate.groups, story.anchor, 0, story.last_date)
    if candidate.rule == "weekday" and _counts_from_last_day(candidate.groups, story.last_date):
        # "down 4.5% from the previous Friday": the Friday before the day just named
        return RESOLVERS["weekday"](candidate.groups, date.fromisoformat(story.last_date or ""), 0)
    orientation = _orientation(span)
    if candidate.rule == "month" and orientation == 0 and _hangs_from_non_finite_verb(span):
        orientation = 1  # "the importance of electing a Democrat in November", "to win in May": an event ahead
    if candidate.rule == "month" and orientation == 0 and _names_a_scheduled_event(span):
        orientation = 2  # "the November election", "November's primary", with no tense saying it is over
    if candidate.rule == "month" and abs(orientation) == 1 and _tense_of_governing_verb(span) == orientation:
        orientation *= 2  # "will fly in December", "In January, it brought in a new chief": the verb of the month
    value, kind, mod = RESOLVERS[candidate.rule](candidate.groups, story.anchor, orientation)
    if candidate.rule == "the_unit" and candidate.groups["unit"] == "year" and _a_stretch_of_a_year(span):
        value, kind = "P1Y", "DURATION"  # "the year ended Sept. 30": a twelve-month stretch, not the calendar year
    return value, kind, mod


def _in_story_context(candidate: _Candidate, span: Span, value: str | None, kind: str, story: _Story) -> str | None:
    """The value once the story so far is known (quarter context, last date, publication time); updates ``story``."""
    g = candidate.groups
    if candidate.rule == "quarter" and g["ord"] and value and _QUARTER.fullmatch(value):
        if not _after_publication(value, story.anchor):
            story.quarter = (int(value[:4]), int(value[-1]))  # only a named, reported quarter sets the context
    elif story.quarter is not None and not _in_longer_period_sentence(span):
        value = _in_quarter_context(candidate, value, story.quarter)
    if (candidate.rule in _CLOCK_RULES and value and _DAY.fullmatch(story.last_date or "") and not _names_day(g)
            and not _stands_alone(span)):
        value = f"{story.last_date}{value[10:]}"  # "shot at 10 p.m.": on the day the story last named
    if candidate.rule == "ago" and kind == "TIME" and value is None and story.clock is not None:
        value = clock_offset(g, story.clock)  # "two hours ago": needs the time of publication
    if kind == "DATE" and is_concrete_date(value):
        story.last_date = value
    elif kind == "TIME" and candidate.rule in _CLOCK_RULES and g.get("mon") and value and _DAY.match(value):
        story.last_date = value[:10]  # "6 p.m. Monday, Feb. 18": the written date is the story's day from now on
    return value


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


def _in_quarter_context(candidate: _Candidate, value: str | None, quarter: tuple[int, int] | None) -> str | None:
    """Earnings-report comparisons: "a year ago" after "the third quarter" means that quarter a year before."""
    if quarter is None or value is None:
        return value
    g = candidate.groups
    year, number_ = quarter
    adj = (g.get("adj") or "").lower()
    if candidate.rule in ("ago", "offset_adj") and (g.get("unit") or "").lower() == "year" and value.isdigit():
        if candidate.rule == "offset_adj" or (g.get("num") or "").lower() in ("a", "one"):
            return f"{year - 1}-Q{number_}"
    if candidate.rule in ("period", "quarter") and not (g.get("ord") or g.get("qyear") or g.get("ofyear")):
        if adj.endswith(("year-ago", "year-earlier")) or g.get("ago"):
            return f"{year - 1}-Q{number_}"
        if candidate.rule == "period" and adj[:1].isdigit():
            return f"{adj[:4]}-Q{number_}"  # "the 1988 period": the named quarter, in 1988
        if (g.get("the") or "").lower() in ("the", "") and adj in ("", "latest", "comparable", "same", "most recent"):
            return f"{year}-Q{number_}"
    return value


def _in_longer_period_sentence(span: Span) -> bool:
    if not span.doc.has_annotation("SENT_START"):
        return False
    return bool(_LONGER_PERIOD.search(span.sent.text.lower()))


def _after_publication(quarter: str, anchor: date | None) -> bool:
    """ "the first two quarters of 1990" in a 1989 story is a forecast, not the quarter being reported."""
    return anchor is not None and (int(quarter[:4]), int(quarter[-1])) > (anchor.year, (anchor.month - 1) // 3 + 1)


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
    return _next_word(span) in _SPAN_ENDS or _previous_word(span) == "throughout"


def _next_word(span: Span) -> str:
    return span.doc[span.end].lower_ if span.end < len(span.doc) else ""


def _words_before(span: Span, count: int) -> str:
    """The ``count`` lower-cased words before ``span``, space-separated with a leading space."""
    start = max(span.start - count, 0)
    return "".join(" " + token.lower_ for token in span.doc[start : span.start])


def _has_auxiliary(verb: Token, words: set[str]) -> bool:
    return any(child.dep_ in ("aux", "auxpass") and child.lower_ in words for child in verb.children)


def _previous_word(span: Span) -> str:
    return span.doc[span.start - 1].lower_ if span.start > 0 else ""


def _plausible(candidate: _Candidate, span: Span) -> bool:
    """Parse-based checks for words that are often not about time."""
    g = candidate.groups
    first = span[0]
    if candidate.rule == "month" and any(_not_the_month(token) for token in span):
        return False
    if candidate.rule == "month" and not (g["rel"] or g["mod"] or g["yrel"]):
        return _bare_month(first, span)
    if candidate.rule in ("month_day", "month_year") and first.lower_ in ("may", "march"):
        return first.tag_ != "MD" and not first.pos_ == "VERB"
    if candidate.rule == "year" and (_house_number(span) or _labelled_number(span)):
        return False
    if candidate.rule == "the_unit" and first.is_lower and any(token.is_title for token in span[1:]):
        return False  # "Citizen of the Year", "Player of the Year": a title, not the calendar year
    if candidate.rule == "quarter" and (_of_something_else(span) or _a_fraction_of(span, g)):
        return False
    if candidate.rule in ("deictic", "relative", "the_unit") and _a_title(span):
        return False
    if candidate.rule == "year" and not (g["mod"] or g["open"]):
        token = span[-1]
        if token.ent_type_ == "DATE" or _previous_word(span) in _DATE_PREPOSITIONS:
            return token.ent_type_ not in _NUMERIC_ENTITIES or _previous_word(span) in ("in", "since", "until")
        return token.i + 1 < len(span.doc) and span.doc[token.i + 1].lower_ == "'s"
    if candidate.rule == "season":
        season = next(t for t in span if t.lower_ in lexicon()["seasons"])
        if season.pos_ not in ("NOUN", "PROPN") or season.ent_type_ in _NOT_DATE_ENTITIES:
            return False
        if season.i == span.end - 1 and _next_word(span) == "of":
            return False  # "the fall of the Soviet Union": "of" with a year would be inside the span
        return bool(g["rel"] or g["year"] or g["mod"] or _previous_word(span) in _DATE_PREPOSITIONS)
    if candidate.rule == "reference":
        return _plausible_reference(span)
    if candidate.rule == "spelled_year":
        if g["tens"] and span[-1].ent_type_ == "DATE" and _next_word(span) not in _AMOUNT_WORDS:
            return True  # "Atlanta, nineteen ninety-six": a year read out in full
        return first.ent_type_ in ("DATE", "") and _previous_word(span) in _DATE_PREPOSITIONS | {"nineteen"}
    if candidate.rule == "duration":
        return _plausible_duration(span, g)
    if candidate.rule in ("weekday", "deictic"):
        return not any(t.ent_type_ in _NOT_DATE_ENTITIES and t.ent_iob_ != "B" for t in span)
    if candidate.rule == "set_adverb":
        if span[0].ent_type_ in _NOT_DATE_ENTITIES or span[0].is_title and not span[0].is_sent_start:
            return False  # "Linda Daily", "the Daily Chronicle": a name
        return span[0].pos_ == "ADV" or span[0].lower_ == "daily" and span[0].dep_ != "compound"
    return True


def _house_number(span: Span) -> bool:
    """ "of 1935 Orchard St.": a number before a capitalised street name is an address."""
    following = span.doc[span.end : span.end + 4]
    for token in following:
        if token.lower_.rstrip(".") in _STREET_WORDS and token.i > span.end:
            return True
        if not token.is_title:
            return False
    return False


def _labelled_number(span: Span) -> bool:
    """ "Post No. 1922", "Flight 1999": the word written just before names the number (the tokenizer may split "No.")."""
    doc, start = span.doc, span.start
    if start == 0:
        return False
    label = doc[start - 1].lower_
    if start > 1 and not doc[start - 2].whitespace_:
        label = doc[start - 2].lower_ + label  # "No." split into "No" and "."
    return label in _NUMBER_LABELS


def _a_fraction_of(span: Span, g: dict[str, str | None]) -> bool:
    """ "the quarter of voters who ...": without an ordinal, a quarter or half of something is a share."""
    return not g["ord"] and not g["qyear"] and _next_word(span) == "of"


def _a_title(span: Span) -> bool:
    """ "CBS This Morning", ABC's "This Week": every word capitalised after a name or a quotation mark."""
    if len(span) < 2 or not all(token.is_title for token in span) or span[0].is_sent_start:
        return False
    before = span.doc[span.start - 1]
    return before.pos_ == "PROPN" or before.is_quote or before.lower_ in ("'s", "’s")


def _of_something_else(span: Span) -> bool:
    """ "the first half of the season": a half or quarter of something that is not a year."""
    doc = span.doc
    if _next_word(span) != "of" or span.end + 1 >= len(doc):
        return False
    if doc[span.end + 1].lower_ in _CALENDAR_WORDS:
        return True  # "the second half of July": a part of the month, which is a timex of its own
    if doc[span.end + 1].pos_ not in ("DET", "PRON"):
        return False  # "the third quarter of $226 million" is an amount earned in the quarter
    following = span[-1].whitespace_ + "".join(token.text_with_ws for token in doc[span.end : span.end + 6])
    return not _YEAR_AFTER_OF.match(following)


def _not_the_month(month: Token) -> bool:
    """ "this may take time", "this march", "the annual March for Life": a modal or a procession, not the month."""
    if month.lower_ not in ("may", "march"):
        return False
    if month.text.islower():
        return True  # month names are capitalised; the lower-case words are the modal, the noun and the verb
    doc = month.doc
    after = doc[month.i + 1 : month.i + 3]
    before = doc[month.i - 1].lower_ if month.i > 0 else ""
    # "in March on Capitol Hill" is the month: only a word that cannot introduce a date makes it a name
    return (month.lower_ == "march" and len(after) == 2 and after[0].lower_ in _PROCESSION_LINKS
            and after[1].is_title and after[1].lower_ not in _CALENDAR_WORDS and before not in _MONTH_PREPOSITIONS)


def _bare_month(token: Token, span: Span) -> bool:
    if token.ent_type_ in _NOT_DATE_ENTITIES or token.lower_ in ("may", "march") and token.text.islower():
        return False  # "the march", "this march" are processions
    if token.lower_ in ("may", "march") and (token.tag_ == "MD" or token.pos_ in ("VERB", "AUX")):
        return False
    return token.ent_type_ == "DATE" or _previous_word(span) in _DATE_PREPOSITIONS


def _plausible_reference(span: Span) -> bool:
    last = span[-1]
    if span[0].lower_ == "the" and last.pos_ == "ADJ":
        return False  # "the future king", "the present report"
    if len(span) == 2 and last.lower_ in _PROSPECT_NOUNS and (_next_word(span) == "of" or last.dep_ == "nsubj"):
        return False  # "the future of NATO", "the future looks bleak": prospects, not a time
    if last.lower_ == "now" and last.i + 1 < len(span.doc) and span.doc[last.i + 1].lower_ == "that":
        return True
    if last.lower_ == "current":
        # "his current position" is now; "the then current price", "the current account", "a strong current" are not
        return last.pos_ == "ADJ" and _previous_word(span) != "then" and _next_word(span) not in _NOT_NOW_CURRENT
    return last.pos_ not in ("VERB", "PROPN")


def _plausible_duration(span: Span, g: dict[str, str | None]) -> bool:
    unit = (g["unit"] or "").lower()
    after = span.doc[span.end].lower_ if span.end < len(span.doc) else ""
    if unit == "quarter" and (after == "of" or not g["plural"]):
        return False  # "a quarter of the shares", "one quarter" are fractions
    if after in ("%", "percent", "cents", "dollars", "old", "older", "younger"):
        return False  # "52 years old" is an age
    before = span.doc[span.start - 1] if span.start > 0 else None
    if (g["num"] or "").lower() in ("a", "an") and before is not None and before.pos_ in ("NUM", "NOUN", "SYM"):
        return False  # "four flights a week", "$1.76 a year": a rate, not a duration
    return not (g["num"] and span[0].ent_type_ == "MONEY")


_FUTURE = frozenset(lexicon()["future_cues"])
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# Other modals point ahead only on the verb the expression hangs from: "would meet Thursday".
_MODALS = frozenset(lexicon()["future_modals"])
# Modals that look ahead from now even in reported speech; "would", "might" and "could" also report the past.
_PRESENT_MODALS = frozenset({"can", "may", "must", "should", "ca"})
# "until Tuesday", "effective Feb. 1": a deadline still to come, whatever the tense of the verb.
_FUTURE_PREPOSITIONS = tuple(" " + words for words in lexicon()["future_prepositions"])
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _names_a_scheduled_event(span: Span) -> bool:
    """The month dates a contest that is held on a set day ("the November election", "November's vote")."""
    month = span[-1]
    return month.dep_ in ("compound", "nmod", "poss", "npadvmod", "amod") and month.head.lemma_ in _SCHEDULED_EVENTS


_QUOTE_MARKS = re.compile("[\"\u201c\u201d]|``|''")


def _quote_between(token: Token, head: Token) -> bool:
    """The word is inside a quotation and its head outside it (the reporting clause), or the other way round."""
    first, last = sorted((token.i, head.i))
    if not any(word.is_quote or _QUOTE_MARKS.fullmatch(word.text) for word in token.doc[first + 1 : last]):
        return False  # no mark between them: both sides of any quotation (the cheap test, nearly always enough)
    return _inside_quote(token) != _inside_quote(head)


def _inside_quote(token: Token) -> bool:
    """An odd number of quotation marks since the start of the paragraph: the word is quoted."""
    marks = 0
    for word in reversed(token.doc[: token.i]):
        if "\n" in word.text_with_ws:
            break
        marks += word.is_quote or bool(_QUOTE_MARKS.fullmatch(word.text))
    return marks % 2 == 1


def _hangs_from_non_finite_verb(span: Span) -> bool:
    """The verb the expression hangs from is a bare infinitive or a gerund with no auxiliary ("to win in May")."""
    head = span.root.head
    if head.lower_ in ("in", "by", "until", "before") and head.head is not head:
        head = head.head
    return head.tag_ in ("VB", "VBG") and not any(child.dep_ in ("aux", "auxpass") and child.lower_ != "to"
                                                  for child in head.children)


def _tense_of_governing_verb(span: Span) -> int:
    """The tense (-1, 0, +1) of the nearest verb above ``span`` alone, ignoring verbs further up."""
    node = span.root
    for _ in range(4):
        if node.head is node:
            return 0
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            auxiliaries = {child.lower_ for child in node.children if child.dep_ in ("aux", "auxpass")}
            if auxiliaries & _FUTURE_AUX or auxiliaries & _PRESENT_MODALS and not auxiliaries & {"have", "'ve"}:
                return 1  # "will fly in December", "a candidate who can win in November"
            return -1 if node.tag_ == "VBD" or auxiliaries & {"had", "did", "was", "were"} else 0
    return 0


def _orientation(span: Span) -> int:
    """-1 when the governing verb is past, +1 when future ("will", "due to", "scheduled"), 0 otherwise.

    +2 after "until", "effective", "as early as": a date that cannot lie before publication.
    """
    if _words_before(span, 3).endswith(_FUTURE_PREPOSITIONS):
        return 2  # surely ahead: no date before publication
    node, first_verb = span.root, True
    for _ in range(6):
        if node.head is node or _quote_between(node, node.head):
            break  # a quotation keeps its own tense: "Let's defeat her in November," he boomed
        node = node.head
        if node.lower_ == "set" and node.tag_ == "VBN" and not _has_auxiliary(node, {"has", "have", "had"}):
            return 1  # "talks set to resume Monday", "a vote set for Friday"
        if node.lower_ in _FUTURE and node.pos_ != "VERB" or node.lemma_ in ("schedule", "plan", "expect", "due"):
            if node.tag_ != "VBD" or node.lemma_ in ("schedule", "plan"):
                return 1
        if node.pos_ not in ("VERB", "AUX"):
            continue
        auxiliaries = {child.lower_ for child in node.children if child.dep_ in ("aux", "auxpass")}
        if auxiliaries & _FUTURE_AUX or first_verb and auxiliaries & _MODALS and not auxiliaries & {"have", "'ve"}:
            return 1
        if node.tag_ == "VBD" or auxiliaries & {"had", "did", "was", "were"}:
            return -1
        if first_verb and node.tag_ == "VBN" and not auxiliaries and node.dep_ in ("acl", "amod", "relcl"):
            return -1  # "the ruling announced Wednesday"
        if node.tag_ in _FINITE or auxiliaries & {"has", "have", "is", "are", "am", "does", "do"}:
            return -1 if node.tag_ == "VBN" and auxiliaries & {"has", "have"} else 0
        first_verb = False
    return 0
