"""Bytes in, ``RawDocument`` out: plain text, HTML, JSON Lines, stdin, directories.

``read_inputs`` is the single entry point used by the CLI and the batch
runners; a bad input becomes an ``ErrorRecord`` and reading goes on.

    sources.py  walking inputs, dispatch by suffix (``READERS``) or sniffing, size limits
    text.py     bytes -> text: BOMs, UTF-8, cp1252 and detected legacy encodings; refusals
    html.py     main text, title, date and URL of a page via trafilatura
    jsonl.py    JSON Lines and JSON records
    warc.py     WARC archives (CC-NEWS), registered for ``.warc`` / ``.warc.gz``
    _dates.py   input publication dates to ISO (unreadable ones dropped, not fatal)
"""

from newsgraph.ingest.sources import READERS, read_inputs, register_reader

__all__ = ["READERS", "read_inputs", "register_reader"]
