"""Findings across articles as records: clusters, quote groups, positions, contradictions, and their evidence.

``newsgraph.aggregate`` computes them from the stored records;
``store/finding_writes.py`` stores them and ``store/aggregates.py`` reads
them back. Frozen, slotted and shaped for the API and the exports
(``to_dict``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsgraph.records import Location


@dataclass(frozen=True, slots=True)
class Evidence:
    """The words supporting a finding: a span of one stored document."""

    doc_id: str
    start: int
    end: int
    text: str
    document_id: int = 0  # documents row; doc ids need not be unique. Not exported.

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Mention:
    """One report in a group: its outlet, the record's index in its document, and its words.

    For a cluster the record is an event and the words its trigger; for a
    quote group, a quote and its content.
    """

    outlet: str
    index: int
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        return {"outlet": self.outlet, "index": self.index, **self.evidence.to_dict()}


@dataclass(frozen=True, slots=True)
class Cluster:
    """One event as reported across articles."""

    id: int
    plover: str
    cameo: str
    source_code: str | None
    source_name: str | None
    target_code: str | None
    target_name: str | None
    first_date: str | None
    last_date: str | None
    first_report: str | None
    last_report: str | None
    num_mentions: int
    num_sources: int
    num_articles: int
    location: Location | None
    goldstein: float | None
    quad_class: int | None
    source_url: str | None
    mentions: tuple[Mention, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "plover": self.plover, "cameo": self.cameo,
            "source_code": self.source_code, "source_name": self.source_name,
            "target_code": self.target_code, "target_name": self.target_name,
            "first_date": self.first_date, "last_date": self.last_date,
            "first_report": self.first_report, "last_report": self.last_report,
            "num_mentions": self.num_mentions, "num_sources": self.num_sources, "num_articles": self.num_articles,
            "location": None if self.location is None else self.location.to_dict(),
            "goldstein": self.goldstein, "quad_class": self.quad_class, "source_url": self.source_url,
            "mentions": [mention.to_dict() for mention in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class QuoteGroup:
    """One statement repeated across outlets."""

    id: int
    speaker: str
    content: str
    num_quotes: int
    num_sources: int
    first_report: str | None
    last_report: str | None
    members: tuple[Mention, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "speaker": self.speaker, "content": self.content, "num_quotes": self.num_quotes,
            "num_sources": self.num_sources, "first_report": self.first_report, "last_report": self.last_report,
            "members": [member.to_dict() for member in self.members],
        }


@dataclass(frozen=True, slots=True)
class Position:
    """What an actor supports, rejects, demands or accuses, and the words that say so.

    ``via`` is ``event`` or ``quote``; ``predicate`` the PLOVER type or the cue word.
    """

    actor_code: str
    actor_name: str | None
    stance: str
    object: str | None
    via: str
    predicate: str | None
    evidence: Evidence
    date: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor_code": self.actor_code, "actor_name": self.actor_name, "stance": self.stance,
            "object": self.object, "via": self.via, "predicate": self.predicate,
            "evidence": self.evidence.to_dict(), "date": self.date,
        }


@dataclass(frozen=True, slots=True)
class Claim:
    """One side of a contradiction: its evidence and the value it asserts."""

    evidence: Evidence
    value: str | None

    def to_dict(self) -> dict[str, Any]:
        return {**self.evidence.to_dict(), "value": self.value}


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two claims that cannot both hold.

    ``kind``: ``negation`` (the same predicate and arguments asserted and
    denied), ``date`` or ``count`` (one event cluster, incompatible values).
    """

    kind: str
    predicate: str
    source_code: str | None
    target_code: str | None
    cluster_id: int | None
    a: Claim
    b: Claim

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind, "predicate": self.predicate, "source_code": self.source_code,
            "target_code": self.target_code, "cluster_id": self.cluster_id,
            "a": self.a.to_dict(), "b": self.b.to_dict(),
        }
