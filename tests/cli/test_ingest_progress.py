"""The ingest progress line: document estimates, rate and ETA, silent when stderr is not a terminal."""

from __future__ import annotations

import io
from pathlib import Path

from newsgraph.cli._progress import Progress, estimate_documents


def test_estimate_counts_files_and_jsonl_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n', encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "b.txt").write_text("skipped", encoding="utf-8")
    assert estimate_documents([str(tmp_path)]) == 3
    assert estimate_documents([str(tmp_path / "a.txt"), str(tmp_path / "a.txt")]) == 2
    assert estimate_documents(["-"]) is None


def test_the_line_shows_rate_eta_and_failures() -> None:
    stream = io.StringIO()
    progress = Progress(10, stream=stream, enabled=True)
    progress.started -= 2.0  # two seconds ago
    for failed in (False, False, False, True):
        progress.advance(failed=failed)
    line = progress.line()
    assert line.startswith("4/10 documents  2.0 docs/s  ETA 0m03s")
    assert line.endswith("1 failed")
    assert "\r" in stream.getvalue()


def test_silent_when_not_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(None, stream=stream)
    progress.advance()
    progress.close()
    assert stream.getvalue() == ""
