"""Where the findings' inputs are read from: documents in id ranges, and partitions by their key.

Every finding but a position depends only on the records of one partition:
an event cluster on the events of one dyad key (``clusters.cluster_key``), a
negation on the events of one (PLOVER type, target country) key
(``contradictions.negation_key``), a quote group on the quotes of one speaker
(``quote_groups.group_key``). The keys are computed once per document and
kept in ``event_keys`` and ``quote_keys`` (indexed), so a refresh reads only
the partitions the new documents touch, and a full rebuild one partition at
a time, never every record at once.

The keys of new documents are collected in a temporary table (SQLite keeps
it on disk), so even a refresh after millions of documents holds one page of
keys in memory.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from newsgraph.aggregate._common import Item, item_of
from newsgraph.records import Event, Quote
from newsgraph.store import Found, StoredQuote

# Documents read (with their events and quotes) per step of the per-document pass.
DOCUMENTS_PER_CHUNK = 500
# Partition keys read per query while walking the touched partitions.
KEYS_PER_PAGE = 256

_FOUND = "d.doc_id, d.source, d.published, d.url, r.idx, r.data, d.id"
# Which key column of which table names each kind of partition.
_KEY_COLUMNS = {"cluster": ("event_keys", "cluster_key"), "speaker": ("quote_keys", "speaker_key")}


def _found(row: Sequence[object]) -> Found:
    return Found(doc_id=row[0], outlet=row[1], published=row[2], url=row[3], index=row[4],  # type: ignore[arg-type]
                 document_id=row[6])  # type: ignore[arg-type]


def _item(row: Sequence[object]) -> Item:
    return item_of(_found(row), Event.from_dict(json.loads(str(row[5]))))


def _quote(row: Sequence[object]) -> StoredQuote:
    return StoredQuote(_found(row), Quote.from_dict(json.loads(str(row[5]))))


# -- documents in id order ---------------------------------------------------


def document_chunks(conn: sqlite3.Connection, after: int, through: int) -> Iterator[tuple[int, int]]:
    """Ranges ``(low, high]`` of document ids after ``after`` up to ``through``, ``DOCUMENTS_PER_CHUNK`` each."""
    low = after
    while low < through:
        row = conn.execute(
            "SELECT max(id) FROM (SELECT id FROM documents WHERE id > ? AND id <= ? ORDER BY id LIMIT ?)",
            (low, through, DOCUMENTS_PER_CHUNK),
        ).fetchone()
        if row[0] is None:
            return
        yield low, int(row[0])
        low = int(row[0])


def events_between(conn: sqlite3.Connection, low: int, high: int) -> list[Item]:
    rows = conn.execute(
        f"SELECT {_FOUND} FROM events r JOIN documents d ON d.id = r.document_id"
        " WHERE r.document_id > ? AND r.document_id <= ? ORDER BY r.document_id, r.idx", (low, high),
    )
    return [_item(row) for row in rows]


def quotes_between(conn: sqlite3.Connection, low: int, high: int) -> list[StoredQuote]:
    rows = conn.execute(
        f"SELECT {_FOUND} FROM quotes r JOIN documents d ON d.id = r.document_id"
        " WHERE r.document_id > ? AND r.document_id <= ? ORDER BY r.document_id, r.idx", (low, high),
    )
    return [_quote(row) for row in rows]


def quotes_of(conn: sqlite3.Connection, document_ids: Iterable[int]) -> list[StoredQuote]:
    """The quotes of a few documents (to tell who claims what inside one article)."""
    found: list[StoredQuote] = []
    for document_id in sorted(set(document_ids)):
        rows = conn.execute(
            f"SELECT {_FOUND} FROM quotes r JOIN documents d ON d.id = r.document_id WHERE r.document_id = ?"
            " ORDER BY r.idx", (document_id,),
        )
        found.extend(_quote(row) for row in rows)
    return found


# -- partition keys ----------------------------------------------------------


EventKeys = tuple[int, int, str | None, str | None, int | None, str | None]


def write_event_keys(conn: sqlite3.Connection, rows: Iterable[EventKeys]) -> None:
    """``(document_id, event_idx, cluster_key, negation_key, denied, source_country)`` per event in a partition."""
    conn.executemany("INSERT OR REPLACE INTO event_keys VALUES (?, ?, ?, ?, ?, ?)", rows)


def write_quote_keys(conn: sqlite3.Connection, rows: Iterable[tuple[int, int, str]]) -> None:
    conn.executemany("INSERT OR REPLACE INTO quote_keys VALUES (?, ?, ?)", rows)


def clear_keys(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM event_keys")
    conn.execute("DELETE FROM quote_keys")


def touched_keys(conn: sqlite3.Connection, kind: str, after: int, through: int) -> Iterator[str]:
    """The keys of one kind of partition that documents ``(after, through]`` fall in, in key order.

    With ``after == 0`` that is every key, read straight from the key index;
    otherwise the new documents' keys are first gathered in a temporary table.
    """
    table, column = _KEY_COLUMNS[kind]
    if after == 0:
        page_sql = f"SELECT DISTINCT {column} FROM {table} WHERE {column} > ? ORDER BY {column} LIMIT ?"
    else:
        touched = f"touched_{kind}"
        conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {touched} (key TEXT PRIMARY KEY) WITHOUT ROWID")
        conn.execute(f"DELETE FROM temp.{touched}")
        conn.execute(
            f"INSERT OR IGNORE INTO temp.{touched} SELECT {column} FROM {table}"
            f" WHERE document_id > ? AND document_id <= ? AND {column} IS NOT NULL", (after, through),
        )
        page_sql = f"SELECT key FROM temp.{touched} WHERE key > ? ORDER BY key LIMIT ?"
    last = ""
    while True:
        page = [row[0] for row in conn.execute(page_sql, (last, KEYS_PER_PAGE))]
        yield from page
        if len(page) < KEYS_PER_PAGE:
            return
        last = page[-1]


def partition_events(conn: sqlite3.Connection, kind: str, key: str) -> list[Item]:
    """The events of one partition, in ingest order."""
    _, column = _KEY_COLUMNS[kind]
    rows = conn.execute(
        f"SELECT {_FOUND} FROM event_keys k JOIN events r ON r.document_id = k.document_id AND r.idx = k.event_idx"
        f" JOIN documents d ON d.id = k.document_id WHERE k.{column} = ? ORDER BY k.document_id, k.event_idx",
        (key,),
    )
    return [_item(row) for row in rows]


def negation_events_between(conn: sqlite3.Connection, low: int, high: int) -> list[Item]:
    """The events of documents ``(low, high]`` that can be a side of a negation, in ingest order."""
    rows = conn.execute(
        f"SELECT {_FOUND} FROM event_keys k JOIN events r ON r.document_id = k.document_id AND r.idx = k.event_idx"
        " JOIN documents d ON d.id = k.document_id"
        " WHERE k.document_id > ? AND k.document_id <= ? AND k.negation_key IS NOT NULL"
        " ORDER BY k.document_id, k.event_idx", (low, high),
    )
    return [_item(row) for row in rows]


def asserted_events(conn: sqlite3.Connection, key: str, source_country: str) -> list[Item]:
    """Asserted events of a negation partition from one source country."""
    return _keyed_events(conn, "k.negation_key = ? AND k.denied = 0 AND k.source_country = ?", (key, source_country))


def asserting_groups(conn: sqlite3.Connection) -> Iterator[tuple[str, str]]:
    """Every (negation key, source country) that has assertions, in key order (walked on the index)."""
    key = ""
    while (row := conn.execute("SELECT min(negation_key) FROM event_keys WHERE negation_key > ?",
                               (key,)).fetchone())[0] is not None:
        key = row[0]
        yield from ((key, country) for country in asserting_countries(conn, key))


def asserting_countries(conn: sqlite3.Connection, key: str) -> list[str]:
    """The source countries of the assertions of one negation partition."""
    rows = conn.execute("SELECT DISTINCT source_country FROM event_keys WHERE negation_key = ? AND denied = 0"
                        " ORDER BY source_country", (key,))
    return [country for (country,) in rows]


def denied_events(conn: sqlite3.Connection, key: str, source_country: str, *, through: int) -> list[Item]:
    """Denials of a negation partition in documents up to ``through`` that an assertion from
    ``source_country`` can meet: from that country or without a source."""
    return _keyed_events(conn, "k.negation_key = ? AND k.denied = 1 AND k.source_country IN (?, '')"
                         " AND k.document_id <= ?", (key, source_country, through))


def _keyed_events(conn: sqlite3.Connection, where: str, params: tuple[object, ...]) -> list[Item]:
    rows = conn.execute(
        f"SELECT {_FOUND} FROM event_keys k JOIN events r ON r.document_id = k.document_id AND r.idx = k.event_idx"
        f" JOIN documents d ON d.id = k.document_id WHERE {where} ORDER BY k.document_id, k.event_idx", params,
    )
    return [_item(row) for row in rows]


def partition_quotes(conn: sqlite3.Connection, key: str) -> list[StoredQuote]:
    """The quotes of one speaker partition, in ingest order."""
    rows = conn.execute(
        f"SELECT {_FOUND} FROM quote_keys k JOIN quotes r ON r.document_id = k.document_id AND r.idx = k.quote_idx"
        " JOIN documents d ON d.id = k.document_id WHERE k.speaker_key = ? ORDER BY k.document_id, k.quote_idx",
        (key,),
    )
    return [_quote(row) for row in rows]


def stored_cluster_ids(conn: sqlite3.Connection, key: str) -> list[int]:
    """The stored clusters built from a cluster partition (found through their events)."""
    rows = conn.execute(
        "SELECT DISTINCT x.cluster_id FROM event_keys k"
        " JOIN cluster_events x ON x.document_id = k.document_id AND x.event_idx = k.event_idx"
        " WHERE k.cluster_key = ?", (key,),
    )
    return [row[0] for row in rows]


def stored_group_ids(conn: sqlite3.Connection, key: str) -> list[int]:
    """The stored quote groups built from a speaker partition (found through their members)."""
    rows = conn.execute(
        "SELECT DISTINCT m.group_id FROM quote_keys k"
        " JOIN quote_group_members m ON m.document_id = k.document_id AND m.quote_idx = k.quote_idx"
        " WHERE k.speaker_key = ?", (key,),
    )
    return [row[0] for row in rows]
