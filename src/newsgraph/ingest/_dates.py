"""Publication dates as the inputs give them, normalised to ISO ``YYYY-MM-DD``.

An unreadable date in the input (a JSONL ``published`` field, HTML metadata)
is dropped, not fatal: the article is still worth analysing, and the run's
``--published`` anchor then applies. Dropping it is the documented choice
over failing the document with [E010].
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

# Formats seen in feeds and metadata beyond ISO 8601 and RFC 2822.
_FORMATS = (
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
)
_ISO_DATE_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")


def normalise_date(value: object) -> str | None:
    """``YYYY-MM-DD`` for a readable date, else ``None``."""
    if not isinstance(value, str):
        return None
    raw = " ".join(value.split())
    if not raw:
        return None
    match = _ISO_DATE_PREFIX.match(raw)
    if match:
        return _valid(int(match[1]), int(match[2]), int(match[3]))
    try:
        return datetime.fromisoformat(raw).date().isoformat()
    except ValueError:
        pass
    for pattern in _FORMATS:
        try:
            return datetime.strptime(raw, pattern).date().isoformat()
        except ValueError:
            continue
    try:
        return parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
