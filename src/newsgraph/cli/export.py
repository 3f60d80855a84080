"""``newsgraph export``: a database as JSON Lines, CSV, Parquet or a GDELT-style events file."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from newsgraph.aggregate import ensure_fresh
from newsgraph.errors import NewsgraphError
from newsgraph.export import FORMATS, write_csv, write_gdelt, write_jsonl, write_parquet
from newsgraph.store import DEFAULT_DB, Store


@click.command("export")
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False),
              help="The database written by newsgraph ingest.")
@click.option("--format", "output_format", type=click.Choice(FORMATS), required=True,
              help="jsonl: the contract, one document per line; csv / parquet: a directory with one file per"
                   " table; gdelt: GDELT 2.0 event columns, one row per event cluster (TSV).")
@click.option("--out", "out", required=True, metavar="PATH",
              help="Output file (jsonl, gdelt; - for stdout with jsonl) or directory (csv, parquet).")
def export_command(db_path: str, output_format: str, out: str) -> None:
    """Export a database for pandas, DuckDB, spreadsheets or GDELT tooling.

    \b
    Examples:
        newsgraph export --format jsonl --out corpus.jsonl
        newsgraph export --format parquet --out corpus/
        newsgraph export --format gdelt --out events.tsv
    """
    try:
        store = Store.open(db_path)
    except NewsgraphError as error:
        raise click.ClickException(str(error)) from None
    with store:
        ensure_fresh(store)
        if output_format == "jsonl":
            count = write_jsonl(store, sys.stdout if out == "-" else Path(out))
            what = f"{count} documents"
        elif output_format == "gdelt":
            what = f"{write_gdelt(store, Path(out))} event clusters"
        else:
            writer = write_csv if output_format == "csv" else write_parquet
            what = f"{len(writer(store, Path(out)))} tables"
    click.echo(f"newsgraph: exported {what} to {out}", err=True)
