"""Write the README's worked example from a real run of ``newsgraph extract``.

Runs the command the README shows on the bundled example article, keeps the
first entries of each list (the README says how many there are in all) and
replaces the block between the ``worked-example`` markers. Run after a
change to any extractor:

    python tools/readme_example.py

``tests/test_docs.py`` checks that every span in the block is the text at
its offsets in the example article, so a stale block fails the suite.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
COMMAND = ["newsgraph", "extract", "--published", "2017-01-19", "examples/astana.txt"]
START, END = "<!-- worked-example:start -->", "<!-- worked-example:end -->"
# Entries kept per list: enough to show every field, few enough to read.
SHOWN = {"removed": 3, "actors": 2, "quotes": 2, "events": 2, "timexes": 2, "places": 1}
TEXT_SHOWN = 120


def abridged(record: dict[str, Any]) -> tuple[dict[str, Any], dict[str, int]]:
    """The record with long text and lists cut, and how long each list was."""
    totals = {key: len(record[key]) for key in SHOWN}
    cut = dict(record)
    cut["text"] = record["text"][:TEXT_SHOWN] + "…"
    for key, keep in SHOWN.items():
        cut[key] = record[key][:keep]
    return cut, totals


def compact(value: Any, indent: int = 0) -> str:
    """JSON with one line per flat object (a span, a removed stretch), so the example stays short."""
    pad, inner = "  " * indent, "  " * (indent + 1)
    flat = not isinstance(value, (dict, list)) or all(not isinstance(v, (dict, list)) for v in _values(value))
    if flat or not value:
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    if isinstance(value, list):
        return "[\n" + ",\n".join(inner + compact(v, indent + 1) for v in value) + "\n" + pad + "]"
    items = (f"{inner}{json.dumps(k)}: {compact(v, indent + 1)}" for k, v in value.items())
    return "{\n" + ",\n".join(items) + "\n" + pad + "}"


def _values(value: dict[str, Any] | list[Any]) -> list[Any]:
    return list(value.values()) if isinstance(value, dict) else value


def block(record: dict[str, Any]) -> str:
    cut, totals = abridged(record)
    counts = ", ".join(f"{totals[key]} {key}" for key in SHOWN)
    return (
        f"{START}\n"
        f"In all: {counts}; the text is the whole page ({len(record['text']):,} characters).\n\n"
        "```json\n" + compact(cut) + "\n```\n"
        f"{END}"
    )


def main() -> int:
    run = subprocess.run(COMMAND, cwd=ROOT, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        sys.stderr.write(run.stderr)
        return run.returncode
    (line,) = run.stdout.splitlines()
    readme = README.read_text(encoding="utf-8")
    before, rest = readme.split(START, 1)
    _, after = rest.split(END, 1)
    README.write_text(before + block(json.loads(line)) + after, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
