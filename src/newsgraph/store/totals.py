"""Totals across the corpus computed in SQL: actors by code, and the event network by dyad and type.

The web's actor list and network view would otherwise load every actor or
event record of the corpus into memory for each request; here SQLite groups
and counts, and only the rows of one page (or one edge per dyad and type)
come back.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Unpack

from newsgraph.store._sql import Where, window
from newsgraph.store.filters import ACTOR_KEY, ActorFilters, actor_where, type_filter


@dataclass(frozen=True, slots=True)
class ActorTotal:
    """One actor across the corpus and where it appears."""

    key: str
    code: str | None
    names: tuple[str, ...]
    documents: int
    mentions: int

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "code": self.code, "names": list(self.names), "documents": self.documents,
                "mentions": self.mentions}


@dataclass(frozen=True, slots=True)
class EventEdge:
    """Asserted events from one actor code to another, of one PLOVER type and quad class."""

    source: str
    target: str
    plover: str
    quad_class: int | None
    count: int

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "plover": self.plover, "quad_class": self.quad_class,
                "count": self.count}


class TotalsQueries:
    """Totals methods of ``Store`` (which provides ``self.conn``)."""

    conn: sqlite3.Connection

    def actor_totals(
        self, *, limit: int | None = None, offset: int = 0, **filters: Unpack[ActorFilters]
    ) -> list[ActorTotal]:
        """Actors grouped by code (uncoded ones by name), most mentioned first."""
        where = actor_where(filters)
        page, page_params = window(limit, offset)
        rows = self.conn.execute(
            f"SELECT {ACTOR_KEY} AS k, max(a.code), json_group_array(DISTINCT a.name), count(DISTINCT d.doc_id),"
            " sum((SELECT count(*) FROM mentions m WHERE m.document_id = a.document_id AND m.actor_idx = a.idx))"
            f" AS n FROM actors a JOIN documents d ON d.id = a.document_id{where.sql()}"
            f" GROUP BY k ORDER BY n DESC, k{page}", [*where.params, *page_params],
        )
        return [ActorTotal(k, code, tuple(sorted(json.loads(names))), documents, mentions or 0)
                for k, code, names, documents, mentions in rows]

    def count_actor_totals(self, **filters: Unpack[ActorFilters]) -> int:
        where = actor_where(filters)
        return int(self.conn.execute(
            f"SELECT count(DISTINCT {ACTOR_KEY}) FROM actors a JOIN documents d ON d.id = a.document_id{where.sql()}",
            where.params,
        ).fetchone()[0])

    def event_edges(self, *, type: str | None = None) -> list[EventEdge]:  # noqa: A002 - the API's word
        """Asserted events between two coded actors, counted by dyad, PLOVER type and quad class."""
        where = Where()
        where.add("e.negated = 0")
        where.add("e.source_code IS NOT NULL AND e.target_code IS NOT NULL")
        type_filter(where, type, cameo="e.cameo", plover="e.plover")
        rows = self.conn.execute(
            "SELECT e.source_code, e.target_code, e.plover, e.quad_class, count(*) AS n FROM events e"
            f"{where.sql()} GROUP BY 1, 2, 3, 4 ORDER BY n DESC, 1, 2, 3", where.params,
        )
        return [EventEdge(*row) for row in rows]
