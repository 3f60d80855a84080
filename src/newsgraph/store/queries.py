"""Reading the store: documents back as contract records, and filtered record queries.

``Queries`` is mixed into ``Store``; every method returns frozen records
(``Result``, or a ``Stored*`` wrapper that adds where a record was found),
never rows. What the filters mean is written once, in ``store/filters.py``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Unpack

from newsgraph.records import Actor, ErrorRecord, Event, Place, Quote, RemovedSpan, Result, Timex
from newsgraph.store._sql import Where as _Where
from newsgraph.store._sql import source_filter as _source_filter
from newsgraph.store._sql import window as _window
from newsgraph.store.filters import (
    ActorRecordFilters,
    EventFilters,
    QuoteFilters,
    actor_record_where,
    event_where,
    quote_where,
)
from newsgraph.store.aggregates import AggregateQueries
from newsgraph.store.totals import TotalsQueries

# Documents read per query when streaming results back (texts can be long).
_DOCUMENTS_PER_READ = 100
TABLES = ("documents", "removed", "actors", "mentions", "quotes", "events", "timexes", "places", "errors", "runs")


@dataclass(frozen=True, slots=True)
class Found:
    """Where a record was found: the document it belongs to."""

    doc_id: str
    outlet: str
    published: str | None
    url: str | None
    index: int
    document_id: int = 0  # the documents row (doc ids need not be unique); not exported

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "outlet": self.outlet, "published": self.published, "url": self.url,
                "index": self.index}


@dataclass(frozen=True, slots=True)
class StoredEvent:
    found: Found
    event: Event

    def to_dict(self) -> dict[str, Any]:
        return {**self.found.to_dict(), **self.event.to_dict()}


@dataclass(frozen=True, slots=True)
class StoredQuote:
    found: Found
    quote: Quote

    def to_dict(self) -> dict[str, Any]:
        return {**self.found.to_dict(), **self.quote.to_dict()}


@dataclass(frozen=True, slots=True)
class StoredActor:
    found: Found
    actor: Actor

    def to_dict(self) -> dict[str, Any]:
        return {**self.found.to_dict(), **self.actor.to_dict()}


_FOUND = "d.doc_id, d.source, d.published, d.url, r.idx, r.data, d.id"


def _found(row: sqlite3.Row | tuple[Any, ...]) -> Found:
    return Found(doc_id=row[0], outlet=row[1], published=row[2], url=row[3], index=row[4], document_id=row[6])


class Queries(AggregateQueries, TotalsQueries):
    """Read methods of ``Store`` (which provides ``self.conn``)."""

    conn: sqlite3.Connection

    def counts(self) -> dict[str, int]:
        """Rows per table of the contract (plus errors and runs)."""
        return {table: self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}

    def results(self, *, source: str | None = None) -> Iterator[Result]:
        """Every stored document as the ``Result`` that was stored, in ingest order."""
        where = _Where()
        _source_filter(where, source)
        after = 0
        # Keyset paging: a few documents in memory at a time however large the store.
        while True:
            page = _Where()
            page.clauses, page.params = [*where.clauses, "d.id > ?"], [*where.params, after]
            rows = self.conn.execute(
                "SELECT d.id, d.doc_id, d.text, d.title, d.published, d.url, d.schema_version, d.extra"
                f" FROM documents d{page.sql()} ORDER BY d.id LIMIT ?", [*page.params, _DOCUMENTS_PER_READ],
            ).fetchall()
            if not rows:
                return
            after = rows[-1][0]
            for row in rows:
                yield self._result(row)

    def _children(self, table: str, doc: int) -> list[dict[str, Any]]:
        rows = self.conn.execute(f"SELECT data FROM {table} WHERE document_id = ? ORDER BY idx", (doc,))
        return [json.loads(data) for (data,) in rows]

    def _result(self, row: tuple[Any, ...]) -> Result:
        doc, doc_id, text, title, published, url, schema_version, extra = row
        removed = self.conn.execute(
            "SELECT start, end, kind, reason FROM removed WHERE document_id = ? ORDER BY idx", (doc,)
        ).fetchall()
        data: dict[str, Any] = {
            "doc_id": doc_id, "text": text, "title": title, "published": published, "url": url,
            "schema_version": schema_version,
            "removed": [{"start": s, "end": e, "kind": k, "reason": r} for s, e, k, r in removed],
            "actors": self._children("actors", doc),
            "quotes": self._children("quotes", doc),
            "events": self._children("events", doc),
            "timexes": self._children("timexes", doc),
            "places": self._children("places", doc),
        }
        if extra:
            data.update(json.loads(extra))
        return Result.from_dict(data)

    def events(
        self, *, limit: int | None = None, offset: int = 0, **filters: Unpack[EventFilters]
    ) -> list[StoredEvent]:
        """Events matching every filter given, in ingest order; ``limit``/``offset`` read one page."""
        return list(self.iter_events(limit=limit, offset=offset, **filters))

    def iter_events(
        self, *, limit: int | None = None, offset: int = 0, **filters: Unpack[EventFilters]
    ) -> Iterator[StoredEvent]:
        """As ``events``, read from SQLite as they are consumed: memory stays flat however many match."""
        where = event_where(filters)
        page, page_params = _window(limit, offset)
        rows = self.conn.execute(
            f"SELECT {_FOUND} FROM events r JOIN documents d ON d.id = r.document_id{where.sql()}"
            f" ORDER BY d.id, r.idx{page}", [*where.params, *page_params],
        )
        for row in rows:
            yield StoredEvent(_found(row), Event.from_dict(json.loads(row[5])))

    def count_events(self, **filters: Unpack[EventFilters]) -> int:
        """How many events ``events`` would return with the same filters and no limit."""
        where = event_where(filters)
        return int(self.conn.execute(
            f"SELECT count(*) FROM events r JOIN documents d ON d.id = r.document_id{where.sql()}", where.params,
        ).fetchone()[0])

    def quotes(
        self, *, limit: int | None = None, offset: int = 0, **filters: Unpack[QuoteFilters]
    ) -> list[StoredQuote]:
        """Quotes matching every filter given, in ingest order; ``limit``/``offset`` read one page."""
        return list(self.iter_quotes(limit=limit, offset=offset, **filters))

    def iter_quotes(
        self, *, limit: int | None = None, offset: int = 0, **filters: Unpack[QuoteFilters]
    ) -> Iterator[StoredQuote]:
        """As ``quotes``, read from SQLite as they are consumed: memory stays flat however many match."""
        where = quote_where(filters)
        page, page_params = _window(limit, offset)
        rows = self.conn.execute(
            f"SELECT {_FOUND} FROM quotes r JOIN documents d ON d.id = r.document_id{where.sql()}"
            f" ORDER BY d.id, r.idx{page}", [*where.params, *page_params],
        )
        for row in rows:
            yield StoredQuote(_found(row), Quote.from_dict(json.loads(row[5])))

    def count_quotes(self, **filters: Unpack[QuoteFilters]) -> int:
        """How many quotes ``quotes`` would return with the same filters and no limit."""
        where = quote_where(filters)
        return int(self.conn.execute(
            f"SELECT count(*) FROM quotes r JOIN documents d ON d.id = r.document_id{where.sql()}", where.params,
        ).fetchone()[0])

    def actors(self, **filters: Unpack[ActorRecordFilters]) -> list[StoredActor]:
        """The actors of each document matching every filter given, in ingest order."""
        return list(self.iter_actors(**filters))

    def iter_actors(self, **filters: Unpack[ActorRecordFilters]) -> Iterator[StoredActor]:
        """As ``actors``, read from SQLite as they are consumed."""
        where = actor_record_where(filters)
        rows = self.conn.execute(
            f"SELECT {_FOUND} FROM actors r JOIN documents d ON d.id = r.document_id{where.sql()}"
            " ORDER BY d.id, r.idx", where.params,
        )
        for row in rows:
            yield StoredActor(_found(row), Actor.from_dict(json.loads(row[5])))

    def timexes(self) -> list[tuple[Found, Timex]]:
        rows = self.conn.execute(
            f"SELECT {_FOUND} FROM timexes r JOIN documents d ON d.id = r.document_id ORDER BY d.id, r.idx")
        return [(_found(row), Timex.from_dict(json.loads(row[5]))) for row in rows]

    def places(self) -> list[tuple[Found, Place]]:
        rows = self.conn.execute(
            f"SELECT {_FOUND} FROM places r JOIN documents d ON d.id = r.document_id ORDER BY d.id, r.idx")
        return [(_found(row), Place.from_dict(json.loads(row[5]))) for row in rows]

    def removed_spans(self, doc_id: str) -> list[RemovedSpan]:
        rows = self.conn.execute(
            "SELECT r.start, r.end, r.kind, r.reason FROM removed r JOIN documents d ON d.id = r.document_id"
            " WHERE d.doc_id = ? ORDER BY d.id, r.idx", (doc_id,))
        return [RemovedSpan(start, end, kind, reason) for start, end, kind, reason in rows]

    def document_text(self, document_id: int) -> str:
        """The text of one documents row (findings cut their evidence from it)."""
        row = self.conn.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()
        return "" if row is None else str(row[0])

    def errors(self) -> list[ErrorRecord]:
        rows = self.conn.execute("SELECT doc_id, stage, code, message FROM errors ORDER BY id")
        return [ErrorRecord(*row) for row in rows]


__all__ = ["AggregateQueries", "Found", "Queries", "StoredActor", "StoredEvent", "StoredQuote", "TABLES"]
