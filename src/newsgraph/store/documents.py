"""Listing and searching stored documents, for the web pages and the API.

Kept apart from ``queries.py`` (records by kind) because it answers a
different question: which articles are there, with how much in each.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One stored article and the number of facts found in it."""

    doc_id: str
    title: str | None
    published: str | None
    url: str | None
    outlet: str
    actors: int
    quotes: int
    events: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "outlet": self.outlet,
            "actors": self.actors,
            "quotes": self.quotes,
            "events": self.events,
        }


_SELECT = """
SELECT d.doc_id, d.title, d.published, d.url, d.source,
       (SELECT count(*) FROM actors a WHERE a.document_id = d.id),
       (SELECT count(*) FROM quotes q WHERE q.document_id = d.id),
       (SELECT count(*) FROM events e WHERE e.document_id = d.id)
FROM documents d
"""


def _search_clause(query: str | None) -> tuple[str, list[Any]]:
    if not query:
        return "", []
    if "\x00" in query:
        # SQLite ends a LIKE pattern at a NUL, which would match every document;
        # no stored text can contain one, so such a search finds nothing.
        return " WHERE 0", []
    # LIKE with escaped wildcards: the user's % and _ are matched literally.
    pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    return (
        " WHERE d.title LIKE ? ESCAPE '\\' OR d.doc_id LIKE ? ESCAPE '\\' OR d.text LIKE ? ESCAPE '\\'",
        [pattern, pattern, pattern],
    )


def list_documents(conn: sqlite3.Connection, *, query: str | None, limit: int, offset: int) -> list[DocumentSummary]:
    """Documents matching ``query`` (title, id or text), newest first."""
    clause, params = _search_clause(query)
    rows = conn.execute(
        _SELECT + clause + " ORDER BY coalesce(d.published, '') DESC, d.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [DocumentSummary(*row) for row in rows]


def count_documents(conn: sqlite3.Connection, *, query: str | None) -> int:
    """How many documents ``list_documents`` would page through."""
    clause, params = _search_clause(query)
    (count,) = conn.execute("SELECT count(*) FROM documents d" + clause, params).fetchone()
    return int(count)


def document_row_id(conn: sqlite3.Connection, doc_id: str) -> int | None:
    """The newest stored row for ``doc_id`` (ids need not be unique across sources)."""
    row = conn.execute("SELECT max(id) FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    return None if row is None or row[0] is None else int(row[0])
