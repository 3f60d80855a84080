"""newsgraph: who said and did what to whom in the news, as sourced, structured data.

The public API. Everything else is reachable but not promised.
"""

from typing import TYPE_CHECKING, Any

from newsgraph.records import (
    Actor,
    CodedSpan,
    ErrorRecord,
    Event,
    Location,
    Place,
    Quote,
    RawDocument,
    RemovedSpan,
    Result,
    Span,
    TextRange,
    Timex,
)
from newsgraph.settings import Settings

if TYPE_CHECKING:
    from newsgraph.process import Engine, extract, extract_many
    from newsgraph.store import Store

__version__ = "0.1.0"

# Names whose modules import spaCy are loaded on first use, so that the
# store, exports and the web server run without a model installed.
_LAZY = {"Engine": "newsgraph.process", "extract": "newsgraph.process", "extract_many": "newsgraph.process"}
# The store needs no model; it is lazy only because it reads ``__version__`` from here.
_LAZY["Store"] = "newsgraph.store"


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'newsgraph' has no attribute {name!r}")


__all__ = [
    "Actor",
    "CodedSpan",
    "Engine",
    "ErrorRecord",
    "Event",
    "Location",
    "Place",
    "Quote",
    "RawDocument",
    "RemovedSpan",
    "Result",
    "Settings",
    "Span",
    "Store",
    "TextRange",
    "Timex",
    "__version__",
    "extract",
    "extract_many",
]
