"""Findings at scale: time and peak memory of a full rebuild and of the refresh after a small ingest.

A store of N synthetic documents is built from the hand-written corpus
(``tests/corpus_articles.py``): each document joins ``--articles`` corpus
articles (about one event each), with every event's actors, PLOVER type,
date and negation redrawn (Zipf-like, so some dyads are hot, as in news),
quote speakers redrawn from a larger pool, and the publication date moved.
Spans are shifted with the text, so every record stays valid. No spaCy.

For each size, in fresh processes (so peak RSS belongs to one step):

  full         ``rebuild(store)`` on the store of N documents
  incremental  with findings built, store ``--add`` new documents, then
               ``ensure_fresh(store)`` (what ``newsgraph ingest`` runs)

Wall and CPU seconds of the step (CPU time is the steadier figure on a
shared machine); peak RSS is the process high-water mark (``ru_maxrss``)
minus the RSS before the step. ``--baseline ROOT`` runs the same steps with the code of
another checkout (``git worktree add /tmp/agg-old HEAD``) on the same
databases and prints the ratios. The databases are built once by the
baseline code (if given, so that both can open them) and kept in ``--workdir``.

    python benchmarks/aggregate_scale.py [--sizes 1000,10000,50000] [--add 100] [--baseline /tmp/agg-old]
                                         [--reuse-baseline]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
_COUNTRIES = ("USA", "RUS", "SYR", "IRN", "TUR", "ISR", "GBR", "FRA", "DEU", "CHN", "IRQ", "SAU", "EGY", "UKR",
              "KAZ", "JOR", "LBN", "QAT", "ARE", "IND", "PAK", "AFG", "YEM", "LBY", "JPN", "KOR", "PRK", "BRA",
              "MEX", "CAN", "ITA", "ESP", "POL", "NLD", "BEL", "SWE", "NOR", "GRC", "CYP", "ARM")
_SECTORS = ("", "GOV", "MIL", "REB")
_TYPES = (("AGREE", "036"), ("CONSULT", "040"), ("ASSAULT", "195"), ("ACCUSE", "112"), ("REJECT", "120"),
          ("SUPPORT", "051"), ("REQUEST", "020"), ("COOPERATE", "060"), ("AID", "070"), ("PROTEST", "140"),
          ("THREATEN", "130"), ("SANCTION", "160"))
_START = date(2015, 1, 1)
_SPAN_DAYS = 730


def _zipf(rng: random.Random, values: tuple[Any, ...]) -> Any:
    weights = [1 / (rank + 1) for rank in range(len(values))]
    return rng.choices(values, weights)[0]


def _shift(data: Any, delta: int) -> Any:
    """Every span (a dict with integer start and end) moved by ``delta`` characters."""
    if isinstance(data, list):
        return [_shift(item, delta) for item in data]
    if not isinstance(data, dict):
        return data
    moved = {key: _shift(value, delta) for key, value in data.items()}
    if isinstance(moved.get("start"), int) and isinstance(moved.get("end"), int):
        moved["start"] += delta
        moved["end"] += delta
    return moved


def _code(rng: random.Random) -> str:
    return _zipf(rng, _COUNTRIES) + rng.choice(_SECTORS)


def synthetic(number: int, rng: random.Random, articles: int) -> Any:
    """One synthetic ``Result``: ``articles`` corpus articles joined, their records redrawn."""
    from corpus_articles import EVERYTHING

    from newsgraph.records import Result

    day = _START + timedelta(days=rng.randrange(_SPAN_DAYS))
    text, events, quotes, actors = "", [], [], []
    for base in rng.choices(EVERYTHING, k=articles):
        data = _shift(base.to_dict(), len(text))
        text += base.text + "\n\n"
        for event in data["events"]:
            event["plover"], event["cameo"] = _zipf(rng, _TYPES)
            for side in ("source", "target"):
                if event[side] is not None:
                    event[side]["code"] = _code(rng) if rng.random() < 0.9 else None
            event["negated"] = rng.random() < 0.08
            event["date"] = (day - timedelta(days=rng.randrange(3))).isoformat()
            events.append(event)
        for quote in data["quotes"]:
            quote["speaker_actor"] = f"{_code(rng)}{rng.randrange(300):03d}"
            quotes.append(quote)
        actors.extend(data["actors"])
    source = f"outlet{rng.randrange(500)}.example"
    return Result.from_dict({
        "doc_id": f"doc-{number}", "text": text, "title": None, "published": day.isoformat(),
        "url": f"https://www.{source}/{number}", "removed": [], "actors": actors, "quotes": quotes,
        "events": events, "timexes": [], "places": [], "schema_version": base.schema_version,
    })


def documents(first: int, count: int, seed: int, articles: int) -> Any:
    rng = random.Random(seed * 1_000_003 + first)
    return (synthetic(number, rng, articles) for number in range(first, first + count))


# -- steps, each run in its own process --------------------------------------


def _rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _peak_kb() -> int:
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def step(name: str, db: str, size: int, add: int, seed: int, articles: int) -> dict[str, Any]:
    import time

    from newsgraph.aggregate import ensure_fresh, rebuild
    from newsgraph.store import Store

    store = Store.open(db)
    if name == "populate":
        store.ingest_results(documents(0, size, seed, articles))
        return {"events": store.count_events(), "quotes": store.count_quotes()}
    if name == "prepare":  # findings built, then new documents stored: the state after an ingest's writes
        rebuild(store)
        store.ingest_results(documents(size, add, seed, articles))
        return {}
    before = _rss_kb()
    started, cpu = time.perf_counter(), time.process_time()
    built = rebuild(store) if name == "full" else ensure_fresh(store)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    store.close()
    return {"seconds": seconds, "cpu": cpu, "peak_mb": (_peak_kb() - before) / 1024,
            "clusters": getattr(built, "clusters", 0)}


def _run(code_root: Path, *args: str) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(code_root / "src"), str(ROOT / "tests")])}
    out = subprocess.run([sys.executable, __file__, "--step", *args], env=env, check=True, capture_output=True,
                         text=True)
    return json.loads(out.stdout.splitlines()[-1])


def measure(code_root: Path, base: Path, work: Path, size: int, args: argparse.Namespace) -> dict[str, Any]:
    common = (str(size), str(args.add), str(args.seed), str(args.articles))
    results: dict[str, Any] = {}
    for name in ("full", "incremental"):
        db = work / f"{name}-{size}.db"
        shutil.copyfile(base, db)
        if name == "incremental":
            _run(code_root, "prepare", str(db), *common)
        results[name] = _run(code_root, name, str(db), *common)
        for leftover in work.glob(f"{name}-{size}.db*"):
            leftover.unlink()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000", help="documents in the store, comma-separated")
    parser.add_argument("--add", type=int, default=100, help="documents stored before the incremental refresh")
    parser.add_argument("--articles", type=int, default=12, help="corpus articles joined into one document")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--baseline", type=Path, help="a checkout of the code to compare with")
    parser.add_argument("--reuse-baseline", action="store_true",
                        help="take the baseline's figures from an earlier run when there are some")
    parser.add_argument("--baseline-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/newsgraph-aggregate-scale"))
    parser.add_argument("--step", nargs=6, metavar=("NAME", "DB", "SIZE", "ADD", "SEED", "ARTICLES"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        name, db, size, add, seed, articles = args.step
        print(json.dumps(step(name, db, int(size), int(add), int(seed), int(articles))))
        return 0

    args.workdir.mkdir(parents=True, exist_ok=True)
    roots = ({} if args.baseline_only else {"new": ROOT}) | ({"old": args.baseline.resolve()} if args.baseline else {})
    builder = roots.get("old", ROOT)
    header = (f"{'docs':>6} {'events':>8} {'code':>4} | {'full s':>8} {'cpu s':>8} {'MB':>7} | "
              f"{'incr s':>8} {'cpu s':>8} {'MB':>7}")
    print(header)
    print("-" * len(header))
    for size in (int(s) for s in args.sizes.split(",")):
        base = args.workdir / f"base-{size}-{args.seed}-{args.articles}.db"
        if not base.exists():
            partial = base.with_suffix(".partial")
            for leftover in args.workdir.glob(partial.name + "*"):
                leftover.unlink()
            counts = _run(builder, "populate", str(partial), str(size), "0", str(args.seed), str(args.articles))
            partial.rename(base)
            base.with_suffix(".json").write_text(json.dumps(counts))
        events = json.loads(base.with_suffix(".json").read_text())["events"]
        measured = {}
        for label, root in roots.items():
            saved = args.workdir / f"{label}-{base.stem}.json"
            if label == "old" and args.reuse_baseline and saved.exists():
                measured[label] = json.loads(saved.read_text())
            else:
                measured[label] = measure(root, base, args.workdir, size, args)
                saved.write_text(json.dumps(measured[label]))
        for label, m in measured.items():
            full, incr = m["full"], m["incremental"]
            print(f"{size:>6} {events:>8} {label:>4} | {full['seconds']:>8.2f} {full.get('cpu', 0):>8.2f} "
                  f"{full['peak_mb']:>7.1f} | {incr['seconds']:>8.2f} {incr.get('cpu', 0):>8.2f} "
                  f"{incr['peak_mb']:>7.1f}", flush=True)
        if len(measured) == 2:
            old, new = measured["old"], measured["new"]
            ratio = {f"{kind} {what}": old[kind].get(key, 0) / max(new[kind].get(key, 0), 1e-9)
                     for kind in ("full", "incremental")
                     for what, key in (("time", "seconds"), ("cpu", "cpu"), ("RSS", "peak_mb"))}
            print(f"{size:>6} old/new: " + ", ".join(f"{k} x{v:.1f}" for k, v in ratio.items()), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
