"""Throughput: newsgraph against the bare spaCy parse it cannot avoid.

On the article texts of ../shared/data/quotes/polnear_train.jsonl (labels
unused), each phase runs in a fresh interpreter so its peak RSS is its own:

  bare      spacy.load(model) with the default full pipeline, nlp.pipe at the same batch size
  bare-workers  bare with nlp.pipe(n_process=--workers): what spaCy's own multiprocessing
            gets from this machine's cores
  twins     --workers independent processes, each the bare parse of its share of the documents,
            started together with no communication at all: what the cores give two copies of
            the same work
  full-twins  the same with the full extraction in each process: the ceiling of workers / full
            (what is left between the two is the cost of the pool itself)
  paired    bare and full taking turns on the same 10-document slices in one process: the
            full/bare ratio least disturbed by other load on the machine
  full      newsgraph.process.Engine(settings).run  (one process)
  ingest    full extraction written to a fresh SQLite store (when the store exists)
  writer    the SQLite writer alone, on results made before timing (the one-writer ceiling)
  workers   newsgraph.batch.run_workers with --workers processes
  dask1/2   newsgraph.batch.dask.run_dask on a LocalCluster of 1 and 2 workers

Timings exclude model loading ("warm") unless marked end-to-end; load and
worker start-up are printed separately. ``other`` is the CPU used by other
processes of the machine during the phase, in cores: figures taken while it
is high are not comparable. Documents whose crc32(id) % 5 == 0 form a
held-out slice that was never used to tune batch size or components; bare and
full are measured on it too.

Each ratio is taken within a round. With ``--rounds N`` every phase runs N
times in turn and the median of the N per-round ratios is the figure to
quote: on a shared machine the speed of a core drifts by 10-30% between
minutes, which a single sequence of phases reads as a speed-up or a loss.

    python benchmarks/throughput.py [--limit 200] [--workers 2] [--rounds 3] [--skip dask1,dask2,ingest]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "quotes" / "polnear_train.jsonl"
# Phases compared with each other run next to each other (bare, full,
# workers; dask1, dask2): the machine's speed drifts over minutes.
PHASES = ("bare", "full", "workers", "bare-workers", "twins", "full-twins", "paired", "ingest", "writer", "dask1", "dask2")
# Documents per turn in the paired phase: bare and full take turns on the
# same slices, so load from other processes hits both alike.
_PAIRED_SLICE = 10


def load_rows(limit: int, held_out: bool) -> list[dict[str, str]]:
    rows = []
    with DATA.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if (zlib.crc32(row["id"].encode()) % 5 == 0) == held_out:
                rows.append({"id": row["id"], "text": row["text"]})
            if len(rows) == limit:
                break
    return rows


def _rss_mb() -> dict[str, float]:
    # ru_maxrss is in KiB on Linux. RUSAGE_CHILDREN is the largest reaped
    # descendant: the peak of the biggest worker process.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mb": round(own, 1), "peak_child_rss_mb": round(children, 1)}


def _other_cores(before: Any, after: Any, own_cpu: float, wall: float) -> float:
    busy = sum(after) - sum(before) - (after.idle - before.idle) - (after.iowait - before.iowait)
    return round(max(0.0, busy - own_cpu) / wall, 2)


def _own_cpu() -> float:
    self_usage = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return self_usage.ru_utime + self_usage.ru_stime + children.ru_utime + children.ru_stime


def _documents(rows: list[dict[str, str]]) -> list[Any]:
    from newsgraph.records import RawDocument

    return [RawDocument(doc_id=row["id"], text=row["text"]) for row in rows]


def run_phase(phase: str, rows: list[dict[str, str]], batch_size: int, workers: int) -> dict[str, Any]:
    """One phase in this (fresh) process; returns its figures."""
    import psutil

    from newsgraph.settings import Settings

    settings = Settings(batch_size=batch_size)
    began = time.perf_counter()
    figures: dict[str, Any] = {}
    rss_trace: list[float] = []
    process = psutil.Process()
    stats: Any = None  # PoolStats of the workers phase
    dask_cpu: list[float] = [0.0]  # CPU of the Dask workers during the run

    def count(outcomes: Any) -> int:
        # Record resident memory at each quarter of the input: flat means bounded.
        done = 0
        marks = {len(rows) * q // 4 for q in (1, 2, 3, 4)}
        for _ in outcomes:
            done += 1
            if done in marks:
                rss_trace.append(round(process.memory_info().rss / 2**20, 1))
        return done

    runner: Any
    if phase in ("bare", "bare-workers"):
        import spacy

        from newsgraph.nlp.pipeline import resolve_model_name

        nlp = spacy.load(resolve_model_name(settings.model))
        nlp("Russia said on Monday it would attend talks in Astana.")  # warm, as the engine is
        texts = [row["text"] for row in rows]
        # spaCy forks its processes inside pipe(), after the model is loaded:
        # their start is part of the timing, as it is for no other phase.
        processes = workers if phase == "bare-workers" else 1
        figures["workers"] = processes

        def runner() -> int:
            return count(nlp.pipe(texts, batch_size=batch_size, n_process=processes))

    elif phase in ("full", "ingest", "writer"):
        from newsgraph.batch.workers import build_engine
        from newsgraph.process import Engine

        engine = build_engine(Engine, settings)  # warmed: lazy resources load before timing
        documents = _documents(rows)
        if phase == "full":

            def runner() -> int:
                return count(engine.run(documents))

        elif phase == "writer":
            # The single SQLite writer alone, on results made before timing:
            # the ceiling of any number of workers feeding one database.
            from newsgraph.store import Store

            results = list(engine.run(documents))
            path = Path(tempfile.mkdtemp(prefix="newsgraph-bench-")) / "writer.db"

            def runner() -> int:
                with Store.open(path) as store:
                    written = store.ingest_results(results)
                count(results)
                return int(written.stored + written.duplicates + written.failed)

        else:
            runner = _ingest_runner(engine, documents, count)
            if runner is None:
                return {"skipped": "no store yet (newsgraph.store has no ingest function)"}
    elif phase == "workers":
        from newsgraph.batch.workers import PoolStats, run_workers

        documents = _documents(rows)
        stats = PoolStats()

        def runner() -> int:
            return count(run_workers(documents, settings=settings, workers=workers, stats=stats))

    elif phase.startswith("dask"):
        from distributed import Client, LocalCluster

        from newsgraph.batch.dask import worker_engine, run_dask

        n = int(phase[4:])
        figures["workers"] = n
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
        client.run(worker_engine, settings)  # load the model on every worker before timing
        figures["startup_s"] = round(time.perf_counter() - began, 2)
        documents = _documents(rows)

        def runner() -> int:
            before = client.run(time.process_time)
            done = count(run_dask(documents, settings=settings, address=cluster.scheduler_address))
            after = client.run(time.process_time)
            dask_cpu.append(sum(after[worker] - before[worker] for worker in after))
            return done

    else:
        raise SystemExit(f"unknown phase {phase}")
    figures.setdefault("startup_s", round(time.perf_counter() - began, 2))
    cpu_before = psutil.cpu_times()
    own_before = _own_cpu()
    parent_before = time.process_time()
    start = time.perf_counter()
    done = runner()
    wall = time.perf_counter() - start
    parent_cpu = time.process_time() - parent_before
    # Dask workers are not reaped by this process during the run, so their CPU
    # is taken from the workers themselves, not from RUSAGE_CHILDREN.
    live_children = dask_cpu[-1] if phase.startswith("dask") else 0.0
    other = _other_cores(cpu_before, psutil.cpu_times(), _own_cpu() - own_before + live_children, wall)
    # CPU seconds of this process and of its workers while they analysed: on a
    # machine shared with other work, documents per CPU second is the rate an
    # idle core would give, and max(worker CPU / workers, parent CPU) the wall
    # time idle cores would take.
    workers_cpu = stats.busy_cpu if phase == "workers" else dask_cpu[-1] if phase.startswith("dask") else 0.0
    if phase == "bare-workers" and figures["workers"] > 1:
        # spaCy's processes are joined by the end of pipe(): their CPU is in RUSAGE_CHILDREN.
        workers_cpu = max(_own_cpu() - own_before - parent_cpu, 0.0)
    parallel = max(figures.get("workers", 1), 1)
    figures["cpu_s"] = round(parent_cpu + workers_cpu, 2)
    projected = max(workers_cpu / parallel, parent_cpu) if workers_cpu else parent_cpu
    if phase == "workers":
        figures["workers"] = stats.workers
        projected = max(workers_cpu / stats.workers, parent_cpu)
        # Worker start-up happens inside the run: report it, and the warm rate without it.
        figures["startup_s"] = round(stats.ready_after or 0.0, 2)
        figures["end_to_end_s"] = round(wall, 2)
        wall = max(wall - (stats.ready_after or 0.0), 1e-9)
    if phase.startswith("dask"):
        client.close()
        cluster.close()
    words = sum(len(row["text"].split()) for row in rows)
    figures.update(
        docs=done,
        words=words,
        seconds=round(wall, 2),
        articles_per_s=round(done / wall, 2),
        words_per_s=round(words / wall),
        other_cores=other,
        idle_articles_per_s=round(done / max(projected, 1e-9), 2),
        rss_at_quarters_mb=rss_trace,
    )
    figures.update(_rss_mb())
    return figures


def run_paired(rows: list[dict[str, str]], batch_size: int) -> dict[str, Any]:
    """Bare spaCy and the full engine taking turns on the same slices, in one process."""
    import spacy

    from newsgraph.batch.workers import build_engine
    from newsgraph.nlp.pipeline import resolve_model_name
    from newsgraph.process import Engine
    from newsgraph.settings import Settings

    settings = Settings(batch_size=batch_size)
    nlp = spacy.load(resolve_model_name(settings.model))
    nlp("Russia said on Monday it would attend talks in Astana.")
    engine = build_engine(Engine, settings)
    documents = _documents(rows)
    bare = full = bare_cpu = full_cpu = 0.0
    for start in range(0, len(rows), _PAIRED_SLICE):
        texts = [row["text"] for row in rows[start : start + _PAIRED_SLICE]]
        began, began_cpu = time.perf_counter(), time.process_time()
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
        middle, middle_cpu = time.perf_counter(), time.process_time()
        for _ in engine.run(documents[start : start + _PAIRED_SLICE]):
            pass
        bare, full = bare + middle - began, full + time.perf_counter() - middle
        bare_cpu, full_cpu = bare_cpu + middle_cpu - began_cpu, full_cpu + time.process_time() - middle_cpu
    words = sum(len(row["text"].split()) for row in rows)
    return {"docs": len(rows), "bare_s": round(bare, 2), "full_s": round(full, 2),
            "bare_words_per_s": round(words / bare), "full_words_per_s": round(words / full),
            "bare_cpu_words_per_s": round(words / bare_cpu), "full_cpu_words_per_s": round(words / full_cpu),
            "full_over_bare": round(bare / full, 3), "full_over_bare_cpu": round(bare_cpu / full_cpu, 3)}


def _twin(rows: list[dict[str, str]], batch_size: int, full: bool, ready: Any, results: Any) -> None:
    """One twin: load, wait for the others, analyse its share; report its own wall and CPU time."""
    import spacy

    from newsgraph.batch.workers import build_engine
    from newsgraph.nlp.pipeline import resolve_model_name
    from newsgraph.process import Engine
    from newsgraph.settings import Settings

    settings = Settings(batch_size=batch_size)
    if full:
        engine = build_engine(Engine, settings)
        documents = _documents(rows)

        def work() -> Any:
            return engine.run(documents)
    else:
        nlp = spacy.load(resolve_model_name(settings.model))
        nlp("Russia said on Monday it would attend talks in Astana.")
        texts = [row["text"] for row in rows]

        def work() -> Any:
            return nlp.pipe(texts, batch_size=batch_size)
    ready.wait()
    began, began_cpu = time.perf_counter(), time.process_time()
    for _ in work():
        pass
    results.put((len(rows), time.perf_counter() - began, time.process_time() - began_cpu))


def run_twins(rows: list[dict[str, str]], batch_size: int, workers: int, full: bool) -> dict[str, Any]:
    """``workers`` bare parses (or full extractions) at once on interleaved shares, sharing nothing but the machine.

    The rate is the sum of each twin's own rate, so an uneven split of the
    work does not count against the cores: the ratio twins / bare is what two
    copies of the same work get from this machine; full-twins / full is the
    ceiling of workers / full.
    """
    import multiprocessing

    import psutil

    context = multiprocessing.get_context("spawn")
    ready, results = context.Barrier(workers + 1), context.Queue()
    twins = [context.Process(target=_twin, args=(rows[n::workers], batch_size, full, ready, results))
             for n in range(workers)]
    for twin in twins:
        twin.start()
    ready.wait()
    cpu_before, began = psutil.cpu_times(), time.perf_counter()
    shares = [results.get() for _ in twins]
    other = _other_cores(cpu_before, psutil.cpu_times(), sum(cpu for *_, cpu in shares), time.perf_counter() - began)
    for twin in twins:
        twin.join()
    words = sum(len(row["text"].split()) for row in rows)
    rate = sum(docs / wall for docs, wall, _ in shares)
    idle_rate = sum(docs / cpu for docs, _, cpu in shares)
    slowest = max(wall for _, wall, _ in shares)
    return {"workers": workers, "docs": len(rows), "words": words, "seconds": round(slowest, 2),
            "articles_per_s": round(rate, 2), "words_per_s": round(words / len(rows) * rate),
            "idle_articles_per_s": round(idle_rate, 2), "cpu_s": round(sum(cpu for *_, cpu in shares), 2),
            "startup_s": 0.0, "other_cores": other, "rss_at_quarters_mb": [], **_rss_mb()}


def _ingest_runner(engine: Any, documents: list[Any], count: Any) -> Any:
    try:
        from newsgraph.store import Store
    except ImportError:
        return None
    path = Path(tempfile.mkdtemp(prefix="newsgraph-bench-")) / "bench.db"

    def runner() -> int:
        seen: list[Any] = []

        def watched() -> Any:
            for outcome in engine.run(documents):
                seen.append(None)
                yield outcome

        with Store.open(path) as store:
            written = store.ingest_results(watched())
        count(seen)  # the RSS trace is taken after the fact here; peak RSS is still exact
        return int(written.stored + written.duplicates + written.failed)

    return runner


def _spawn_phase(phase: str, args: argparse.Namespace, held_out: bool) -> dict[str, Any]:
    command = [sys.executable, __file__, "--phase", phase, "--limit", str(args.limit),
               "--batch-size", str(args.batch_size), "--workers", str(args.workers)]
    if held_out:
        command.append("--held-out")
    run = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if run.returncode != 0:
        return {"failed": run.stderr.strip().splitlines()[-1:] or ["exit " + str(run.returncode)]}
    return dict(json.loads(run.stdout.strip().splitlines()[-1]))


def _line(name: str, figures: dict[str, Any]) -> str:
    if "full_over_bare" in figures:
        return (f"{name:<10} {figures['docs']:>4} docs, taking turns: bare {figures['bare_s']} s "
                f"({figures['bare_words_per_s']} words/s), full {figures['full_s']} s "
                f"({figures['full_words_per_s']} words/s), full/bare {figures['full_over_bare']}; per CPU second: "
                f"bare {figures['bare_cpu_words_per_s']}, full {figures['full_cpu_words_per_s']} words/s, "
                f"full/bare {figures['full_over_bare_cpu']}")
    if "articles_per_s" not in figures:
        return f"{name:<10} {figures}"
    extra = f" (end-to-end {figures['end_to_end_s']} s)" if "end_to_end_s" in figures else ""
    return (
        f"{name:<10} {figures['docs']:>4} docs {figures['seconds']:>7} s{extra}  "
        f"{figures['articles_per_s']:>6} art/s {figures['words_per_s']:>7} words/s  "
        f"[idle-core projection {figures['idle_articles_per_s']} art/s, {figures['cpu_s']} CPU s]  "
        f"startup {figures['startup_s']} s  peak RSS {figures['peak_rss_mb']} MB "
        f"(largest child {figures['peak_child_rss_mb']} MB)  RSS at 1/4..4/4 {figures['rss_at_quarters_mb']}  "
        f"other {figures['other_cores']} cores"
    )


def _ratios(rounds: list[dict[str, dict[str, Any]]], top: str, bottom: str) -> tuple[list[float], list[float]]:
    """Per round: the measured and the idle-core-projected ratio of two phases' rates."""
    measured, idle = [], []
    for results in rounds:
        a, b = results.get(top, {}), results.get(bottom, {})
        if "articles_per_s" in a and "articles_per_s" in b:
            measured.append(a["articles_per_s"] / b["articles_per_s"])
            idle.append(a["idle_articles_per_s"] / b["idle_articles_per_s"])
    return measured, idle


