"""Small SQL helpers shared by the query modules: WHERE clauses built filter by filter."""

from __future__ import annotations

from typing import Any


class Where:
    """WHERE clauses and their parameters."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def source_filter(where: Where, source: str | None, *, outlet: str = "d.source", doc_id: str = "d.doc_id") -> None:
    """An outlet (url host, ``www.`` dropped) or a doc id."""
    if source:
        where.add(f"({outlet} = ? OR {doc_id} = ?)", source.lower().removeprefix("www."), source)


def date_filter(where: Where, column: str, since: str | None, until: str | None) -> None:
    """Inclusive ISO date bounds on ``column``."""
    if since:
        where.add(f"{column} >= ?", since)
    if until:
        # "2017-01-19T10:00" and "2017-01-19" both fall on the until day.
        where.add(f"substr({column}, 1, 10) <= ?", until)
