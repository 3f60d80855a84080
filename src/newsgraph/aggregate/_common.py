"""What the aggregations share: a stored event with its day, code matching, evidence from sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from newsgraph.export.cameo import party_root
from newsgraph.records import CodedSpan, Event, Span, TextRange, unplaced_code
from newsgraph.store import Evidence, Found, Store
from newsgraph.store.days import week_start

RESOURCES = Path(__file__).resolve().parent / "resources"
_CLOCK_TIME = re.compile(
    r"(?:at\s+)?(?:\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?|\d{1,2}:\d{2}|noon|midnight)"
    r"(?:\s+(?:[ECMP][SD]?T|GMT|UTC|BST|CET))?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ActorRef:
    """The document's actor an event's side points to: its kind and name ("person", "Elizabeth Warren")."""

    kind: str | None
    name: str


@dataclass(frozen=True, slots=True)
class Item:
    """One stored event and the day it happened (its own date, else the day it was reported).

    ``source_actor`` and ``target_actor`` are the actors the sides point to,
    when known. A code such as USALEG covers every legislator, so two reports
    are of the same party only when they also name the same person
    (``source_person``, ``target_person``: see ``person_key``).
    """

    found: Found
    event: Event
    day: date | None
    source_actor: ActorRef | None = None
    target_actor: ActorRef | None = None

    @property
    def source_person(self) -> str | None:
        return person_key(self.source_actor)

    @property
    def target_person(self) -> str | None:
        return person_key(self.target_actor)

    @property
    def stated_day(self) -> date | None:
        """The day only when a time expression in the text gave it (not the publication date).

        A bare clock time ("9:15 p.m.", a live blog's entry heading) names no
        day: its day is the publication's, so it states none.
        """
        if self.event.date_source == "published" or _CLOCK_TIME.fullmatch(self.event.date_text or ""):
            return None
        if week_start(self.event.date) is not None:
            return None  # "last week" names no one day: its Monday would contradict a report of its Thursday
        return parse_day(self.event.date)


def parse_day(value: str | None) -> date | None:
    """A full ISO day (``2017-01-19`` or a timestamp starting with one), or the first day of an ISO week or
    weekend (``2017-W03`` -> 2017-01-16, ``2017-W03-WE`` -> 2017-01-21, as the store's date filters sort
    them); None for months and years."""
    week = week_start(value)
    if week is not None:
        return week
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def item_of(found: Found, event: Event, source_actor: ActorRef | None = None,
            target_actor: ActorRef | None = None) -> Item:
    """A stored event with its day: its own date, else the day its document was published."""
    return Item(found, event, parse_day(event.date) or parse_day(found.published), source_actor, target_actor)


# Name endings that are no surname ("Martin Luther King Jr.").
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def person_key(actor: ActorRef | None) -> str | None:
    """The surname of a person actor, lower-cased ("Hillary Rodham Clinton" -> "clinton"); None for others.

    Articles name one person in different ways ("Donald J. Trump", "Donald
    Trump", "Mr. Trump"), but nearly always with the same surname; together
    with the code it tells apart the people a sector code lumps together.
    """
    if actor is None or actor.kind != "person":
        return None
    words = [word.strip(".,").casefold() for word in actor.name.split()]
    words = [word for word in words if word and word not in _NAME_SUFFIXES]
    return words[-1] if words else None


def given_names(actor: ActorRef | None) -> frozenset[str]:
    """The words of a person actor's name before the surname, without initials ("Hillary Rodham Clinton": hillary,
    rodham); empty for others and for a surname alone ("Mrs. Clinton" is named "Clinton" or in full)."""
    surname = person_key(actor)
    if actor is None or surname is None:
        return frozenset()
    words = [word.strip(".,").casefold() for word in actor.name.split()]
    # "J." is an initial, and a name that repeats the surname ("Trump v. Trump") says nothing of the first name.
    return frozenset(word for word in words[:-1] if len(word) > 1 and word != surname
                     and word not in _NAME_SUFFIXES)


def same_given_names(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Whether two actors with one surname can be one person: one name lacks a first name, or they share one.

    The surname alone lumps a family together ("Bill Clinton" and "Hillary
    Clinton", "Jeb Bush" and "George W. Bush"); "Donald J. Trump" and "Donald
    Trump" share "donald", "Clinton" alone may be either.
    """
    one, other = given_names(a), given_names(b)
    return not one or not other or bool(one & other)


def named(span: CodedSpan | None, actor: ActorRef | None) -> str | None:
    """What a side is called in findings: its actor's name ("Elizabeth Warren" for "she"), else its words."""
    if span is None:
        return None
    return actor.name if actor is not None else span.text


def party(code: str | None, person: str | None) -> str | None:
    """One side of an event as it is told apart across reports: its code, with the person's surname if any."""
    if code is None:
        return None
    return f"{code}/{person}" if person else code


def identifying(code: str | None) -> str | None:
    """The code when it tells one party from another across reports; None for an unplaced agent's.

    ``---REB`` says only that some rebels acted: two reports of it need not be
    about the same rebels, so such a code joins no cluster across documents,
    takes no positions and contradicts nothing.
    """
    return None if unplaced_code(code) else code


def unplaced(span: CodedSpan | None) -> bool:
    """Whether an event's side is coded, but only as an unplaced agent (``---REB``)."""
    return span is not None and unplaced_code(span.code)


def codes_match(a: str | None, b: str | None) -> bool:
    """Same actor code, or one refines the other (``RUS`` and ``RUSGOV``, ``MOSSHI`` and ``MOSSHIREB``).

    A code that opens with an identity refines only codes of that identity
    (``party_root``): Shia (``MOSSHI``) and Sunni (``MOSSUN``) groups are two
    parties, and neither is Muslims at large (``MOS``). Codes that open with
    a country keep matching by the country (``IRQ`` and ``IRQKUR``).
    """
    if a is None or b is None or party_root(a) != party_root(b):
        return False
    return a.startswith(b) or b.startswith(a)


class Texts:
    """Document texts by row id, read once each, to cut evidence from."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @lru_cache(maxsize=4096)  # noqa: B019 - one short-lived instance per rebuild
    def text(self, document_id: int) -> str:
        return self._store.document_text(document_id)

    def sentence(self, found: Found, sentence: TextRange, fallback: Span) -> Evidence:
        """The sentence an event was found in, else its trigger."""
        text = self.text(found.document_id)
        if 0 <= sentence.start < sentence.end <= len(text):
            return Evidence(found.doc_id, sentence.start, sentence.end, text[sentence.start:sentence.end],
                            found.document_id)
        return span_evidence(found, fallback)


def span_evidence(found: Found, span: Span) -> Evidence:
    return Evidence(found.doc_id, span.start, span.end, span.text, found.document_id)


@lru_cache(maxsize=None)
def read_lexicon(name: str) -> dict[str, str]:
    """A two-column TSV resource (``phrase<TAB>label``); ``#`` starts a comment."""
    table: dict[str, str] = {}
    for line in (RESOURCES / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        phrase, label = line.split("\t")
        table[phrase.strip().lower()] = label.strip()
    return table


@lru_cache(maxsize=None)
def read_words(name: str) -> frozenset[str]:
    """A one-word-per-line resource; ``#`` starts a comment."""
    lines = (line.split("#", 1)[0].strip() for line in (RESOURCES / name).read_text(encoding="utf-8").splitlines())
    return frozenset(line.lower() for line in lines if line)
