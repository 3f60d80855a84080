"""Quoted stretches of a text: pairing of double quotation marks, character based.

Owns one job: given the raw text, say which character ranges are inside
double quotation marks. It knows straight (``"``), curly (``“ ”``), low
(``„``), guillemet (``« »``) and typewriter (``` `` ```, ``''``) marks, and
tolerates a mix of them in one pair (``"in light of ...”``).

Pairing works paragraph by paragraph, so one stray mark costs at most the
rest of its own paragraph, never the rest of the article (textacy gives up
on the whole document when the marks do not balance). A quote that runs over
several paragraphs follows the newspaper convention: each paragraph opens
with a mark and only the last one closes; it comes out as one stretch. A
quoted sentence whose closing mark was left out runs to its paragraph's end.
``is_title`` tells a quoted name of a show, book or slogan from quoted speech.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# Order matters: the two-character typewriter marks before the one-character ones.
_MARK = re.compile(r"``|''|[\"“”„«»‟″]")
_OPENERS = frozenset({"“", "„", "«", "``", "‟"})
_CLOSERS = frozenset({"”", "»"})
# Dash tokens: a dateline's ("WASHINGTON —") and a spaced dash opening the writer's tail ("... — a message that").
DASHES = frozenset({"-", "--", "—", "–"})
# Characters after which an ambiguous mark opens a quotation.
_OPEN_CONTEXT = frozenset(" \t\n\r\u00a0([{—–-/:")
# Quoted titles of shows, books and slogans: a few words, each capitalized but for these
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MAX_TITLE_WORDS = 8
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "with", "at", "by"})
# A preposition, perhaps with a possessive name, right before a quoted title: 'on Radio Norte's "Evening Forum."',
# 'a co-author of "The Long Road."', 'at "Morning Desk."'; or a work named before it: 'in her memoir, "Hard Years."'
_TITLE_LEAD = re.compile(
    r"(?:\b(?:on|in|to|with|from|of|at|by)\s+(?:[A-Z][\w.&-]*(?:'s|’s)?\s+){0,3}"
    r"|\b(?:book|memoir|novel|film|movie|documentary|show|program|column|essay|song|album|play),\s+)$"
)
# A stretch longer than this inside one paragraph is taken to be a stray pairing.
_MAX_PARAGRAPH_QUOTE = 3000
# Fewer words than this after an unclosed mark are not taken for a quotation running to the paragraph's end.
_MIN_UNCLOSED_WORDS = 6
# More blanks than this between two paragraphs means removed text was blanked
# there: a quotation does not run across it.
_MAX_GAP_SPACES = 8


@dataclass(frozen=True, slots=True)
class Quoted:
    """One quoted stretch: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int


def _role(text: str, mark: str, start: int, end: int, inside: bool) -> str:
    """``open`` or ``close`` for one mark, from its shape and its neighbours."""
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    if mark in _OPENERS:
        # a typist's opening mark that closes: '“Not at all,“ he said' (after a word, before a space)
        return "close" if inside and after.isspace() and not before.isspace() else "open"
    if mark in _CLOSERS:
        # ... and a closing mark that opens: 'He wrote:\n”We will stay.”' (after a space, before a word)
        return "open" if not inside and before.isspace() and after.isalnum() else "close"
    opens = before in _OPEN_CONTEXT or before in _OPENERS
    closes = not before.isspace() and before not in "([{"
    if opens and not after.isspace():
        # A mark between a space and a word opens, unless we are inside and the
        # text before it would otherwise never close (`said "no "yes"` is rare).
        return "open"
    if closes:
        return "close"
    return "close" if inside else "open"


def _paragraph_starts_with_open(text: str, position: int) -> int | None:
    """Where the next paragraph's opening mark is, when the next paragraph opens with one."""
    index = position
    length = len(text)
    while index < length and text[index].isspace():
        index += 1
    match = _MARK.match(text, index)
    if match is None:
        return None
    mark = match.group()
    if _role(text, mark, match.start(), match.end(), False) == "open":
        return match.start()
    return None


