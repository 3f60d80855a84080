"""Bad input through ``newsgraph extract`` (issue 2, item 7).

Each bad document gets exactly one stderr line ``newsgraph: <doc>: [E0xx]
<what is wrong>``, the good ones are still written, the exit status is 1,
and there is never a traceback.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newsgraph.cli.extract import extract_command

ROOT = Path(__file__).resolve().parents[2]
GOOD = "Moscow invited the United States to the Syria peace talks in Astana on Thursday.\n"
ERROR_LINE = re.compile(r"^newsgraph: (?P<doc>\S.*): \[(?P<code>E0\d\d)\] (?P<what>\S.*)$")
BROKEN_HTML = "<html><head><title>Broken</title></head><body><div><script>var x = '<p>'; </div></nav><ul><li>Home"
TRUNCATED_HTML = (
    "<html><body><article><p>Russian Foreign Minister Sergei Lavrov announced that Moscow had invited the US"
    " to attend the Syria peace talks in Astana, which are due to begin on January 23.<p>The talks are brokered"
    " by Moscow, Ankara and Tehran, and the three sides have been engaged in a diplomatic process for months<div"
)


@pytest.fixture(scope="module", autouse=True)
def _warm_model(nlp):  # type: ignore[no-untyped-def]
    """The CLI loads the model through the same per-process cache as the ``nlp`` fixture."""


def _extract(*args: str, stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(extract_command, ["--published", "2017-01-19", *args], input=stdin)


def _errors(result: Result) -> list[re.Match[str]]:
    lines = result.stderr.splitlines()
    matches = [ERROR_LINE.match(line) for line in lines]
    assert all(matches), f"unexpected stderr lines: {lines}"
    return [match for match in matches if match]


def _written(result: Result) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def _assert_clean_failure(result: Result) -> None:
    assert result.exit_code == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert isinstance(result.exception, SystemExit)


@pytest.mark.parametrize(
    ("name", "data", "code", "what"),
    [
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01", "E002", "binary"),
        ("empty.txt", b"", "E003", "empty"),
        ("blank.txt", b"\n   \n\t\n", "E003", "whitespace"),
        ("garbled.txt", bytes(range(128, 256)) * 4, "E004", "legacy encoding"),
        ("broken.html", BROKEN_HTML.encode(), "E006", "no main text"),
        ("feed.jsonl", b'{"text": "unterminated\n', "E007", "not valid JSON"),
    ],
)
def test_each_bad_file_gets_one_line_and_the_good_one_is_still_written(
    tmp_path: Path, name: str, data: bytes, code: str, what: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    result = _extract(str(bad), str(good))
    _assert_clean_failure(result)
    (error,) = _errors(result)
    assert error["code"] == code
    assert error["doc"].startswith(str(bad))
    assert what in error["what"]
    assert [record["doc_id"] for record in _written(result)] == ["good"]


def test_a_50_mb_text_is_refused_quickly_without_reading_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    chunk = (GOOD * 1000).encode()
    with huge.open("wb") as stream:
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            stream.write(chunk)
    assert huge.stat().st_size >= 50 * 1024 * 1024
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    started = time.perf_counter()
    result = _extract(str(huge), str(good))
    assert time.perf_counter() - started < 10
    _assert_clean_failure(result)
    (error,) = _errors(result)
    assert error["code"] == "E005" and error["doc"] == str(huge)
    assert "split it" in error["what"] and "1,000,000 characters" in error["what"]
    assert [record["doc_id"] for record in _written(result)] == ["good"]


def test_a_text_just_over_the_character_limit_is_refused(tmp_path: Path) -> None:
    # 1,000,001 characters but fewer than 4 MB: refused after decoding.
    text = tmp_path / "long.txt"
    text.write_text("x" * 1_000_001, encoding="utf-8")
    result = _extract(str(text))
    _assert_clean_failure(result)
    (error,) = _errors(result)
    assert error["code"] == "E005" and "1,000,001 characters" in error["what"]


def test_truncated_html_still_gives_its_text(tmp_path: Path) -> None:
    page = tmp_path / "cut.html"
    page.write_text(TRUNCATED_HTML, encoding="utf-8")
    result = _extract(str(page))
    assert result.exit_code == 0, result.stderr
    (record,) = _written(result)
    assert "Sergei Lavrov announced" in str(record["text"])


def test_a_directory_of_mixed_files(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "html").mkdir(parents=True)
    (corpus / "a_story.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "b_image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (corpus / "c_empty.txt").write_bytes(b"")
    (corpus / "d_feed.jsonl").write_text('{"id": "j1", "text": "Turkey agreed to host the talks."}\nnope\n',
                                         encoding="utf-8")
    (corpus / "e_legacy.txt").write_bytes("The \u201cceasefire\u201d held in Syria.".encode("cp1252"))
    (corpus / "html" / "page.html").write_text(TRUNCATED_HTML, encoding="utf-8")
    (corpus / "html" / "broken.html").write_text(BROKEN_HTML, encoding="utf-8")
    (corpus / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    result = _extract(str(corpus))
    _assert_clean_failure(result)
    assert [record["doc_id"] for record in _written(result)] == ["a_story", "j1", "e_legacy", "page"]
    errors = {Path(error["doc"]).name: error["code"] for error in _errors(result)}
    assert errors == {"b_image.png": "E002", "c_empty.txt": "E003", "d_feed.jsonl:2": "E007", "broken.html": "E006"}


def test_stdin_binary_is_one_error() -> None:
    result = _extract("-", stdin=b"\x00\x01\x02binary\x00")
    _assert_clean_failure(result)
    (error,) = _errors(result)
    assert (error["doc"], error["code"]) == ("stdin", "E002")


def test_real_process_never_shows_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "bad.bin").write_bytes(b"\x00" * 64)
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "newsgraph", "extract", str(tmp_path), str(tmp_path / "missing.txt")],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    assert run.returncode == 1
    assert "Traceback" not in run.stderr
    codes = [match["code"] for match in map(ERROR_LINE.match, run.stderr.splitlines()) if match]
    assert codes == ["E002", "E001"] and len(codes) == len(run.stderr.splitlines())
    assert [json.loads(line)["doc_id"] for line in run.stdout.splitlines()] == ["ok"]