def _ratio(rounds: list[dict[str, dict[str, Any]]], top: str, bottom: str) -> str:
    measured, idle = _ratios(rounds, top, bottom)
    if not measured:
        return "n/a"
    text = f"{statistics.median(measured):.2f} measured, {statistics.median(idle):.2f} projected on idle cores"
    if len(measured) > 1:
        text += f" (median of {len(measured)} rounds: {', '.join(f'{value:.2f}' for value in measured)})"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200, help="documents per phase (dev slice)")
    parser.add_argument("--batch-size", type=int, default=None, help="nlp.pipe batch (default: Settings)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--skip", default="", help="comma-separated phases to skip")
    parser.add_argument("--rounds", type=int, default=1, help="run the phases this many times in turn")
    parser.add_argument("--phase", choices=PHASES, help=argparse.SUPPRESS)
    parser.add_argument("--held-out", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not DATA.exists():
        print(f"benchmark data not found at {DATA}; nothing to measure")
        return 0
    if args.batch_size is None:
        from newsgraph.settings import Settings

        args.batch_size = Settings().batch_size
    if args.phase:
        rows = load_rows(args.limit, args.held_out)
        if args.phase == "paired":
            print(json.dumps(run_paired(rows, args.batch_size)))
        elif args.phase in ("twins", "full-twins"):
            print(json.dumps(run_twins(rows, args.batch_size, args.workers, full=args.phase == "full-twins")))
        else:
            print(json.dumps(run_phase(args.phase, rows, args.batch_size, args.workers)))
        return 0
    skip = set(filter(None, args.skip.split(",")))
    print(f"throughput on {DATA.name}: {args.limit} dev documents, batch size {args.batch_size}, "
          f"{os.cpu_count()} cores")
    rounds: list[dict[str, dict[str, Any]]] = []
    for number in range(1, args.rounds + 1):
        if args.rounds > 1:
            print(f"round {number} of {args.rounds}", flush=True)
        results: dict[str, dict[str, Any]] = {}
        for phase in PHASES:
            if phase in skip:
                continue
            results[phase] = _spawn_phase(phase, args, held_out=False)
            label = f"{phase}={args.workers}" if phase in ("workers", "twins", "full-twins") else phase
            print(_line(label, results[phase]), flush=True)
        rounds.append(results)
    held: dict[str, dict[str, Any]] = {}
    if "held-out" not in skip:
        held_args = argparse.Namespace(**{**vars(args), "limit": max(args.limit // 4, 8)})
        for phase in ("bare", "full"):
            held[phase] = _spawn_phase(phase, held_args, held_out=True)
            print(_line(f"held/{phase}", held[phase]), flush=True)
    turns = [results["paired"] for results in rounds if "full_over_bare" in results.get("paired", {})]
    paired = "n/a"
    if turns:
        paired = (f"{statistics.median(t['full_over_bare'] for t in turns):.3f} "
                  f"(by CPU time {statistics.median(t['full_over_bare_cpu'] for t in turns):.3f})")
    print(f"full / bare            {_ratio(rounds, 'full', 'bare')}  (target >= 0.85, aim 1.0); "
          f"taking turns {paired}; held-out {_ratio([held], 'full', 'bare')}")
    print(f"workers {args.workers} / full       {_ratio(rounds, 'workers', 'full')}  (target >= 1.8 for 2)")
    print(f"bare {args.workers} proc / bare    {_ratio(rounds, 'bare-workers', 'bare')}  "
          "(spaCy's own n_process)")
    print(f"twins {args.workers} / bare        {_ratio(rounds, 'twins', 'bare')}  "
          "(independent copies of the bare parse)")
    print(f"full twins / full      {_ratio(rounds, 'full-twins', 'full')}  "
          "(independent copies of the full extraction: the cores' ceiling for workers / full)")
    print(f"dask 2 / dask 1        {_ratio(rounds, 'dask2', 'dask1')}  (target >= 1.7)")
    print(f"ingest / full          {_ratio(rounds, 'ingest', 'full')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
