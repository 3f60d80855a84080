"""WARC files (how Common Crawl publishes CC-NEWS): one document per HTML response record.

Records are streamed with warcio's ``ArchiveIterator`` (plain or gzipped,
one record in memory at a time). A ``response`` record with status 200 and
an HTML content type goes through the same HTML path as an ``.html`` file
(``ingest.html.read_html``: trafilatura's main text, title, date). Every
other record (``warcinfo``, ``request``, ``metadata``, ``revisit``, images,
PDFs, redirects) is skipped and counted, not reported as an error: a crawl is
mostly such records. An HTML page with no main text is an error record
[E006], as for a single HTML file.

From the WARC headers: ``doc_id`` is the ``WARC-Record-ID`` (unique in a
crawl; the URL when a record has none), ``url`` is ``WARC-Target-URI``.
``published`` is the page's own date when its metadata gives one, else the
day of ``WARC-Date``: CC-NEWS fetches articles within hours of publication,
so the fetch day is the best anchor left for relative dates.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsgraph.errors import Code, InputError
from newsgraph.ingest._dates import normalise_date
from newsgraph.ingest.html import declared_charset, read_html
from newsgraph.ingest.text import decode_bytes, too_large_message
from newsgraph.records import ErrorRecord, RawDocument
from newsgraph.settings import Settings

logger = logging.getLogger(__name__)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# A byte can decode to at most one character; 4 bytes per character is the
# UTF-8 worst case, the bound the other readers use too.
_BYTES_PER_CHAR = 4
# An error line stays readable: warcio quotes the file's whole first line, binary noise included.
_MAX_REASON_CHARS = 120


@dataclass(slots=True)
class WarcCounts:
    """What one WARC file held (mutable on purpose: filled in while streaming).

    pages: HTML response records turned into documents or error records.
    skipped: other records by reason (``request record``, ``status 301``, ``image/jpeg``...).
    """

    pages: int = 0
    skipped: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        """``12 HTML pages, 30 records skipped (request record 12, image/jpeg 3, ...)``."""
        reasons = ", ".join(f"{reason} {count}" for reason, count in self.skipped.most_common())
        skipped = sum(self.skipped.values())
        return f"{self.pages} HTML pages, {skipped} records skipped" + (f" ({reasons})" if reasons else "")


def read_warc(path: Path, settings: Settings, counts: WarcCounts | None = None) -> Iterator[RawDocument | ErrorRecord]:
    """The HTML pages of a WARC file as documents, in file order.

    ``counts`` (optional) is filled in as records are read; the summary is
    also logged at INFO on ``newsgraph.ingest.warc`` when the file ends.
    """
    counts = counts if counts is not None else WarcCounts()
    with path.open("rb") as stream:
        records = ArchiveIterator(stream)
        try:
            for record in records:
                if record.format != "warc":
                    # warcio reads any line of words as an old ARC header; a
                    # file given as WARC whose records are not WARC is garbage.
                    yield ErrorRecord(str(path), "ingest", Code.BAD_WARC.value,
                                      f"not a WARC file (record at byte {records.offset} is not a WARC record)")
                    return
                outcome = _from_record(record, records, path, settings, counts)
                if outcome is not None:
                    yield outcome
            unread = path.stat().st_size - records.offset
            if unread > 0:
                # warcio stops without a word at a gzip member cut short: its record is lost.
                yield ErrorRecord(str(path), "ingest", Code.BAD_WARC.value,
                                  f"file ends inside a record: the last {unread:,} bytes (from byte "
                                  f"{records.offset}) hold no whole record (a download cut short?)")
        except ArchiveLoadFailed as error:
            yield ErrorRecord(str(path), "ingest", Code.BAD_WARC.value, f"not a readable WARC file ({_brief(error)})")
        except (AttributeError, ValueError, KeyError, IndexError) as error:
            # warcio fails this way on a record whose headers it cannot parse (a response
            # without WARC-Target-URI, a broken status line); the records before it stand.
            yield ErrorRecord(str(path), "ingest", Code.BAD_WARC.value,
                              f"malformed WARC record after byte {records.offset} "
                              f"({type(error).__name__}: {error}); the rest of the file is not read")
        finally:
            logger.info("%s: %s", path, counts.summary())


def _from_record(
    record: Any, records: ArchiveIterator, path: Path, settings: Settings, counts: WarcCounts
) -> RawDocument | ErrorRecord | None:
    reason = _skip_reason(record)
    if reason is not None:
        counts.skipped[reason] += 1
        return None
    counts.pages += 1
    limit = _BYTES_PER_CHAR * settings.max_chars
    data = record.content_stream().read(limit + 1)
    # Only after the content is read: asking for the offset reads the record to its end.
    offset = records.get_record_offset()
    url = record.rec_headers.get_header("WARC-Target-URI")
    doc_id = _doc_id(record, url, path, offset)
    if len(data) > limit:
        message = too_large_message(f"more than {limit:,} bytes", settings.max_chars)
        return ErrorRecord(doc_id, "ingest", Code.TOO_LARGE.value, message)
    missing = _missing_bytes(record)
    if missing:
        # A crawl file cut short (an interrupted download) ends inside a record: half a page
        # would pass for a whole article, its events and quotes cut off without a word.
        return ErrorRecord(doc_id, "ingest", Code.BAD_WARC.value,
                           f"record truncated: {path} ends {missing:,} bytes short of its Content-Length ({url})")
    try:
        declared = _http_charset(record) or declared_charset(data)
        decoded = decode_bytes(data, doc_id=doc_id, max_chars=limit, declared=declared)
        page = read_html(decoded.text, doc_id=doc_id, max_chars=settings.max_chars, source=f"{path}@{offset}",
                         encoding=decoded.encoding)
    except InputError as error:
        # Named by the record id, as its document would have been; the URL says which page it was.
        return ErrorRecord(doc_id, error.stage, error.code.value, f"{error.detail} ({url})")
    crawled = normalise_date(record.rec_headers.get_header("WARC-Date"))
    return replace(page, url=url or page.url, published=page.published or crawled)


def _missing_bytes(record: Any) -> int:
    """Bytes the record's Content-Length promised that the file did not hold (0 when whole)."""
    remaining = getattr(record.raw_stream, "limit", 0)
    return remaining if isinstance(remaining, int) and remaining > 0 else 0


