"""The database schema as ordered, named, transactional migrations.

Each migration is a function of a connection. ``migrate`` applies, in order,
every migration not yet named in ``schema_migrations``, each inside its own
transaction together with the row that records it, so a crash leaves the
schema either before or after a migration, never half way. A database
written by a newer newsgraph (a migration this code does not know) is
refused with [E061] rather than written to.

Never edit a released migration: add a new one at the end of ``MIGRATIONS``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from newsgraph.errors import Code, NewsgraphError

Migration = Callable[[sqlite3.Connection], None]

# Columns shared by every table that holds a span.
_SPAN = "start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL"


def _contract_tables(conn: sqlite3.Connection) -> None:
    """Documents and every record of the output contract, each with its spans."""
    conn.executescript(
        f"""
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            version TEXT NOT NULL,
            settings TEXT NOT NULL,
            started TEXT NOT NULL,
            finished TEXT,
            documents INTEGER NOT NULL DEFAULT 0,
            duplicates INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            doc_id TEXT NOT NULL,
            source TEXT NOT NULL,
            title TEXT,
            published TEXT,
            url TEXT,
            schema_version INTEGER NOT NULL,
            text TEXT NOT NULL,
            extra TEXT,
            run_id INTEGER REFERENCES runs(id)
        );
        CREATE INDEX documents_doc_id ON documents(doc_id);
        CREATE INDEX documents_source ON documents(source);
        CREATE TABLE removed (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL, end INTEGER NOT NULL, kind TEXT NOT NULL, reason TEXT,
            PRIMARY KEY (document_id, idx)
        );
        CREATE TABLE actors (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            actor_id TEXT NOT NULL, code TEXT, name TEXT NOT NULL, country TEXT, sector TEXT, kind TEXT,
            data TEXT NOT NULL,
            PRIMARY KEY (document_id, idx)
        );
        CREATE INDEX actors_code ON actors(code);
        CREATE TABLE mentions (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            actor_idx INTEGER NOT NULL,
            idx INTEGER NOT NULL,
            {_SPAN},
            PRIMARY KEY (document_id, actor_idx, idx)
        );
        CREATE TABLE quotes (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, content_text TEXT NOT NULL,
            speaker_start INTEGER, speaker_end INTEGER, speaker_text TEXT,
            speaker_resolved_start INTEGER, speaker_resolved_end INTEGER, speaker_resolved_text TEXT,
            speaker_actor TEXT,
            cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
            direct INTEGER NOT NULL, kind TEXT, anonymous INTEGER NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (document_id, idx)
        );
        CREATE INDEX quotes_speaker_actor ON quotes(speaker_actor);
        CREATE TABLE events (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            plover TEXT NOT NULL, cameo TEXT NOT NULL, mode TEXT, negated INTEGER NOT NULL,
            source_start INTEGER, source_end INTEGER, source_text TEXT, source_code TEXT, source_actor_id TEXT,
            target_start INTEGER, target_end INTEGER, target_text TEXT, target_code TEXT, target_actor_id TEXT,
            trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
            date TEXT, date_text TEXT,
            location_name TEXT, location_country TEXT, location_lat REAL, location_lon REAL,
            location_geonameid INTEGER,
            sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
            hypothetical INTEGER NOT NULL, reported_by TEXT, date_source TEXT,
            goldstein REAL, quad_class INTEGER, grp TEXT,
            data TEXT NOT NULL,
            PRIMARY KEY (document_id, idx)
        );
        CREATE INDEX events_dyad ON events(source_code, target_code, plover);
        CREATE INDEX events_date ON events(date);
        CREATE TABLE timexes (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            {_SPAN}, value TEXT, type TEXT, mod TEXT,
            data TEXT NOT NULL,
            PRIMARY KEY (document_id, idx)
        );
        CREATE TABLE places (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            {_SPAN}, name TEXT NOT NULL, country TEXT, lat REAL, lon REAL, geonameid INTEGER, feature TEXT,
            data TEXT NOT NULL,
            PRIMARY KEY (document_id, idx)
        );
        CREATE TABLE errors (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL, stage TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL,
            run_id INTEGER REFERENCES runs(id),
            UNIQUE (doc_id, stage, code, message)
        );
        """
    )


def _aggregate_tables(conn: sqlite3.Connection) -> None:
    """Findings across articles; rebuilt as a whole by ``newsgraph.aggregate``."""
    conn.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE clusters (
            id INTEGER PRIMARY KEY,
            plover TEXT NOT NULL, cameo TEXT NOT NULL,
            source_code TEXT, source_name TEXT, target_code TEXT, target_name TEXT,
            first_date TEXT, last_date TEXT, first_report TEXT, last_report TEXT,
            num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL,
            location_name TEXT, location_country TEXT, location_lat REAL, location_lon REAL,
            location_geonameid INTEGER,
            goldstein REAL, quad_class INTEGER, source_url TEXT
        );
        CREATE TABLE cluster_events (
            cluster_id INTEGER NOT NULL REFERENCES clusters(id),
            document_id INTEGER NOT NULL REFERENCES documents(id),
            event_idx INTEGER NOT NULL,
            PRIMARY KEY (cluster_id, document_id, event_idx)
        );
        CREATE TABLE quote_groups (
            id INTEGER PRIMARY KEY,
            speaker TEXT NOT NULL, content TEXT NOT NULL,
            num_quotes INTEGER NOT NULL, num_sources INTEGER NOT NULL,
            first_report TEXT, last_report TEXT
        );
        CREATE TABLE quote_group_members (
            group_id INTEGER NOT NULL REFERENCES quote_groups(id),
            document_id INTEGER NOT NULL REFERENCES documents(id),
            quote_idx INTEGER NOT NULL,
            PRIMARY KEY (group_id, document_id, quote_idx)
        );
        CREATE TABLE positions (
            id INTEGER PRIMARY KEY,
            actor_code TEXT NOT NULL, actor_name TEXT, stance TEXT NOT NULL, object TEXT,
            via TEXT NOT NULL, predicate TEXT,
            doc_id TEXT NOT NULL, document_id INTEGER NOT NULL REFERENCES documents(id),
            start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL, date TEXT
        );
        CREATE INDEX positions_actor ON positions(actor_code);
        CREATE TABLE contradictions (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL, predicate TEXT NOT NULL, source_code TEXT, target_code TEXT,
            cluster_id INTEGER,
            a_doc_id TEXT NOT NULL, a_document_id INTEGER NOT NULL, a_start INTEGER NOT NULL,
            a_end INTEGER NOT NULL, a_text TEXT NOT NULL, a_value TEXT,
            b_doc_id TEXT NOT NULL, b_document_id INTEGER NOT NULL, b_start INTEGER NOT NULL,
            b_end INTEGER NOT NULL, b_text TEXT NOT NULL, b_value TEXT
        );
        """
    )


