"""Contradictions: pairs of claims that cannot both hold, each with both evidence spans.

- ``negation``: the same predicate (PLOVER type) and arguments (source and
  target actor codes; a code matches its refinements, ``RUS`` ~ ``RUSGOV``,
  but a group's identity must be the same: ``MOSSHI`` (Shia) matches
  ``MOSSHIREB``, not ``MOSSUN`` or ``MOS``; see ``codes_match``)
  asserted in one place and denied in another ("we have already invited the
  US" / "Iran, Russia and Turkey have not sent any joint invitation to the
  US"). A side that is a person must also be the same person (surname): a
  code such as USALEG covers every legislator. The two must come from
  different documents or different claimants: an event's claimant is its
  ``reported_by``, else the speaker of the quote whose content holds its
  trigger (one article often reports both sides). Their days (as stated,
  else as published) must lie within ``DEFAULT_NEGATION_WINDOW_DAYS``; a
  denial that states its day denies that occasion only, so the assertion
  must be of that day (give or take one); an undated denial says it has
  not happened so far, so an act dated more than a day after it does not
  contradict it ("has yet to endorse" on Wednesday, "endorsed on Friday").
  A denial that names no source
  ("no invitation was sent to the US") matches any source; one whose source
  is left uncoded matches none. One pair is kept per predicate, arguments
  and pair of documents.
- ``date``: reports of one event cluster whose texts state different days.
- ``count``: reports of one event cluster giving different numbers for the
  same thing ("12 people" / "15 people"); the nouns are in
  ``resources/count_nouns.txt``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from newsgraph.aggregate._common import (
    Item,
    Texts,
    codes_match,
    identifying,
    read_words,
    same_given_names,
    unplaced,
)
from newsgraph.export.cameo import party_root
from newsgraph.records import CodedSpan
from newsgraph.store import Claim, Contradiction, StoredQuote

DEFAULT_NEGATION_WINDOW_DAYS = 30
# A report of the day before or after a dated denial can be of the same occasion (time zones, late editions).
_SAME_OCCASION_DAYS = 1
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "dozens": None, "hundreds": None, "thousands": None,
}


class Claimants:
    """Who makes the claim an event states: its ``reported_by``, else the speaker of the quote holding it."""

    def __init__(self, quotes: Sequence[StoredQuote]) -> None:
        self._quotes: dict[int, list[tuple[int, int, str]]] = {}
        for stored in quotes:
            quote = stored.quote
            named = quote.speaker_resolved or quote.speaker
            who = quote.speaker_actor or (named.text.casefold() if named else None)
            if who:
                self._quotes.setdefault(stored.found.document_id, []).append(
                    (quote.content.start, quote.content.end, who))

    def of(self, item: Item) -> str | None:
        if item.event.reported_by:
            return item.event.reported_by
        at = item.event.trigger.start
        for start, end, who in self._quotes.get(item.found.document_id, ()):
            if start <= at < end:
                return who
        return None


def negation_key(item: Item) -> str | None:
    """The partition an event is compared in for negations: its PLOVER type and target party, as text.

    Matching codes share their country, or their identity for a code that
    opens with one (``party_root``: "MOSSHI" of "MOSSHIREB"), so only events
    of the same type and target party can contradict each other. None for
    an event that can be neither side of a negation: hypothetical, without
    a coded target, or asserted without a coded source.
    """
    event = item.event
    target, source = _code(event.target), _code(event.source)
    if event.hypothetical or target is None or unplaced(event.source):
        return None  # an unplaced party ("---REB") is not known to be the other report's
    if source is None and (not event.negated or event.source is not None):
        return None  # a denial is compared without a source only when it names none ("no invitation was sent")
    return json.dumps([event.plover, party_root(target)], ensure_ascii=False)


def source_country(item: Item) -> str:
    """The party of the event's source code (``party_root``: its country, or its identity); empty when it has none.

    Only sources of one party can match, so a partition's assertions are read one source party at a time.
    """
    source = _code(item.event.source)
    return party_root(source) if source else ""


def _code(span: CodedSpan | None) -> str | None:
    """A side's code when it identifies a party (see ``identifying``)."""
    return identifying(span.code) if span is not None else None


