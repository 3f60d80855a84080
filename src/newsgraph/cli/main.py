"""The click group every subcommand registers with."""

from __future__ import annotations

import click

from newsgraph import __version__
from newsgraph.cli.export import export_command
from newsgraph.cli.extract import extract_command
from newsgraph.cli.ingest import ingest_command
from newsgraph.cli.query import QUERY_COMMANDS
from newsgraph.cli.serve import serve_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsgraph")
def main() -> None:
    """newsgraph: who said and did what to whom in the news, with the words that say so."""


main.add_command(extract_command)
main.add_command(ingest_command)
for _query in QUERY_COMMANDS:
    main.add_command(_query)
main.add_command(export_command)
main.add_command(serve_command)
