"""Cleaner safety: does ``clean_page`` ever remove words the gold data marks as story?

The cleaner must never remove story sentences. Gold spans of two corpora are
story by construction: PolNeAR attributions (quote content, speaker, cue) in
../shared/data/quotes/polnear_train.jsonl, LGL toponyms in
../shared/data/places/lgl.jsonl and TempEval-3 time expressions in
../shared/data/time/tempeval3_train.jsonl. For each corpus this prints how many gold
spans a removed span overlaps (the target is 0), per kind of removed span,
and the removed spans by kind. Two kinds of hit are by design: PolNeAR
annotates quotes inside headlines, which newsgraph removes as ``title``, and
TempEval annotates the date of a wire dateline ("WASHINGTON, August 11
(Xinhua) --"), which newsgraph removes as ``dateline``. Any other hit is a
story word lost. Articles whose crc32(id) % 5 == 0 are held out (never looked at
while writing rules) and reported apart.

    python benchmarks/clean_safety.py [--show KIND]

Exits 0 with a message when the data is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from newsgraph.clean import clean_page

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"
CORPORA = {
    "polnear": DATA / "quotes" / "polnear_train.jsonl",
    "lgl": DATA / "places" / "lgl.jsonl",
    "tempeval3": DATA / "time" / "tempeval3_train.jsonl",
}


def _gold_spans(record: dict) -> Iterator[tuple[int, int]]:
    for quote in record.get("quotes", []):
        for key in ("content", "speaker", "cue"):
            if quote.get(key):
                start, end = quote[key]
                yield start, end
    for mention in record.get("toponyms", []) + record.get("timexes", []):
        yield mention["start"], mention["end"]


def _score(path: Path, show: str | None) -> None:
    stats = {"dev": Counter(), "held-out": Counter()}
    kinds: dict[str, Counter[str]] = {"dev": Counter(), "held-out": Counter()}
    seconds = 0.0
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            part = "held-out" if zlib.crc32(record["id"].encode()) % 5 == 0 else "dev"
            text = record["text"]
            started = time.perf_counter()
            cleaning = clean_page(text, published=record.get("published"))
            seconds += time.perf_counter() - started
            gold = list(_gold_spans(record))
            stats[part]["articles"] += 1
            stats[part]["gold spans"] += len(gold)
            stats[part]["gold spans hit"] += 0
            for span in cleaning.removed:
                kinds[part][span.kind] += 1
                hits = sum(1 for start, end in gold if span.start < end and start < span.end)
                stats[part]["gold spans hit"] += hits
                if hits:
                    stats[part][f"hit by {span.kind}"] += hits
                if part == "dev" and show in (span.kind, "all"):
                    print(f"  {span.kind:<10} {text[span.start:span.end][:100]!r}")
    articles = sum(s["articles"] for s in stats.values())
    print(f"{path.name}: {articles} articles, clean_page {1000 * seconds / max(articles, 1):.2f} ms/article")
    for part in ("dev", "held-out"):
        figures = ", ".join(f"{key} {value}" for key, value in stats[part].items())
        print(f"  {part:<9} {figures}")
        print(f"  {'':<9} removed: {dict(kinds[part].most_common())}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", help="print the dev removed spans of this kind ('all' for every kind)")
    args = parser.parse_args()
    found = False
    for name, path in CORPORA.items():
        if not path.exists():
            print(f"{name}: {path} not found; skipped")
            continue
        found = True
        _score(path, args.show)
    if not found:
        print("no benchmark data under ../shared/data; nothing to do")
    return 0


if __name__ == "__main__":
    sys.exit(main())
