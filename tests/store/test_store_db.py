"""The SQLite store: migrations, idempotent batched ingest, crash safety, runs and errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from corpus_articles import AP, EVERYTHING, PESKOV, REUTERS, ZARIF
from newsgraph.errors import NewsgraphError
from newsgraph.records import ErrorRecord, Result
from newsgraph.settings import Settings
from newsgraph.store import Store, content_hash, result_hash
from newsgraph.store.migrations import MIGRATIONS, migrate


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "test.db") as opened:
        yield opened


def test_migrations_apply_in_order_once() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    assert migrate(conn) == [name for name, _ in MIGRATIONS]
    assert migrate(conn) == []
    names = [row[0] for row in conn.execute("SELECT name FROM schema_migrations ORDER BY rowid")]
    assert names == sorted(names) == [name for name, _ in MIGRATIONS]


def test_a_database_from_a_newer_newsgraph_is_refused(tmp_path: Path) -> None:
    Store.open(tmp_path / "new.db").close()
    conn = sqlite3.connect(tmp_path / "new.db")
    conn.execute("INSERT INTO schema_migrations VALUES ('9999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(NewsgraphError, match=r"\[E061\]"):
        Store.open(tmp_path / "new.db")


def test_file_databases_use_wal(store: Store) -> None:
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_every_record_comes_back_as_stored(store: Store) -> None:
    counts = store.ingest_results(EVERYTHING)
    assert (counts.stored, counts.duplicates, counts.failed) == (len(EVERYTHING), 0, 0)
    assert [r.to_dict() for r in store.results()] == [r.to_dict() for r in EVERYTHING]
    table_counts = store.counts()
    assert table_counts["events"] == sum(len(r.events) for r in EVERYTHING)
    assert table_counts["mentions"] == sum(len(a.mentions) for r in EVERYTHING for a in r.actors)
    assert table_counts["removed"] == 1


def test_spans_are_stored_as_offsets_with_their_text(store: Store) -> None:
    store.ingest_results([ZARIF])
    start, end, text = store.conn.execute("SELECT content_start, content_end, content_text FROM quotes").fetchone()
    assert ZARIF.text[start:end] == text
    for start, end, text in store.conn.execute("SELECT start, end, text FROM mentions"):
        assert ZARIF.text[start:end] == text


def test_the_same_content_twice_is_stored_once(store: Store) -> None:
    store.ingest_results([REUTERS, AP])
    before = store.counts()
    counts = store.ingest_results([REUTERS, AP, REUTERS])
    assert (counts.stored, counts.duplicates) == (0, 3)
    after = store.counts()
    assert {k: v for k, v in after.items() if k != "runs"} == {k: v for k, v in before.items() if k != "runs"}


def test_the_content_hash_covers_text_date_and_url() -> None:
    base = content_hash("text", "2017-01-19", "https://a.example/1")
    assert base == result_hash(Result("x", "text", None, "2017-01-19", url="https://a.example/1"))
    assert base != content_hash("text", "2017-01-20", "https://a.example/1")
    assert base != content_hash("text", "2017-01-19", "https://a.example/2")
    assert content_hash("ab", "c", None) != content_hash("a", "bc", None)


def test_same_text_under_another_id_is_a_duplicate(store: Store) -> None:
    store.ingest_results([REUTERS, Result("other-name", REUTERS.text, None, REUTERS.published, url=REUTERS.url)])
    assert store.counts()["documents"] == 1
    assert store.is_stored(REUTERS.text, REUTERS.published, REUTERS.url)


def test_errors_are_recorded_once_per_document_and_reason(store: Store) -> None:
    bad = ErrorRecord("empty.txt", "ingest", "E003", "the document is empty")
    store.ingest_results([bad, REUTERS])
    store.ingest_results([bad])
    assert store.errors() == [bad]


def test_a_run_records_version_settings_and_counts(store: Store) -> None:
    run = store.start_run(Settings(published="2017-01-19", actor_files=(Path("actors.tsv"),)))
    counts = store.ingest_results([REUTERS, AP, REUTERS, ErrorRecord("x", "ingest", "E003", "empty")], run=run)
    store.finish_run(run, counts)
    row = store.conn.execute("SELECT version, settings, finished, documents, duplicates, failed FROM runs").fetchone()
    version, settings, finished, documents, duplicates, failed = row
    assert version and finished
    assert '"published":"2017-01-19"' in settings and '"actors.tsv"' in settings
    assert (documents, duplicates, failed) == (2, 1, 1)


def test_documents_written_before_a_failure_are_committed_whole(tmp_path: Path) -> None:
    def stream():  # type: ignore[no-untyped-def]
        yield REUTERS
        yield PESKOV
        raise RuntimeError("the worker died")

    with Store.open(tmp_path / "crash.db") as store, pytest.raises(RuntimeError):
        store.ingest_results(stream(), commit_every=1000)
    with Store.open(tmp_path / "crash.db") as reopened:
        assert [r.to_dict() for r in reopened.results()] == [REUTERS.to_dict(), PESKOV.to_dict()]


def test_batches_commit_every_n_documents(tmp_path: Path) -> None:
    seen: list[int] = []
    path = tmp_path / "batches.db"
    with Store.open(path) as store:
        observer = sqlite3.connect(path)

        def on_outcome(_outcome: object, _status: str) -> None:
            seen.append(observer.execute("SELECT count(*) FROM documents").fetchone()[0])

        store.ingest_results(EVERYTHING[:5], commit_every=2, on_outcome=on_outcome)
        observer.close()
    # Another connection sees documents only at commits: after the 2nd and the 4th.
    assert seen == [0, 2, 2, 4, 4]


def test_on_outcome_reports_what_became_of_each_item(store: Store) -> None:
    statuses: list[str] = []
    bad = ErrorRecord("x", "ingest", "E003", "empty")
    store.ingest_results([REUTERS, REUTERS, bad], on_outcome=lambda _o, status: statuses.append(status))
    assert statuses == ["stored", "duplicate", "failed"]


def test_ingest_opens_stores_and_records_a_run(tmp_path: Path) -> None:
    from newsgraph.store import ingest

    counts = ingest(tmp_path / "one.db", [REUTERS, AP, REUTERS], settings=Settings(published="2017-01-19"))
    assert (counts.stored, counts.duplicates) == (2, 1)
    with Store.open(tmp_path / "one.db", readonly=True) as store:
        assert [r.doc_id for r in store.results()] == ["reuters-1", "ap-7"]
        assert store.conn.execute("SELECT documents, duplicates FROM runs").fetchall() == [(2, 1)]
        with pytest.raises(sqlite3.OperationalError):
            store.conn.execute("DELETE FROM documents")


def test_a_document_sqlite_cannot_hold_becomes_an_error_record(store: Store) -> None:
    # A lone surrogate (a JSON "\ud800" escape) cannot be encoded for SQLite.
    bad = Result("lone-surrogate", "a\ud800b", None, None)
    worse = Result("id-\ud800", "c\ud800d", None, None)
    seen: list[object] = []
    counts = store.ingest_results([bad, REUTERS, worse], on_outcome=lambda outcome, _status: seen.append(outcome))
    assert (counts.stored, counts.failed) == (1, 2)
    assert [type(o).__name__ for o in seen] == ["ErrorRecord", "Result", "ErrorRecord"]
    assert [(e.doc_id, e.stage, e.code) for e in store.errors()] == [
        ("lone-surrogate", "store", "E060"), ("id-?", "store", "E060")]
    assert [r.doc_id for r in store.results()] == ["reuters-1"]


def test_text_with_nul_characters_round_trips(store: Store) -> None:
    odd = Result("nul", "before\x00after", None, None)
    store.ingest_results([odd])
    assert [r.text for r in store.results()] == ["before\x00after"]


def test_a_failing_migration_leaves_nothing_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgraph.store import migrations

    def broken(conn: sqlite3.Connection) -> None:
        conn.executescript("CREATE TABLE half_done (x INTEGER); CREATE TABLE half_done (x INTEGER);")

    monkeypatch.setattr(migrations, "MIGRATIONS", (*MIGRATIONS, ("9000_broken", broken)))
    conn = sqlite3.connect(":memory:", isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(conn)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "half_done" not in tables and "documents" in tables
    assert migrations.applied(conn) == [name for name, _ in MIGRATIONS]


def test_a_store_of_the_three_first_migrations_gains_the_content_resolved_columns(tmp_path: Path) -> None:
    # A database written before quotes carried ``content_resolved``: its rows
    # read NULL in the new columns and new rows fill them.
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for name, migration in MIGRATIONS[:3]:
        migration(conn)
        conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)")
        conn.execute("INSERT INTO schema_migrations VALUES (?, '2026-01-01')", (name,))
    conn.close()
    conn = sqlite3.connect(path, isolation_level=None)
    assert migrate(conn) == ["0004_quote_content_resolved"]
    columns = [row[1] for row in conn.execute("PRAGMA table_info(quotes)")]
    assert columns[-3:] == ["content_resolved_start", "content_resolved_end", "content_resolved_text"]