def negation_pairs(denied: Sequence[Item], asserted: Sequence[Item], claimants: Claimants, *,
                   window_days: int = DEFAULT_NEGATION_WINDOW_DAYS) -> Iterator[tuple[Item, Item]]:
    """(asserted, denied) pairs of reports that contradict each other, denial by denial."""
    # Only events of the same type, target and source party can match: index by those.
    index: dict[tuple[str, str], dict[str, list[Item]]] = {}
    for it in asserted:
        event = it.event
        target, source = _code(event.target), _code(event.source)
        if event.negated or event.hypothetical or target is None:
            continue
        if source is not None:
            by_source = index.setdefault((event.plover, party_root(target)), {})
            by_source.setdefault(party_root(source), []).append(it)
    for no in denied:
        target, source = _code(no.event.target), _code(no.event.source)
        if not no.event.negated or no.event.hypothetical or target is None or unplaced(no.event.source):
            continue
        by_source = index.get((no.event.plover, party_root(target)), {})
        if source is not None:
            candidates: list[Item] = by_source.get(party_root(source), [])
        else:  # a denial without a source ("no invitation was sent") meets every source
            candidates = [it for group in by_source.values() for it in group]
        for yes in candidates:
            if not _same_claim(yes, no, window_days):
                continue
            if yes.found.document_id == no.found.document_id:
                one, other = claimants.of(yes), claimants.of(no)
                if one is None or other is None or codes_match(one, other) or one == other:
                    continue
            yield yes, no


def _pair_key(yes: Item, no: Item) -> tuple[object, ...]:
    """One contradiction is kept per predicate, arguments and pair of documents."""
    a = yes.event
    return (a.plover, a.source.code if a.source else None, a.target.code if a.target else None,
            yes.found.document_id, no.found.document_id)


def _negation(yes: Item, no: Item, texts: Texts) -> Contradiction:
    a, b = yes.event, no.event
    return Contradiction(
        kind="negation", predicate=a.plover, source_code=a.source.code if a.source else None,
        target_code=a.target.code if a.target else None, cluster_id=None,
        a=Claim(texts.sentence(yes.found, a.sentence, a.trigger), "asserted"),
        b=Claim(texts.sentence(no.found, b.sentence, b.trigger), "denied"),
    )


def negations(items: Sequence[Item], texts: Texts, quotes: Sequence[StoredQuote] = (), *,
              window_days: int = DEFAULT_NEGATION_WINDOW_DAYS) -> list[Contradiction]:
    """Negation contradictions among ``items`` (in ingest order): the first pair of each key."""
    found: list[Contradiction] = []
    seen: set[tuple[object, ...]] = set()
    for yes, no in negation_pairs(items, items, Claimants(quotes), window_days=window_days):
        key = _pair_key(yes, no)
        if key not in seen:
            seen.add(key)
            found.append(_negation(yes, no, texts))
    return found


def first_negations(pairs: Iterable[tuple[Item, Item]], texts: Texts) -> list[Contradiction]:
    """What ``negations`` keeps of pairs found in any order: the first pair of each key in ingest order.

    ``negations`` walks denials in ingest order and their candidates in ingest
    order; for one key (one pair of documents) that finds first the pair with
    the earliest denial, then the earliest assertion.
    """
    best: dict[tuple[object, ...], tuple[tuple[int, int, int, int], Item, Item]] = {}
    for yes, no in pairs:
        key = _pair_key(yes, no)
        order = (no.found.document_id, no.found.index, yes.found.document_id, yes.found.index)
        if key not in best or order < best[key][0]:
            best[key] = (order, yes, no)
    return [_negation(yes, no, texts) for _, yes, no in sorted(best.values(), key=lambda found: found[0])]


