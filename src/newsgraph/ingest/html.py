"""HTML pages: the main text, title, publication date and URL via trafilatura.

The document's ``text`` is trafilatura's extracted main text, a new string:
every span points into it, never into the HTML. trafilatura puts the ``h1``
headline on the first line of that text; it is kept as returned (the text is
never changed) and the cleaner marks it removed, kind ``title``, because
``title`` is set from the page metadata.
"""

from __future__ import annotations

import re

import trafilatura

from newsgraph.errors import Code, InputError
from newsgraph.ingest._dates import normalise_date
from newsgraph.ingest.text import check_length
from newsgraph.records import RawDocument

_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
_HTML_TAG = re.compile(r"<(?:p|div|article|section|span|a|h[1-6]|br|meta|title|script|table)\b[^>]*>", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)

# A page whose extracted text has no line of this many words is menus and
# buttons only ("Home", "Share"): there is no article to analyse.
_MIN_WORDS_IN_SOME_LINE = 4


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document or is dense with block tags."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return head.lstrip().startswith("<") and len(_HTML_TAG.findall(head)) >= 3


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match[1].decode("ascii", "replace").lower() if match else None


def read_html(html: str, *, doc_id: str, max_chars: int, source: str | None = None,
              encoding: str | None = None) -> RawDocument:
    """One document from an HTML page, or ``InputError`` [E006] when it has no main text.

    Errors name ``source`` (the path as given) when there is one, like every
    other error of reading a file.
    """
    where = source or doc_id
    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as error:  # noqa: BLE001 - trafilatura/lxml raise many types on broken markup
        raise InputError(Code.NO_MAIN_TEXT, f"HTML could not be parsed ({type(error).__name__})",
                         doc_id=where) from None
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not any(len(line.split()) >= _MIN_WORDS_IN_SOME_LINE for line in text.splitlines()):
        raise InputError(Code.NO_MAIN_TEXT, "HTML page with no main text (no article found)", doc_id=where)
    check_length(text, doc_id=where, max_chars=max_chars)
    title = _clean(getattr(extracted, "title", None))
    return RawDocument(
        doc_id=doc_id,
        text=text,
        title=title,
        published=normalise_date(getattr(extracted, "date", None)),
        url=_clean(getattr(extracted, "url", None)),
        source=source,
        encoding=encoding,
    )


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
