"""Findings across articles as records, and their tables: clusters, quote groups, positions, contradictions.

``newsgraph.aggregate`` computes them from the stored records; this module
only defines their shapes, writes and deletes them (inside the caller's
transaction) and reads them back with filters. The schema owns
them, so the store can serve them without the aggregation code.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from newsgraph.records import Location
from newsgraph.store._sql import Where, date_filter, window

# meta keys: the highest documents.id the stored findings were built from, and by which code.
BUILT_THROUGH = "aggregates_built_through"
BUILT_BY = "aggregates_built_by"


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


# -- writing -----------------------------------------------------------------
# ``newsgraph.aggregate`` replaces findings partition by partition inside one
# transaction of its own; these helpers write and delete them. Ids are given
# by SQLite on insert: a rebuilt partition gets new ids, the others keep theirs.

_AGGREGATE_TABLES = ("cluster_events", "clusters", "quote_group_members", "quote_groups", "positions",
                     "contradictions")


def delete_aggregates(conn: sqlite3.Connection) -> None:
    """Delete every stored finding (before a full rebuild)."""
    for table in _AGGREGATE_TABLES:
        conn.execute(f"DELETE FROM {table}")


def insert_cluster(conn: sqlite3.Connection, c: Cluster) -> int:
    """Store one cluster and its events; returns its new id (``c.id`` is not used)."""
    loc = c.location
    cursor = conn.execute(
        "INSERT INTO clusters VALUES (" + ", ".join("?" * 22) + ")",
        (None, c.plover, c.cameo, c.source_code, c.source_name, c.target_code, c.target_name, c.first_date,
         c.last_date, c.first_report, c.last_report, c.num_mentions, c.num_sources, c.num_articles,
         *((None,) * 5 if loc is None else (loc.name, loc.country, loc.lat, loc.lon, loc.geonameid)),
         c.goldstein, c.quad_class, c.source_url),
    )
    cluster_id = int(cursor.lastrowid or 0)
    conn.executemany(
        "INSERT OR IGNORE INTO cluster_events VALUES (?, ?, ?)",
        [(cluster_id, m.evidence.document_id, m.index) for m in c.mentions],
    )
    return cluster_id


def _id_slices(ids: Sequence[int]) -> Iterator[tuple[list[int], str]]:
    """``ids`` in slices for ``IN (...)`` lists, each with its placeholders (SQLite bounds a statement's parameters)."""
    for first in range(0, len(ids), _IDS_PER_STATEMENT):
        wanted = list(ids[first : first + _IDS_PER_STATEMENT])
        yield wanted, ", ".join("?" * len(wanted))


def delete_clusters(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
    """Delete clusters with their events and the date and count conflicts found in them."""
    for wanted, marks in _id_slices(ids):
        conn.execute(f"DELETE FROM contradictions WHERE cluster_id IN ({marks})", wanted)
        conn.execute(f"DELETE FROM cluster_events WHERE cluster_id IN ({marks})", wanted)
        conn.execute(f"DELETE FROM clusters WHERE id IN ({marks})", wanted)


def insert_quote_group(conn: sqlite3.Connection, g: QuoteGroup) -> int:
    """Store one quote group and its members; returns its new id (``g.id`` is not used)."""
    cursor = conn.execute("INSERT INTO quote_groups VALUES (?, ?, ?, ?, ?, ?, ?)",
                          (None, g.speaker, g.content, g.num_quotes, g.num_sources, g.first_report, g.last_report))
    group_id = int(cursor.lastrowid or 0)
    conn.executemany(
        "INSERT OR IGNORE INTO quote_group_members VALUES (?, ?, ?)",
        [(group_id, m.evidence.document_id, m.index) for m in g.members],
    )
    return group_id


def delete_quote_groups(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
    for wanted, marks in _id_slices(ids):
        conn.execute(f"DELETE FROM quote_group_members WHERE group_id IN ({marks})", wanted)
        conn.execute(f"DELETE FROM quote_groups WHERE id IN ({marks})", wanted)


def insert_positions(conn: sqlite3.Connection, positions: Sequence[Position]) -> None:
    conn.executemany(
        "INSERT INTO positions (actor_code, actor_name, stance, object, via, predicate, doc_id, document_id,"
        " start, end, text, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(p.actor_code, p.actor_name, p.stance, p.object, p.via, p.predicate, p.evidence.doc_id,
          p.evidence.document_id, p.evidence.start, p.evidence.end, p.evidence.text, p.date) for p in positions],
    )


def insert_contradictions(conn: sqlite3.Connection, contradictions: Sequence[Contradiction]) -> None:
    conn.executemany(
        "INSERT INTO contradictions (kind, predicate, source_code, target_code, cluster_id, a_doc_id, a_document_id,"
        " a_start, a_end, a_text, a_value, b_doc_id, b_document_id, b_start, b_end, b_text, b_value)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(c.kind, c.predicate, c.source_code, c.target_code, c.cluster_id, *_claim(c.a), *_claim(c.b))
         for c in contradictions],
    )


