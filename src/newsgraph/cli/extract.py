"""``newsgraph extract``: articles in, the output contract out (JSON Lines on stdout)."""

from __future__ import annotations

import json
import sys
from itertools import chain
from pathlib import Path

import click

from newsgraph.batch import run_batch
from newsgraph.cli._options import analysis_options
from newsgraph.cli._output import EXIT_OK, EXIT_SOME_FAILED, report_error
from newsgraph.cli._summaries import show_reader_summaries
from newsgraph.errors import NewsgraphError
from newsgraph.ingest import read_inputs
from newsgraph.records import ErrorRecord
from newsgraph.settings import Settings


@click.command("extract")
@click.argument("inputs", nargs=-1)
@click.option("--format", "output_format", type=click.Choice(["jsonl", "json"]), default="jsonl",
              show_default=True, help="One JSON object per line, or one JSON array.")
@analysis_options
def extract_command(
    inputs: tuple[str, ...],
    output_format: str,
    published: str | None,
    actor_files: tuple[Path, ...],
    model: str | None,
    workers: int,
    dask_address: str | None,
) -> None:
    """Extract actors, quotes, events, dates and places from news articles.

    INPUTS are files (plain text, HTML, JSON Lines), directories (read
    recursively) or - for standard input (the default).

    \b
    Example:
        newsgraph extract --published 2017-01-19 examples/astana.txt
    """
    settings = Settings(published=published, actor_files=actor_files, model=model or Settings().model)
    show_reader_summaries()
    outcomes = run_batch(read_inputs(list(inputs), settings=settings), settings=settings, workers=workers,
                         dask=dask_address)
    try:
        first = next(outcomes, None)  # the model loads here: fail before any output
    except NewsgraphError as error:
        raise click.ClickException(str(error)) from None
    failed = 0
    as_array = output_format == "json"
    written = 0
    if as_array:
        sys.stdout.write("[")
    for outcome in outcomes if first is None else chain([first], outcomes):
        if isinstance(outcome, ErrorRecord):
            report_error(outcome)
            failed += 1
            continue
        line = json.dumps(outcome.to_dict(), ensure_ascii=False)
        if as_array:
            sys.stdout.write(("," if written else "") + "\n" + line)
        else:
            sys.stdout.write(line + "\n")
        written += 1
    if as_array:
        sys.stdout.write("\n]\n")
    sys.stdout.flush()
    sys.exit(EXIT_SOME_FAILED if failed else EXIT_OK)
