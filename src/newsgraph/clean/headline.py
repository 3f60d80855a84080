"""The headline line at the top of a page, and the dateline that opens the story.

Headline: with a title known from metadata (HTML, JSON Lines), the line near
the top that says the same thing; otherwise the first line above the story
that reads as a headline (a few words, no closing full stop). Dateline:
``MOSCOW (Reuters) -`` at the start of the first paragraph; only that
prefix is removed, the sentence it introduces is story.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsgraph.clean._lines import Line, normalise
from newsgraph.clean._resources import Phrases

_MAX_HEADLINE_WORDS = 25
_MAX_HEADLINE_CHARS = 250
_TITLE_SEARCH_LINES = 8
_HEADLINE_BAD_END = ".,;:"
_TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+|\s*[|»]\s*")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_MONTH_WORDS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ONE_CAPS_PLACE = r"[A-Z][A-Z.'’-]{2,}(?:[ -][A-Z][A-Z.'’-]+){0,3}"
# A story filed from two cities names both: "WASHINGTON/BEIJING, May 30 (Reuters) -".
_CAPS_PLACE = rf"{_ONE_CAPS_PLACE}(?:/{_ONE_CAPS_PLACE})?"
_MIXED_PLACE = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
_REGION = r"(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
_DAY = rf"(?:,?\s*{_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?)?"
# AP wire copy writes the dash as " _ " or " -- ".
_MAX_TIMESTAMP_WORDS = 10
_TIMESTAMP = re.compile(
    rf"{_MONTH_WORDS}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d+(?:st|nd|rd|th)?|\d{{1,2}}:\d{{2}}"
    r"|updated|published|posted|last|modified|on|at|gmt|utc|[ecmp][sd]t|am|pm|a\.m|p\.m|ago|hours?|minutes?|days?",
    re.IGNORECASE,
)
_TIMESTAMP_WORD = re.compile(r"\d{1,2}:\d{2}|[^\W_]+(?:\.[^\W_])?")
_DASH = r"\s*(?:-{1,2}|[–—_])"
# The source in a capitals dateline's parenthesis: a short name ("Reuters", "Newswire", "Dow Jones/AP").
_ANY_SOURCE = r"\s*\(\s*[A-Z][\w.&'’ /-]{0,40}\)"


def find_headline(lines: Sequence[Line], *, taken: set[int], first_body: int | None, title: str | None) -> Line | None:
    """The headline line: matching ``title`` when given, else guessed above the story."""
    if title:
        wanted = _title_keys(title)
        for line in lines[:_TITLE_SEARCH_LINES]:
            if line.index not in taken and normalise(line.text).strip(" .") in wanted:
                return line
        return None
    if first_body is None:
        return None
    for line in lines[:first_body]:
        if line.index in taken or _is_timestamp(line):
            continue
        return line if _reads_as_headline(line) else None
    return None


def _is_timestamp(line: Line) -> bool:
    """``Thursday, 19 January 2017``, ``Updated 12:30 GMT``: a date line, not a headline.

    Every word must be a date or time word, so "Astana talks to begin on
    January 23" stays a headline.
    """
    if line.words > _MAX_TIMESTAMP_WORDS or not any(char.isdigit() for char in line.text):
        return False
    return all(_TIMESTAMP.fullmatch(word) for word in _TIMESTAMP_WORD.findall(line.text))


def _reads_as_headline(line: Line) -> bool:
    return (
        2 <= line.words <= _MAX_HEADLINE_WORDS
        and len(line.text) <= _MAX_HEADLINE_CHARS
        and line.text[-1] not in _HEADLINE_BAD_END
        and (line.text[0].isupper() or line.text[0] in "\"'“‘")
    )


def _title_keys(title: str) -> set[str]:
    """The title and its parts around a site separator ("Headline | Site")."""
    full = normalise(title).strip(" .")
    keys = {full}
    for part in _TITLE_SEPARATORS.split(title):
        part = normalise(part).strip(" .")
        if len(part.split()) >= 3:
            keys.add(part)
    return keys


def dateline_length(line: Line, rules: Phrases) -> int:
    """Characters of a dateline prefix at the start of ``line`` (0 when there is none)."""
    match = _dateline_pattern(rules.agencies).match(line.text)
    if not match or match.end() >= len(line.text):
        return 0
    return len(match.group().rstrip())


def is_dateline_line(line: Line, rules: Phrases) -> bool:
    """A line that is only a dateline (``NAIROBI, Kenya (AP) _``), the story starting below it."""
    return bool(_standalone_pattern(rules.agencies).match(line.text))


@lru_cache(maxsize=4)
def _place(agencies: tuple[str, ...]) -> str:
    names = "|".join(re.escape(agency) for agency in sorted(agencies, key=len, reverse=True))
    agency = rf"\s*\(\s*(?:{names})(?:/[A-Za-z .]+)?\s*\)"
    # An all-caps place may stand alone before the dash ("MOSCOW —"), and its
    # parenthesis may name any source, listed or not ("GAZA, Aug 9 (Newswire) -"):
    # the capitals already make it a dateline. A mixed-case place needs a listed
    # agency ("Moscow (AFP) -"), or a sentence like "Russia - and Turkey - ..."
    # would lose its subject.
    return rf"(?:{_CAPS_PLACE}{_REGION}{_DAY}(?:{_ANY_SOURCE})?|{_MIXED_PLACE}{_REGION}{_DAY}{agency})"


@lru_cache(maxsize=4)
def _dateline_pattern(agencies: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"^{_place(agencies)}{_DASH}\s+(?=[\"“‘'A-Z0-9])")


@lru_cache(maxsize=4)
def _standalone_pattern(agencies: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"^{_place(agencies)}{_DASH}$")
