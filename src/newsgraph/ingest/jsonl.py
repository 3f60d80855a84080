"""JSON Lines records ``{"id", "text", "published", "url", "title"}``; only ``text`` is required.

Each line is one document. A bad line becomes an [E007] error record named
``<file>:<line>`` and the other lines are still read. Without an ``id`` a
record is ``<file stem>-<line>``. A ``.json`` file holds one such record or
a list of them (``<file stem>`` or ``<file stem>-<position>`` without ids).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from newsgraph.errors import Code, InputError
from newsgraph.ingest._dates import normalise_date
from newsgraph.ingest.text import check_length
from newsgraph.records import ErrorRecord, RawDocument

_OPTIONAL_STRINGS = ("title", "url")


def is_jsonl(text: str) -> bool:
    """True when every non-empty line is a JSON object with a string ``text``."""
    seen = False
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line.lstrip().startswith("{"):
            return False
        try:
            record = json.loads(line)
        except ValueError:
            return False
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            return False
        seen = True
    return seen


def is_json_object(line: str) -> bool:
    """True when ``line`` is one JSON object (the first line of a JSON Lines stream)."""
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def read_jsonl_lines(
    lines: Iterable[tuple[int, str | InputError]],
    *,
    name: str,
    stem: str,
    max_chars: int,
    source: str | None = None,
) -> Iterator[RawDocument | ErrorRecord]:
    """Documents from numbered lines (1-based); a line may already be an error (too long, undecodable)."""
    for number, line in lines:
        where = f"{name}:{number}"
        if isinstance(line, InputError):
            yield ErrorRecord(where, "ingest", line.code.value, line.detail)
            continue
        if not line.strip():
            continue
        try:
            yield record_to_document(_parse(line, where), default_id=f"{stem}-{number}", where=where,
                                     max_chars=max_chars, source=source)
        except InputError as error:
            yield ErrorRecord(error.doc_id, "ingest", error.code.value, error.detail)


def read_json_text(text: str, *, name: str, stem: str, max_chars: int,
                   source: str | None = None) -> Iterator[RawDocument | ErrorRecord]:
    """Documents from a whole JSON text: one record object, or a list of them."""
    try:
        data = json.loads(text)
    except ValueError as error:
        yield ErrorRecord(name, "ingest", Code.BAD_JSONL.value,
                          f"not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})")
        return
    if isinstance(data, dict):
        items: list[tuple[str, str, object]] = [(stem, name, data)]
    elif isinstance(data, list):
        items = [(f"{stem}-{n}", f"{name}[{n}]", item) for n, item in enumerate(data, start=1)]
    else:
        yield ErrorRecord(name, "ingest", Code.BAD_JSONL.value, "JSON that is neither a record nor a list of records")
        return
    for default_id, where, item in items:
        if not isinstance(item, dict):
            yield ErrorRecord(where, "ingest", Code.BAD_JSONL.value,
                              f"a JSON {type(item).__name__} where a record was expected")
            continue
        try:
            yield record_to_document(item, default_id=default_id, where=where, max_chars=max_chars, source=source)
        except InputError as error:
            yield ErrorRecord(error.doc_id, "ingest", error.code.value, error.detail)


def record_to_document(record: dict[str, Any], *, default_id: str, where: str, max_chars: int,
                       source: str | None = None) -> RawDocument:
    """A ``RawDocument`` from one parsed record, or ``InputError`` naming ``where``."""
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(Code.BAD_JSONL, 'record has no string "text" field', doc_id=where)
    if not text.strip():
        raise InputError(Code.EMPTY, 'record has an empty "text"', doc_id=where)
    raw_id = record.get("id")
    doc_id = str(raw_id) if isinstance(raw_id, (str, int)) and str(raw_id).strip() else default_id
    check_length(text, doc_id=doc_id, max_chars=max_chars)
    optional = {key: record[key] if isinstance(record.get(key), str) and record[key].strip() else None
                for key in _OPTIONAL_STRINGS}
    return RawDocument(
        doc_id=doc_id,
        text=text,
        title=optional["title"],
        published=normalise_date(record.get("published")),
        url=optional["url"],
        source=source,
        encoding="utf-8",
    )


def _parse(line: str, where: str) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except ValueError as error:
        raise InputError(Code.BAD_JSONL, f"not valid JSON ({error.msg} at column {error.colno})",
                         doc_id=where) from None
    if not isinstance(record, dict):
        raise InputError(Code.BAD_JSONL, f"a JSON {type(record).__name__} where an object was expected",
                         doc_id=where)
    return record
