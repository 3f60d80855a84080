"""Bounded pagination shared by every list endpoint."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 25


@dataclass(frozen=True, slots=True)
class Page:
    """Which slice of a list to return; ``size`` is capped by validation, never by surprise."""

    number: int = 1
    size: int = DEFAULT_PAGE_SIZE

    @property
    def offset(self) -> int:
        return (self.number - 1) * self.size

    def envelope(self, items: Sequence[Any], total: int) -> dict[str, Any]:
        """The one data shape of every list: items plus where they sit in the whole."""
        return {
            "ok": True,
            "items": [item.to_dict() if hasattr(item, "to_dict") else item for item in items],
            "page": self.number,
            "per_page": self.size,
            "total": total,
            "has_more": self.offset + len(items) < total,
        }
