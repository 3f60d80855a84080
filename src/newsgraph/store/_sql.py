"""Small SQL helpers shared by the query modules: WHERE clauses built filter by filter."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from newsgraph.store.days import bound_day, sql_day

# Ids bound into one IN (...) list; well under SQLite's parameter limit.
_IDS_PER_STATEMENT = 500
# A LIKE pattern the filters build: "x LIKE ? || '%'" (prefix) or "x LIKE '%' || ? || '%'" (contains).
_LIKE = re.compile(r"(LIKE (?:'%' \|\| )?\? \|\| '%')")


def literal(value: str) -> str:
    """``value`` with LIKE's wildcards escaped (``ESCAPE '\\'``), so a user's ``%`` or ``_`` is matched as written."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class Where:
    """WHERE clauses and their parameters."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: list[Any] = []

    def add(self, clause: str, *params: Any) -> None:
        if any(isinstance(p, str) and "\x00" in p for p in params):
            # SQLite ends a pattern at NUL, so "x\0y" would match like "x": no stored text holds NUL.
            self.clauses.append("0")
            return
        self.clauses.append(clause)
        self.params.extend(params)

    def like(self, clause: str, *params: str) -> None:
        """A clause of LIKE patterns only: the parameters match as literal text, case-insensitively."""
        self.add(_LIKE.sub(r"\1 ESCAPE '\\'", clause), *(literal(p) for p in params))

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def window(limit: int | None, offset: int = 0) -> tuple[str, list[int]]:
    """A LIMIT/OFFSET clause and its parameters: one page read from SQLite, not a whole table sliced in Python."""
    if limit is None:
        return (" LIMIT -1 OFFSET ?", [offset]) if offset else ("", [])
    return " LIMIT ? OFFSET ?", [limit, offset]


def source_filter(where: Where, source: str | None, *, outlet: str = "d.source", doc_id: str = "d.doc_id") -> None:
    """An outlet (url host, ``www.`` dropped) or a doc id."""
    if source:
        where.add(f"({outlet} = ? OR {doc_id} = ?)", source.lower().removeprefix("www."), source)


def date_filter(where: Where, column: str, since: str | None, until: str | None) -> None:
    """Inclusive ISO date bounds on ``column``; a period, stored or given, counts from its first day (``days``)."""
    day = sql_day(column)
    if since:
        where.add(f"{day} >= ?", bound_day(since))
    if until:
        # "2017-01-19T10:00" and "2017-01-19" both fall on the until day; a period given as the bound runs
        # to its last day.
        where.add(f"substr({day}, 1, 10) <= ?", bound_day(until, last=True))


def id_slices(ids: Sequence[int]) -> Iterator[tuple[list[int], str]]:
    """``ids`` in slices for ``IN (...)`` lists, each with its placeholders (SQLite bounds a statement's parameters)."""
    for first in range(0, len(ids), _IDS_PER_STATEMENT):
        wanted = list(ids[first : first + _IDS_PER_STATEMENT])
        yield wanted, ", ".join("?" * len(wanted))
