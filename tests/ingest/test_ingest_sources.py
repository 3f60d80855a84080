"""``read_inputs``: files by format, directories, stdin, document ids and errors as records."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from newsgraph.ingest import read_inputs
from newsgraph.ingest.sources import READERS, read_stdin, register_reader
from newsgraph.records import ErrorRecord, RawDocument
from newsgraph.settings import Settings

SETTINGS = Settings()
STORY = "Moscow invited the United States to the Syria peace talks in Astana on Thursday.\n"
PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Russia invites US to Astana talks | Example News</title>
<meta property="og:url" content="https://news.example/astana">
<meta property="article:published_time" content="2017-01-19T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Russia invites US to Astana talks</h1>
<p>Russian Foreign Minister Sergei Lavrov announced on Thursday that Moscow had invited the United States
to attend the Syria peace talks in the Kazakh capital, Astana, due to begin on January 23.</p>
<p>Washington said it was reviewing the invitation, an unnamed State Department official told reporters.</p>
</article><footer>Copyright 2017 Example News</footer></body></html>
"""


def _read(*inputs: str, settings: Settings = SETTINGS) -> list[RawDocument | ErrorRecord]:
    return list(read_inputs(list(inputs), settings=settings))


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_text_file_doc_id_is_the_stem(tmp_path: Path) -> None:
    (doc,) = _read(str(_write(tmp_path / "astana.txt", STORY)))
    assert isinstance(doc, RawDocument)
    assert (doc.doc_id, doc.text, doc.encoding) == ("astana", STORY, "utf-8")


def test_cp1252_file_is_decoded_and_offsets_point_into_the_decoded_text(tmp_path: Path) -> None:
    text = "The \u201cceasefire\u201d in Syria \u2014 brokered by Moscow \u2014 held, said Caf\u00e9 owners."
    (doc,) = _read(str(_write(tmp_path / "legacy.txt", text.encode("cp1252"))))
    assert isinstance(doc, RawDocument)
    assert doc.encoding == "cp1252"
    start = doc.text.index("ceasefire")
    assert doc.text[start - 1 : start + 10] == "\u201cceasefire\u201d"


def test_utf8_bom_file(tmp_path: Path) -> None:
    (doc,) = _read(str(_write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + STORY.encode())))
    assert isinstance(doc, RawDocument)
    assert doc.text == STORY and doc.text.startswith("Moscow")


def test_html_page_gives_main_text_title_date_url(tmp_path: Path) -> None:
    (doc,) = _read(str(_write(tmp_path / "page.html", PAGE)))
    assert isinstance(doc, RawDocument)
    assert doc.doc_id == "page"
    assert doc.title == "Russia invites US to Astana talks"
    assert doc.published == "2017-01-19"
    assert doc.url == "https://news.example/astana"
    assert doc.text.splitlines()[0] == "Russia invites US to Astana talks"
    assert "Sergei Lavrov announced" in doc.text
    assert "Home" not in doc.text and "Copyright" not in doc.text


def test_html_is_sniffed_without_its_suffix(tmp_path: Path) -> None:
    (doc,) = _read(str(_write(tmp_path / "saved_page", PAGE)))
    assert isinstance(doc, RawDocument) and doc.title == "Russia invites US to Astana talks"


def test_html_in_a_legacy_encoding_declared_by_meta(tmp_path: Path) -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace("Astana, due", "Astana \u2013 due")
    (doc,) = _read(str(_write(tmp_path / "page.htm", page.encode("cp1252"))))
    assert isinstance(doc, RawDocument)
    assert doc.encoding == "cp1252" and "Astana \u2013 due" in doc.text


def test_jsonl_records_ids_dates_and_a_bad_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "r1", "text": STORY, "published": "19 January 2017", "url": "https://x/1", "title": "T"}),
        "{not json",
        json.dumps({"text": "Turkey agreed to host the next round of talks.", "published": "someday"}),
        "",
        json.dumps(["a list"]),
        json.dumps({"id": "r5", "title": "no text"}),
    ]
    path = _write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    out = _read(str(path))
    assert [type(item).__name__ for item in out] == ["RawDocument", "ErrorRecord", "RawDocument", "ErrorRecord",
                                                     "ErrorRecord"]
    first, bad, third, not_object, no_text = out
    assert isinstance(first, RawDocument) and isinstance(third, RawDocument)
    assert (first.doc_id, first.published, first.url, first.title) == ("r1", "2017-01-19", "https://x/1", "T")
    assert (third.doc_id, third.published) == ("feed-3", None)
    assert isinstance(bad, ErrorRecord) and (bad.doc_id, bad.code) == (f"{path}:2", "E007")
    assert isinstance(not_object, ErrorRecord) and not_object.doc_id == f"{path}:5"
    assert isinstance(no_text, ErrorRecord) and "text" in no_text.message


def test_gzipped_jsonl_is_read_line_by_line(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "r1", "text": STORY}), "{not json", json.dumps({"text": "Turkey agreed to host talks."})]
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8")))
    out = _read(str(path))
    assert [doc.code if isinstance(doc, ErrorRecord) else doc.doc_id for doc in out] == ["r1", "E007", "feed-3"]


def test_a_gzipped_feed_cut_short_keeps_the_records_before_the_break(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"r{n}", "text": STORY}) for n in range(200)]
    data = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"))
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    out = _read(str(path))
    documents = [doc for doc in out if isinstance(doc, RawDocument)]
    assert documents and documents[0].doc_id == "r0"
    *_, last = out
    assert isinstance(last, ErrorRecord) and (last.doc_id, last.code) == (str(path), "E008")
    assert last.message.startswith("gzip stream broken")


