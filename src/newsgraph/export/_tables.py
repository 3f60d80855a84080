"""The store's tables as typed columns for the flat exports (CSV, Parquet).

Rows are read in batches of ``ROWS_PER_BATCH`` so that an export's memory
stays flat however large the store. Every table of the schema except bookkeeping (``schema_migrations``, ``meta``)
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
ROWS_PER_BATCH = 2000


@dataclass(frozen=True, slots=True)
class Table:
    """One table's columns, and its rows as batches read lazily (iterate them once)."""

    name: str
    columns: tuple[str, ...]
    types: tuple[str, ...]  # "integer", "real", "text" or "boolean"
    batches: Iterator[list[tuple[Any, ...]]]


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
    """Each exported table with its rows, in a stable order (by rowid); read one table's batches before the next."""
    for name in EXPORTED:
        info = store.conn.execute(f"PRAGMA table_info({name})").fetchall()
        kept = [(column, declared) for _, column, declared, *_ in info if column not in _SKIPPED_COLUMNS]
        columns = tuple(column for column, _ in kept)
        types = tuple(_kind(column, declared) for column, declared in kept)
        yield Table(name, columns, types, _batches(store, name, columns, types))


def _batches(store: Store, name: str, columns: tuple[str, ...], types: tuple[str, ...]) -> Iterator[list[tuple[Any, ...]]]:
    quoted = ", ".join(f'"{column}"' for column in columns)
    flags = [i for i, kind in enumerate(types) if kind == "boolean"]
    after = None
    # Keyset paging on rowid: each batch is one short query, none holds the table open.
    while True:
        rows = store.conn.execute(
            f"SELECT rowid, {quoted} FROM {name} WHERE rowid > coalesce(?, -1) ORDER BY rowid LIMIT ?",
            (after, ROWS_PER_BATCH),
        ).fetchall()
        if not rows:
            return
        after = rows[-1][0]
        yield [_typed(row[1:], flags) for row in rows]


def _typed(row: tuple[Any, ...], flags: list[int]) -> tuple[Any, ...]:
    if not flags:
        return tuple(row)
    return tuple(bool(v) if i in flags and v is not None else v for i, v in enumerate(row))
