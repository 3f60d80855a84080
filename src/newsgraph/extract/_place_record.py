"""The place-name mention record, and the bookkeeping every source of mentions shares.

Owns :class:`Mention` (built by :mod:`newsgraph.extract._place_mentions` and
:mod:`newsgraph.extract._place_local`, resolved by
:mod:`newsgraph.extract._place_resolve`) and the operations on a list of
mentions: building one from a span, overlap tests, marking the tokens already
covered, keeping the longest of overlapping mentions, and which state or
country most of a story's places are in.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from newsgraph.extract._gazetteer import Entry, Hit, name_key

MAX_NAME_TOKENS = 4  # the longest place name looked up, in tokens
# A story is about one state's or country's places when it names at least this many
# places and this share of them are there.
MAJORITY_MENTIONS = 3
MAJORITY_SHARE = 0.6


def clear_majority(counts: Counter[str]) -> str | None:
    """The state or country of most of a story's places (see ``MAJORITY_*``), None when none clearly is."""
    total = sum(counts.values())
    if total < MAJORITY_MENTIONS:
        return None
    code, count = counts.most_common(1)[0]
    return code if count / total >= MAJORITY_SHARE else None


@dataclass(slots=True)
class Mention:
    """A span that names a place, with every gazetteer entry the name could mean."""

    start: int
    end: int
    key: str
    hits: tuple[Hit, ...]
    sure: bool  # the model or an unmistakable name says it is a place
    in_name: bool = False  # inside an organisation's or event's name
    qualifier: Entry | None = None  # the state or country after "Town, "
    resolved: Entry | None = None
    stray: bool = False  # its entries are all far from the story's places: a local place the gazetteer lacks


def mention_of(span: Span, hits: tuple[Hit, ...], *, sure: bool, in_name: bool = False) -> Mention:
    """The mention of ``span``, keyed by its name."""
    return Mention(span.start_char, span.end_char, name_key(span.text), hits, sure, in_name)


def overlap(one: Mention, other: Mention) -> bool:
    """True when the two mentions share a character."""
    return one.start < other.end and other.start < one.end


def mark_covered(doc: Doc, mentions: list[Mention], covered: bytearray) -> None:
    """Set ``covered`` for every token of ``mentions``, so later sources skip them."""
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            for index in range(span.start, span.end):
                covered[index] = 1


def without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Mentions sorted by start, keeping the longer of two that overlap."""
    kept: list[Mention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            if mention.end - mention.start > kept[-1].end - kept[-1].start:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept
