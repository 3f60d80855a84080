"""The SQLite store: open a database, write analysed documents into it, runs and errors.

One document is one row of ``documents`` keyed by its content hash (the text,
the publication date and the url), with its records in the tables of the
contract. The same content ingested twice is stored once: the second copy is
counted as a duplicate and its rows are never written.

Writes are batched: ``ingest_results`` commits every ``commit_every``
documents or ``commit_seconds`` seconds, whichever comes first, so SQLite's
per-commit cost is shared. Each document's rows sit inside a savepoint and
commit together with the document row, so killing the process at any moment
leaves whole documents only; running the same input again stores what the
killed run had not committed and skips the rest by hash.

Reading lives in ``queries.py`` (mixed into ``Store``); the schema in
``migrations.py``. Nothing here imports spaCy.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from newsgraph import __version__
from newsgraph.errors import Code, NewsgraphError
from newsgraph.records import ErrorRecord, Result
from newsgraph.store import _rows
from newsgraph.store.migrations import migrate
from newsgraph.store.queries import Queries

DEFAULT_DB = "newsgraph.db"
# ~100 ms of extraction per article against well under 1 ms of SQLite work per
# document: a commit (an fsync in WAL mode) every 64 documents keeps storage
# far below 10% of the run, and at most 2 s of work is ever redone after a kill.
DEFAULT_COMMIT_EVERY = 64
DEFAULT_COMMIT_SECONDS = 2.0

Status = Literal["stored", "duplicate", "failed"]


def content_hash(text: str, published: str | None, url: str | None) -> str:
    """What makes two documents the same: identical text, date and url (sha256, hex)."""
    digest = hashlib.sha256()
    for part in (text, published or "", url or ""):
        # surrogatepass: a lone surrogate (from a JSON "\\ud800" escape) still hashes.
        encoded = part.encode("utf-8", "surrogatepass")
        # Length-prefixed so that no two different triples hash the same bytes.
        digest.update(len(encoded).to_bytes(8, "big"))
        digest.update(encoded)
    return digest.hexdigest()


def result_hash(result: Result) -> str:
    return content_hash(result.text, result.published, result.url)


def settings_dict(settings: object) -> dict[str, Any]:
    """A JSON-ready view of a settings dataclass (paths as strings) for the runs table."""
    if not is_dataclass(settings) or isinstance(settings, type):
        return {}
    data = {f.name: getattr(settings, f.name) for f in fields(settings)}
    return {key: _jsonable(value) for key, value in data.items()}


def _jsonable(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_jsonable(item) for item in value]
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    return value


@dataclass(slots=True)
class IngestCounts:
    """What one call of ``ingest_results`` did."""

    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    records: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("actors", "quotes", "events", "timexes", "places"), 0))

    def add(self, other: IngestCounts) -> None:
        self.stored += other.stored
        self.duplicates += other.duplicates
        self.failed += other.failed
        for key, value in other.records.items():
            self.records[key] = self.records.get(key, 0) + value


# What SQLite writes beside a database: the write-ahead log, its index, and the rollback journal.
_SIDE_FILES = ("-wal", "-shm", "-journal")


def _storable(value: str) -> str:
    """Text SQLite can hold: lone surrogates become ``?`` (only used for error records)."""
    return value.encode("utf-8", "replace").decode("utf-8")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store(Queries):
    """A newsgraph database. ``Store.open(path)``; use as a context manager or ``close()``."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | Path = DEFAULT_DB, *, readonly: bool = False) -> Store:
        """Open (creating and migrating if needed) the database at ``path``; ``:memory:`` works."""
        name = str(path)
        try:
            if readonly:
                conn = sqlite3.connect(f"file:{name}?mode=ro", uri=True, isolation_level=None,
                                       check_same_thread=False)
            else:
                conn = sqlite3.connect(name, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 30000")
            if not readonly:
                if name != ":memory:":
                    conn.execute("PRAGMA journal_mode = WAL")
                # In WAL mode NORMAL loses nothing committed when the process dies;
                # only a power cut can drop the last commits.
                conn.execute("PRAGMA synchronous = NORMAL")
                migrate(conn)
        except sqlite3.Error as error:
            raise NewsgraphError(Code.STORE_FAILED, f"cannot open database {name}: {error}") from error
        return cls(conn, name)

    def files(self) -> frozenset[Path]:
        """The files this database lives in: the database itself and SQLite's side files beside it.

        An ingest of a folder that holds its own database must not read them
        as articles (they are binary, and change while the ingest writes).
        """
        if self.path == ":memory:":
            return frozenset()
        main = Path(self.path).resolve()
        return frozenset({main, *(main.with_name(main.name + side) for side in _SIDE_FILES)})

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed on success, rolled back on any exception."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # -- runs -------------------------------------------------------------

    def start_run(self, settings: object = None, *, version: str = __version__) -> int:
        """Record the start of an ingest run; returns its id."""
        cursor = self.conn.execute(
            "INSERT INTO runs (version, settings, started) VALUES (?, ?, ?)",
            (version, _rows.dumps(settings_dict(settings)), _now()),
        )
        return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, counts: IngestCounts) -> None:
        self.conn.execute(
            "UPDATE runs SET finished = ?, documents = ?, duplicates = ?, failed = ? WHERE id = ?",
            (_now(), counts.stored, counts.duplicates, counts.failed, run_id),
        )

    # -- writing ----------------------------------------------------------

    def is_stored(self, text: str, published: str | None, url: str | None) -> bool:
        """Whether a document with this content is already in the database."""
        return self.has_hash(content_hash(text, published, url))

    def has_hash(self, digest: str) -> bool:
        row = self.conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (digest,)).fetchone()
        return row is not None

    def ingest_results(
        self,
        outcomes: Iterable[Result | ErrorRecord],
        *,
        run: int | None = None,
        commit_every: int = DEFAULT_COMMIT_EVERY,
        commit_seconds: float = DEFAULT_COMMIT_SECONDS,
        on_outcome: Callable[[Result | ErrorRecord, Status], None] | None = None,
    ) -> IngestCounts:
        """Store a stream of analysed documents and error records, in batched transactions.

        This is the one write path: the CLI feeds it from the in-process
        engine, the batch runners from worker processes or Dask. With
        ``run=None`` a run row is opened and closed here; pass the id from
        ``start_run`` to share one run across calls (then call ``finish_run``).
        ``on_outcome`` is called after each item with what became of it (a
        document that could not be stored is passed as its error record).
        """
        own_run = run is None
        run_id = self.start_run() if run is None else run
        counts = IngestCounts()
        pending = 0
        batch_started = time.monotonic()
        in_transaction = False
        try:
            for outcome in outcomes:
                if not in_transaction:
                    self.conn.execute("BEGIN IMMEDIATE")
                    in_transaction = True
                    batch_started = time.monotonic()
                status, outcome = self._write_one(outcome, run_id, counts)
                pending += 1
                if pending >= commit_every or time.monotonic() - batch_started >= commit_seconds:
                    self.conn.execute("COMMIT")
                    in_transaction = False
                    pending = 0
                if on_outcome is not None:
                    on_outcome(outcome, status)
        finally:
            # Every document written so far is whole (savepoints), so committing
            # it is right even when the stream stopped with an exception.
            if in_transaction:
                self.conn.execute("COMMIT")
        if own_run:
            self.finish_run(run_id, counts)
        return counts

    def add_result(self, result: Result, *, run: int | None = None) -> bool:
        """Store one document in its own transaction; False when its content was already stored."""
        counts = IngestCounts()
        with self.transaction():
            status, _ = self._write_one(result, run, counts)
        return status == "stored"

    def _write_one(
        self, outcome: Result | ErrorRecord, run_id: int | None, counts: IngestCounts,
    ) -> tuple[Status, Result | ErrorRecord]:
        if isinstance(outcome, ErrorRecord):
            self.conn.execute(
                "INSERT INTO errors (doc_id, stage, code, message, run_id) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (doc_id, stage, code, message) DO UPDATE SET run_id = excluded.run_id",
                (*(_storable(v) for v in (outcome.doc_id, outcome.stage, outcome.code, outcome.message)), run_id),
            )
            counts.failed += 1
            return "failed", outcome
        self.conn.execute("SAVEPOINT document")
        try:
            stored = self._write_result(outcome, run_id)
        except (sqlite3.DataError, sqlite3.IntegrityError, UnicodeEncodeError, OverflowError) as error:
            # This document cannot be stored (text SQLite cannot hold, a value out
            # of range): it becomes an error record and the batch goes on.
            self.conn.execute("ROLLBACK TO document")
            self.conn.execute("RELEASE document")
            message = f"cannot be stored: {type(error).__name__}: {error}"
            return self._write_one(ErrorRecord(outcome.doc_id, "store", Code.STORE_FAILED.value, message),
                                   run_id, counts)
        except BaseException:
            self.conn.execute("ROLLBACK TO document")
            self.conn.execute("RELEASE document")
            raise
        self.conn.execute("RELEASE document")
        if not stored:
            counts.duplicates += 1
            return "duplicate", outcome
        counts.stored += 1
        for key in counts.records:
            counts.records[key] += len(getattr(outcome, key))
        return "stored", outcome

    def _write_result(self, result: Result, run_id: int | None) -> bool:
        conn = self.conn
        cursor = conn.execute(_rows.DOCUMENT_INSERT, _rows.document_row(result, result_hash(result), run_id))
        if cursor.rowcount == 0:
            return False
        doc = int(cursor.lastrowid or 0)
        conn.executemany(_rows.REMOVED_INSERT, [_rows.removed_row(doc, i, s) for i, s in enumerate(result.removed)])
        conn.executemany(_rows.ACTOR_INSERT, [_rows.actor_row(doc, i, a) for i, a in enumerate(result.actors)])
        conn.executemany(
            _rows.MENTION_INSERT,
            [row for i, actor in enumerate(result.actors) for row in _rows.mention_rows(doc, i, actor)],
        )
        conn.executemany(_rows.QUOTE_INSERT, [_rows.quote_row(doc, i, q) for i, q in enumerate(result.quotes)])
        conn.executemany(_rows.EVENT_INSERT, [_rows.event_row(doc, i, e) for i, e in enumerate(result.events)])
        conn.executemany(_rows.TIMEX_INSERT, [_rows.timex_row(doc, i, t) for i, t in enumerate(result.timexes)])
        conn.executemany(_rows.PLACE_INSERT, [_rows.place_row(doc, i, p) for i, p in enumerate(result.places)])
        return True


def ingest(
    path: str | Path,
    outcomes: Iterable[Result | ErrorRecord],
    *,
    settings: object = None,
    commit_every: int = DEFAULT_COMMIT_EVERY,
) -> IngestCounts:
    """Open the database at ``path``, store ``outcomes`` as one recorded run, close it."""
    with Store.open(path) as store:
        run = store.start_run(settings)
        counts = store.ingest_results(outcomes, run=run, commit_every=commit_every)
        store.finish_run(run, counts)
        return counts