def find_quoted(text: str) -> tuple[Quoted, ...]:
    """Every quoted stretch in ``text``, in order, never overlapping."""
    found: list[Quoted] = []
    open_at: int | None = None  # where the current stretch's opening mark starts
    open_len = 0
    chain_start: int | None = None  # first opening mark of a multi-paragraph quote
    paragraph_end = _next_newline(text, 0)
    for match in _MARK.finditer(text):
        start, end = match.start(), match.end()
        while start >= paragraph_end:
            # Crossing a paragraph boundary with an open quote.
            if open_at is not None:
                follow = _paragraph_starts_with_open(text, paragraph_end)
                if (
                    follow is not None
                    and follow == start
                    and (chain_start is not None or _introduced(text, open_at))
                    and text.count(" ", paragraph_end, follow) <= _MAX_GAP_SPACES
                ):
                    chain_start = open_at if chain_start is None else chain_start
                else:
                    unclosed = _unclosed(text, open_at, open_len, paragraph_end) if chain_start is None else None
                    if unclosed is not None:
                        found.append(unclosed)
                    open_at, chain_start = None, None  # otherwise a stray opening mark: drop it
            paragraph_end = _next_newline(text, paragraph_end + 1)
        role = _role(text, match.group(), start, end, open_at is not None)
        if role == "open":
            continuing = open_at is not None and chain_start is not None and _follows_break(text, start)
            if not continuing:
                # A second opener inside a stretch means the first one was stray.
                chain_start = None
            open_at, open_len = start, end - start
            continue
        if open_at is None:
            continue  # stray closing mark
        first = chain_start if chain_start is not None else open_at
        first_len = len(_MARK.match(text, first).group()) if chain_start is not None else open_len
        if chain_start is not None or end - open_at <= _MAX_PARAGRAPH_QUOTE:
            found.append(Quoted(start=first, end=end, inner_start=first + first_len, inner_end=start))
        open_at, chain_start = None, None
    if open_at is not None and chain_start is None:
        unclosed = _unclosed(text, open_at, open_len, paragraph_end)
        if unclosed is not None:
            found.append(unclosed)
    return tuple(found)


def _unclosed(text: str, start: int, length: int, paragraph_end: int) -> Quoted | None:
    """A quotation whose closing mark the writer left out: '... he said. "They left. We stayed.' and a
    new paragraph. It runs to its paragraph's end when an introduced mark opens a whole sentence or more
    there (six words, closed by . ? or !); any other unclosed mark is stray."""
    end = paragraph_end
    while end > start and text[end - 1].isspace():
        end -= 1
    if not _introduced(text, start) or text[end - 1 : end] not in (".", "?", "!"):
        return None
    if len(text[start:end].split()) < _MIN_UNCLOSED_WORDS:
        return None
    return Quoted(start=start, end=end, inner_start=start + length, inner_end=end)


def _next_newline(text: str, position: int) -> int:
    index = text.find("\n", position)
    return len(text) if index < 0 else index


def _follows_break(text: str, position: int) -> bool:
    """True when only whitespace including a newline separates ``position`` from the text before."""
    index = position - 1
    while index >= 0 and text[index] in " \t\u00a0\r":
        index -= 1
    return index < 0 or text[index] == "\n"


def _introduced(text: str, position: int) -> bool:
    """True when an opening mark starts its paragraph or follows a colon, a comma or a sentence's end
    ('... she said. "We will not leave ...').

    Only such a mark may begin a multi-paragraph quote; an unclosed mark in
    mid-sentence is stray.
    """
    index = position - 1
    while index >= 0 and text[index] in " \t\u00a0\r":
        index -= 1
    return index < 0 or text[index] in "\n:,.?!"


class MarkIndex:
    """The quoted stretches of one text, with lookups by character offset."""

    def __init__(self, text: str) -> None:
        self.stretches = find_quoted(text)
        self.starts = [stretch.start for stretch in self.stretches]

    def containing(self, position: int) -> Quoted | None:
        index = bisect.bisect_right(self.starts, position) - 1
        if index >= 0 and position < self.stretches[index].end:
            return self.stretches[index]
        return None

    def overlapping(self, start: int, end: int) -> list[Quoted]:
        index = max(bisect.bisect_right(self.starts, start) - 1, 0)
        found = []
        for stretch in self.stretches[index:]:
            if stretch.start >= end:
                break
            if stretch.end > start:
                found.append(stretch)
        return found


def is_title(text: str, stretch: Quoted) -> bool:
    """A quoted name of a show, book or slogan ("Sunday Morning Futures"), not speech."""
    inner = text[stretch.inner_start : stretch.inner_end].strip()
    words = _WORD.findall(inner)
    if not words or len(words) > _MAX_TITLE_WORDS:
        return False
    if inner.endswith((".", "?", "!")) and not (inner.endswith(".") and _after_preposition(text, stretch.start)):
        return False  # a sentence, but 'on Radio Norte's "Evening Forum."' names a show, the full stop the sentence's
    if inner.endswith(",") and not mid_sentence(text, stretch.start):
        return False  # '"Absolutely," he said' opens a sentence; 'on ABC's "This Week," Rubio said' names a show
    return all(word[0].isupper() or word.lower() in _TITLE_SMALL_WORDS for word in words)


def _after_preposition(text: str, position: int) -> bool:
    """True when a preposition, or a preposition and a possessive name, comes right before ``position``:
    'on Radio Norte's "Evening Forum."', 'in "The Long Road Home."'; or a work's noun and a comma ('his
    book, "The Long Road Home."')."""
    return _TITLE_LEAD.search(text, max(0, position - 60), position) is not None


def mid_sentence(text: str, position: int) -> bool:
    """True when a word comes right before ``position`` (spaces aside): the quotation does not open its sentence."""
    before = text[:position].rstrip()
    return bool(before) and (before[-1].isalnum() or before[-1] in "'’")
