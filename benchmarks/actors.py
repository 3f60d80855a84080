"""Actor coding benchmark on PETRARCH's gold sentences, and the cost of actor extraction.

For every expected event of ../shared/data/events/petrarch_dev.jsonl, the
event counts as found when its source and target codes (first three
characters; ``---`` = unknown, skipped) are among the codes of the actors
found in the sentence. Records coded with the test suite's invented
countries (``actor_dictionary == "PETR.Validate"``) are read with that
dictionary as a user file, as ``--actors`` would; the record date is the
published date. Events whose actor is raw text are left out.

Figures are printed per suite (real news ``petrarch2-gsr``, unit tests) for
the dev part and for a held-out fifth (crc32 of the split key % 5 == 0)
that is never used for tuning. Then the time actors add to parsing.

    python benchmarks/actors.py [-v]
"""

from __future__ import annotations

import json
import sys
import time
import zlib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "events"
RECORDS = DATA / "petrarch_dev.jsonl"
DICTIONARY = DATA / "petrarch_validation_dictionary.json"
PLOVER = DATA / "plover_examples.jsonl"
ARTICLE = ROOT.parent / "shared" / "examples" / "astana.txt"


def main(verbose: bool) -> int:
    if not RECORDS.exists() or not DICTIONARY.exists():
        print(f"benchmark data not found under {DATA}; nothing to do")
        return 0
    from newsgraph.extract.actors import find_actors, load_actor_lexicon
    from newsgraph.nlp import load_pipeline

    nlp = load_pipeline()
    lexicons = {"default": load_actor_lexicon(), "PETR.Validate": load_actor_lexicon([DICTIONARY])}
    records = [json.loads(line) for line in RECORDS.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = list(nlp.pipe((r["text"] for r in records), batch_size=32))
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for record, doc in zip(records, docs):
        lexicon = lexicons.get(record.get("actor_dictionary", ""), lexicons["default"])
        actors = find_actors(doc, record["text"], lexicon=lexicon, published=record.get("date"))
        found = {part[:3] for actor in actors if actor.code for part in actor.code.split("/")}
        part = "held-out" if zlib.crc32(record["split_key"].encode()) % 5 == 0 else "dev"
        suite = "petrarch2-gsr" if record["suite"] == "petrarch2-gsr" else "unit tests"
        for event in record["expected"]:
            if event.get("raw_actor_text"):
                continue
            wanted = [code[:3] for code in (event["source"], event["target"]) if code and not code.startswith("---")]
            if not wanted:
                continue
            hit = all(code in found for code in wanted)
            for key in ((suite, part), ("all", part)):
                tally[key][0] += hit
                tally[key][1] += 1
            if not hit and part == "dev":
                misses.append(f"{record['id']}: wanted {wanted}, found {sorted(found)} | {record['text'][:110]}")
    print("expected events whose source and target codes are among the sentence's actors")
    for suite in ("petrarch2-gsr", "unit tests", "all"):
        cells = []
        for part in ("dev", "held-out"):
            hit, total = tally[(suite, part)]
            cells.append(f"{part} {hit}/{total} = {hit / total:.1%}" if total else f"{part} -")
        print(f"  {suite:14s} " + "   ".join(cells))
    if verbose:
        print("\ndev misses:")
        for line in misses:
            print("  " + line)
    _plover(nlp, lexicons["default"], find_actors)
    _timing(nlp, records, lexicons["default"], find_actors)
    return 0


def _plover(nlp, lexicon, find_actors) -> None:  # type: ignore[no-untyped-def]
    """Cross-check never tuned on: PLOVER's CAMEO-manual sentences, packaged lexicon only."""
    if not PLOVER.exists():
        return
    records = [json.loads(line) for line in PLOVER.read_text(encoding="utf-8").splitlines() if line.strip()]
    hit = total = 0
    for record, doc in zip(records, nlp.pipe((r["text"] for r in records), batch_size=32)):
        actors = find_actors(doc, record["text"], lexicon=lexicon)
        found = {actor.code[:3] for actor in actors if actor.code}
        for event in record["expected"]:
            wanted = [c[:3] for c in (event["source"], event["target"]) if c and not c.startswith("---")]
            if wanted:
                total += 1
                hit += all(code in found for code in wanted)
    print(f"\nPLOVER examples (never tuned on): {hit}/{total} = {hit / total:.1%} of actor pairs found")


def _timing(nlp, records, lexicon, find_actors) -> None:  # type: ignore[no-untyped-def]
    texts = [r["text"] for r in records]
    if ARTICLE.exists():
        texts += [ARTICLE.read_text(encoding="utf-8")] * 20
    parse = actors = 0.0
    for _ in range(3):
        started = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=32))
        parse_run = time.perf_counter() - started
        started = time.perf_counter()
        for text, doc in zip(texts, docs):
            find_actors(doc, text, lexicon=lexicon, published="2017-01-19")
        actors_run = time.perf_counter() - started
        parse = parse_run if not parse else min(parse, parse_run)
        actors = actors_run if not actors else min(actors, actors_run)
    words = sum(len(t.split()) for t in texts)
    print(
        f"\ntiming ({len(texts)} texts, {words:,} words, best of 3): parse {parse:.2f} s, "
        f"actors {actors:.3f} s = {actors / parse:.1%} of parse time"
    )


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv[1:]))
