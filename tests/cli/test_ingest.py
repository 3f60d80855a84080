"""``newsgraph ingest`` end to end: the real engine, a real database, a real kill."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.schema import validation_errors
from newsgraph.store import Store

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = {
    "lavrov.txt": (
        "Russian Foreign Minister Sergei Lavrov said on Thursday that Moscow had invited the United States to "
        "the Syria peace talks in Astana.\n\n\u201cWe have already invited the US,\u201d Lavrov told journalists "
        "in Moscow.\n"
    ),
    "shamkhani.txt": (
        "Ali Shamkhani, the secretary of Iran's Supreme National Security Council, said Iran, Russia and Turkey "
        "have not sent any joint invitation to the US for taking part in the talks.\n"
    ),
    "zarif.txt": (
        "Iranian Foreign Minister Mohammad Javad Zarif said, \u201cWe have not invited the US and oppose their "
        "presence at the talks.\u201d\n"
    ),
}


@pytest.fixture()
def fast_engine(monkeypatch: pytest.MonkeyPatch, nlp):  # type: ignore[no-untyped-def]
    """The CLI's engine on the session's loaded model, so in-process runs load no model."""
    import newsgraph.process

    real = newsgraph.process.Engine
    monkeypatch.setattr(newsgraph.process, "Engine", lambda settings=None: real(settings, nlp=nlp))


def _articles(folder: Path) -> Path:
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def _counts(db: Path) -> dict[str, int]:
    with Store.open(db) as store:
        return {table: n for table, n in store.counts().items() if table != "runs"}


@pytest.mark.slow
def test_ingesting_the_same_directory_twice_leaves_row_counts_unchanged(tmp_path: Path, fast_engine: None) -> None:
    folder, db = _articles(tmp_path / "articles"), tmp_path / "corpus.db"
    runner = CliRunner()
    # --workers 1: in this process, on the session's model (see fast_engine).
    first = runner.invoke(main, ["ingest", str(folder), "--db", str(db), "--published", "2017-01-19", "--workers", "1"])
    assert first.exit_code == 1, first.output  # empty.txt failed; the others are stored
    assert f"newsgraph: {folder / 'empty.txt'}: [E003]" in first.stderr
    assert "3 stored, 0 already stored, 1 failed" in first.stderr.splitlines()[-1]
    counts = _counts(db)
    assert counts["documents"] == 3 and counts["errors"] == 1
    second = runner.invoke(main, ["ingest", str(folder), "--db", str(db), "--published", "2017-01-19",
                                  "--workers", "1"])
    assert "0 stored, 3 already stored, 1 failed" in second.stderr.splitlines()[-1]
    assert _counts(db) == counts
    with Store.open(db) as store:
        results = list(store.results())
        runs = store.conn.execute("SELECT documents, duplicates, failed, finished FROM runs ORDER BY id").fetchall()
    assert sorted(r.text for r in results) == sorted(ARTICLES.values())
    assert all(r.published == "2017-01-19" for r in results)
    assert [run[:3] for run in runs] == [(3, 0, 1), (0, 3, 1)] and all(run[3] for run in runs)
    exported = runner.invoke(main, ["export", "--db", str(db), "--format", "jsonl", "--out", "-"])
    lines = [json.loads(line) for line in exported.stdout.splitlines()]
    assert [validation_errors(line) for line in lines] == [[], [], []]
    assert lines == [r.to_dict() for r in results]


def test_a_database_inside_the_ingested_folder_is_not_read_as_articles(tmp_path: Path, fast_engine: None) -> None:
    # The second run finds the database (and SQLite's side files) among the articles.
    folder = _articles(tmp_path / "articles")
    db = folder / "corpus.db"
    runner = CliRunner()
    command = ["ingest", str(folder), "--db", str(db), "--published", "2017-01-19", "--workers", "1"]
    first = runner.invoke(main, command)
    (folder / "corpus.db-journal").write_bytes(b"\x00" * 16)  # as a rollback journal left beside it would be
    second = runner.invoke(main, command)
    assert "0 stored, 3 already stored, 1 failed" in second.stderr.splitlines()[-1], second.stderr
    errors = [line for line in second.stderr.splitlines() if "[E0" in line]
    assert errors == [f"newsgraph: {folder / 'empty.txt'}: [E003] empty file"], errors
    assert first.exit_code == second.exit_code == 1  # for empty.txt alone


def _db_documents(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:  # not created or not migrated yet
        return 0


@pytest.mark.slow
def test_a_killed_ingest_rerun_stores_every_document_exactly_once(tmp_path: Path, fast_engine: None) -> None:
    # Enough documents that the ingest cannot finish between two polls of a
    # loaded machine (16 once did: all stored before the kill).
    total = 120
    folder, db = tmp_path / "many", tmp_path / "killed.db"
    folder.mkdir()
    for i in range(total):
        (folder / f"doc{i:03d}.txt").write_text(
            f"Officials in district {i} said on Monday that talks with the governor would resume after {i + 2} days"
            " of protests in the capital.\n", encoding="utf-8")
    command = [sys.executable, "-m", "newsgraph", "ingest", str(folder), "--db", str(db), "--batch", "1",
               "--published", "2017-01-19", "--workers", "1"]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        while _db_documents(db) < 2 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL, "ingest finished before it could be killed"
    stored_at_kill = _db_documents(db)
    assert 2 <= stored_at_kill < total

    rerun = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db), "--published", "2017-01-19",
                                      "--workers", "1"])
    assert rerun.exit_code == 0, rerun.output
    assert f"{total - stored_at_kill} stored, {stored_at_kill} already stored, 0 failed" in rerun.stderr
    with Store.open(db) as store:
        texts = [r.text for r in store.results()]
        orphans = sum(
            store.conn.execute(f"SELECT count(*) FROM {table} WHERE document_id NOT IN (SELECT id FROM documents)")
            .fetchone()[0]
            for table in ("removed", "actors", "mentions", "quotes", "events", "timexes", "places")
        )
        unfinished = store.conn.execute("SELECT count(*) FROM runs WHERE finished IS NULL").fetchone()[0]
    expected = sorted((folder / f"doc{i:03d}.txt").read_text(encoding="utf-8") for i in range(total))
    assert sorted(texts) == expected  # every document, exactly once
    assert orphans == 0
    assert unfinished == 1  # the killed run says so


THREE_REPORTS = [
    {"id": "reuters-1", "url": "https://www.reuters.com/world/1", "published": "2017-01-19",
     "text": "Russia invited the United States to the Syria peace talks in Astana on Thursday, Foreign Minister "
             "Sergei Lavrov said."},
    {"id": "ap-7", "url": "https://apnews.com/article/7", "published": "2017-01-19",
     "text": "Moscow has invited the United States to next week's Syria talks in Astana, Russia's foreign minister "
             "said on Thursday."},
    {"id": "presstv-3", "url": "https://www.presstv.ir/Detail/3", "published": "2017-01-20",
     "text": "Russian Foreign Minister Sergei Lavrov announced on Thursday that Russia had invited the US to attend "
             "the Syria peace talks in Astana."},
]


@pytest.mark.slow
def test_three_articles_reporting_one_event_end_to_end(tmp_path: Path, fast_engine: None) -> None:
    feed, db = tmp_path / "feed.jsonl", tmp_path / "three.db"
    feed.write_text("".join(json.dumps(row) + "\n" for row in THREE_REPORTS), encoding="utf-8")
    runner = CliRunner()
    ingested = runner.invoke(main, ["ingest", str(feed), "--db", str(db), "--workers", "1"])
    assert ingested.exit_code == 0, ingested.output
    query = ["clusters", "--db", str(db), "--actor", "RUS", "--type", "AGREE", "--min-sources", "3"]
    clusters = [json.loads(line) for line in runner.invoke(main, query).stdout.splitlines()]
    invitations = [c for c in clusters if (c["target_code"] or "").startswith("USA")]
    assert len(invitations) == 1, clusters
    assert (invitations[0]["num_sources"], invitations[0]["num_articles"]) == (3, 3)
    assert {m["outlet"] for m in invitations[0]["mentions"]} == {"reuters.com", "apnews.com", "presstv.ir"}
