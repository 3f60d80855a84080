"""Ingest overhead: what storing in SQLite adds to extraction, measured in one process.

On the article texts of ../shared/data/quotes/polnear_train.jsonl (labels
unused; the first ``--limit`` articles), after loading the model once:

  extract    Engine.run over the documents, outcomes kept in memory
  store      the CLI's write path on those outcomes into a fresh database:
             the stored-hash check of every document, then Store.ingest_results
             (batched commits, WAL, synchronous=NORMAL)
  aggregate  one full rebuild of clusters, quote groups, positions, contradictions

Each phase is timed separately, so other load on the machine shifts both
alike; ``store / extract`` is the overhead ingest adds (the target is <= 10%).
The held-out rule of the quality benches does not apply: nothing is tuned here.

    python benchmarks/ingest_overhead.py [--limit 100] [--batch 64]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "quotes" / "polnear_train.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--batch", type=int, default=64, help="documents per transaction")
    parser.add_argument("--keep", type=Path, help="write the database here instead of a temporary file")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"no benchmark data at {DATA}; nothing to measure")
        return 0

    from newsgraph.process import Engine
    from newsgraph.records import RawDocument, Result

    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    documents = [RawDocument(doc_id=row["id"], text=row["text"], published="2017-01-19")
                 for row in rows[: args.limit]]
    engine = Engine()
    list(engine.run(documents[:2]))  # warm up lazily loaded resources

    start = time.perf_counter()
    outcomes = list(engine.run(documents))
    extract_s = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as directory:
        path = args.keep or Path(directory) / "bench.db"
        timings = _store_and_aggregate(path, documents, outcomes, args.batch)
        size_kb = sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1024
    store_s, aggregate_s, counts, built = timings

    records = sum(len(r.events) + len(r.quotes) + len(r.actors) + len(r.timexes) + len(r.places)
                  for r in outcomes if isinstance(r, Result))
    print(f"documents              {len(documents)} ({counts.stored} stored, {counts.failed} failed); "
          f"{records} records")
    print(f"extract                {extract_s:.2f} s  ({len(documents) / extract_s:.1f} docs/s)")
    print(f"store (check + write)  {store_s:.3f} s  ({store_s / len(documents) * 1000:.2f} ms/doc)")
    print(f"store / extract        {store_s / extract_s:.1%}   (target <= 10%)")
    print(f"aggregate rebuild      {aggregate_s:.3f} s  ({built})")
    print(f"database size          {size_kb:.0f} kB")
    return 0


def _store_and_aggregate(path: Path, documents: list, outcomes: list, batch: int) -> tuple:  # type: ignore[type-arg]
    from newsgraph.aggregate import rebuild
    from newsgraph.store import Store

    with Store.open(path) as store:
        start = time.perf_counter()
        for document in documents:  # what `newsgraph ingest` checks before analysing a document
            store.is_stored(document.text, document.published, document.url)
        counts = store.ingest_results(outcomes, commit_every=batch)
        store_s = time.perf_counter() - start
        start = time.perf_counter()
        built = rebuild(store)
        aggregate_s = time.perf_counter() - start
    return store_s, aggregate_s, counts, built


if __name__ == "__main__":
    sys.exit(main())
