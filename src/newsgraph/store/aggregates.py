"""Reading stored findings back with filters: clusters, quote groups, positions, contradictions.

``newsgraph.aggregate`` computes the findings (``store/findings.py`` gives
their shapes) and stores them through ``store/finding_writes.py``; the
schema owns them, so the store can serve them without the aggregation code.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from typing import Any, Unpack

from newsgraph.records import Location
from newsgraph.store._sql import Where, id_slices, window
from newsgraph.store.filters import (
    ClusterFilters,
    ContradictionFilters,
    PositionFilters,
    cluster_where,
    contradiction_where,
    position_where,
)
from newsgraph.store.finding_writes import BUILT_BY, BUILT_THROUGH
from newsgraph.store.findings import Claim, Cluster, Contradiction, Evidence, Mention, Position, QuoteGroup

# Ids are given per partition as it is rebuilt, so they do not say when an event happened: list clusters
# by their first date (undated last), then id (the order they were found in). The index clusters_order
# (migration 0003) serves it.
_CLUSTER_ORDER = "c.first_date IS NULL, c.first_date, c.id"
# Clusters read per block when streaming (their mentions are read per block too).
_CLUSTERS_PER_READ = 500
# Quote groups in order of first appearance: the document of their first member, then id.
_GROUP_ORDER = "(SELECT min(m.document_id) FROM quote_group_members m WHERE m.group_id = g.id), g.id"


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
        self, *, limit: int | None = None, offset: int = 0, **filters: Unpack[ClusterFilters]
    ) -> list[Cluster]:
        """Event clusters matching every filter given; ``limit``/``offset`` read one page."""
        return list(self.iter_clusters(limit=limit, offset=offset, **filters))

    def iter_clusters(
        self, *, limit: int | None = None, offset: int = 0, **filters: Unpack[ClusterFilters]
    ) -> Iterator[Cluster]:
        """As ``clusters``, read from SQLite a block at a time as they are consumed."""
        where = cluster_where(filters)
        page, page_params = window(limit, offset)
        rows = self.conn.execute(
            f"SELECT * FROM clusters c{where.sql()} ORDER BY {_CLUSTER_ORDER}{page}", [*where.params, *page_params]
        )
        while block := rows.fetchmany(_CLUSTERS_PER_READ):
            mentions = self._cluster_mentions([row[0] for row in block])
            for row in block:
                yield _cluster(row, tuple(mentions.get(row[0], ())))

    def count_clusters(self, **filters: Unpack[ClusterFilters]) -> int:
        where = cluster_where(filters)
        return int(self.conn.execute(f"SELECT count(*) FROM clusters c{where.sql()}", where.params).fetchone()[0])

    def _cluster_mentions(self, ids: list[int]) -> dict[int, list[Mention]]:
        found: dict[int, list[Mention]] = defaultdict(list)
        for wanted, marks in id_slices(ids):
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
        """Quotes repeated across documents, by a speaker (part of the name) and reported by enough outlets."""
        return list(self.iter_quote_groups(speaker=speaker, min_sources=min_sources))

    def iter_quote_groups(self, *, speaker: str | None = None, min_sources: int = 1) -> Iterator[QuoteGroup]:
        """As ``quote_groups``, read from SQLite as they are consumed."""
        where = Where()
        if speaker:
            where.like("g.speaker LIKE '%' || ? || '%'", speaker)
        where.add("g.num_sources >= ?", min_sources)
        groups = self.conn.execute(f"SELECT * FROM quote_groups g{where.sql()} ORDER BY {_GROUP_ORDER}",
                                   where.params)
        for gid, spk, content, num_quotes, num_sources, first, last in groups:
            members = self.conn.execute(
                "SELECT d.source, m.quote_idx, d.doc_id, q.content_start, q.content_end, q.content_text, d.id"
                " FROM quote_group_members m"
                " JOIN quotes q ON q.document_id = m.document_id AND q.idx = m.quote_idx"
                " JOIN documents d ON d.id = m.document_id WHERE m.group_id = ? ORDER BY d.id, m.quote_idx", (gid,),
            ).fetchall()
            yield QuoteGroup(gid, spk, content, num_quotes, num_sources, first, last,
                             tuple(Mention(m[0], m[1], Evidence(*m[2:])) for m in members))

    def positions(
        self, *, limit: int | None = None, offset: int = 0, **filters: Unpack[PositionFilters]
    ) -> list[Position]:
        """Stated positions matching every filter given; ``limit``/``offset`` read one page."""
        return list(self.iter_positions(limit=limit, offset=offset, **filters))

    def iter_positions(
        self, *, limit: int | None = None, offset: int = 0, **filters: Unpack[PositionFilters]
    ) -> Iterator[Position]:
        """As ``positions``, read from SQLite as they are consumed."""
        where = position_where(filters)
        page, page_params = window(limit, offset)
        rows = self.conn.execute(
            "SELECT p.actor_code, p.actor_name, p.stance, p.object, p.via, p.predicate, p.doc_id, p.start, p.end,"
            f" p.text, p.document_id, p.date FROM positions p JOIN documents d ON d.id = p.document_id{where.sql()}"
            f" ORDER BY p.actor_code, p.stance, p.id{page}", [*where.params, *page_params],
        )
        for code, name, stance_, obj, via, pred, doc_id, start, end, text, document, date in rows:
            yield Position(code, name, stance_, obj, via, pred, Evidence(doc_id, start, end, text, document), date)

    def count_positions(self, **filters: Unpack[PositionFilters]) -> int:
        where = position_where(filters)
        return int(self.conn.execute(
            f"SELECT count(*) FROM positions p JOIN documents d ON d.id = p.document_id{where.sql()}", where.params
        ).fetchone()[0])

    def contradictions(
        self, *, limit: int | None = None, offset: int = 0, **filters: Unpack[ContradictionFilters]
    ) -> list[Contradiction]:
        """Contradicting claims matching every filter given; ``limit``/``offset`` read one page."""
        return list(self.iter_contradictions(limit=limit, offset=offset, **filters))

    def iter_contradictions(
        self, *, limit: int | None = None, offset: int = 0, **filters: Unpack[ContradictionFilters]
    ) -> Iterator[Contradiction]:
        """As ``contradictions``, read from SQLite as they are consumed."""
        where = contradiction_where(filters)
        page, page_params = window(limit, offset)
        rows = self.conn.execute(
            "SELECT kind, predicate, source_code, target_code, cluster_id, a_doc_id, a_start, a_end, a_text,"
            " a_document_id, a_value, b_doc_id, b_start, b_end, b_text, b_document_id, b_value"
            f" FROM contradictions c{where.sql()} ORDER BY c.id{page}", [*where.params, *page_params],
        )
        for r in rows:
            yield Contradiction(r[0], r[1], r[2], r[3], r[4], Claim(Evidence(*r[5:10]), r[10]),
                                Claim(Evidence(*r[11:16]), r[16]))

    def count_contradictions(self, **filters: Unpack[ContradictionFilters]) -> int:
        where = contradiction_where(filters)
        return int(self.conn.execute(f"SELECT count(*) FROM contradictions c{where.sql()}", where.params)
                   .fetchone()[0])


def _cluster(row: tuple[Any, ...], mentions: tuple[Mention, ...]) -> Cluster:
    loc = None if row[14] is None else Location(row[14], row[15], row[16], row[17], row[18])
    return Cluster(*row[:14], loc, row[19], row[20], row[21], mentions)  # type: ignore[arg-type]
