"""Writing and deleting stored findings, inside the caller's transaction.

``newsgraph.aggregate`` replaces findings partition by partition inside one
transaction of its own; these helpers write and delete them. Ids are given
by SQLite on insert: a rebuilt partition gets new ids, the others keep theirs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from newsgraph.store._sql import id_slices
from newsgraph.store.findings import Claim, Cluster, Contradiction, Mention, Position, QuoteGroup

# meta keys: the highest documents.id the stored findings were built from, and by which code.
BUILT_THROUGH = "aggregates_built_through"
BUILT_BY = "aggregates_built_by"

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
    return _with_mentions(conn, cursor, "cluster_events", c.mentions)


def delete_clusters(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
    """Delete clusters with their events and the date and count conflicts found in them."""
    for wanted, marks in id_slices(ids):
        conn.execute(f"DELETE FROM contradictions WHERE cluster_id IN ({marks})", wanted)
        conn.execute(f"DELETE FROM cluster_events WHERE cluster_id IN ({marks})", wanted)
        conn.execute(f"DELETE FROM clusters WHERE id IN ({marks})", wanted)


def insert_quote_group(conn: sqlite3.Connection, g: QuoteGroup) -> int:
    """Store one quote group and its members; returns its new id (``g.id`` is not used)."""
    cursor = conn.execute("INSERT INTO quote_groups VALUES (?, ?, ?, ?, ?, ?, ?)",
                          (None, g.speaker, g.content, g.num_quotes, g.num_sources, g.first_report, g.last_report))
    return _with_mentions(conn, cursor, "quote_group_members", g.members)


def delete_quote_groups(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
    for wanted, marks in id_slices(ids):
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


def _with_mentions(conn: sqlite3.Connection, cursor: sqlite3.Cursor, table: str, mentions: Sequence[Mention]) -> int:
    """The id of the row ``cursor`` inserted, after storing its mentions in ``table`` (id, document, index)."""
    owner = int(cursor.lastrowid or 0)
    conn.executemany(f"INSERT OR IGNORE INTO {table} VALUES (?, ?, ?)",
                     [(owner, m.evidence.document_id, m.index) for m in mentions])
    return owner


def _claim(claim: Claim) -> tuple[Any, ...]:
    e = claim.evidence
    return (e.doc_id, e.document_id, e.start, e.end, e.text, claim.value)
