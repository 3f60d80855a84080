"""List repository files that share runs of words with the benchmark data.

The benchmark data (../shared/data: PolNeAR, TempEval-3, LGL, PETRARCH and
PLOVER records) must never be copied into the repository, not even as a
test sentence or a comment's example: tests and comments use sentences we
write. This tool finds every run of ``--words`` consecutive words (default 8,
case and punctuation ignored) that a repository file shares with a text of
the data, and prints the files with the most shared runs first. Stock
phrases of news writing can match by chance; a sentence copied from the
data matches with many runs.

Judgment files key events by the data's document ids and are left out.

Usage: python tools/check_benchmark_leaks.py [--words 8] [--show 3]
Exit status 1 when any file shares a run.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SKIPPED_PARTS = {".git", ".ci-venv", "node_modules", "__pycache__", "judgments"}
TEXT_SUFFIXES = {".py", ".md", ".txt", ".tsv", ".json", ".csv", ".toml", ".html", ".js", ".css", ".cfg", ".yml", ""}
_WORD = re.compile(r"[a-z0-9']+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def runs(text: str, length: int) -> Iterator[str]:
    tokens = words(text)
    for start in range(len(tokens) - length + 1):
        yield " ".join(tokens[start : start + length])


def data_runs(length: int) -> set[str]:
    """Every run of ``length`` words in the texts of the data's JSON Lines files."""
    found: set[str] = set()
    for path in sorted(DATA.glob("*/*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                found.update(runs(json.loads(line).get("text", ""), length))
    return found


def repository_files() -> Iterator[Path]:
    for path in sorted(ROOT.rglob("*")):
        relative = path.relative_to(ROOT)
        if path.is_file() and path.suffix in TEXT_SUFFIXES and not SKIPPED_PARTS & set(relative.parts):
            yield path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=8, help="length of a shared run of words")
    parser.add_argument("--show", type=int, default=3, help="shared runs to print per file")
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"benchmark data not found at {DATA}; nothing to check", file=sys.stderr)
        return 0
    known = data_runs(args.words)
    leaks: list[tuple[int, str, list[str]]] = []
    for path in repository_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        shared = sorted({run for run in runs(text, args.words) if run in known})
        if shared:
            leaks.append((len(shared), str(path.relative_to(ROOT)), shared))
    for count, name, shared in sorted(leaks, key=lambda leak: (-leak[0], leak[1])):
        print(f"{count:5d}  {name}")
        for run in shared[: args.show]:
            print(f"         {run}")
    return 1 if leaks else 0


if __name__ == "__main__":
    sys.exit(main())
