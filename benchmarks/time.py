"""Time-expression benchmark: newsgraph ``find_timexes`` vs dateparser ``search_dates`` on TempEval-3.

Reads ../shared/data/time/tempeval3_train.jsonl (TimeBank + AQUAINT, LDC
research licence: development use only, never copied into the repo) and
scores both systems in the same run:

- relaxed span P/R/F1 (any overlap, one-to-one) and strict span F1 (exact offsets);
- DATE value F1: a gold DATE counts as found when a predicted DATE overlaps it
  with the same value (compared as strings, after zero-padding ISO week numbers:
  the annotation writes week 7 both "2000-W7" and "2000-W07"); precision over
  predicted DATEs, recall over gold DATEs; granularity is part of the value, so
  "2016" does not match "2016-Q4" and "XXXX-01-23" matches only itself;
- value F1 over all types (TempEval-3 style), and the time per article.

Records whose crc32(id) % 5 == 0 are held out: rules were never tuned on
them. Run: ``python benchmarks/time.py [--limit N] [--no-baseline] [--split dev] [--errors PATH]``;
``--errors`` writes every dev error as one JSON line (kind, gold, predicted, context) for error analysis.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "time" / "tempeval3_train.jsonl"


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    value: str | None
    type: str


@dataclass(slots=True)
class Score:
    gold: int = 0
    predicted: int = 0
    relaxed: int = 0
    strict: int = 0
    value_all: int = 0
    gold_date: int = 0
    predicted_date: int = 0
    value_date: int = 0
    seconds: float = 0.0
    documents: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, gold: list[Mention], predicted: list[Mention]) -> None:
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.gold_date += sum(g.type == "DATE" for g in gold)
        self.predicted_date += sum(p.type == "DATE" for p in predicted)
        used: set[int] = set()
        for g in gold:
            match = _best_overlap(g, predicted, used)
            if match is None:
                continue
            used.add(match)
            p = predicted[match]
            self.relaxed += 1
            self.strict += (p.start, p.end) == (g.start, g.end)
            self.value_all += p.value == g.value
            self.value_date += g.type == "DATE" and p.type == "DATE" and p.value == g.value


_SHORT_WEEK = re.compile(r"(?<=-W)(\d)(?!\d)")


def _canonical(value: str | None) -> str | None:
    """The same TIMEX3 value written one way: some annotators wrote ISO week 7 as "2000-W7", not "2000-W07"."""
    return _SHORT_WEEK.sub(r"0\1", value) if value else value


def _best_overlap(gold: Mention, predicted: list[Mention], used: set[int]) -> int | None:
    best, best_overlap = None, 0
    for index, p in enumerate(predicted):
        overlap = min(gold.end, p.end) - max(gold.start, p.start)
        if index not in used and overlap > best_overlap:
            best, best_overlap = index, overlap
    return best


def _f1(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = hits / predicted if predicted else 0.0
    recall = hits / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _row(name: str, score: Score) -> str:
    p, r, f = _f1(score.relaxed, score.predicted, score.gold)
    strict = _f1(score.strict, score.predicted, score.gold)[2]
    value = _f1(score.value_all, score.predicted, score.gold)[2]
    dp, dr, df = _f1(score.value_date, score.predicted_date, score.gold_date)
    per_doc = 1000 * score.seconds / max(score.documents, 1)
    return (
        f"{name:<12} {p:6.3f} {r:6.3f} {f:6.3f}  {strict:6.3f}  {dp:6.3f} {dr:6.3f} {df:6.3f}  {value:6.3f}"
        f"  {per_doc:8.2f}"
    )


def _dateparser_mentions(text: str, published: str) -> list[Mention]:
    from dateparser import DateDataParser
    from dateparser.search import search_dates

    settings = {"RELATIVE_BASE": datetime.fromisoformat(published), "PREFER_DATES_FROM": "current_period"}
    found = search_dates(text, languages=["en"], settings=settings) or []
    # search_dates gives no granularity; ask DateDataParser for the period so
    # "last year" scores as "2016", not as a day (its fairest reading).
    periods = DateDataParser(languages=["en"], settings=settings)
    mentions, cursor = [], 0
    for substring, moment in found:
        start = text.find(substring, cursor)
        if start < 0:
            continue
        cursor = start + len(substring)
        data = periods.get_date_data(substring)
        mentions.append(Mention(start, cursor, _at_granularity(moment, data.period or "day"), "DATE"))
    return mentions


def _at_granularity(moment: datetime, period: str) -> str:
    if period == "year":
        return f"{moment.year:04d}"
    if period == "month":
        return f"{moment.year:04d}-{moment.month:02d}"
    if period == "week":
        year, week, _ = moment.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return moment.date().isoformat()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="score only the first N records")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser (slow)")
    parser.add_argument("--misses", type=int, default=0, help="print N dev misses and false alarms")
    parser.add_argument("--errors", type=Path, metavar="PATH",
                        help="write every dev error (false, missed, span, type, value) as JSON Lines to PATH")
    parser.add_argument("--split", choices=("dev", "heldout", "both"), default="both", help="which part to score")
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"benchmark data not found at {DATA}; nothing to do", file=sys.stderr)
        return 0
    from newsgraph.extract.timexes import find_timexes
    from newsgraph.nlp import load_pipeline

    records: list[dict[str, Any]] = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    if args.limit:
        records = records[: args.limit]
    nlp = load_pipeline()
    nlp("warm up")
    splits = {"dev": [r for r in records if zlib.crc32(r["id"].encode()) % 5], "held-out": []}
    splits["held-out"] = [r for r in records if zlib.crc32(r["id"].encode()) % 5 == 0]
    if args.split != "both":
        chosen = "held-out" if args.split == "heldout" else "dev"
        splits = {chosen: splits[chosen]}
    errors = args.errors.open("w", encoding="utf-8") if args.errors else None
    parse_seconds = 0.0
    for split, rows in splits.items():
        ours, baseline = Score(), Score()
        for record in rows:
            text, published = record["text"], record["published"]
            gold = [Mention(t["start"], t["end"], _canonical(t["value"]), t["type"]) for t in record["timexes"]]
            started = time.perf_counter()
            doc = nlp(text)
            parse_seconds += time.perf_counter() - started
            started = time.perf_counter()
            timexes = find_timexes(doc, text, published=published)
            ours.seconds += time.perf_counter() - started
            ours.documents += 1
            predicted = [Mention(t.start, t.end, _canonical(t.value), t.type) for t in timexes]
            ours.add(gold, predicted)
            if split == "dev" and args.misses:
                _collect_misses(ours, text, gold, predicted)
            if split == "dev" and errors is not None:
                for error in _errors(record, gold, predicted):
                    errors.write(json.dumps(error, ensure_ascii=False) + "\n")
            if not args.no_baseline:
                started = time.perf_counter()
                base = _dateparser_mentions(text, published)
                baseline.seconds += time.perf_counter() - started
                baseline.documents += 1
                baseline.add(gold, base)
        print(f"\n{split}: {len(rows)} articles, {ours.gold} gold timexes ({ours.gold_date} DATE)")
        print(f"{'system':<12} {'relP':>6} {'relR':>6} {'relF1':>6}  {'strF1':>6}  "
              f"{'dateP':>6} {'dateR':>6} {'dateF1':>6}  {'valF1':>6}  {'ms/art':>8}")
        print(_row("newsgraph", ours))
        if not args.no_baseline:
            print(_row("dateparser", baseline))
        if split == "dev" and args.misses:
            print("\n".join(ours.misses[: args.misses]))
    if errors is not None:
        errors.close()
    total = sum(len(rows) for rows in splits.values())
    print(f"\nspaCy parse: {1000 * parse_seconds / max(total, 1):.1f} ms/article (one at a time)")
    return 0


def _collect_misses(score: Score, text: str, gold: list[Mention], predicted: list[Mention]) -> None:
    for g in gold:
        hit = [p for p in predicted if min(g.end, p.end) > max(g.start, p.start)]
        got = f"{text[hit[0].start:hit[0].end]!r} {hit[0].value}" if hit else "-"
        if not hit or hit[0].value != g.value or (hit[0].start, hit[0].end) != (g.start, g.end):
            score.misses.append(f"GOLD {text[g.start:g.end]!r} {g.type} {g.value} | got {got}")
    for p in predicted:
        if not any(min(g.end, p.end) > max(g.start, p.start) for g in gold):
            context = text[max(0, p.start - 30) : p.end + 20].replace("\n", " ")
            score.misses.append(f"FALSE {text[p.start:p.end]!r} {p.type} {p.value} in {context!r}")


def _errors(record: dict[str, Any], gold: list[Mention], predicted: list[Mention]) -> list[dict[str, Any]]:
    """One record per error in an article, paired as the score pairs them (best overlap, one to one).

    Kinds: "false" (a prediction overlapping no gold), "missed" (a gold with no prediction), and for a pair
    "type" (types differ), "value" (same type, values differ) or "span" (same type and value, other offsets).
    """
    text = record["text"]

    def shown(mention: Mention) -> dict[str, Any]:
        return {"text": text[mention.start : mention.end], "start": mention.start, "end": mention.end,
                "type": mention.type, "value": mention.value}

    def context(start: int, end: int) -> str:
        return " ".join(text[max(0, start - 80) : end + 60].split())

    found: list[dict[str, Any]] = []
    used: set[int] = set()
    for g in gold:
        match = _best_overlap(g, predicted, used)
        if match is None:
            kind, pair = "missed", None
        else:
            used.add(match)
            pair = predicted[match]
            if pair.type != g.type:
                kind = "type"
            elif pair.value != g.value:
                kind = "value"
            elif (pair.start, pair.end) != (g.start, g.end):
                kind = "span"
            else:
                continue
        found.append({"id": record["id"], "published": record["published"], "kind": kind, "gold": shown(g),
                      "predicted": shown(pair) if pair else None, "context": context(g.start, g.end)})
    for index, p in enumerate(predicted):
        if index not in used:
            found.append({"id": record["id"], "published": record["published"], "kind": "false", "gold": None,
                          "predicted": shown(p), "context": context(p.start, p.end)})
    return found


if __name__ == "__main__":
    sys.exit(main())
