"""Parquet export: a directory with one Parquet file per table, typed columns (pyarrow)."""

from __future__ import annotations

from pathlib import Path

from newsgraph.export._tables import read_tables
from newsgraph.store import Store


def write_parquet(store: Store, out_dir: Path) -> list[Path]:
    """Write ``<table>.parquet`` for every exported table into ``out_dir``; returns the files."""
    # pyarrow takes 0.3 s to import: only when a Parquet export is asked for, not at every CLI start.
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow_types = {"integer": pa.int64(), "real": pa.float64(), "text": pa.string(), "boolean": pa.bool_()}
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for table in read_tables(store):
        columns = list(zip(*table.rows, strict=True)) if table.rows else [() for _ in table.columns]
        arrays = [pa.array(list(values), type=arrow_types[kind]) for values, kind in zip(columns, table.types,
                                                                                          strict=True)]
        path = out_dir / f"{table.name}.parquet"
        pq.write_table(pa.Table.from_arrays(arrays, names=list(table.columns)), path)
        written.append(path)
    return written
