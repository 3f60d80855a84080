"""Walk the inputs named on the command line and dispatch each file to its reader.

``read_inputs`` is the one entry point (CLI and batch runners). Inputs are
files, directories (recursive, sorted, hidden files skipped) and ``-`` for
standard input. A file's format comes from its suffix through ``READERS``;
files with any other suffix (``.txt``, none) are sniffed: JSON Lines when
every non-empty line is an object with ``text``, HTML when it starts like a
page, plain text otherwise.

A bad input becomes an ``ErrorRecord`` whose ``doc_id`` is the path as given
(``<file>:<line>`` for a JSONL line), and reading goes on. Anything a reader
raises unexpectedly also becomes a record ([E008]): one bad file never stops
the batch and never shows a traceback.

Sizes: a text or HTML file larger than ``4 * max_chars`` bytes (4 bytes is
the longest UTF-8 character) is refused with [E005] before it is read, so a
50 MB file costs a ``stat``; after decoding, more than ``max_chars``
characters is refused too. JSON Lines (also gzipped, ``.jsonl.gz``) and
WARC files may be large; their limits apply per record.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path
from typing import Protocol

from newsgraph.errors import Code, InputError
from newsgraph.ingest import jsonl
from newsgraph.ingest.html import declared_charset, looks_like_html, read_html
from newsgraph.ingest.text import check_length, decode_bytes, too_large_message
from newsgraph.records import ErrorRecord, RawDocument
from newsgraph.settings import Settings

Outcome = RawDocument | ErrorRecord
# A reader gets the path, the document id the walker chose and the settings,
# and yields one outcome per document in the file (a WARC holds many).
Reader = Callable[[Path, str, Settings], Iterable[Outcome]]

_BYTES_PER_CHAR = 4
_STDIN_SOURCE = "-"


class _LineSource(Protocol):
    def readline(self, limit: int = -1, /) -> bytes: ...


class _Source(_LineSource, Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def byte_limit(settings: Settings) -> int:
    """Largest input in bytes that can still decode to ``max_chars`` characters."""
    return _BYTES_PER_CHAR * settings.max_chars


def read_inputs(
    inputs: Sequence[str], *, settings: Settings, skip: Collection[Path] = frozenset()
) -> Iterator[Outcome]:
    """Documents from files, directories (recursive) and ``-`` (stdin), in order.

    Files of a directory whose resolved path is in ``skip`` (the database an
    ingest writes to, when it sits among the articles) are passed over.
    """
    used_ids: set[str] = set()
    for name in inputs or ["-"]:
        if name == "-":
            yield from read_stdin(settings)
            continue
        path = Path(name)
        if path.is_dir():
            for file, doc_id in _directory_files(path):
                if skip and file.resolve() in skip:
                    continue
                yield from _guarded(str(file), lambda f=file, d=doc_id: read_file(f, _unique(d, used_ids), settings))
        elif path.is_file():
            yield from _guarded(name, lambda: read_file(path, _unique(_strip_suffix(path), used_ids), settings))
        elif path.exists():
            yield ErrorRecord(name, "ingest", Code.UNREADABLE.value, "not a regular file or directory")
        else:
            yield ErrorRecord(name, "ingest", Code.NOT_FOUND.value, "no such file or directory")


def read_file(path: Path, doc_id: str, settings: Settings) -> Iterator[Outcome]:
    """The documents of one file, by its suffix (see ``READERS``) or by sniffing its content."""
    suffix = _registered_suffix(path.name)
    reader = READERS[suffix] if suffix else _read_sniffed
    yield from reader(path, doc_id, settings)


# --- readers by format ------------------------------------------------------


def _read_html_file(path: Path, doc_id: str, settings: Settings) -> Iterator[Outcome]:
    data = _read_limited(path, settings)
    yield _html_from_bytes(data, doc_id=doc_id, name=str(path), settings=settings)


def _read_jsonl_file(path: Path, doc_id: str, settings: Settings) -> Iterator[Outcome]:
    with path.open("rb") as stream:
        yield from jsonl.read_jsonl_lines(_numbered_lines(stream, byte_limit(settings), str(path)), name=str(path),
                                          stem=doc_id, max_chars=settings.max_chars, source=str(path))


def _read_gzipped_jsonl_file(path: Path, doc_id: str, settings: Settings) -> Iterator[Outcome]:
    # Feeds and crawl exports are shipped gzipped; decompressed as a stream, one line at a time.
    with gzip.open(path, "rb") as stream:
        lines = _numbered_lines(stream, byte_limit(settings), str(path))
        try:
            yield from jsonl.read_jsonl_lines(lines, name=str(path), stem=doc_id, max_chars=settings.max_chars,
                                              source=str(path))
        except (EOFError, gzip.BadGzipFile, zlib.error) as error:
            # The lines read before the break are kept; the rest of the file is lost.
            raise InputError(Code.UNREADABLE, f"gzip stream broken, the rest of the file is not read ({error})",
                             doc_id=str(path)) from error


def _read_json_file(path: Path, doc_id: str, settings: Settings) -> Iterator[Outcome]:
    data = _read_limited(path, settings)
    decoded = decode_bytes(data, doc_id=str(path), max_chars=byte_limit(settings))
    if jsonl.is_jsonl(decoded.text):  # one record per line, saved as .json
        numbered = enumerate(decoded.text.splitlines(), start=1)
        yield from jsonl.read_jsonl_lines(numbered, name=str(path), stem=doc_id, max_chars=settings.max_chars,
                                          source=str(path))
        return
    yield from jsonl.read_json_text(decoded.text, name=str(path), stem=doc_id, max_chars=settings.max_chars,
                                    source=str(path))


def _read_sniffed(path: Path, doc_id: str, settings: Settings) -> Iterator[Outcome]:
    data = _read_limited(path, settings)
    yield from _sniffed(data, doc_id=doc_id, name=str(path), settings=settings)


def _read_warc_file(path: Path, doc_id: str, settings: Settings) -> Iterator[Outcome]:
    # WARC support lives in its own module (issue 8); it is looked up when a
    # WARC file is met, so reading text needs neither warcio nor that module.
    if find_spec("newsgraph.ingest.warc") is None:
        yield ErrorRecord(str(path), "ingest", Code.BAD_WARC.value, "WARC input is not supported by this install")
        return
    warc = import_module("newsgraph.ingest.warc")
    yield from warc.read_warc(path, settings)


# Suffix (lower case, with the dot) -> reader. Longest suffixes are matched
# first, so ".warc.gz" wins over ".gz". Other modules may register more.
READERS: dict[str, Reader] = {
    ".html": _read_html_file,
    ".htm": _read_html_file,
    ".xhtml": _read_html_file,
    ".jsonl": _read_jsonl_file,
    ".ndjson": _read_jsonl_file,
    ".jsonl.gz": _read_gzipped_jsonl_file,
    ".ndjson.gz": _read_gzipped_jsonl_file,
    ".json": _read_json_file,
    ".warc": _read_warc_file,
    ".warc.gz": _read_warc_file,
}


def register_reader(suffix: str, reader: Reader) -> None:
    """Read files ending in ``suffix`` (e.g. ``".warc.gz"``) with ``reader``."""
    READERS[suffix.lower()] = reader


# --- standard input ---------------------------------------------------------


def read_stdin(settings: Settings, stream: _Source | None = None) -> Iterator[Outcome]:
    """Standard input: JSON Lines (streamed) when the first line is a JSON object, else one document.

    JSON Lines is recognised from the first non-empty line, so a long stream
    is never held in memory; a later line that is not a record (or a record
    without ``text``) is an [E007].
    """
    yield from _guarded("stdin", lambda: _read_stdin(settings, stream))


def _read_stdin(settings: Settings, stream: _Source | None) -> Iterator[Outcome]:
    if stream is None:
        stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text-only stdin (some embedders): re-encode
        stream = _BytesFromText(sys.stdin.read())
    limit = byte_limit(settings)
    # Leading blank lines are kept: they are part of the text, and offsets count them.
    head = [stream.readline(limit + 1)]
    read = len(head[-1])
    while head[-1] and not head[-1].strip() and read <= limit:
        head.append(stream.readline(limit + 1))
        read += len(head[-1])
    first = head[-1]
    if first.lstrip(b"\xef\xbb\xbf \t").startswith(b"{") and jsonl.is_json_object(first.decode("utf-8", "replace")):
        lines = _numbered_lines(_Prepend(head, stream), limit, "stdin")
        yield from jsonl.read_jsonl_lines(lines, name="stdin", stem="stdin", max_chars=settings.max_chars,
                                          source=_STDIN_SOURCE)
        return
    data = b"".join(head)
    data += stream.read(limit + 1 - len(data))
    if len(data) > limit:
        raise InputError(Code.TOO_LARGE, too_large_message(f"more than {limit:,} bytes", settings.max_chars),
                         doc_id="stdin")
    yield from _sniffed(data, doc_id="stdin", name="stdin", source=_STDIN_SOURCE, settings=settings)


# --- helpers ----------------------------------------------------------------


def _sniffed(data: bytes, *, doc_id: str, name: str, settings: Settings, source: str | None = None
             ) -> Iterator[Outcome]:
    """JSON Lines, HTML or plain text, judged from the decoded content."""
    source = source or name
    decoded = decode_bytes(data, doc_id=name, max_chars=byte_limit(settings))
    if jsonl.is_jsonl(decoded.text):
        numbered = enumerate(decoded.text.splitlines(), start=1)
        yield from jsonl.read_jsonl_lines(numbered, name=name, stem=doc_id, max_chars=settings.max_chars,
                                          source=source)
    elif looks_like_html(decoded.text):
        yield read_html(decoded.text, doc_id=doc_id, max_chars=settings.max_chars, source=source,
                        encoding=decoded.encoding)
    else:
        check_length(decoded.text, doc_id=name, max_chars=settings.max_chars)
        yield RawDocument(doc_id=doc_id, text=decoded.text, source=source, encoding=decoded.encoding)


def _html_from_bytes(data: bytes, *, doc_id: str, name: str, settings: Settings) -> RawDocument:
    decoded = decode_bytes(data, doc_id=name, max_chars=byte_limit(settings), declared=declared_charset(data))
    return read_html(decoded.text, doc_id=doc_id, max_chars=settings.max_chars, source=name,
                     encoding=decoded.encoding)


def _read_limited(path: Path, settings: Settings) -> bytes:
    limit = byte_limit(settings)
    size = path.stat().st_size
    if size > limit:
        raise InputError(Code.TOO_LARGE, too_large_message(f"{size:,} bytes", settings.max_chars), doc_id=str(path))
    with path.open("rb") as stream:
        data = stream.read(limit + 1)  # a file may grow between stat and read
    if len(data) > limit:
        raise InputError(Code.TOO_LARGE, too_large_message(f"more than {limit:,} bytes", settings.max_chars),
                         doc_id=str(path))
    return data


def _numbered_lines(stream: _LineSource, limit: int, name: str) -> Iterator[tuple[int, str | InputError]]:
    """Lines decoded as UTF-8, numbered from 1; an over-long line is skipped without holding it."""
    number = 0
    while True:
        chunk = stream.readline(limit + 1)
        if not chunk:
            return
        number += 1
        where = f"{name}:{number}"
        if len(chunk) > limit and not chunk.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield number, InputError(Code.TOO_LARGE, too_large_message(f"a line of more than {limit:,} bytes",
                                                                        limit // _BYTES_PER_CHAR), doc_id=where)
            continue
        if number == 1:
            chunk = chunk.removeprefix(b"\xef\xbb\xbf")
        try:
            yield number, chunk.decode("utf-8")
        except UnicodeDecodeError as error:
            yield number, InputError(Code.UNDECODABLE, f"line is not UTF-8 ({error.reason})", doc_id=where)


def _guarded(name: str, produce: Callable[[], Iterable[Outcome]]) -> Iterator[Outcome]:
    """Run one input's reader; what it raises becomes that input's error record."""
    try:
        yield from produce()
    except InputError as error:
        yield ErrorRecord(error.doc_id, error.stage, error.code.value, error.detail)
    except OSError as error:
        yield ErrorRecord(name, "ingest", Code.UNREADABLE.value, error.strerror or type(error).__name__)
    except Exception as error:  # noqa: BLE001 - boundary of one input: the batch goes on
        yield ErrorRecord(name, "ingest", Code.UNREADABLE.value, f"could not be read ({type(error).__name__}: {error})")


def _directory_files(root: Path) -> Iterator[tuple[Path, str]]:
    """Non-hidden files under ``root`` in sorted order, with their document ids.

    The id is the file name without its suffix; files whose names collide
    anywhere in the tree get their relative path without suffix instead.
    """
    files: list[Path] = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        files.extend(Path(folder) / n for n in sorted(names) if not n.startswith("."))
    files.sort(key=lambda f: f.relative_to(root).parts)
    stems = [_strip_suffix(f) for f in files]
    counts = Counter(stems)
    for file, stem in zip(files, stems, strict=True):
        if counts[stem] > 1:
            relative = file.relative_to(root)
            stem = (relative.parent / _strip_suffix(relative)).as_posix()
        yield file, stem


def _registered_suffix(filename: str) -> str | None:
    lowered = filename.lower()
    for suffix in sorted(READERS, key=len, reverse=True):
        if lowered.endswith(suffix) and len(lowered) > len(suffix):
            return suffix
    return None


def _strip_suffix(path: Path) -> str:
    suffix = _registered_suffix(path.name)
    return path.name[: -len(suffix)] if suffix else path.stem or path.name


def _unique(doc_id: str, used: set[str]) -> str:
    candidate, n = doc_id, 1
    while candidate in used:
        n += 1
        candidate = f"{doc_id}-{n}"
    used.add(candidate)
    return candidate


class _Prepend:
    """A binary stream with the lines read while sniffing stdin pushed back in front."""

    def __init__(self, head: list[bytes], rest: _LineSource) -> None:
        self._head = list(head)
        self._rest = rest

    def readline(self, limit: int = -1, /) -> bytes:
        if self._head:
            return self._head.pop(0)
        return self._rest.readline(limit)


class _BytesFromText:
    def __init__(self, text: str) -> None:
        self._buffer = io.BytesIO(text.encode("utf-8"))

    def readline(self, limit: int = -1, /) -> bytes:
        return self._buffer.readline(limit)

    def read(self, size: int = -1, /) -> bytes:
        return self._buffer.read(size)
