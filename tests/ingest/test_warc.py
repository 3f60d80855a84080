"""WARC input: HTML response records become documents; everything else is skipped and counted."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.ingest import read_inputs
from newsgraph.ingest.warc import WarcCounts, read_warc
from newsgraph.records import ErrorRecord, RawDocument
from newsgraph.settings import Settings

ARTICLE = """<!doctype html>
<html><head><title>Talks open in Astana</title></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Talks open in Astana</h1>
<p>Russia and Turkey opened talks on Syria in Astana on Monday, officials said.</p>
<p>"We continue our contacts with all sides," the Kremlin spokesman told reporters in Moscow.</p>
<p>The talks are due to last two days, and a meeting in Geneva will follow next month.</p>
</article>
<footer>Example News, all rights reserved</footer>
</body></html>
"""

DATED_ARTICLE = """<!doctype html>
<html><head><title>Élysée answers</title>
<meta property="article:published_time" content="2017-01-18T10:00:00Z"></head>
<body><article>
<h1>Élysée answers</h1>
<p>The Élysée Palace said on Tuesday that France would send a delegation to the talks in Astana.</p>
<p>A spokesman said the delegation would be led by a senior diplomat from the foreign ministry.</p>
</article></body></html>
"""

MENU_ONLY = "<html><body><nav><a href='/'>Home</a> <a href='/a'>Share</a></nav></body></html>"


def _response(writer: WARCWriter, url: str, body: bytes, *, status: str = "200 OK",
              content_type: str = "text/html; charset=utf-8", record_id: str) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=headers,
        warc_headers_dict={"WARC-Date": "2017-01-19T08:30:00Z", "WARC-Record-ID": f"<urn:uuid:{record_id}>"},
    )
    writer.write_record(record)


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small gzipped crawl in the shape of CC-NEWS, written with warcio."""
    path = tmp_path_factory.mktemp("warc") / "crawl.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record("crawl.warc.gz", {"software": "test"}))
        request = writer.create_warc_record("https://news.example/astana", "request",
                                            payload=io.BytesIO(b"GET /astana HTTP/1.1\r\n\r\n"))
        writer.write_record(request)
        _response(writer, "https://news.example/astana", ARTICLE.encode("utf-8"), record_id="0001")
        _response(writer, "https://news.example/logo.jpg", b"\xff\xd8\xff\xe0 not really a jpeg",
                  content_type="image/jpeg", record_id="0002")
        _response(writer, "https://news.example/old", b"", status="301 Moved Permanently", record_id="0003")
        _response(writer, "https://news.example/elysee", DATED_ARTICLE.encode("latin-1"),
                  content_type="text/html; charset=ISO-8859-1", record_id="0004")
        _response(writer, "https://news.example/menu", MENU_ONLY.encode(), record_id="0005")
    return path


def test_html_responses_become_documents_in_file_order(crawl: Path) -> None:
    counts = WarcCounts()
    outcomes = list(read_warc(crawl, Settings(), counts))
    assert [o.doc_id for o in outcomes] == ["urn:uuid:0001", "urn:uuid:0004", "urn:uuid:0005"]
    first, second, menu = outcomes
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert "Russia and Turkey opened talks on Syria in Astana" in first.text
    assert "all rights reserved" not in first.text
    assert first.url == "https://news.example/astana"
    assert first.title == "Talks open in Astana"
    assert first.source is not None and first.source.startswith(str(crawl) + "@")
    assert isinstance(menu, ErrorRecord) and menu.code == "E006"
    assert menu.message.endswith("(https://news.example/menu)")
    assert counts.pages == 3


@pytest.mark.parametrize(
    ("index", "published"),
    [
        (0, "2017-01-19"),  # no date in the page: the day of WARC-Date
        (1, "2017-01-18"),  # the page's own metadata wins over the fetch day
    ],
)
def test_published_date(crawl: Path, index: int, published: str) -> None:
    documents = [o for o in read_warc(crawl, Settings()) if isinstance(o, RawDocument)]
    assert documents[index].published == published


def test_charset_from_the_http_header(crawl: Path) -> None:
    second = [o for o in read_warc(crawl, Settings()) if isinstance(o, RawDocument)][1]
    assert "The Élysée Palace said on Tuesday" in second.text


