"""The query and export commands over a database of hand-built records (no model needed)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from click.testing import CliRunner

from corpus_articles import EVERYTHING
from newsgraph.cli import main
from newsgraph.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("query") / "corpus.db"
    with Store.open(path) as store:
        store.ingest_results(EVERYTHING)
    return path


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def _jsonl(*args: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in _run(*args).splitlines()]


def test_events_with_filters(db: Path) -> None:
    rows = _jsonl("events", "--db", str(db), "--actor", "RUS", "--type", "AGREE", "--asserted")
    assert [r["doc_id"] for r in rows] == ["reuters-1", "ap-7", "presstv-3"]
    assert _jsonl("events", "--db", str(db), "--source", "tasnimnews.com")[0]["negated"] is True


def test_events_as_csv_load_in_pandas(db: Path) -> None:
    frame = pd.read_csv(io.StringIO(_run("events", "--db", str(db), "--format", "csv")))
    assert len(frame) == sum(len(r.events) for r in EVERYTHING)
    assert {"doc_id", "outlet", "plover", "source_code", "target_text", "trigger_start", "location_lat"} <= set(frame)


def test_findings_are_built_on_demand(db: Path) -> None:
    (cluster,) = _jsonl("clusters", "--db", str(db), "--min-sources", "3")
    assert (cluster["num_sources"], cluster["source_code"], cluster["target_code"]) == (3, "RUSGOV", "USA")
    negation = _jsonl("contradictions", "--db", str(db), "--type", "negation", "--source", "reuters.com")
    assert [(c["a"]["doc_id"], c["b"]["doc_id"]) for c in negation] == [("reuters-1", "tasnim-9")]
    (position,) = _jsonl("positions", "--db", str(db), "--actor", "IRN", "--stance", "rejects")
    assert position["evidence"]["doc_id"] == "irna-4"
    (group,) = _jsonl("quotes", "--db", str(db), "--repeated")
    assert group["num_sources"] == 2


def test_quotes_and_actors(db: Path) -> None:
    assert [q["doc_id"] for q in _jsonl("quotes", "--db", str(db), "--speaker", "Zarif")] == ["irna-4"]
    frame = pd.read_csv(io.StringIO(_run("actors", "--db", str(db), "--format", "csv")))
    assert list(frame["code"]) == ["IRNGOV", "USA", "RUSGOV"]


def test_a_missing_database_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2


@pytest.mark.parametrize("output_format", ["jsonl", "csv", "parquet", "gdelt"])
def test_export_command_writes_loadable_files(db: Path, tmp_path: Path, output_format: str) -> None:
    out = tmp_path / output_format
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", output_format, "--out", str(out)])
    assert result.exit_code == 0, result.output
    if output_format == "jsonl":
        assert len(pd.read_json(out, lines=True)) == len(EVERYTHING)
    elif output_format == "csv":
        assert len(duckdb.sql(f"SELECT * FROM read_csv('{out / 'events.csv'}')").fetchall()) == 8
    elif output_format == "parquet":
        assert len(pd.read_parquet(out / "clusters.parquet")) == 3
    else:
        assert len(pd.read_csv(out, sep="\t")) == 3


def test_date_bounds_may_be_weeks(db: Path) -> None:
    # Week 3 of 2017 runs from Monday 16 to Sunday 22 January.
    by_day = _jsonl("events", "--db", str(db), "--since", "2017-01-16", "--until", "2017-01-22")
    by_week = _jsonl("events", "--db", str(db), "--since", "2017-W03", "--until", "2017-W03")
    assert by_week == by_day and by_week
    assert _jsonl("events", "--db", str(db), "--since", "20170116", "--until", "2017-W03-7") == by_day
    assert _jsonl("events", "--db", str(db), "--until", "2017-W02") == []


def test_date_bounds_may_be_seasons_and_halves(db: Path) -> None:
    # The winter of 2017 runs from 1 December 2016 to 28 February 2017; the first half of 2017 to 30 June.
    by_day = _jsonl("events", "--db", str(db), "--since", "2016-12-01", "--until", "2017-02-28")
    by_winter = _jsonl("events", "--db", str(db), "--since", "2017-WI", "--until", "2017-WI")
    assert by_winter == by_day and by_winter
    by_half = _jsonl("events", "--db", str(db), "--since", "2017-H1", "--until", "2017-H1")
    assert by_half == _jsonl("events", "--db", str(db), "--since", "2017-01-01", "--until", "2017-06-30")
    assert _jsonl("events", "--db", str(db), "--until", "2016-FA") == []
    assert _jsonl("events", "--db", str(db), "--since", "2017-SP") == []


def test_a_bad_date_bound_names_both_forms(db: Path) -> None:
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--since", "2017-W3"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output and "YYYY-Www" in result.output and "YYYY-Hn" in result.output
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--until", "2017-AU"])  # autumn is FA in TIMEX3
    assert result.exit_code == 2
