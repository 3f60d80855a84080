"""CSV export: a directory with one CSV file per table, each with a header row.

One file per table, not one flat events file, because spans, quotes and
actors do not fit one row per event without repeating or dropping data; the
tables join on ``document_id`` (and ``idx``) exactly as in the database.
Flags are written ``True``/``False``, missing values as empty fields, and
texts with newlines are quoted, so pandas and DuckDB read every file as is.
"""

from __future__ import annotations

import csv
from pathlib import Path

from newsgraph.export._tables import read_tables
from newsgraph.store import Store


def write_csv(store: Store, out_dir: Path) -> list[Path]:
    """Write ``<table>.csv`` for every exported table into ``out_dir``; returns the files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for table in read_tables(store):
        path = out_dir / f"{table.name}.csv"
        with path.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream, lineterminator="\n")
            writer.writerow(table.columns)
            for batch in table.batches:
                writer.writerows(batch)
        written.append(path)
    return written