def test_other_records_are_counted_not_reported(crawl: Path) -> None:
    counts = WarcCounts()
    list(read_warc(crawl, Settings(), counts))
    assert counts.skipped == {"warcinfo record": 1, "request record": 1, "image/jpeg": 1, "status 301": 1}
    assert counts.summary() == (
        "3 HTML pages, 4 records skipped (warcinfo record 1, request record 1, image/jpeg 1, status 301 1)"
    )


def test_read_inputs_dispatches_warc_by_suffix(crawl: Path) -> None:
    ids = [o.doc_id for o in read_inputs([str(crawl)], settings=Settings())]
    assert ids == ["urn:uuid:0001", "urn:uuid:0004", "urn:uuid:0005"]


def test_a_record_over_the_size_limit_is_refused(crawl: Path) -> None:
    outcomes = list(read_warc(crawl, Settings(max_chars=100)))
    # The two articles are too large; the tiny menu page still fails for having no text.
    assert [o.code for o in outcomes if isinstance(o, ErrorRecord)] == ["E005", "E005", "E006"]


def test_a_file_that_is_not_warc_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"this is not a WARC file at all\n" * 10)
    (outcome,) = list(read_warc(path, Settings()))
    assert isinstance(outcome, ErrorRecord)
    assert (outcome.doc_id, outcome.code) == (str(path), "E009")


def test_binary_noise_is_not_quoted_in_the_error(tmp_path: Path) -> None:
    # warcio quotes the whole first line of what it cannot read: kilobytes of noise on one error line.
    path = tmp_path / "noise.warc.gz"
    path.write_bytes(random.Random(7).randbytes(3000))
    (outcome,) = list(read_warc(path, Settings()))
    assert isinstance(outcome, ErrorRecord) and outcome.code == "E009"
    assert outcome.message == "not a readable WARC file (Unknown archive format)"


def test_a_file_cut_inside_a_record_reports_that_record(crawl: Path, tmp_path: Path) -> None:
    data = crawl.read_bytes()
    whole = [o.doc_id for o in read_warc(crawl, Settings())]
    members = _gzip_member_offsets(data)  # warcinfo, request, 0001, 0002, 0003, 0004, 0005
    # Cut inside the Élysée record's compressed bytes: warcio alone would drop it silently.
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: (members[5] + members[6]) // 2])
    first, cut = list(read_warc(path, Settings()))
    assert isinstance(first, RawDocument) and first.doc_id == whole[0]
    assert isinstance(cut, ErrorRecord) and (cut.doc_id, cut.code) == (str(path), "E009")
    assert cut.message.startswith("file ends inside a record")


def test_an_uncompressed_record_cut_short_is_named(tmp_path: Path) -> None:
    body = ARTICLE.encode("utf-8")
    path = tmp_path / "cut.warc"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        _response(writer, "https://news.example/astana", body, record_id="0001")
        _response(writer, "https://news.example/again", body, record_id="0002")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 200])  # inside the second page's HTML
    first, cut = list(read_warc(path, Settings()))
    assert isinstance(first, RawDocument)
    assert isinstance(cut, ErrorRecord) and (cut.doc_id, cut.code) == ("urn:uuid:0002", "E009")
    assert cut.message.startswith(f"record truncated: {path} ends ")
    assert cut.message.endswith("(https://news.example/again)")


def test_a_record_warcio_cannot_parse_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "no-uri.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 19\r\n\r\n"
                     b"HTTP/1.1 200 OK\r\n\r\n\r\n\r\n")
    (outcome,) = list(read_warc(path, Settings()))
    assert isinstance(outcome, ErrorRecord)
    assert (outcome.doc_id, outcome.code) == (str(path), "E009")
    assert outcome.message.startswith("malformed WARC record")


def _gzip_member_offsets(data: bytes) -> list[int]:
    """Where each gzip member (one WARC record in a .warc.gz) starts."""
    import zlib

    offsets, position = [], 0
    while position < len(data):
        offsets.append(position)
        decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
        decompressor.decompress(data[position:])
        position = len(data) - len(decompressor.unused_data)
    return offsets
