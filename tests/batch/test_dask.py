"""Dask: a LocalCluster of two workers fills the same database as one process.

One test only: every Dask worker loads the model and the extractors' resources.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsgraph.batch.dask import parse_address, run_dask
from newsgraph.errors import ConfigError
from newsgraph.records import ErrorRecord, RawDocument
from newsgraph.store import Store

# Tables whose rows carry the times of a run, which differ between any two runs.
_RUN_TABLES = {"runs", "schema_migrations", "meta"}


def _table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        tables = {}
        for name in names:
            if name in _RUN_TABLES or name.startswith("sqlite_"):
                continue
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({name})") if row[1] != "run_id"]
            listed = ", ".join(columns)
            tables[name] = list(conn.execute(f"SELECT {listed} FROM {name} ORDER BY {listed}"))
        return tables
    finally:
        conn.close()


@pytest.mark.parametrize(("address", "workers"), [("local:2", 2), ("local:16", 16), ("tcp://10.0.0.1:8786", None),
                                                  ("scheduler.lan:8786", None), ("tls://[::1]:8786", None)])
def test_parse_address(address: str, workers: int | None) -> None:
    assert parse_address(address) == workers


@pytest.mark.parametrize("address", ["local:", "local:0", "local:two", "bogus", "tcp://host", "host:port", ""])
def test_bad_local_address(address: str) -> None:
    with pytest.raises(ConfigError, match=r"\[E042\]"):
        parse_address(address)


# Warnings are errors in this suite, and distributed warns of a slow machine, not of a fault: creating
# its scratch directory took over a second, or a port it wanted was taken (several runs on one machine).
@pytest.mark.filterwarnings("ignore:Creating scratch directories is taking a surprisingly long time")
@pytest.mark.filterwarnings("ignore:Port .* is already in use")
@pytest.mark.slow
def test_local_cluster_fills_the_same_database_as_one_process(  # type: ignore[no-untyped-def]
    engine, astana_text: str, tmp_path: Path
) -> None:
    paragraphs = [p for p in astana_text.split("\n\n") if len(p.split()) > 8][:5]
    items: list[RawDocument | ErrorRecord] = [
        RawDocument(doc_id=f"p{n}", text=p, published="2017-01-19") for n, p in enumerate(paragraphs)
    ]
    items.insert(2, ErrorRecord("bad.html", "ingest", "E006", "HTML page with no main text"))
    with Store.open(tmp_path / "one.db") as store:
        alone = store.ingest_results(engine.run(items))
    outcomes = run_dask(items, settings=engine.settings, address="local:2", chunk_size=2)
    with Store.open(tmp_path / "dask.db") as store:
        spread = store.ingest_results(outcomes)
    assert (spread.stored, spread.failed) == (alone.stored, alone.failed) == (5, 1)
    assert _table_rows(tmp_path / "dask.db") == _table_rows(tmp_path / "one.db")
