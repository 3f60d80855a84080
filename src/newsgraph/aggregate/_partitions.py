"""Where the findings' inputs are read from: documents in id ranges, and partitions by their key.

Every finding but a position depends only on the records of one partition:
an event cluster on the events of one dyad key (``clusters.cluster_key``), a
negation on the reports of one (PLOVER type, target party) key
(``contradictions.negation_key``; a party is a country, or the identity
of a group no country places), a quote group on the quotes of one speaker
(``quote_groups.group_key``). The keys are computed once per document and
kept in ``event_keys`` and ``quote_keys`` (indexed), so a refresh reads only
the partitions the new documents touch, and a full rebuild one partition at
a time, never every record at once. Negation partitions are read in finer
groups still (denied or not, and the source party, kept in the
``source_country`` column), since an assertion can only meet denials from
its own source party or from no source.

The keys of new documents are collected in a temporary table (SQLite keeps
it on disk), so even a refresh after millions of documents holds one page of
keys in memory.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from newsgraph.aggregate._common import ActorRef, Item, item_of
from newsgraph.aggregate.quote_groups import SpokenQuote
from newsgraph.records import CodedSpan, Event, Location, Quote, Span, TextRange
from newsgraph.store import Found, StoredQuote

# Documents read (with their events and quotes) per step of the per-document pass.
DOCUMENTS_PER_CHUNK = 500
# Partition keys read per query while walking the touched partitions.
KEYS_PER_PAGE = 256

_FOUND = "d.doc_id, d.source, d.published, d.url, r.idx, r.data, d.id"
# An event is built from its columns, not its JSON copy (``data``): the same values, read three times faster.
# ``test_events_from_columns_are_the_stored_events`` holds the two equal.
_EVENT = ("d.doc_id, d.source, d.published, d.url, r.idx, NULL, d.id, r.plover, r.cameo, r.mode, r.negated,"
          " r.source_start, r.source_end, r.source_text, r.source_code, r.source_actor_id,"
          " r.target_start, r.target_end, r.target_text, r.target_code, r.target_actor_id,"
          " r.trigger_start, r.trigger_end, r.trigger_text, r.date, r.date_text, r.location_name, r.location_country,"
          " r.location_lat, r.location_lon, r.location_geonameid, r.sentence_start, r.sentence_end, r.hypothetical,"
          " r.reported_by, r.date_source, r.goldstein, r.quad_class, r.grp,"
          # the kind and name of each side's actor, to tell people apart (``person_key``)
          " (SELECT coalesce(a.kind, '') || char(9) || a.name FROM actors a"
          "  WHERE a.document_id = r.document_id AND a.actor_id = r.source_actor_id),"
          " (SELECT coalesce(a.kind, '') || char(9) || a.name FROM actors a"
          "  WHERE a.document_id = r.document_id AND a.actor_id = r.target_actor_id)")
# A quote row with the mentions of its speaker's code's actors that overlap its speaker or resolved speaker,
# ``[actor_idx, idx, start, end, kind, name]`` each, for ``_speaker_actor`` to choose from. (Choosing in SQL
# would order by the overlap, which SQLite does not allow a correlated subquery to do.) The document's actors
# are read first (CROSS JOIN keeps that order), and only those with the code have their mentions read
# (``+a.code``: not the code index, which would walk that code's actors in every document).
_SPOKEN = (f"{_FOUND}, (SELECT json_group_array(json_array(m.actor_idx, m.idx, m.start, m.end, a.kind, a.name))"
           " FROM actors a CROSS JOIN mentions m ON m.document_id = a.document_id AND m.actor_idx = a.idx"
           " WHERE a.document_id = r.document_id AND +a.code = r.speaker_actor"
           " AND ((m.start < r.speaker_resolved_end AND m.end > r.speaker_resolved_start)"
           " OR (m.start < r.speaker_end AND m.end > r.speaker_start)))")
# Which key column of which table names each kind of partition.
_KEY_COLUMNS = {"cluster": ("event_keys", "cluster_key"), "speaker": ("quote_keys", "speaker_key")}


def _found(row: Sequence[object]) -> Found:
    return Found(doc_id=row[0], outlet=row[1], published=row[2], url=row[3], index=row[4],  # type: ignore[arg-type]
                 document_id=row[6])  # type: ignore[arg-type]


def _coded(start: Any, end: Any, text: Any, code: Any, actor_id: Any) -> CodedSpan | None:
    return None if start is None else CodedSpan(start, end, text, code, actor_id)


def _item(row: Sequence[Any]) -> Item:
    """An event row selected with ``_EVENT``."""
    event = Event(
        plover=row[7], cameo=row[8], mode=row[9], negated=bool(row[10]), source=_coded(*row[11:16]),
        target=_coded(*row[16:21]), trigger=Span(*row[21:24]), date=row[24], date_text=row[25],
        location=None if row[26] is None else Location(*row[26:31]), sentence=TextRange(row[31], row[32]),
        hypothetical=bool(row[33]), reported_by=row[34], date_source=row[35], goldstein=row[36],
        quad_class=row[37], group=row[38],
    )
    return item_of(_found(row), event, _actor(row[39]), _actor(row[40]))


def _actor(kind_and_name: str | None) -> ActorRef | None:
    if kind_and_name is None:
        return None
    kind, _, name = kind_and_name.partition("\t")
    return ActorRef(kind or None, name)


def _quote(row: Sequence[object]) -> StoredQuote:
    return StoredQuote(_found(row), Quote.from_dict(json.loads(str(row[5]))))


def _spoken(row: Sequence[Any]) -> SpokenQuote:
    """A quote row selected with ``_SPOKEN``."""
    stored = _quote(row)
    return SpokenQuote(stored, _speaker_actor(stored.quote, json.loads(row[7]) if row[7] else []))


def _speaker_actor(quote: Quote, mentions: Sequence[Sequence[Any]]) -> ActorRef | None:
    """The actor at the resolved speaker ("Trump" for "he"), else at the speaker: the mention overlapping most.

    The choice ``extract.actors.attach_speaker_actors`` made for the quote's
    code (the first actor and mention on a tie), among that code's actors.
    """
    for span in (quote.speaker_resolved, quote.speaker):
        if span is None:
            continue
        best: tuple[int, int, int] | None = None
        chosen: ActorRef | None = None
        for actor_idx, idx, start, end, kind, name in mentions:
            overlap = span.overlap(start, end)
            rank = (-overlap, actor_idx, idx)
            if overlap > 0 and (best is None or rank < best):
                best, chosen = rank, ActorRef(kind, name)
        if chosen is not None:
            return chosen
    return None


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
        f"SELECT {_EVENT} FROM events r JOIN documents d ON d.id = r.document_id"
        " WHERE r.document_id > ? AND r.document_id <= ? ORDER BY r.document_id, r.idx", (low, high),
    )
    return [_item(row) for row in rows]


def quotes_between(conn: sqlite3.Connection, low: int, high: int) -> list[SpokenQuote]:
    rows = conn.execute(
        f"SELECT {_SPOKEN} FROM quotes r JOIN documents d ON d.id = r.document_id"
        " WHERE r.document_id > ? AND r.document_id <= ? ORDER BY r.document_id, r.idx", (low, high),
    )
    return [_spoken(row) for row in rows]


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
        f"SELECT {_EVENT} FROM event_keys k JOIN events r ON r.document_id = k.document_id AND r.idx = k.event_idx"
        f" JOIN documents d ON d.id = k.document_id WHERE k.{column} = ? ORDER BY k.document_id, k.event_idx",
        (key,),
    )
    return [_item(row) for row in rows]


def negation_events_between(conn: sqlite3.Connection, low: int, high: int) -> list[Item]:
    """The events of documents ``(low, high]`` that can be a side of a negation, in ingest order."""
    rows = conn.execute(
        f"SELECT {_EVENT} FROM event_keys k JOIN events r ON r.document_id = k.document_id AND r.idx = k.event_idx"
        " JOIN documents d ON d.id = k.document_id"
        " WHERE k.document_id > ? AND k.document_id <= ? AND k.negation_key IS NOT NULL"
        " ORDER BY k.document_id, k.event_idx", (low, high),
    )
    return [_item(row) for row in rows]


def asserted_events(conn: sqlite3.Connection, key: str, source_country: str) -> list[Item]:
    """Asserted events of a negation partition from one source country."""
    return _keyed_events(conn, "k.negation_key = ? AND k.denied = 0 AND k.source_country = ?", (key, source_country))


def negation_keys(conn: sqlite3.Connection) -> Iterator[str]:
    """Every negation partition key, in order (walked on the index)."""
    key = ""
    while (row := conn.execute("SELECT min(negation_key) FROM event_keys WHERE negation_key > ?",
                               (key,)).fetchone())[0] is not None:
        key = row[0]
        yield key


def asserting_countries(conn: sqlite3.Connection, key: str) -> list[str]:
    """The source countries of the assertions of one negation partition."""
    rows = conn.execute("SELECT DISTINCT source_country FROM event_keys WHERE negation_key = ? AND denied = 0"
                        " ORDER BY source_country", (key,))
    return [country for (country,) in rows]


def denied_events(conn: sqlite3.Connection, key: str, source_country: str | None = None, *,
                  through: int | None = None) -> list[Item]:
    """Denials of a negation partition: all of them, or those an assertion from ``source_country`` can meet
    (from that country or without a source); in documents up to ``through`` when given."""
    where, params = "k.negation_key = ? AND k.denied = 1", [key]
    if source_country is not None:
        where += " AND k.source_country IN (?, '')"
        params.append(source_country)
    if through is not None:
        where += " AND k.document_id <= ?"
        params.append(through)
    return _keyed_events(conn, where, tuple(params))


def _keyed_events(conn: sqlite3.Connection, where: str, params: tuple[object, ...]) -> list[Item]:
    rows = conn.execute(
        f"SELECT {_EVENT} FROM event_keys k JOIN events r ON r.document_id = k.document_id AND r.idx = k.event_idx"
        f" JOIN documents d ON d.id = k.document_id WHERE {where} ORDER BY k.document_id, k.event_idx", params,
    )
    return [_item(row) for row in rows]


def partition_quotes(conn: sqlite3.Connection, key: str) -> list[SpokenQuote]:
    """The quotes of one speaker partition, in ingest order."""
    rows = conn.execute(
        f"SELECT {_SPOKEN} FROM quote_keys k JOIN quotes r ON r.document_id = k.document_id AND r.idx = k.quote_idx"
        " JOIN documents d ON d.id = k.document_id WHERE k.speaker_key = ? ORDER BY k.document_id, k.quote_idx",
        (key,),
    )
    return [_spoken(row) for row in rows]


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
