"""Bytes in, ``RawDocument`` out: plain text, HTML, JSON Lines, stdin, directories.

``read_inputs`` is the single entry point used by the CLI and the batch
runners; a bad input becomes an ``ErrorRecord`` and reading goes on.
"""

from newsgraph.ingest.sources import read_inputs

__all__ = ["read_inputs"]
