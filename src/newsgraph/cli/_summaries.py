"""Summary lines that readers log (e.g. a WARC file's skipped records), shown on stderr.

Library code never prints: ``ingest.warc`` logs ``<file>: 12 HTML pages, 30
records skipped (...)`` at INFO on its logger. The commands that read inputs
call ``show_reader_summaries`` so those lines reach the user as
``newsgraph: <line>``, next to the error lines.
"""

from __future__ import annotations

import logging

import click

_LOGGER = "newsgraph.ingest"


class _ClickHandler(logging.Handler):
    # click.echo looks up stderr when called, so the line lands where the
    # command's stderr is at that moment (CliRunner swaps it in tests).
    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"newsgraph: {record.getMessage()}", err=True)


def show_reader_summaries() -> None:
    """Send INFO lines of the input readers to stderr (once per process)."""
    logger = logging.getLogger(_LOGGER)
    if not any(isinstance(handler, _ClickHandler) for handler in logger.handlers):
        logger.addHandler(_ClickHandler())
    logger.setLevel(logging.INFO)
