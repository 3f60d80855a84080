"""The page as lines with offsets, and the shape tests every rule shares."""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]+")
# Sentence-final punctuation, optionally followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank line: ``text`` is ``page[start:end]``, without surrounding whitespace.

    ``words`` and ``ends_sentence`` are computed once here because every rule asks.
    """

    index: int
    start: int
    end: int
    text: str
    words: int
    ends_sentence: bool


def split_lines(page: str) -> list[Line]:
    """The non-blank lines of ``page`` in order, trimmed, with exact offsets."""
    lines: list[Line] = []
    for match in _LINE.finditer(page):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        lines.append(
            Line(
                index=len(lines),
                start=start,
                end=start + len(stripped),
                text=stripped,
                words=len(stripped.split()),
                ends_sentence=bool(_SENTENCE_END.search(stripped)),
            )
        )
    return lines


def is_body(line: Line) -> bool:
    """A line that reads as story prose: a finished sentence of some length, or a long paragraph."""
    return (line.ends_sentence and line.words >= 6) or line.words >= 30


def normalise(text: str) -> str:
    """Case-folded, with typographic quotes made plain and whitespace collapsed: for comparing phrases."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.casefold().split())