def _same_claim(yes: Item, no: Item, window_days: int) -> bool:
    a, b = yes.event, no.event
    if a.plover != b.plover or a.target is None or b.target is None:
        return False
    if not (_same_party(_code(a.target), yes.target_person, _code(b.target), no.target_person)
            and same_given_names(yes.target_actor, no.target_actor)):
        return False
    if b.source is not None:
        if not (_same_party(_code(a.source), yes.source_person, _code(b.source), no.source_person)
                and same_given_names(yes.source_actor, no.source_actor)):
            return False  # also a denial by someone left uncoded ("Howard had no praise for her"): not the asserter
    elif _code(a.source) is None:
        return False
    if yes.day is None or no.day is None:
        return True
    if no.stated_day is not None:
        # A dated denial ("did not name her in his speech on Friday evening") denies one occasion.
        return abs((yes.day - no.stated_day).days) <= _SAME_OCCASION_DAYS
    if (yes.day - no.day).days > _SAME_OCCASION_DAYS:
        # An undated denial says it has not happened so far ("he hasn't endorsed her", "has yet to endorse"):
        # an act on a later day is news since then, not a contradiction.
        return False
    # Days as stated, else as published: what was so in January and denied in July may both be true.
    return abs((yes.day - no.day).days) <= window_days


def _same_party(code_a: str | None, person_a: str | None, code_b: str | None, person_b: str | None) -> bool:
    """Matching codes (one refines the other) and, for people, one surname: USALEG is every legislator."""
    return codes_match(code_a, code_b) and person_a == person_b


def cluster_conflicts(cluster_id: int, group: Sequence[Item], texts: Texts) -> list[Contradiction]:
    """Incompatible dates and counts among the reports of one cluster."""
    first = group[0].event
    source = first.source.code if first.source else None
    target = first.target.code if first.target else None

    def conflict(kind: str, one: Item, one_value: str, other: Item, other_value: str) -> Contradiction:
        return Contradiction(
            kind=kind, predicate=first.plover, source_code=source, target_code=target, cluster_id=cluster_id,
            a=Claim(texts.sentence(one.found, one.event.sentence, one.event.trigger), one_value),
            b=Claim(texts.sentence(other.found, other.event.sentence, other.event.trigger), other_value),
        )

    found = []
    dated = [(it, it.stated_day.isoformat()) for it in group if it.stated_day]
    for (one, v1), (other, v2) in _first_of_each_value(dated):
        found.append(conflict("date", one, v1, other, v2))
    counted: dict[str, list[tuple[Item, str]]] = {}
    for item in group:
        sentence = texts.text(item.found.document_id)[item.event.sentence.start:item.event.sentence.end]
        for noun, number in counts_in(sentence):
            counted.setdefault(noun, []).append((item, f"{number} {noun}"))
    for noun in sorted(counted):
        for (one, v1), (other, v2) in _first_of_each_value(counted[noun]):
            found.append(conflict("count", one, v1, other, v2))
    return found


def _first_of_each_value(claims: list[tuple[Item, str]]) -> Iterator[tuple[tuple[Item, str], tuple[Item, str]]]:
    """Pairs of differing values from different documents: the first claim of each value against the first."""
    by_value: dict[str, tuple[Item, str]] = {}
    for item, value in claims:
        by_value.setdefault(value, (item, value))
    values = list(by_value.values())
    for other in values[1:]:
        if other[0].found.document_id != values[0][0].found.document_id:
            yield values[0], other


@lru_cache(maxsize=1)
def _count_pattern() -> re.Pattern[str]:
    nouns = "|".join(sorted(read_words("count_nouns.txt"), key=len, reverse=True))
    numbers = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    # "12 people", "at least 12 civilians", "twelve Syrian soldiers": up to two words between.
    return re.compile(rf"(?<![\w.,])(\d{{1,3}}(?:,\d{{3}})*|\d+|{numbers})\s+(?:[\w-]+\s+){{0,2}}?({nouns})\b",
                      re.IGNORECASE)


def counts_in(sentence: str) -> list[tuple[str, int]]:
    """(noun, number) pairs stated in a sentence; vague amounts ("dozens") are skipped."""
    found = []
    for match in _count_pattern().finditer(sentence):
        raw, noun = match.group(1).lower(), match.group(2).lower()
        number = int(raw.replace(",", "")) if raw[0].isdigit() else _NUMBER_WORDS.get(raw)
        if number is not None:
            found.append((noun, number))
    return found