def _skip_reason(record: Any) -> str | None:
    """Why a record is not an HTML page, or None when it is one."""
    if record.rec_type != "response":
        return f"{record.rec_type} record"
    if record.http_headers is None:
        return "response without HTTP headers"
    status = record.http_headers.get_statuscode()
    if status != "200":
        return f"status {status}"
    content_type = _content_type(record)
    if content_type not in HTML_TYPES:
        return content_type or "no content type"
    return None


def _content_type(record: Any) -> str:
    value = record.http_headers.get_header("Content-Type") or ""
    return value.split(";", 1)[0].strip().lower()


def _http_charset(record: Any) -> str | None:
    value = record.http_headers.get_header("Content-Type") or ""
    for parameter in value.split(";")[1:]:
        name, _, charset = parameter.partition("=")
        if name.strip().lower() == "charset" and charset.strip():
            return charset.strip().strip("\"'").lower()
    return None


def _doc_id(record: Any, url: str | None, path: Path, offset: int) -> str:
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    if record_id:
        return record_id.strip("<>")
    return url or f"{path}@{offset}"


def _brief(error: ArchiveLoadFailed) -> str:
    """warcio's reason without the first line it quotes when that line is long (binary noise, a minified page)."""
    reason = str(error)
    if len(reason) <= _MAX_REASON_CHARS:
        return reason
    reason = reason.split(", first line:", 1)[0]
    return reason if len(reason) <= _MAX_REASON_CHARS else reason[: _MAX_REASON_CHARS - 1] + "…"
