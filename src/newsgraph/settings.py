"""One typed settings object with packaged defaults; the CLI maps its flags onto it."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

# spaCy refuses longer texts by default for memory reasons (about 1 GB of
# RAM per 100,000 characters for the parser); a news article is 2-20 kB.
DEFAULT_MAX_CHARS = 1_000_000

# Small batches are the fastest for the small English model (PITFALLS.md:
# 32 beats the default of 1000 by 27%).
DEFAULT_BATCH_SIZE = 32


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything that changes what or how newsgraph extracts.

    model: a spaCy pipeline name or path tried before the packaged defaults
        (also read from ``NEWSGRAPH_MODEL``).
    published: anchor date (ISO) for relative dates when the input has none.
    actor_files: user actor dictionaries (JSON in PETRARCH validation shape, or TSV).
    max_chars: larger documents are refused with [E005].
    batch_size: documents per ``nlp.pipe`` batch.
    workers: processes for extraction (1 = in process).
    """

    model: str | None = field(default_factory=lambda: os.environ.get("NEWSGRAPH_MODEL") or None)
    published: str | None = None
    actor_files: tuple[Path, ...] = ()
    max_chars: int = DEFAULT_MAX_CHARS
    batch_size: int = DEFAULT_BATCH_SIZE
    workers: int = 1

    def replace(self, **changes: object) -> Settings:
        """A copy with some fields changed (keyword-only, checked by the dataclass)."""
        return replace(self, **changes)  # type: ignore[arg-type]
