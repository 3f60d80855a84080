"""Quotes repeated across outlets: the same speaker saying nearly the same words.

Two quotes are one statement when they have the same speaker (the speaker's
actor code, else the speaker's name as written, without case) and their
contents share most words: token Jaccard similarity of at least
``DEFAULT_MIN_JACCARD``. Outlets trim, reorder and re-punctuate quotations,
so exact matching would miss most repeats; a set of lowercased words is
robust to all three. Groups are the connected pieces of that relation, kept
when they span at least two documents; quotes of fewer than ``MIN_WORDS``
distinct words are left out.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from newsgraph.aggregate._common import identifying
from newsgraph.store import Evidence, Mention, QuoteGroup, StoredQuote

DEFAULT_MIN_JACCARD = 0.6
# Shorter quotes ("Cruz", "absolutely not") are repeated by chance, not copied.
MIN_WORDS = 4
_WORD = re.compile(r"\w+")


def words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.casefold()))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def speaker_key(stored: StoredQuote) -> str | None:
    quote = stored.quote
    coded = identifying(quote.speaker_actor)  # an unplaced "officials" (---GOV) goes by its words
    if coded:
        return coded
    named = quote.speaker_resolved or quote.speaker
    return named.text.casefold().strip() if named else None


def group_key(stored: StoredQuote) -> str | None:
    """The partition a quote is grouped in (its speaker key); None when it cannot join a group."""
    key = speaker_key(stored)
    return key if key and len(words(stored.quote.content.text)) >= MIN_WORDS else None


def build_quote_groups(quotes: Sequence[StoredQuote], *, min_jaccard: float = DEFAULT_MIN_JACCARD) -> list[QuoteGroup]:
    """Groups of repeated quotes, numbered from 1 in order of first appearance (the store renumbers them)."""
    by_speaker: dict[str, list[StoredQuote]] = {}
    for stored in quotes:
        key = group_key(stored)
        if key:
            by_speaker.setdefault(key, []).append(stored)
    groups: list[tuple[str, list[StoredQuote]]] = []
    for key, members in by_speaker.items():
        for component in _components(members, min_jaccard):
            if len({m.found.document_id for m in component}) >= 2:
                groups.append((key, component))
    groups.sort(key=lambda g: (g[1][0].found.document_id, g[1][0].found.index))
    result = []
    for number, (key, component) in enumerate(groups, start=1):
        reports = sorted(p for p in (m.found.published for m in component) if p)
        named = [m.quote.speaker_resolved or m.quote.speaker for m in component]
        speaker = key if identifying(component[0].quote.speaker_actor) else next((n.text for n in named if n), key)
        result.append(QuoteGroup(
            id=number,
            speaker=speaker,
            content=max((m.quote.content.text for m in component), key=len),
            num_quotes=len(component),
            num_sources=len({m.found.outlet for m in component}),
            first_report=reports[0] if reports else None,
            last_report=reports[-1] if reports else None,
            members=tuple(
                Mention(m.found.outlet, m.found.index,
                        Evidence(m.found.doc_id, m.quote.content.start, m.quote.content.end, m.quote.content.text,
                                 m.found.document_id))
                for m in component
            ),
        ))
    return result


def _components(members: list[StoredQuote], min_jaccard: float) -> list[list[StoredQuote]]:
    """Connected pieces of the similarity relation (union-find), each in input order.

    Candidate pairs come from prefix filtering, so a speaker with thousands of
    quotes is not compared pair by pair: with each word set sorted rarest word
    first, two sets with Jaccard >= t must share a word among the first
    ``len - ceil(t * len) + 1`` words of each.
    """
    parent = list(range(len(members)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    bags = [words(m.quote.content.text) for m in members]
    frequency: dict[str, int] = {}
    for bag in bags:
        for word in bag:
            frequency[word] = frequency.get(word, 0) + 1
    index: dict[str, list[int]] = {}
    for i, bag in enumerate(bags):
        ordered = sorted(bag, key=lambda w: (frequency[w], w))
        prefix = ordered[: len(ordered) - math.ceil(min_jaccard * len(ordered)) + 1]
        candidates: set[int] = set()
        for word in prefix:
            candidates.update(index.setdefault(word, []))
            index[word].append(i)
        for j in candidates:
            if root(i) != root(j) and jaccard(bags[i], bags[j]) >= min_jaccard:
                parent[root(i)] = root(j)
    pieces: dict[int, list[StoredQuote]] = {}
    for i, member in enumerate(members):
        pieces.setdefault(root(i), []).append(member)
    return list(pieces.values())
