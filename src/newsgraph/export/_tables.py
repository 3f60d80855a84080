"""The store's tables as typed columns for the flat exports (CSV, Parquet).

Every table of the schema except bookkeeping (``schema_migrations``, ``meta``)
is exported with all its columns except the JSON copies of records (``data``,
``extra``): the columns already hold every field, and the JSON Lines export
is the lossless one. Flag columns are typed as booleans.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from newsgraph.store import Store

# In schema order: contract tables, then bookkeeping, then findings.
EXPORTED = (
    "documents", "removed", "actors", "mentions", "quotes", "events", "timexes", "places", "errors", "runs",
    "clusters", "cluster_events", "quote_groups", "quote_group_members", "positions", "contradictions",
)
_SKIPPED_COLUMNS = frozenset({"data", "extra"})
BOOLEAN_COLUMNS = frozenset({"negated", "hypothetical", "direct", "anonymous"})


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    columns: tuple[str, ...]
    types: tuple[str, ...]  # "integer", "real", "text" or "boolean"
    rows: list[tuple[Any, ...]]


def _kind(column: str, declared: str) -> str:
    if column in BOOLEAN_COLUMNS:
        return "boolean"
    declared = declared.upper()
    if "INT" in declared:
        return "integer"
    if "REAL" in declared:
        return "real"
    return "text"


def read_tables(store: Store) -> Iterator[Table]:
    """Each exported table with its rows, in a stable order (by rowid)."""
    for name in EXPORTED:
        info = store.conn.execute(f"PRAGMA table_info({name})").fetchall()
        kept = [(column, declared) for _, column, declared, *_ in info if column not in _SKIPPED_COLUMNS]
        columns = tuple(column for column, _ in kept)
        types = tuple(_kind(column, declared) for column, declared in kept)
        quoted = ", ".join(f'"{column}"' for column in columns)
        rows = store.conn.execute(f"SELECT {quoted} FROM {name} ORDER BY rowid").fetchall()
        if "boolean" in types:
            flags = [i for i, kind in enumerate(types) if kind == "boolean"]
            rows = [tuple(bool(v) if i in flags and v is not None else v for i, v in enumerate(row)) for row in rows]
        yield Table(name, columns, types, rows)
