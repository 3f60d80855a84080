"""Line rules for page furniture: navigation, promotions, footers, related links, bylines.

Each rule looks at one stripped line and says what kind of furniture it is,
or nothing. The rules are deliberately narrow: a line that reads as a
finished sentence of the story is left alone unless a phrase that no story
sentence uses (``All rights reserved``) says otherwise. The phrase lists are
data in ``resources/boilerplate.json``.
"""

from __future__ import annotations

import re

from newsgraph.clean._lines import Line, is_body, normalise
from newsgraph.clean._resources import Phrases

# Longer lines are never judged furniture by a phrase alone.
_MAX_FURNITURE_WORDS = 30
_MAX_CRUMB_WORDS = 4
_MAX_CRUMB_CHARS = 32
_MAX_BYLINE_WORDS = 16
_MAX_LINK_WORDS = 16
_MAX_PLATFORM_LINE_WORDS = 12

_REPORTING_BY = re.compile(
    r"^\(?(?:additional |further )?(?:reporting|writing|editing|compiled|research|graphics) by\s+[A-Z]", re.IGNORECASE
)
_NAME_SPLIT = re.compile(r"\s*[,|•·;]\s*|\s+[-–—]\s+")
_INITIAL_END = re.compile(r"\b[A-Z]\.$")


def line_kind(line: Line, rules: Phrases) -> str | None:
    """The furniture kind of a line judged on its own, or ``None``."""
    key = normalise(line.text).strip(" :.-–—|•·")
    if key in rules.menu_lines:
        return "navigation"
    if line.words <= _MAX_FURNITURE_WORDS:
        for kind, pattern in rules.strong:
            if pattern.search(line.text):
                return kind
        # "Copyright disputes were not on the agenda." is story: weaker
        # phrases count only on lines that are not finished sentences.
        if not is_body(line):
            if any(pattern.search(line.text) for pattern in rules.footers):
                return "footer"
            if any(pattern.search(line.text) for pattern in rules.promotions):
                return "promotion"
        if key in rules.related_headers or rules.related_inline.match(line.text):
            return "related"
    if is_byline(line, rules):
        return "byline"
    if is_breadcrumb(line, rules):
        return "navigation"
    return None


def is_related_header(line: Line, rules: Phrases) -> bool:
    """A heading that opens a list of links to other stories ("Related", "Read more")."""
    return normalise(line.text).strip(" :.-–—|•·") in rules.related_headers


def is_link_like(line: Line) -> bool:
    """A short line that is not a sentence: what a list of story links looks like as text."""
    return line.words <= _MAX_LINK_WORDS and not line.ends_sentence


def is_platform_promotion(line: Line, rules: Phrases) -> bool:
    """A short non-sentence naming an app or social platform ("Press TV News Roku")."""
    return (
        line.words <= _MAX_PLATFORM_LINE_WORDS
        and not line.ends_sentence
        and bool(rules.platforms.search(line.text))
    )


def is_breadcrumb(line: Line, rules: Phrases) -> bool:
    """``News / Syria / Editor's Choice``: short capitalised segments between separators."""
    if line.ends_sentence or len(line.text) > 160:
        return False
    segments = rules.breadcrumb_split.split(line.text)
    if len(segments) < 2:
        return False
    return all(_is_crumb(segment) for segment in segments)


def _is_crumb(segment: str) -> bool:
    segment = segment.strip()
    words = segment.split()
    return (
        0 < len(words) <= _MAX_CRUMB_WORDS
        and len(segment) <= _MAX_CRUMB_CHARS
        and (segment[0].isupper() or segment[0].isdigit())
        and segment[-1] not in ".,;:!?"
    )


def is_byline(line: Line, rules: Phrases) -> bool:
    """``By John Smith, Reuters`` or ``(Reporting by ...; Editing by ...)``."""
    text = line.text
    if _REPORTING_BY.match(text):
        # "Reporting by the BBC showed ..." is a sentence; the credit line
        # lists names between semicolons or sits in brackets.
        return line.words <= 40 and (";" in text or text.endswith(")") or not line.ends_sentence)
    match = rules.byline_prefix.match(text)
    if not match or line.words > _MAX_BYLINE_WORDS or is_body(line):
        return False
    if text.endswith(".") and not _INITIAL_END.search(text):
        return False
    names = _NAME_SPLIT.split(text[match.end() :].rstrip(")"))[0].split()
    if not 1 <= len(names) <= 8 or not names[0][:1].isupper():
        return False
    return all(
        name[:1].isupper() or name.lower().split("-")[0] in rules.byline_connectors for name in names
    )
