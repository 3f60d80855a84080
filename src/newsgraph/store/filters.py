"""What each query's filters mean in SQL: one set of keywords per query and the WHERE clause it builds.

A list method and its count take the same keywords
(``store.events(actor="RUS", limit=20)``, ``store.count_events(actor="RUS")``),
declared once here as a TypedDict, so the two can never filter differently.
Filters mean the same on every query and on the CLI:

- ``actor``: a CAMEO code prefix (``RUS`` matches ``RUSGOV``) or a name,
  matched without case against the span text and the actor's name;
- ``type``: a PLOVER type (``ACCUSE``) or a CAMEO code prefix (``11``);
- ``since`` / ``until``: ISO dates, inclusive, on the event date, else the
  publication date;
- ``source``: an outlet (the url's host, ``reuters.com``) or a doc id.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

from newsgraph.store._sql import Where, date_filter, source_filter

# One actor across the corpus: its code, or its name when it has no code.
ACTOR_KEY = "coalesce(a.code, a.name)"


class _SourceFilters(TypedDict, total=False):
    source: str | None


class _DatedFilters(_SourceFilters, total=False):
    since: str | None
    until: str | None


class ActorRecordFilters(_DatedFilters, total=False):
    actor: str | None


class ActorFilters(ActorRecordFilters, total=False):
    """``actor`` is the usual filter; ``key`` picks one actor (code, or name when uncoded) exactly."""

    key: str | None


class PositionFilters(ActorRecordFilters, total=False):
    stance: str | None


class ClusterFilters(ActorRecordFilters, total=False):
    type: str | None
    min_sources: int


class EventFilters(ActorRecordFilters, total=False):
    type: str | None
    negated: bool | None


class QuoteFilters(_DatedFilters, total=False):
    speaker: str | None


class ContradictionFilters(_SourceFilters, total=False):
    actor: str | None
    type: str | None


def event_where(filters: EventFilters) -> Where:
    actor, type_ = _known(filters, EventFilters).get("actor"), filters.get("type")
    where = Where()
    if actor:
        where.like(
            "(" + _actor_match("r.source_code", "r.source_text", "r.source_actor_id") + " OR "
            + _actor_match("r.target_code", "r.target_text", "r.target_actor_id") + ")",
            *([actor] * 6),
        )
    type_filter(where, type_, cameo="r.cameo", plover="r.plover")
    negated = filters.get("negated")
    if negated is not None:
        where.add("r.negated = ?", int(negated))
    _dated_source(where, filters, "coalesce(r.date, d.published)")
    return where


def quote_where(filters: QuoteFilters) -> Where:
    speaker = _known(filters, QuoteFilters).get("speaker")
    where = Where()
    if speaker:
        where.like(
            "(r.speaker_actor LIKE ? || '%' OR r.speaker_text LIKE '%' || ? || '%'"
            " OR r.speaker_resolved_text LIKE '%' || ? || '%')", speaker, speaker, speaker,
        )
    _dated_source(where, filters, "d.published")
    return where


def cluster_where(filters: ClusterFilters) -> Where:
    actor, source = _known(filters, ClusterFilters).get("actor"), filters.get("source")
    where = Where()
    if actor:
        where.like("(" + _code_or_name("c.source_code", "c.source_name") + " OR "
                   + _code_or_name("c.target_code", "c.target_name") + ")", actor, actor, actor, actor)
    type_filter(where, filters.get("type"), cameo="c.cameo", plover="c.plover")
    # A cluster spans dates: it is in the window when its span overlaps it.
    date_filter(where, "coalesce(c.last_date, c.last_report)", filters.get("since"), None)
    date_filter(where, "coalesce(c.first_date, c.first_report)", None, filters.get("until"))
    if source:
        where.add(
            "EXISTS (SELECT 1 FROM cluster_events x JOIN documents d ON d.id = x.document_id"
            " WHERE x.cluster_id = c.id AND (d.source = ? OR d.doc_id = ?))",
            source.lower().removeprefix("www."), source,
        )
    where.add("c.num_sources >= ?", filters.get("min_sources", 1))
    return where


def position_where(filters: PositionFilters) -> Where:
    actor, stance = _known(filters, PositionFilters).get("actor"), filters.get("stance")
    where = Where()
    if actor:
        where.like(_code_or_name("p.actor_code", "p.actor_name"), actor, actor)
    if stance:
        where.add("p.stance = ?", stance.lower())
    _dated_source(where, filters, "p.date")
    return where


def contradiction_where(filters: ContradictionFilters) -> Where:
    actor, type_ = _known(filters, ContradictionFilters).get("actor"), filters.get("type")
    source = filters.get("source")
    where = Where()
    if actor:
        where.like("(c.source_code LIKE ? || '%' OR c.target_code LIKE ? || '%')", actor, actor)
    if type_:
        where.add("(c.predicate = ? OR c.kind = ?)", type_.upper(), type_.lower())
    if source:
        where.add(
            "EXISTS (SELECT 1 FROM documents d WHERE d.id IN (c.a_document_id, c.b_document_id)"
            " AND (d.source = ? OR d.doc_id = ?))", source.lower().removeprefix("www."), source,
        )
    return where


def actor_record_where(filters: ActorRecordFilters) -> Where:
    where = Where()
    _code_prefix_or_name(where, "r", _known(filters, ActorRecordFilters).get("actor"))
    _dated_source(where, filters, "d.published")
    return where


def actor_where(filters: ActorFilters) -> Where:
    key = _known(filters, ActorFilters).get("key")
    where = Where()
    _code_prefix_or_name(where, "a", filters.get("actor"))
    if key is not None:
        where.add(f"{ACTOR_KEY} = ?", key)
    _dated_source(where, filters, "d.published")
    return where


def _known(filters: Mapping[str, Any], kind: type) -> Mapping[str, Any]:
    # Keywords reach the builders through **filters: a misspelt one must fail
    # as a misspelt argument would, not be silently ignored.
    unknown = sorted(set(filters) - set(kind.__annotations__))
    if unknown:
        raise TypeError(f"unexpected filter {', '.join(map(repr, unknown))}; known: {', '.join(kind.__annotations__)}")
    return filters


def type_filter(where: Where, type_: str | None, *, cameo: str, plover: str) -> None:
    """A PLOVER type, or a CAMEO code prefix when all digits."""
    if not type_:
        return
    if type_.isdigit():
        where.like(f"{cameo} LIKE ? || '%'", type_)
    else:
        where.add(f"{plover} = ?", type_.upper())


def _dated_source(where: Where, filters: Mapping[str, Any], date_column: str) -> None:
    date_filter(where, date_column, filters.get("since"), filters.get("until"))
    source_filter(where, filters.get("source"))


def _code_prefix_or_name(where: Where, table: str, actor: str | None) -> None:
    """An actor row (alias ``table``) whose code starts with, or whose name contains, ``actor``."""
    if actor:
        where.like(_code_or_name(f"{table}.code", f"{table}.name"), actor, actor)


def _actor_match(code_col: str, text_col: str, id_col: str) -> str:
    return (
        f"({code_col} LIKE ? || '%' OR {text_col} LIKE '%' || ? || '%' OR EXISTS (SELECT 1 FROM actors a"
        f" WHERE a.document_id = r.document_id AND a.actor_id = {id_col} AND a.name LIKE '%' || ? || '%'))"
    )


def _code_or_name(code: str, name: str) -> str:
    return f"({code} LIKE ? || '%' OR {name} LIKE '%' || ? || '%')"