def _aggregate_partitions(conn: sqlite3.Connection) -> None:
    """Partition keys and indexes, so findings are rebuilt one partition at a time (``newsgraph.aggregate``).

    ``event_keys`` and ``quote_keys`` hold, for each record that takes part
    in a finding, the key of its partition (written by the aggregation code,
    like the findings); for negations also whether the event is denied and
    its source country, so a new report is compared only with the reports
    that can contradict it. The other indexes find a partition's stored findings
    and serve the listing order of clusters.
    """
    conn.executescript(
        """
        CREATE TABLE event_keys (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            event_idx INTEGER NOT NULL,
            cluster_key TEXT,
            negation_key TEXT, denied INTEGER, source_country TEXT,
            PRIMARY KEY (document_id, event_idx)
        );
        CREATE INDEX event_keys_cluster ON event_keys(cluster_key, document_id, event_idx);
        CREATE INDEX event_keys_negation ON event_keys(negation_key, denied, source_country, document_id, event_idx);
        CREATE TABLE quote_keys (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            quote_idx INTEGER NOT NULL,
            speaker_key TEXT NOT NULL,
            PRIMARY KEY (document_id, quote_idx)
        );
        CREATE INDEX quote_keys_speaker ON quote_keys(speaker_key, document_id, quote_idx);
        CREATE INDEX cluster_events_event ON cluster_events(document_id, event_idx);
        CREATE INDEX quote_group_members_quote ON quote_group_members(document_id, quote_idx);
        CREATE INDEX contradictions_cluster ON contradictions(cluster_id);
        CREATE INDEX clusters_order ON clusters(first_date IS NULL, first_date);
        """
    )


def _quote_content_resolved(conn: sqlite3.Connection) -> None:
    """The words a relative-pronoun content stands for (``Quote.content_resolved``), as columns for the flat exports.

    Added at the end of the table, so rows stored before read NULL.
    """
    conn.executescript(
        """
        ALTER TABLE quotes ADD COLUMN content_resolved_start INTEGER;
        ALTER TABLE quotes ADD COLUMN content_resolved_end INTEGER;
        ALTER TABLE quotes ADD COLUMN content_resolved_text TEXT;
        """
    )


MIGRATIONS: tuple[tuple[str, Migration], ...] = (
    ("0001_contract_tables", _contract_tables),
    ("0002_aggregate_tables", _aggregate_tables),
    ("0003_aggregate_partitions", _aggregate_partitions),
    ("0004_quote_content_resolved", _quote_content_resolved),
)


def applied(conn: sqlite3.Connection) -> list[str]:
    """Names of the migrations already applied, in order."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)")
    return [row[0] for row in conn.execute("SELECT name FROM schema_migrations ORDER BY name")]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply every pending migration in order; return the names applied now.

    ``conn`` must be in autocommit mode (``isolation_level=None``) so that
    each migration gets an explicit transaction of its own.
    """
    done = applied(conn)
    known = [name for name, _ in MIGRATIONS]
    unknown = sorted(set(done) - set(known))
    if unknown:
        raise NewsgraphError(
            Code.SCHEMA_TOO_NEW,
            f"the database was written by a newer newsgraph (migrations {', '.join(unknown)}); upgrade newsgraph",
        )
    now_applied: list[str] = []
    for name, migration in MIGRATIONS:
        if name in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            # A concurrent process may have applied it while we waited for the lock.
            if conn.execute("SELECT 1 FROM schema_migrations WHERE name = ?", (name,)).fetchone():
                conn.execute("COMMIT")
                continue
            _run_in_transaction(conn, migration)
            conn.execute(
                "INSERT INTO schema_migrations (name, applied) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        now_applied.append(name)
    return now_applied


def _run_in_transaction(conn: sqlite3.Connection, migration: Migration) -> None:
    # executescript() would COMMIT the open transaction first; split the
    # script ourselves so the DDL stays inside our BEGIN.
    capture = _StatementCollector()
    migration(capture)  # type: ignore[arg-type]
    for statement in capture.statements:
        conn.execute(statement)


class _StatementCollector:
    """Stands in for a connection while a migration runs, collecting its statements."""

    def __init__(self) -> None:
        self.statements: list[str] = []

    def executescript(self, script: str) -> None:
        pending = ""
        # Split at every ";" that ends a complete statement (not one inside a string literal).
        for piece in script.split(";"):
            pending += piece + ";"
            if sqlite3.complete_statement(pending):
                if pending.strip(" \n\t;"):
                    self.statements.append(pending.strip())
                pending = ""

    def execute(self, statement: str) -> None:
        self.statements.append(statement)
