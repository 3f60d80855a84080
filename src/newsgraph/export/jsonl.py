"""JSON Lines export: the output contract, one stored document per line, exactly as it was stored."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from newsgraph.store import Store


def write_jsonl(store: Store, out: Path | TextIO) -> int:
    """Write every stored ``Result`` as one JSON object per line; returns the number of lines."""
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8") as stream:
            return write_jsonl(store, stream)
    written = 0
    for result in store.results():
        out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        written += 1
    return written
