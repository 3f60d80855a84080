"""Exports of a store: JSON Lines (the contract), CSV and Parquet (one file per table), GDELT-style events.

Each writer takes an open ``Store``; findings are exported as stored, so
the caller refreshes them first (``newsgraph.aggregate.ensure_fresh``). No
spaCy here.
"""

from newsgraph.export.csv import write_csv
from newsgraph.export.gdelt import write_gdelt
from newsgraph.export.jsonl import write_jsonl
from newsgraph.export.parquet import write_parquet

FORMATS = ("jsonl", "csv", "parquet", "gdelt")

__all__ = ["FORMATS", "write_csv", "write_gdelt", "write_jsonl", "write_parquet"]
