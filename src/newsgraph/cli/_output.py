"""Helpers the subcommands share: error lines on stderr and exit codes."""

from __future__ import annotations

import click

from newsgraph.records import ErrorRecord

EXIT_OK = 0
EXIT_SOME_FAILED = 1


def report_error(error: ErrorRecord) -> None:
    """One line per bad document: ``newsgraph: <doc>: [E0xx] <what is wrong>``."""
    click.echo(f"newsgraph: {error.doc_id}: [{error.code}] {error.message}", err=True)
