"""Walk the inputs named on the command line and read each into documents."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsgraph.errors import Code
from newsgraph.records import ErrorRecord, RawDocument
from newsgraph.settings import Settings


def read_inputs(inputs: Sequence[str], *, settings: Settings) -> Iterator[RawDocument | ErrorRecord]:
    """Documents from files, directories (recursive) and ``-`` (stdin), in order."""
    for name in inputs or ["-"]:
        if name == "-":
            yield RawDocument(doc_id="stdin", text=sys.stdin.read(), source="-")
            continue
        path = Path(name)
        if not path.exists():
            yield ErrorRecord(name, "ingest", Code.NOT_FOUND.value, "no such file or directory")
            continue
        yield RawDocument(doc_id=path.stem, text=path.read_text(encoding="utf-8"), source=str(path))
