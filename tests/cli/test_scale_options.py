"""The scale options of the CLI: WARC input to ingest, --workers, --dask (issue 8)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.cli import main
from newsgraph.store import Store

PAGE = """<html><head><title>Talks in Astana</title></head><body><article>
<h1>Talks in Astana</h1>
<p>Russian Foreign Minister Sergei Lavrov said on Thursday that Moscow had invited the United States to the talks.</p>
<p>Iran said it opposed the presence of the United States at the talks in Astana, officials told reporters.</p>
</article></body></html>"""


@pytest.fixture()
def fast_engine(monkeypatch: pytest.MonkeyPatch, nlp):  # type: ignore[no-untyped-def]
    """The CLI's engine on the session's loaded model, so in-process runs load no model."""
    import newsgraph.process

    real = newsgraph.process.Engine
    monkeypatch.setattr(newsgraph.process, "Engine", lambda settings=None: real(settings, nlp=nlp))


def _crawl(path: Path) -> Path:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.example/astana", "response", payload=io.BytesIO(PAGE.encode()), http_headers=headers,
            warc_headers_dict={"WARC-Date": "2017-01-19T08:30:00Z", "WARC-Record-ID": "<urn:uuid:0001>"}))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.example/a.png", "response", payload=io.BytesIO(b"\x89PNG"), http_headers=image))
    return path


@pytest.mark.slow
def test_ingest_reads_a_warc_file(tmp_path: Path, fast_engine: None) -> None:
    crawl, db = _crawl(tmp_path / "crawl.warc.gz"), tmp_path / "crawl.db"
    run = CliRunner().invoke(main, ["ingest", str(crawl), "--db", str(db), "--workers", "1", "--no-aggregate"])
    assert run.exit_code == 0, run.output
    assert f"newsgraph: {crawl}: 1 HTML pages, 2 records skipped (warcinfo record 1, image/png 1)" in run.stderr
    assert "1 stored, 0 already stored, 0 failed" in run.stderr
    with Store.open(db) as store:
        (result,) = list(store.results())
    assert (result.doc_id, result.url, result.published) == ("urn:uuid:0001", "https://news.example/astana",
                                                             "2017-01-19")
    assert "Sergei Lavrov said on Thursday" in result.text


@pytest.mark.slow
def test_extract_with_workers_on_a_small_input_runs_in_process(tmp_path: Path, fast_engine: None) -> None:
    crawl = _crawl(tmp_path / "crawl.warc")
    run = CliRunner().invoke(main, ["extract", str(crawl), "--workers", "4"])
    assert run.exit_code == 0, run.output
    (line,) = run.stdout.splitlines()
    assert json.loads(line)["url"] == "https://news.example/astana"


@pytest.mark.parametrize("address", ["local:0", "bogus", "tcp://host-without-port"])
@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_a_bad_dask_address_is_a_usage_error_before_any_work(tmp_path: Path, command: str, address: str) -> None:
    page = tmp_path / "a.txt"
    page.write_text("Russia said on Monday it would attend the talks in Astana.", encoding="utf-8")
    db = tmp_path / "x.db"
    args = [command, str(page), "--dask", address] + (["--db", str(db)] if command == "ingest" else [])
    run = CliRunner().invoke(main, args)
    assert run.exit_code == 2
    assert f"Invalid value for '--dask': Dask address {address!r}: expected local:N with N >= 1" in run.stderr
    assert "Traceback" not in run.output and not db.exists()