def mark_built(conn: sqlite3.Connection, *, built_through: int, built_by: str) -> None:
    """Record which documents (ids up to ``built_through``) and which code the stored findings come from."""
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (BUILT_THROUGH, str(built_through)))
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (BUILT_BY, built_by))
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                 ("aggregates_built_at", datetime.now(UTC).isoformat(timespec="seconds")))


def count_aggregates(conn: sqlite3.Connection) -> tuple[int, int, int, int]:
    """How many clusters, quote groups, positions and contradictions are stored."""
    return tuple(  # type: ignore[return-value]
        int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for table in ("clusters", "quote_groups", "positions", "contradictions")
    )


def _claim(claim: Claim) -> tuple[Any, ...]:
    e = claim.evidence
    return (e.doc_id, e.document_id, e.start, e.end, e.text, claim.value)


# -- reading -----------------------------------------------------------------


def _code_or_name(code: str, name: str) -> str:
    return f"({code} LIKE ? || '%' OR {name} LIKE '%' || ? || '%')"


class AggregateQueries:
    """Read methods for the findings (mixed into ``Store``)."""

    conn: sqlite3.Connection

    def aggregates_built_through(self) -> int | None:
        """The last document the stored findings include, or None if never built."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (BUILT_THROUGH,)).fetchone()
        return None if row is None else int(row[0])

    def aggregates_built_by(self) -> str | None:
        """Which aggregation code built the stored findings (see ``newsgraph.aggregate.rebuild``)."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (BUILT_BY,)).fetchone()
        return None if row is None else str(row[0])

    def last_document(self) -> int:
        return int(self.conn.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0])

    def clusters(
        self,
        *,
        actor: str | None = None,
        type: str | None = None,  # noqa: A002 - the CLI's word for it
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        min_sources: int = 1,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Cluster]:
        """Event clusters matching every filter given; ``limit``/``offset`` read one page."""
        where = _cluster_filters(actor, type, since, until, source, min_sources)
        page, page_params = window(limit, offset)
        rows = self.conn.execute(
            f"SELECT * FROM clusters c{where.sql()} ORDER BY {_CLUSTER_ORDER}{page}", [*where.params, *page_params]
        ).fetchall()
        mentions = self._cluster_mentions([row[0] for row in rows])
        return [_cluster(row, tuple(mentions.get(row[0], ()))) for row in rows]

    def count_clusters(
        self,
        *,
        actor: str | None = None,
        type: str | None = None,  # noqa: A002 - the CLI's word for it
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        min_sources: int = 1,
    ) -> int:
        where = _cluster_filters(actor, type, since, until, source, min_sources)
        return int(self.conn.execute(f"SELECT count(*) FROM clusters c{where.sql()}", where.params).fetchone()[0])

    def _cluster_mentions(self, ids: list[int]) -> dict[int, list[Mention]]:
        found: dict[int, list[Mention]] = defaultdict(list)
        for wanted, marks in _id_slices(ids):
            rows = self.conn.execute(
                "SELECT x.cluster_id, d.source, x.event_idx, d.doc_id, e.trigger_start, e.trigger_end,"
                " e.trigger_text, d.id FROM cluster_events x"
                " JOIN events e ON e.document_id = x.document_id AND e.idx = x.event_idx"
                " JOIN documents d ON d.id = x.document_id"
                f" WHERE x.cluster_id IN ({marks}) ORDER BY x.cluster_id, d.id, x.event_idx",
                wanted,
            )
            for cid, outlet, idx, doc_id, start, end, text, document in rows:
                found[cid].append(Mention(outlet, idx, Evidence(doc_id, start, end, text, document)))
        return found

    def quote_groups(self, *, speaker: str | None = None, min_sources: int = 1) -> list[QuoteGroup]:
        where = Where()
        if speaker:
            where.like("g.speaker LIKE '%' || ? || '%'", speaker)
        where.add("g.num_sources >= ?", min_sources)
        groups = self.conn.execute(f"SELECT * FROM quote_groups g{where.sql()} ORDER BY {_GROUP_ORDER}",
                                   where.params)
        result = []
        for gid, spk, content, num_quotes, num_sources, first, last in groups.fetchall():
            members = self.conn.execute(
                "SELECT d.source, m.quote_idx, d.doc_id, q.content_start, q.content_end, q.content_text, d.id"
                " FROM quote_group_members m"
                " JOIN quotes q ON q.document_id = m.document_id AND q.idx = m.quote_idx"
                " JOIN documents d ON d.id = m.document_id WHERE m.group_id = ? ORDER BY d.id, m.quote_idx", (gid,),
            ).fetchall()
            result.append(QuoteGroup(gid, spk, content, num_quotes, num_sources, first, last,
                                     tuple(Mention(m[0], m[1], Evidence(*m[2:])) for m in members)))
        return result

    def positions(
        self,
        *,
        actor: str | None = None,
        stance: str | None = None,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Position]:
        """Stated positions matching every filter given; ``limit``/``offset`` read one page."""
        where = _position_filters(actor, stance, since, until, source)
        page, page_params = window(limit, offset)
        rows = self.conn.execute(
            "SELECT p.actor_code, p.actor_name, p.stance, p.object, p.via, p.predicate, p.doc_id, p.start, p.end,"
            f" p.text, p.document_id, p.date FROM positions p JOIN documents d ON d.id = p.document_id{where.sql()}"
            f" ORDER BY p.actor_code, p.stance, p.id{page}", [*where.params, *page_params],
        )
        return [Position(code, name, stance_, obj, via, pred, Evidence(doc_id, start, end, text, document), date)
                for code, name, stance_, obj, via, pred, doc_id, start, end, text, document, date in rows]

    def count_positions(
        self,
        *,
        actor: str | None = None,
        stance: str | None = None,
        since: str | None = None,
        until: str | None = None,
        source: str | None = None,
    ) -> int:
        where = _position_filters(actor, stance, since, until, source)
        return int(self.conn.execute(
            f"SELECT count(*) FROM positions p JOIN documents d ON d.id = p.document_id{where.sql()}", where.params
        ).fetchone()[0])

    def contradictions(
        self,
        *,
        actor: str | None = None,
        type: str | None = None,  # noqa: A002 - the CLI's word for it
        source: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Contradiction]:
        """Contradicting claims matching every filter given; ``limit``/``offset`` read one page."""
        where = _contradiction_filters(actor, type, source)
        page, page_params = window(limit, offset)
        rows = self.conn.execute(
            "SELECT kind, predicate, source_code, target_code, cluster_id, a_doc_id, a_start, a_end, a_text,"
            " a_document_id, a_value, b_doc_id, b_start, b_end, b_text, b_document_id, b_value"
            f" FROM contradictions c{where.sql()} ORDER BY c.id{page}", [*where.params, *page_params],
        )
        return [
            Contradiction(r[0], r[1], r[2], r[3], r[4], Claim(Evidence(*r[5:10]), r[10]),
                          Claim(Evidence(*r[11:16]), r[16]))
            for r in rows
        ]

    def count_contradictions(
        self,
        *,
        actor: str | None = None,
        type: str | None = None,  # noqa: A002 - the CLI's word for it
        source: str | None = None,
    ) -> int:
        where = _contradiction_filters(actor, type, source)
        return int(self.conn.execute(f"SELECT count(*) FROM contradictions c{where.sql()}", where.params)
                   .fetchone()[0])


