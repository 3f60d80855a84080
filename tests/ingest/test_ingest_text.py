"""Bytes to text: encodings, byte-order marks, and the refusals with their codes."""

from __future__ import annotations

import codecs

import pytest

from newsgraph.errors import Code, InputError
from newsgraph.ingest.text import decode_bytes, looks_binary

SENTENCE = (
    "Russia\u2019s foreign minister said the \u201cceasefire\u201d in Syria \u2014 brokered by Moscow \u2014 would hold."
)


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (SENTENCE.encode("utf-8"), SENTENCE, "utf-8"),
        (codecs.BOM_UTF8 + SENTENCE.encode("utf-8"), SENTENCE, "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SENTENCE.encode("utf-16-le"), SENTENCE, "utf-16-le"),
        (codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), SENTENCE, "utf-16-be"),
        (SENTENCE.encode("cp1252"), SENTENCE, "cp1252"),
        ("Caf\u00e9 owners in Damascus reopened on Thursday.".encode("latin-1"),
         "Caf\u00e9 owners in Damascus reopened on Thursday.", "cp1252"),
        ("Россия заявила, что ведёт переговоры с Ираном о сирийском урегулировании.".encode("cp1251"),
         "Россия заявила, что ведёт переговоры с Ираном о сирийском урегулировании.", "cp1251"),
    ],
)
def test_decodes(data: bytes, text: str, encoding: str) -> None:
    decoded = decode_bytes(data, doc_id="d", max_chars=1000)
    assert decoded.text == text
    assert decoded.encoding == encoding


def test_bom_is_not_part_of_the_text_so_offsets_start_at_the_first_letter() -> None:
    decoded = decode_bytes(codecs.BOM_UTF8 + b"Moscow invited the US.", doc_id="d", max_chars=1000)
    assert decoded.text.index("Moscow") == 0
    assert decoded.text[7:14] == "invited"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", Code.EMPTY),
        (b"  \n\t\r\n  ", Code.EMPTY),
        (codecs.BOM_UTF8 + b"\n\n", Code.EMPTY),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", Code.BINARY),
        (bytes(range(0, 32)) * 20, Code.BINARY),
        (bytes(range(128, 256)) * 3, Code.UNDECODABLE),
        (b"x" * 1001, Code.TOO_LARGE),
    ],
)
def test_refusals(data: bytes, code: Code) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data, doc_id="d", max_chars=1000)
    assert caught.value.code is code
    assert caught.value.stage == "ingest"


def test_too_large_message_says_split_it() -> None:
    with pytest.raises(InputError, match="split it"):
        decode_bytes(b"x" * 11, doc_id="d", max_chars=10)


@pytest.mark.parametrize(
    ("data", "binary"),
    [(b"plain text\n", False), (b"tab\tand\x1b[0m escape\n", False), (b"a\x00b", True), (b"", False)],
)
def test_looks_binary(data: bytes, binary: bool) -> None:
    assert looks_binary(data) is binary


def test_declared_charset_is_tried_before_guessing() -> None:
    data = "Zürich talks".encode("iso-8859-15")
    assert decode_bytes(data, doc_id="d", max_chars=100, declared="iso-8859-15").encoding == "iso8859-15"
