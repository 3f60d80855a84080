"""Benchmark the event coder against PETRARCH validation records and PLOVER examples.

Run from the repository root:

    python benchmarks/events.py [--verbose]

Reads ../shared/data/events/ (never copied into the repo) and runs every
record through the real ``newsgraph.process.Engine``. Records coded with
PETRARCH's test dictionary (``actor_dictionary: PETR.Validate``) get that
dictionary as a user actor file. Figures (README scoring notes):

- root F1: CAMEO two-digit root plus the first 3 characters of the source
  and target codes; strict F1: full code and full actor codes. One-to-one
  matching per record, pooled over events, negated events ignored, records
  whose gold uses non-CAMEO codes or raw-text actors left out;
- false-event rate: share of ``expect_none`` records with any event;
- PLOVER type accuracy: per PLOVER example, the predicted event that best
  matches the gold actors (else the first) has the gold type; a record
  without events counts as wrong;
- throughput: parse time and the time ``find_events`` adds on top of it.

A fixed held-out slice (crc32 of ``split_key``/``id`` % 5 == 0) is never
tuned on; dev and held-out figures are printed separately.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "events"
VALIDATION_DICTIONARY = DATA / "petrarch_validation_dictionary.json"

# (text, published, actor_dictionary, doc_id) -> predicted events as dicts
Analyse = Callable[[list[tuple[str, str | None, str, str]]], list[list[dict]]]


def held_out(key: str) -> bool:
    return zlib.crc32(key.encode("utf-8")) % 5 == 0


def load(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def scored(record: dict) -> bool:
    return not any(event.get("nonstandard_cameo") or event.get("raw_actor_text") for event in record["expected"])


def _code(party: dict | None) -> str:
    code = party.get("code") if party else None
    return code or "---"


def _match_count(gold: list[tuple[str, str, str]], predicted: list[tuple[str, str, str]]) -> int:
    remaining = list(gold)
    hits = 0
    for item in predicted:
        if item in remaining:
            remaining.remove(item)
            hits += 1
    return hits


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    root_hits: int = 0
    strict_hits: int = 0
    none_records: int = 0
    none_with_events: int = 0

    def add(self, record: dict, events: list[dict]) -> None:
        events = [event for event in events if not event.get("negated")]
        if record.get("expect_none"):
            self.none_records += 1
            self.none_with_events += bool(events)
        gold_root = [(e["cameo"][:2], e["source"][:3], e["target"][:3]) for e in record["expected"]]
        gold_strict = [(e["cameo"], e["source"], e["target"]) for e in record["expected"]]
        # PETRARCH codes a sentence's events once: identical predictions count once.
        pred_root = list(dict.fromkeys((e["cameo"][:2], _code(e["source"])[:3], _code(e["target"])[:3]) for e in events))
        pred_strict = list(dict.fromkeys((e["cameo"], _code(e["source"]), _code(e["target"])) for e in events))
        self.gold += len(gold_root)
        self.predicted += len(pred_root)
        self.root_hits += _match_count(gold_root, pred_root)
        self.strict_hits += _match_count(gold_strict, pred_strict)

    def line(self, label: str) -> str:
        def f1(hits: int) -> tuple[float, float, float]:
            p = hits / self.predicted if self.predicted else 0.0
            r = hits / self.gold if self.gold else 0.0
            return p, r, (2 * p * r / (p + r) if p + r else 0.0)

        rp, rr, rf = f1(self.root_hits)
        sp, sr, sf = f1(self.strict_hits)
        fer = self.none_with_events / self.none_records if self.none_records else 0.0
        return (
            f"{label:<22} gold {self.gold:3d} pred {self.predicted:3d} | root P {rp:.2f} R {rr:.2f} F1 {rf:.2f}"
            f" | strict P {sp:.2f} R {sr:.2f} F1 {sf:.2f} | false-event {self.none_with_events}/{self.none_records}"
            f" = {fer:.2f}"
        )


def engine_analyse() -> tuple[Analyse, Callable[[], dict[str, float]]]:
    """Analysis through the real Engine, one engine per actor dictionary, sharing one model."""
    from newsgraph.nlp import load_pipeline
    from newsgraph.process import Engine
    from newsgraph.records import RawDocument, Result
    from newsgraph.settings import Settings

    nlp = load_pipeline()
    engines = {
        "Phoenix": Engine(Settings(), nlp=nlp),
        "PETR.Validate": Engine(Settings(actor_files=(VALIDATION_DICTIONARY,)), nlp=nlp),
    }
    timing = {"engine_s": 0.0, "docs": 0.0, "errors": 0.0}

    def analyse(items: list[tuple[str, str | None, str, str]]) -> list[list[dict]]:
        out: list[list[dict]] = []
        for text, published, dictionary, doc_id in items:
            engine = engines.get(dictionary, engines["Phoenix"])
            started = time.perf_counter()
            (result,) = list(engine.run([RawDocument(doc_id=doc_id, text=text, published=published)]))
            timing["engine_s"] += time.perf_counter() - started
            timing["docs"] += 1
            if not isinstance(result, Result):
                timing["errors"] += 1
                print(f"error record: {result.doc_id}: {result.message}", file=sys.stderr)
            out.append([event.to_dict() for event in result.events] if isinstance(result, Result) else [])
        return out

    return analyse, lambda: dict(timing)


def speed(texts: list[str], published: str | None = None) -> dict[str, float]:
    """Parse time of the texts, and the time the other extractors and ``find_events`` add."""
    from newsgraph.extract.events import find_events
    from newsgraph.nlp import load_pipeline
    from newsgraph.process import Engine
    from newsgraph.records import RawDocument, Result

    nlp = load_pipeline()
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse_s = time.perf_counter() - started
    engine = Engine(nlp=nlp)
    started = time.perf_counter()
    results = [r for r in engine.run(RawDocument(f"s{i}", t, published=published) for i, t in enumerate(texts))]
    engine_s = time.perf_counter() - started
    events_s = 0.0
    for doc, result in zip(docs, results, strict=True):
        if not isinstance(result, Result):
            continue
        started = time.perf_counter()
        find_events(
            doc,
            result.text,
            actors=result.actors,
            timexes=result.timexes,
            locations={},
            quotes=result.quotes,
            published=published,
        )
        events_s += time.perf_counter() - started
    return {"docs": len(texts), "parse_s": parse_s, "engine_s": engine_s, "events_s": events_s}


def petrarch(analyse: Analyse, verbose: bool) -> None:
    records = [record for record in load("petrarch_dev.jsonl") if scored(record)]
    items = [(r["text"], r.get("date"), r["actor_dictionary"], r["id"]) for r in records]
    predictions = analyse(items)
    tallies = {name: Tally() for name in ("dev", "held-out", "dev gsr", "held-out gsr", "all")}
    for record, events in zip(records, predictions, strict=True):
        part = "held-out" if held_out(record["split_key"]) else "dev"
        tallies[part].add(record, events)
        tallies["all"].add(record, events)
        if record["suite"] == "petrarch2-gsr":
            tallies[f"{part} gsr"].add(record, events)
        if verbose and part == "dev":
            _show(record, events)
    print(f"PETRARCH records scored: {len(records)} (left out: non-CAMEO codes / raw-text actors)")
    for name, tally in tallies.items():
        print(tally.line(name))


def _show(record: dict, events: list[dict]) -> None:
    gold = sorted(f"{e['source']}>{e['target']}:{e['cameo']}" for e in record["expected"]) or ["NONE"]
    got = sorted(
        f"{_code(e['source'])}>{_code(e['target'])}:{e['cameo']}{'(neg)' if e.get('negated') else ''}" for e in events
    ) or ["NONE"]
    gold_keys = {(e["cameo"][:2], e["source"][:3], e["target"][:3]) for e in record["expected"]}
    got_keys = {
        (e["cameo"][:2], _code(e["source"])[:3], _code(e["target"])[:3]) for e in events if not e.get("negated")
    }
    mark = "ok" if gold_keys == got_keys else "XX"
    print(mark, record["id"], "|", record["text"][:150], "\n      gold", gold, "\n      got ", got, file=sys.stderr)


def plover(analyse: Analyse, verbose: bool) -> None:
    records = load("plover_examples.jsonl")
    items = [(r["text"], None, "Phoenix", r["id"]) for r in records]
    predictions = analyse(items)
    for part in ("dev", "held-out"):
        total = right = with_events = right_when_predicted = 0
        for record, events in zip(records, predictions, strict=True):
            if ("held-out" if held_out(record["id"]) else "dev") != part:
                continue
            total += 1
            events = [event for event in events if not event.get("negated")]
            if not events:
                if verbose and part == "dev":
                    print("PLOVER", record["category"], "got NONE |", record["text"][:120], file=sys.stderr)
                continue
            with_events += 1
            best = max(events, key=lambda event: _actor_overlap(record, event))
            hit = best["plover"] == record["category"]
            right += hit
            right_when_predicted += hit
            if verbose and part == "dev" and not hit:
                print("PLOVER", record["category"], "got", best["plover"], best["cameo"], "|", record["text"][:120],
                      file=sys.stderr)
        accuracy = right / total if total else 0.0
        precision = right_when_predicted / with_events if with_events else 0.0
        print(
            f"PLOVER {part:<9} records {total:3d} with events {with_events:3d} | type accuracy {accuracy:.2f}"
            f" | accuracy where an event was coded {precision:.2f}"
        )


def _actor_overlap(record: dict, event: dict) -> int:
    source, target = _code(event["source"])[:3], _code(event["target"])[:3]
    best = 0
    for gold in record["expected"]:
        score = (gold["source"] or "---")[:3] == source
        score += (gold["target"] or "---")[:3] == target
        best = max(best, score)
    return best


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print each dev record's gold and predicted events")
    parser.add_argument("--no-speed", action="store_true", help="skip the throughput measurement")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not DATA.is_dir():
        print(f"no benchmark data at {DATA}; nothing to do")
        return 0
    analyse, timing = engine_analyse()
    petrarch(analyse, args.verbose)
    plover(analyse, args.verbose)
    spent = timing()
    if spent["docs"]:
        print(
            f"engine: {spent['docs']:.0f} records in {spent['engine_s']:.1f} s"
            f" = {spent['docs'] / spent['engine_s']:.1f}/s; error records: {spent['errors']:.0f}"
        )
    if not args.no_speed:
        example = (ROOT / "examples" / "astana.txt").read_text(encoding="utf-8")
        texts = [example] * 20 + [r["text"] for r in load("plover_examples.jsonl")]
        figures = speed(texts, published="2017-01-19")
        print(
            f"speed: {figures['docs']} texts; parse {figures['parse_s']:.2f} s, full engine {figures['engine_s']:.2f} s"
            f" ({figures['docs'] / figures['engine_s']:.1f} texts/s); find_events {figures['events_s']:.3f} s"
            f" = {100 * figures['events_s'] / figures['parse_s']:.1f}% of parse time"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