# Cluster ids bound into one IN (...) list; well under SQLite's parameter limit.
_IDS_PER_STATEMENT = 500
# Ids are given per partition as it is rebuilt, so they do not say when an event happened: list clusters
# by their first date (undated last), then id (the order they were found in). The index clusters_order
# (migration 0003) serves it.
_CLUSTER_ORDER = "c.first_date IS NULL, c.first_date, c.id"
# Quote groups in order of first appearance: the document of their first member, then id.
_GROUP_ORDER = "(SELECT min(m.document_id) FROM quote_group_members m WHERE m.group_id = g.id), g.id"


def _cluster_filters(
    actor: str | None, type_: str | None, since: str | None, until: str | None, source: str | None,
    min_sources: int,
) -> Where:
    where = Where()
    if actor:
        where.like("(" + _code_or_name("c.source_code", "c.source_name") + " OR "
                   + _code_or_name("c.target_code", "c.target_name") + ")", actor, actor, actor, actor)
    if type_:
        if type_.isdigit():
            where.like("c.cameo LIKE ? || '%'", type_)
        else:
            where.add("c.plover = ?", type_.upper())
    date_filter(where, "coalesce(c.last_date, c.last_report)", since, None)
    date_filter(where, "coalesce(c.first_date, c.first_report)", None, until)
    if source:
        where.add(
            "EXISTS (SELECT 1 FROM cluster_events x JOIN documents d ON d.id = x.document_id"
            " WHERE x.cluster_id = c.id AND (d.source = ? OR d.doc_id = ?))",
            source.lower().removeprefix("www."), source,
        )
    where.add("c.num_sources >= ?", min_sources)
    return where


def _position_filters(
    actor: str | None, stance: str | None, since: str | None, until: str | None, source: str | None,
) -> Where:
    where = Where()
    if actor:
        where.like(_code_or_name("p.actor_code", "p.actor_name"), actor, actor)
    if stance:
        where.add("p.stance = ?", stance.lower())
    date_filter(where, "p.date", since, until)
    if source:
        where.add("(d.source = ? OR d.doc_id = ?)", source.lower().removeprefix("www."), source)
    return where


def _contradiction_filters(actor: str | None, type_: str | None, source: str | None) -> Where:
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


def _cluster(row: tuple[Any, ...], mentions: tuple[Mention, ...]) -> Cluster:
    loc = None if row[14] is None else Location(row[14], row[15], row[16], row[17], row[18])
    return Cluster(*row[:14], loc, row[19], row[20], row[21], mentions)  # type: ignore[arg-type]