def test_jsonl_is_sniffed_in_a_txt_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "records.txt", json.dumps({"text": STORY}) + "\n" + json.dumps({"text": "B b b."}))
    assert [doc.doc_id for doc in _read(str(path))] == ["records-1", "records-2"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"id": "one", "text": "A a a."}', ["one"]),
        ('{\n  "text": "A a a.",\n  "title": "T"\n}\n', ["article"]),
        ('[{"text": "A a a."}, {"id": "b", "text": "B b b."}, 3]', ["article-1", "b", "E007"]),
        ('{"text": "A a a."}\n{"text": "B b b."}\n', ["article-1", "article-2"]),
        ('"just a string"', ["E007"]),
        ("{broken", ["E007"]),
    ],
)
def test_json_file(tmp_path: Path, content: str, expected: list[str]) -> None:
    out = _read(str(_write(tmp_path / "article.json", content)))
    assert [doc.code if isinstance(doc, ErrorRecord) else doc.doc_id for doc in out] == expected


def test_jsonl_line_too_long_is_skipped_and_the_rest_read(tmp_path: Path) -> None:
    settings = Settings(max_chars=100)
    path = _write(tmp_path / "feed.jsonl",
                  json.dumps({"text": "x " * 400}) + "\n" + json.dumps({"id": "ok", "text": STORY}) + "\n")
    big, ok = _read(str(path), settings=settings)
    assert isinstance(big, ErrorRecord) and big.code == "E005" and big.doc_id == f"{path}:1"
    assert isinstance(ok, RawDocument) and ok.doc_id == "ok"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (STORY.encode(), [("stdin", STORY)]),
        (b'{"text": "A a a."}\n\n{"id": "b", "text": "B b b."}\n', [("stdin-1", "A a a."), ("b", "B b b.")]),
        (b"\xef\xbb\xbf" + STORY.encode(), [("stdin", STORY)]),
        (b"\n\n  \n" + STORY.encode(), [("stdin", "\n\n  \n" + STORY)]),
        (b'\n\n{"text": "A a a."}\n\nnope\n', [("stdin-3", "A a a."), ("stdin:5", None)]),
    ],
)
def test_stdin(data: bytes, expected: list[tuple[str, str]]) -> None:
    docs = list(read_stdin(SETTINGS, io.BytesIO(data)))
    assert [(doc.doc_id, getattr(doc, "text", None)) for doc in docs] == expected


def test_stdin_html_and_bad_jsonl_line() -> None:
    (page,) = list(read_stdin(SETTINGS, io.BytesIO(PAGE.encode())))
    assert isinstance(page, RawDocument) and page.title == "Russia invites US to Astana talks"
    good, bad = list(read_stdin(SETTINGS, io.BytesIO(b'{"text": "A a a."}\n{"text": \n')))
    assert isinstance(good, RawDocument)
    assert isinstance(bad, ErrorRecord) and (bad.doc_id, bad.code) == ("stdin:2", "E007")


def test_stdin_records_without_text_are_errors_not_one_text() -> None:
    out = list(read_stdin(SETTINGS, io.BytesIO(b'{"id": "a", "title": "no text"}\n{"id": "b", "text": "B b b."}\n')))
    assert [(type(item).__name__, item.doc_id) for item in out] == [("ErrorRecord", "stdin:1"), ("RawDocument", "b")]


def test_stdin_too_large_is_refused() -> None:
    (error,) = list(read_stdin(Settings(max_chars=10), io.BytesIO(b"word " * 100)))
    assert isinstance(error, ErrorRecord) and error.code == "E005" and "split it" in error.message


def test_directory_is_read_recursively_in_sorted_order_with_unique_ids(tmp_path: Path) -> None:
    _write(tmp_path / "b" / "story.txt", STORY)
    _write(tmp_path / "a" / "story.txt", STORY)
    _write(tmp_path / "a" / "zeta.txt", STORY)
    _write(tmp_path / "c.html", PAGE)
    _write(tmp_path / ".hidden.txt", STORY)
    _write(tmp_path / ".git" / "config.txt", STORY)
    docs = _read(str(tmp_path))
    assert [doc.doc_id for doc in docs] == ["a/story", "zeta", "b/story", "c"]


def test_same_stem_on_the_command_line_gets_a_suffix(tmp_path: Path) -> None:
    first = _write(tmp_path / "x" / "story.txt", STORY)
    second = _write(tmp_path / "y" / "story.txt", STORY)
    assert [doc.doc_id for doc in _read(str(first), str(second))] == ["story", "story-2"]


def test_missing_input_is_an_error_record() -> None:
    (error,) = _read("/nonexistent/file.txt")
    assert isinstance(error, ErrorRecord) and error.code == "E001"


def test_reader_registry_dispatches_by_longest_suffix(tmp_path: Path) -> None:
    seen: list[str] = []

    def fake(path: Path, doc_id: str, settings: Settings) -> list[RawDocument]:
        seen.append(doc_id)
        return [RawDocument(doc_id=doc_id, text="x")]

    register_reader(".fake.gz", fake)
    try:
        (doc,) = _read(str(_write(tmp_path / "crawl.fake.gz", b"\x1f\x8b")))
    finally:
        del READERS[".fake.gz"]
    assert seen == ["crawl"] and doc.doc_id == "crawl"


def test_unexpected_reader_failure_becomes_a_record(tmp_path: Path) -> None:
    def broken(path: Path, doc_id: str, settings: Settings) -> list[RawDocument]:
        raise RuntimeError("boom")

    register_reader(".boom", broken)
    try:
        (error,) = _read(str(_write(tmp_path / "x.boom", b"")))
    finally:
        del READERS[".boom"]
    assert isinstance(error, ErrorRecord) and error.code == "E008" and "boom" in error.message
