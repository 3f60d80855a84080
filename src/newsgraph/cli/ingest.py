"""``newsgraph ingest``: analyse articles and store them in a SQLite database, then refresh the findings."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path

import click

from newsgraph.aggregate import ensure_fresh
from newsgraph.batch import run_batch
from newsgraph.cli._options import analysis_options
from newsgraph.cli._output import EXIT_OK, EXIT_SOME_FAILED, report_error
from newsgraph.cli._progress import Progress, estimate_documents
from newsgraph.cli._summaries import show_reader_summaries
from newsgraph.errors import NewsgraphError
from newsgraph.ingest import read_inputs
from newsgraph.records import ErrorRecord, RawDocument, Result
from newsgraph.settings import Settings
from newsgraph.store import DEFAULT_DB, IngestCounts, Store
from newsgraph.store.db import DEFAULT_COMMIT_EVERY, Status


def skip_stored(
    documents: Iterable[RawDocument | ErrorRecord], store: Store, settings: Settings, progress: Progress,
    counts: IngestCounts,
) -> Iterator[RawDocument | ErrorRecord]:
    """Drop documents whose content is already stored, before they cost an analysis."""
    for document in documents:
        if isinstance(document, RawDocument) and store.is_stored(
            document.text, document.published or settings.published, document.url
        ):
            counts.duplicates += 1
            progress.advance()
            continue
        yield document


def analyse(documents: Iterable[RawDocument | ErrorRecord], settings: Settings) -> Iterator[Result | ErrorRecord]:
    """The analysis step of ingest (in this process).

    spaCy is imported and the model loaded at the first document to analyse:
    rerunning an ingest whose documents are all stored costs no model load.
    """
    pending = iter(documents)
    for item in pending:
        if isinstance(item, ErrorRecord):
            yield item
            continue
        from newsgraph.process import Engine

        yield from Engine(settings).run(chain([item], pending))
        return


@click.command("ingest")
@click.argument("inputs", nargs=-1)
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
              help="SQLite database to write (created if missing).")
@analysis_options
@click.option("--batch", "commit_every", default=DEFAULT_COMMIT_EVERY, show_default=True, type=click.IntRange(1),
              help="Documents per transaction (a killed run redoes at most one batch).")
@click.option("--no-aggregate", is_flag=True, help="Do not refresh clusters, positions and contradictions now.")
def ingest_command(
    inputs: tuple[str, ...],
    db_path: str,
    published: str | None,
    actor_files: tuple[Path, ...],
    model: str | None,
    commit_every: int,
    no_aggregate: bool,
    workers: int,
    dask_address: str | None,
) -> None:
    """Analyse news articles and store every record, with its spans, in a database.

    INPUTS are files (plain text, HTML, JSON Lines, WARC), directories (read
    recursively) or - for standard input (the default). A document whose
    content (text, date and url) is already stored is skipped, so running
    the same command again, even after a crash, stores each document once.
    Event clusters, positions and contradictions are then recomputed.

    \b
    Example:
        newsgraph ingest --db syria.db --published 2017-01-19 articles/
        newsgraph clusters --db syria.db --min-sources 2
    """
    settings = Settings(published=published, actor_files=actor_files, model=model or Settings().model)
    show_reader_summaries()
    started = time.monotonic()
    try:
        store = Store.open(db_path)
    except NewsgraphError as error:
        raise click.ClickException(str(error)) from None
    with store:
        # Counting the inputs walks every directory: only worth it for a bar someone sees.
        progress = Progress(estimate_documents(list(inputs)) if sys.stderr.isatty() else None)
        skipped = IngestCounts()
        run = store.start_run(settings)
        documents = skip_stored(read_inputs(list(inputs), settings=settings, skip=store.files()), store, settings,
                                progress, skipped)
        outcomes = (analyse(documents, settings) if workers == 1 and not dask_address
                    else run_batch(documents, settings=settings, workers=workers, dask=dask_address))

        def on_outcome(outcome: Result | ErrorRecord, status: Status) -> None:
            if isinstance(outcome, ErrorRecord):
                report_error(outcome)
            progress.advance(failed=status == "failed")

        try:
            counts = store.ingest_results(outcomes, run=run, commit_every=commit_every, on_outcome=on_outcome)
        except NewsgraphError as error:  # no model, a bad actor dictionary: the run cannot go on
            raise click.ClickException(str(error)) from None
        finally:
            progress.close()
        counts.add(skipped)
        store.finish_run(run, counts)
        built = None if no_aggregate else ensure_fresh(store)
    elapsed = time.monotonic() - started
    processed = counts.stored + counts.duplicates + counts.failed
    summary = (
        f"newsgraph: {counts.stored} stored, {counts.duplicates} already stored, {counts.failed} failed"
        f" in {elapsed:.1f} s ({processed / elapsed if elapsed else 0:.1f} docs/s) into {db_path}:"
        f" {counts.records['events']} events, {counts.records['quotes']} quotes, {counts.records['actors']} actors"
    )
    if built is not None:
        summary += f"; {built.clusters} event clusters, {built.contradictions} contradictions"
    click.echo(summary, err=True)
    sys.exit(EXIT_SOME_FAILED if counts.failed else EXIT_OK)
