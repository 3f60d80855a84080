"""A progress line on stderr for long runs: documents done, documents/s and ETA, only on a terminal."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

# Redraw at most this often: a terminal write per document would cost more than it tells.
_REDRAW_SECONDS = 0.25
_LINE_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_UNCOUNTABLE_SUFFIXES = frozenset({".warc", ".gz", ".arc"})


def estimate_documents(inputs: Sequence[str]) -> int | None:
    """How many documents the inputs hold, if it can be known cheaply (None for stdin or WARC)."""
    total = 0
    for name in inputs or ["-"]:
        path = Path(name)
        if name == "-":
            return None
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if path.is_dir() and any(part.startswith(".") for part in file.relative_to(path).parts):
                continue
            if file.suffix.lower() in _UNCOUNTABLE_SUFFIXES:
                return None
            if file.suffix.lower() in _LINE_SUFFIXES:
                with file.open("rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            else:
                total += 1
    return total


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    return f"{seconds // 60}m{seconds % 60:02d}s"


class Progress:
    """Counts documents and redraws one line on a terminal; silent otherwise."""

    def __init__(self, total: int | None, *, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self._drawn = 0.0

    def advance(self, *, failed: bool = False) -> None:
        self.done += 1
        self.failed += int(failed)
        if self.enabled and time.monotonic() - self._drawn >= _REDRAW_SECONDS:
            self._draw()

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.done / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        rate = self.rate()
        done = f"{self.done}/{self.total}" if self.total else str(self.done)
        text = f"{done} documents  {rate:.1f} docs/s"
        if self.total and rate > 0 and self.done <= self.total:
            text += f"  ETA {_clock((self.total - self.done) / rate)}"
        if self.failed:
            text += f"  {self.failed} failed"
        return text

    def _draw(self) -> None:
        self._drawn = time.monotonic()
        self.stream.write("\r\x1b[K" + self.line())
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
