"""Quotes repeated across outlets: the same speaker saying nearly the same words.

Two quotes are one statement when they have the same speaker and their
contents share most words: token Jaccard similarity of at least
``DEFAULT_MIN_JACCARD``. Outlets trim, reorder and re-punctuate quotations,
so exact matching would miss most repeats; a set of lowercased words is
robust to all three. Groups are the connected pieces of that relation, kept
when they span at least two documents; quotes of fewer than ``MIN_WORDS``
distinct words are left out.

The speaker is told apart as event sides are (``_common.person_key``): a
person by the actor code and the surname of the actor at the (resolved)
speaker, since a code such as USAELI covers every candidate; an institution
by its code alone; an uncoded speaker by its name as written, without case.
A pronoun nobody resolved says nothing about who spoke, so it joins no group.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsgraph.aggregate._common import ActorRef, identifying, party, person_key
from newsgraph.store import Evidence, Mention, QuoteGroup, StoredQuote

DEFAULT_MIN_JACCARD = 0.6
# Shorter quotes ("Cruz", "absolutely not") are repeated by chance, not copied.
MIN_WORDS = 4
_WORD = re.compile(r"\w+")
# Speakers that name nobody until resolved: "he said" in two articles is two people ("which" is a relative
# pronoun left unresolved: "reports, which said that ...").
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which", "that"})


@dataclass(frozen=True, slots=True)
class SpokenQuote:
    """A stored quote and the document's actor at its speaker (resolved speaker first), when one is coded.

    ``speaker`` is what tells two people with one code apart (``speaker_key``).
    """

    stored: StoredQuote
    speaker: ActorRef | None = None


def words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.casefold()))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def speaker_key(spoken: SpokenQuote) -> str | None:
    """Who said it, as compared across articles: "USAELI/trump", "RUSGOV", "mark cuban"; None for nobody known."""
    quote = spoken.stored.quote
    coded = identifying(quote.speaker_actor)  # an unplaced "officials" (---GOV) goes by its words
    if coded:
        return party(coded, person_key(spoken.speaker))
    named = quote.speaker_resolved or quote.speaker
    if named is None:
        return None
    name = " ".join(named.text.casefold().split())
    return None if name in _PRONOUNS else name


def group_key(spoken: SpokenQuote) -> str | None:
    """The partition a quote is grouped in (its speaker key); None when it cannot join a group."""
    key = speaker_key(spoken)
    return key if key and len(words(spoken.stored.quote.content.text)) >= MIN_WORDS else None


def speaker_name(group: Sequence[SpokenQuote]) -> str:
    """What a group's speaker is called: a person's most frequent name, an institution's code, else its words."""
    first = group[0].stored.quote
    if first.speaker_actor and identifying(first.speaker_actor):
        people = [s.speaker.name for s in group if person_key(s.speaker)]
        return _most_common(people) or first.speaker_actor
    named = [n.text for n in (s.stored.quote.speaker_resolved or s.stored.quote.speaker for s in group) if n]
    return _most_common(named) or speaker_key(group[0]) or ""


def _most_common(values: Sequence[str]) -> str | None:
    if not values:
        return None
    counts = Counter(values)
    return max(counts, key=lambda v: (counts[v], -values.index(v)))


def build_quote_groups(quotes: Sequence[SpokenQuote], *, min_jaccard: float = DEFAULT_MIN_JACCARD) -> list[QuoteGroup]:
    """Groups of repeated quotes, numbered from 1 in order of first appearance (the store renumbers them)."""
    by_speaker: dict[str, list[SpokenQuote]] = {}
    for spoken in quotes:
        key = group_key(spoken)
        if key:
            by_speaker.setdefault(key, []).append(spoken)
    groups: list[list[SpokenQuote]] = []
    for members in by_speaker.values():
        for component in _components(members, min_jaccard):
            if len({m.stored.found.document_id for m in component}) >= 2:
                groups.append(component)
    groups.sort(key=lambda g: (g[0].stored.found.document_id, g[0].stored.found.index))
    result = []
    for number, spoken in enumerate(groups, start=1):
        component = [m.stored for m in spoken]
        reports = sorted(p for p in (m.found.published for m in component) if p)
        result.append(QuoteGroup(
            id=number,
            speaker=speaker_name(spoken),
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


def _components(members: list[SpokenQuote], min_jaccard: float) -> list[list[SpokenQuote]]:
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

    bags = [words(m.stored.quote.content.text) for m in members]
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
    pieces: dict[int, list[SpokenQuote]] = {}
    for i, member in enumerate(members):
        pieces.setdefault(root(i), []).append(member)
    return list(pieces.values())
