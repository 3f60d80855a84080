"""``newsgraph extract`` end to end: the command of the README, through a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from newsgraph.schema import validation_errors

ROOT = Path(__file__).resolve().parents[2]


def _newsgraph(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsgraph", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def test_reference_article_gives_one_valid_line() -> None:
    run = _newsgraph("extract", "--format", "jsonl", "--published", "2017-01-19", "examples/astana.txt")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    assert validation_errors(record) == []
    assert record["doc_id"] == "astana"
    assert record["published"] == "2017-01-19"
    assert record["title"] == "Russia says in contact with Iran over Syria peace talks"
    assert "Traceback" not in run.stderr


def test_json_format_is_one_array() -> None:
    run = _newsgraph("extract", "--format", "json", "--published", "2017-01-19", "-", stdin="Moscow invited the US.")
    assert run.returncode == 0, run.stderr
    records = json.loads(run.stdout)
    assert isinstance(records, list) and len(records) == 1
    assert validation_errors(records[0]) == []


def test_bad_published_date_is_a_usage_error() -> None:
    run = _newsgraph("extract", "--published", "19/01/2017", "examples/astana.txt")
    assert run.returncode == 2
    assert "ISO date" in run.stderr
    assert "Traceback" not in run.stderr
