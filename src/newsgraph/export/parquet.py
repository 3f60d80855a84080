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
        schema = pa.schema([(column, arrow_types[kind]) for column, kind in zip(table.columns, table.types,
                                                                                 strict=True)])
        path = out_dir / f"{table.name}.parquet"
        # One row group per batch: the file is written as the rows are read.
        with pq.ParquetWriter(path, schema) as writer:
            wrote_any = False
            for batch in table.batches:
                columns = list(zip(*batch, strict=True))
                writer.write_batch(pa.record_batch([pa.array(list(values), type=field.type)
                                                    for values, field in zip(columns, schema, strict=True)],
                                                   schema=schema))
                wrote_any = True
            if not wrote_any:
                writer.write_table(schema.empty_table())
        written.append(path)
    return written
