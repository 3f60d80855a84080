"""Bytes to text: BOMs, UTF-8, legacy encodings, and the checks that refuse non-text.

The decoded string is the document: every offset newsgraph emits points into
it. A byte-order mark is an encoding signature, not text, so it is dropped
before decoding and offsets start at the first real character.

Checks, in order (each raises ``InputError`` with its code):
empty bytes [E003], binary content [E002], undecodable bytes [E004],
whitespace only [E003], more than ``max_chars`` characters [E005].
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

import charset_normalizer

from newsgraph.errors import Code, InputError

# Checked longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control bytes that never occur in text files (tab, newlines, form feed and
# escape do). Judged on a prefix: binary formats show themselves early.
_TEXT_CONTROLS = frozenset(b"\t\n\r\x0b\x0c\x1b")
_SNIFF_BYTES = 8192
_MAX_CONTROL_SHARE = 0.05

# charset-normalizer's own threshold is 0.2; above this "mess" ratio the
# best guess is mojibake rather than text.
_MAX_CHAOS = 0.2

# In Western European text most letters are ASCII; in another script decoded
# as cp1252 nearly all are not.
_MAX_WESTERN_SHARE = 0.3


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, and the encoding it was decoded with."""

    text: str
    encoding: str


def looks_binary(data: bytes) -> bool:
    """True for bytes with NUL or many control characters near the start."""
    sample = data[:_SNIFF_BYTES]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 0x20 and byte not in _TEXT_CONTROLS)
    return controls / len(sample) > _MAX_CONTROL_SHARE


def decode_bytes(data: bytes, *, doc_id: str, max_chars: int, declared: str | None = None) -> Decoded:
    """Decode a whole document, or raise ``InputError`` saying what is wrong.

    ``declared`` is an encoding the container names (an HTML ``<meta charset>``),
    tried after UTF-8 and before guessing.
    """
    if not data:
        raise InputError(Code.EMPTY, "empty file", doc_id=doc_id)
    decoded = _decode_with_bom(data, doc_id)
    if decoded is None:
        if looks_binary(data):
            raise InputError(Code.BINARY, "binary content (not a text, HTML or JSON Lines file)", doc_id=doc_id)
        decoded = (
            _decode_utf8(data)
            or _decode_declared(data, declared)
            or _decode_western(data)
            or _decode_detected(data, doc_id)
        )
    if not decoded.text.strip():
        raise InputError(Code.EMPTY, "no text (empty or whitespace only)", doc_id=doc_id)
    check_length(decoded.text, doc_id=doc_id, max_chars=max_chars)
    return decoded


def check_length(text: str, *, doc_id: str, max_chars: int) -> None:
    """Refuse a document longer than ``max_chars`` characters with [E005]."""
    if len(text) > max_chars:
        raise InputError(Code.TOO_LARGE, too_large_message(f"{len(text):,} characters", max_chars), doc_id=doc_id)


def too_large_message(size: str, max_chars: int) -> str:
    """The one wording of [E005], for characters and bytes alike."""
    return (
        f"document too large ({size}; the maximum is {max_chars:,} characters):"
        " split it into articles, or raise Settings.max_chars"
    )


def _decode_with_bom(data: bytes, doc_id: str) -> Decoded | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                text = body.decode(encoding.removesuffix("-sig"))
            except UnicodeDecodeError as error:
                raise InputError(
                    Code.UNDECODABLE, f"starts with a {encoding} byte-order mark but {error.reason}", doc_id=doc_id
                ) from None
            if "\x00" in text:
                raise InputError(Code.BINARY, "binary content after a byte-order mark", doc_id=doc_id)
            return Decoded(text, encoding)
    return None


def _decode_utf8(data: bytes) -> Decoded | None:
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return None


def _decode_declared(data: bytes, declared: str | None) -> Decoded | None:
    if not declared:
        return None
    try:
        return Decoded(data.decode(declared), _normal_encoding_name(declared))
    except (LookupError, UnicodeDecodeError):
        return None


def _decode_western(data: bytes) -> Decoded | None:
    """cp1252 (the superset of latin-1 that Windows wrote) when it reads as Western text.

    On a short English paragraph with a few accented letters or curly quotes,
    charset-normalizer finds several single-byte code pages equally likely
    and may pick cp775 or cp1250. English news is the common case, so cp1252
    is preferred when its decoding is mostly ASCII with Western letters and
    typographic punctuation; text in another script (cp1251 Cyrillic turns
    into whole words of accented letters) goes to detection instead.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [char for char in text if char.isalpha()]
    foreign = [char for char in letters if not char.isascii()]
    if not letters or len(foreign) / len(letters) > _MAX_WESTERN_SHARE:
        return None
    return Decoded(text, "cp1252")


def _decode_detected(data: bytes, doc_id: str) -> Decoded:
    # Not UTF-8 nor Western: a legacy page (cp1251, latin-2...) is common in
    # news archives; charset-normalizer picks the encoding whose decoding
    # reads most like language.
    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.chaos > _MAX_CHAOS:
        raise InputError(
            Code.UNDECODABLE,
            "bytes are neither UTF-8 nor any legacy encoding that reads as text",
            doc_id=doc_id,
        )
    return Decoded(str(best), _normal_encoding_name(best.encoding))


def _normal_encoding_name(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name
