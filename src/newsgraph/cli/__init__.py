"""The ``newsgraph`` command: a thin shell over the library, one module per subcommand."""

from newsgraph.cli.main import main

__all__ = ["main"]
