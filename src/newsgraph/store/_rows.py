"""Contract records to table rows: one function per table, columns in schema order.

Besides its columns, each record row keeps the record's own ``to_dict`` as
JSON in ``data``: the columns serve queries and flat exports, ``data`` makes
the JSON Lines export give back exactly the dicts that were stored, including
extension fields added to ``records.py`` after the table was created.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from newsgraph.records import Actor, CodedSpan, Event, Place, Quote, RemovedSpan, Result, Span, Timex

# Result keys that have columns or tables of their own; any other key goes to documents.extra.
_RESULT_KEYS = frozenset(
    {"doc_id", "text", "title", "published", "removed", "actors", "quotes", "events", "timexes", "places", "url",
     "schema_version"}
)


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def source_of(url: str | None, doc_id: str) -> str:
    """The outlet a document counts as: the url's host without ``www.``, else the doc id."""
    if url:
        host = (urlsplit(url).hostname or "").lower()
        if host.startswith("www."):
            host = host[4:]
        if host:
            return host
    return doc_id


def document_row(result: Result, content_hash: str, run_id: int | None) -> tuple[Any, ...]:
    extra = {key: value for key, value in result.to_dict().items() if key not in _RESULT_KEYS}
    return (
        content_hash,
        result.doc_id,
        source_of(result.url, result.doc_id),
        result.title,
        result.published,
        result.url,
        result.schema_version,
        result.text,
        dumps(extra) if extra else None,
        run_id,
    )


DOCUMENT_INSERT = (
    "INSERT OR IGNORE INTO documents (content_hash, doc_id, source, title, published, url, schema_version, text,"
    " extra, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _span(span: Span | None) -> tuple[Any, Any, Any]:
    return (None, None, None) if span is None else (span.start, span.end, span.text)


def _coded(span: CodedSpan | None) -> tuple[Any, ...]:
    if span is None:
        return (None,) * 5
    return (span.start, span.end, span.text, span.code, span.actor_id)


def removed_row(doc: int, idx: int, span: RemovedSpan) -> tuple[Any, ...]:
    return (doc, idx, span.start, span.end, span.kind, span.reason)


def actor_row(doc: int, idx: int, actor: Actor) -> tuple[Any, ...]:
    return (doc, idx, actor.id, actor.code, actor.name, actor.country, actor.sector, actor.kind,
            dumps(actor.to_dict()))


def mention_rows(doc: int, actor_idx: int, actor: Actor) -> list[tuple[Any, ...]]:
    return [(doc, actor_idx, idx, m.start, m.end, m.text) for idx, m in enumerate(actor.mentions)]


def quote_row(doc: int, idx: int, quote: Quote) -> tuple[Any, ...]:
    return (
        doc, idx, *_span(quote.content), *_span(quote.speaker), *_span(quote.speaker_resolved),
        quote.speaker_actor, *_span(quote.cue), int(quote.direct), quote.kind, int(quote.anonymous),
        dumps(quote.to_dict()), *_span(quote.content_resolved),
    )


def event_row(doc: int, idx: int, event: Event) -> tuple[Any, ...]:
    loc = event.location
    location = (None,) * 5 if loc is None else (loc.name, loc.country, loc.lat, loc.lon, loc.geonameid)
    return (
        doc, idx, event.plover, event.cameo, event.mode, int(event.negated),
        *_coded(event.source), *_coded(event.target), *_span(event.trigger),
        event.date, event.date_text, *location, event.sentence.start, event.sentence.end,
        int(event.hypothetical), event.reported_by, event.date_source, event.goldstein, event.quad_class,
        event.group, dumps(event.to_dict()),
    )


def timex_row(doc: int, idx: int, timex: Timex) -> tuple[Any, ...]:
    return (doc, idx, timex.start, timex.end, timex.text, timex.value, timex.type, timex.mod,
            dumps(timex.to_dict()))


def place_row(doc: int, idx: int, place: Place) -> tuple[Any, ...]:
    return (doc, idx, place.start, place.end, place.text, place.name, place.country, place.lat, place.lon,
            place.geonameid, place.feature, dumps(place.to_dict()))


def _insert(table: str, columns: int) -> str:
    return f"INSERT INTO {table} VALUES ({', '.join('?' * columns)})"


REMOVED_INSERT = _insert("removed", 6)
ACTOR_INSERT = _insert("actors", 9)
MENTION_INSERT = _insert("mentions", 6)
QUOTE_INSERT = _insert("quotes", 22)
EVENT_INSERT = _insert("events", 35)
TIMEX_INSERT = _insert("timexes", 9)
PLACE_INSERT = _insert("places", 12)
