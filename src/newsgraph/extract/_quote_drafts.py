"""What every quote pass produces: drafts (character ranges with a cue and a subject) kept inside paragraphs.

A draft is a quote before its kind and speaker are decided; ``quotes``
settles those for the drafts of every pass (clauses, frames, hedges,
orphans).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Token

_NEWLINE = re.compile("\n")


@dataclass(slots=True)
class Draft:
    """A quote before its kind and speaker are decided."""

    start: int  # content, characters
    end: int
    cue: tuple[int, int] | None  # characters
    subject: Token | None
    anchor: int  # where the cue is: orders the drafts for speaker resolution
    framing: bool = False  # "according to X", "in a poll" frame their sentence: nesting, never nested


class Paragraphs:
    """Line boundaries of one text: contents stay inside their cue's paragraph.

    The parser's sentences sometimes run across paragraphs. A quotation running
    over several paragraphs is restored afterwards, when the content is grown
    over the quoted stretches it touches.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.length = len(text)
        self.breaks = [match.start() for match in _NEWLINE.finditer(text)]

    def same(self, first: int, second: int) -> bool:
        """True when two character offsets lie in the same paragraph."""
        return bisect.bisect_left(self.breaks, first) == bisect.bisect_left(self.breaks, second)

    def clip(self, anchor: int, start: int, end: int) -> tuple[int, int]:
        index = bisect.bisect_left(self.breaks, anchor)
        paragraph_start = self.breaks[index - 1] + 1 if index > 0 else 0
        paragraph_end = self.breaks[index] if index < len(self.breaks) else self.length
        return max(start, paragraph_start), min(end, paragraph_end)


def child_with_dep(token: Token, dep: str) -> Token | None:
    return next((child for child in token.children if child.dep_ == dep), None)


def token_range_chars(first: Token, last: Token) -> tuple[int, int]:
    return first.idx, last.idx + len(last)


def cue_chars(token: Token) -> tuple[int, int]:
    """The cue word, with its particle when there is one ("pointed out")."""
    end = token.idx + len(token)
    for child in token.rights:
        if child.dep_ == "prt" and child.i == token.i + 1:
            end = child.idx + len(child)
    return token.idx, end
