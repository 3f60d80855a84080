"""Entry point of the cleaner: combine the line rules into one ``Cleaning``."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.records import RemovedSpan


@dataclass(frozen=True, slots=True)
class Cleaning:
    """What the cleaner found: spans that are not the story, and the headline."""

    removed: tuple[RemovedSpan, ...]
    title: str | None


def clean_page(text: str, *, title: str | None = None) -> Cleaning:
    """Mark the page furniture of ``text``; ``title`` is a headline known from metadata."""
    # Placeholder until the boilerplate rules land (issue 2, in progress).
    return Cleaning(removed=(), title=title)
