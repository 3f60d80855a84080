"""Quote extraction benchmark: newsgraph's find_quotes against PolNeAR gold, textacy as baseline.

Reads ../shared/data/quotes/polnear_train.jsonl (relative to the repository
root; never copied into the repository) and prints, for the dev part and
the held-out part (records whose crc32(id) % 5 == 0, never used for tuning):

- content precision / recall / F1, one-to-one matching of predicted and gold
  content spans at character Jaccard >= 0.5 (greedy, best pairs first),
  overall, for direct quotes (gold ``quote_type == "direct"`` against
  predictions of kind ``direct``) and for the others (mixed + indirect);
- speaker accuracy on matched quotes whose gold has a speaker: the predicted
  speaker or ``speaker_resolved`` overlaps the gold speaker span;
- speed: spaCy parse time (``nlp.pipe``, batch 32) and quote time over the
  same parsed docs, as articles/s and as the quote share of parse time.

``+actors`` is newsgraph as ``newsgraph extract`` runs it: the actors' person
names help resolve speakers the entity recogniser split ("Ursula von der
Leyen"); its time share includes the actors'.

textacy's ``direct_quotations`` runs on the same docs (a benchmark-only
dependency); it gives up on a document whose quotation marks are odd in
number, which counts as no predictions for that document.

``--cache PATH`` keeps the parsed Docs of each part (a spaCy DocBin, with the
parse time beside it in PATH.<part>.json) outside the repository, so that
iterating on quotes does not pay the parse again. The parse time is still
measured in the same run as the quotes (a shared machine's speed changes from
one run to the next): a fixed sample of the cached articles is parsed again and
the time scaled to the part's characters.

``--errors PATH`` (diagnostics, dev part only: never look at held-out errors)
writes newsgraph's errors as JSON Lines outside the repository, one line per
error: ``missed`` (a gold content with no match, with the best overlapping
prediction and its Jaccard, so boundary errors show apart from misses) or
``spurious`` (a prediction that matches nothing, with its cue and speaker and
the best overlapping gold content and its Jaccard) or ``speaker`` (a matched
quote whose speaker, as written and as resolved, misses the gold speaker). The
metrics do not change.

Usage: python benchmarks/quotes.py [--limit N] [--split dev|heldout|both] [--errors PATH] [--cache PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "quotes" / "polnear_train.jsonl"
MIN_JACCARD = 0.5

Interval = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Predicted:
    content: Interval
    speakers: tuple[Interval, ...]
    direct: bool
    cue: Interval | None = None  # shown in --errors only


@dataclass(frozen=True, slots=True)
class Gold:
    content: Interval
    speaker: Interval | None
    direct: bool


@dataclass(slots=True)
class Tally:
    """Counts for one system on one split."""

    gold: dict[str, int] = field(default_factory=lambda: {"all": 0, "direct": 0, "other": 0})
    predicted: dict[str, int] = field(default_factory=lambda: {"all": 0, "direct": 0, "other": 0})
    matched_gold: dict[str, int] = field(default_factory=lambda: {"all": 0, "direct": 0, "other": 0})
    matched_predicted: dict[str, int] = field(default_factory=lambda: {"all": 0, "direct": 0, "other": 0})
    speaker_total: int = 0
    speaker_right: int = 0
    seconds: float = 0.0

    def add(self, golds: list[Gold], predictions: list[Predicted]) -> None:
        for gold in golds:
            self.gold["all"] += 1
            self.gold["direct" if gold.direct else "other"] += 1
        for prediction in predictions:
            self.predicted["all"] += 1
            self.predicted["direct" if prediction.direct else "other"] += 1
        for gold, prediction in match(golds, predictions):
            self.matched_gold["all"] += 1
            self.matched_gold["direct" if gold.direct else "other"] += 1
            self.matched_predicted["all"] += 1
            self.matched_predicted["direct" if prediction.direct else "other"] += 1
            if gold.speaker is not None:
                self.speaker_total += 1
                if any(overlaps(gold.speaker, speaker) for speaker in prediction.speakers):
                    self.speaker_right += 1

    def prf(self, group: str) -> tuple[float, float, float]:
        precision = _ratio(self.matched_predicted[group], self.predicted[group])
        recall = _ratio(self.matched_gold[group], self.gold[group])
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def jaccard(a: Interval, b: Interval) -> float:
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    if overlap <= 0:
        return 0.0
    return overlap / (max(a[1], b[1]) - min(a[0], b[0]))


def overlaps(a: Interval, b: Interval) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def match(golds: list[Gold], predictions: list[Predicted]) -> list[tuple[Gold, Predicted]]:
    """One-to-one pairs at Jaccard >= 0.5, best pairs first."""
    pairs = []
    for g, gold in enumerate(golds):
        for p, prediction in enumerate(predictions):
            score = jaccard(gold.content, prediction.content)
            if score >= MIN_JACCARD:
                pairs.append((score, g, p))
    pairs.sort(reverse=True)
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    matched = []
    for _, g, p in pairs:
        if g in used_gold or p in used_predicted:
            continue
        used_gold.add(g)
        used_predicted.add(p)
        matched.append((golds[g], predictions[p]))
    return matched


def gold_of(record: dict) -> list[Gold]:
    return [
        Gold(
            content=tuple(quote["content"]),
            speaker=tuple(quote["speaker"]) if quote["speaker"] else None,
            direct=quote["quote_type"] == "direct",
        )
        for quote in record["quotes"]
    ]


def newsgraph_system(  # type: ignore[no-untyped-def]
    doc, text: str, people: tuple[tuple[int, int], ...] = ()
) -> list[Predicted]:
    from newsgraph.extract.quotes import find_quotes

    found = []
    for quote in find_quotes(doc, text, people=people):
        speakers = tuple((span.start, span.end) for span in (quote.speaker, quote.speaker_resolved) if span)
        cue = (quote.cue.start, quote.cue.end) if quote.cue else None
        found.append(Predicted((quote.content.start, quote.content.end), speakers, quote.kind == "direct", cue))
    return found


def textacy_system(doc, text: str) -> list[Predicted]:  # type: ignore[no-untyped-def]
    from textacy.extract.triples import direct_quotations

    found = []
    try:
        for speaker, _cue, content in direct_quotations(doc):
            spans = ((speaker[0].idx, speaker[-1].idx + len(speaker[-1])),) if speaker else ()
            found.append(Predicted((content.start_char, content.end_char), spans, True))
    except ValueError:
        pass  # odd number of quotation marks: textacy gives up on the document
    return found


def with_actors_system(doc, text: str) -> list[Predicted]:  # type: ignore[no-untyped-def]
    """find_quotes as ``newsgraph extract`` runs it: given the person names the actors found (the names the
    entity recogniser split or missed), so its time includes the actors'."""
    from newsgraph.extract.actors import find_actors, load_actor_lexicon, person_names

    actors = find_actors(doc, text, lexicon=load_actor_lexicon())
    return newsgraph_system(doc, text, people=person_names(actors))


SYSTEMS: dict[str, Callable] = {
    "newsgraph": newsgraph_system, "+actors": with_actors_system, "textacy": textacy_system
}


def errors_of(record: dict, golds: list[Gold], predictions: list[Predicted]) -> Iterable[dict]:
    """Unmatched gold contents (with the nearest prediction) and unmatched predictions of one article."""
    text = record["text"]
    pairs = match(golds, predictions)
    matched_gold = {id(gold) for gold, _ in pairs}
    matched_predicted = {id(prediction) for _, prediction in pairs}
    for quote, gold in zip(record["quotes"], golds):
        if id(gold) in matched_gold:
            continue
        nearest = max(predictions, key=lambda prediction: jaccard(gold.content, prediction.content), default=None)
        score = jaccard(gold.content, nearest.content) if nearest is not None else 0.0
        cue = quote["cue"]
        yield {
            "id": record["id"], "error": "missed", "quote_type": quote["quote_type"],
            "content": gold.content, "text": text[slice(*gold.content)],
            "cue": text[slice(*cue)] if cue else None,
            "nearest": nearest.content if score else None,
            "nearest_text": text[slice(*nearest.content)] if nearest is not None and score else None,
            "jaccard": round(score, 3),
        }
    for gold, prediction in pairs:
        if gold.speaker is None or any(overlaps(gold.speaker, speaker) for speaker in prediction.speakers):
            continue
        yield {
            "id": record["id"], "error": "speaker", "content": gold.content, "text": text[slice(*gold.content)],
            "gold_speaker": text[slice(*gold.speaker)], "gold_speaker_at": gold.speaker,
            "speakers": [text[slice(*speaker)] for speaker in prediction.speakers],
            "speakers_at": list(prediction.speakers),
        }
    for prediction in predictions:
        if id(prediction) in matched_predicted:
            continue
        nearest_gold = max(golds, key=lambda gold: jaccard(gold.content, prediction.content), default=None)
        score = jaccard(nearest_gold.content, prediction.content) if nearest_gold is not None else 0.0
        yield {
            "id": record["id"], "error": "spurious", "direct": prediction.direct,
            "content": prediction.content, "text": text[slice(*prediction.content)],
            "cue": text[slice(*prediction.cue)] if prediction.cue else None,
            "speaker": text[slice(*prediction.speakers[0])] if prediction.speakers else None,
            "overlaps_gold": any(overlaps(prediction.content, gold.content) for gold in golds),
            "nearest": nearest_gold.content if score else None,
            "nearest_text": text[slice(*nearest_gold.content)] if nearest_gold is not None and score else None,
            "jaccard": round(score, 3),
        }


def parse(records: list[dict], nlp, cache: Path | None) -> tuple[list, float]:  # type: ignore[no-untyped-def]
    """The parsed Docs of ``records`` and the parse time, read from ``cache`` when it holds these records."""
    from spacy.tokens import DocBin

    ids = [record["id"] for record in records]
    meta = cache.with_name(cache.name + ".json") if cache is not None else None
    if cache is not None and meta is not None and cache.exists() and meta.exists():
        stored = json.loads(meta.read_text(encoding="utf-8"))
        if stored["ids"] == ids:
            return list(DocBin().from_disk(cache).get_docs(nlp.vocab)), _parse_seconds_now(records, nlp)
    started = time.perf_counter()
    docs = list(nlp.pipe((record["text"] for record in records), batch_size=32))
    parse_seconds = time.perf_counter() - started
    if cache is not None and meta is not None:
        DocBin(docs=docs).to_disk(cache)
        meta.write_text(json.dumps({"ids": ids, "parse_seconds": parse_seconds}), encoding="utf-8")
    return docs, parse_seconds


# Articles parsed again to time the parse when the Docs come from the cache.
_TIMING_SAMPLE = 40


def _parse_seconds_now(records: list[dict], nlp) -> float:  # type: ignore[no-untyped-def]
    """The time parsing every text of ``records`` takes in this run, from an evenly spread sample scaled
    by characters."""
    step = max(1, len(records) // _TIMING_SAMPLE)
    sample = [record["text"] for record in records[::step]]
    started = time.perf_counter()
    for _ in nlp.pipe(sample, batch_size=32):
        pass
    seconds = time.perf_counter() - started
    sampled_chars = sum(len(text) for text in sample)
    return seconds * sum(len(record["text"]) for record in records) / max(sampled_chars, 1)


def evaluate(  # type: ignore[no-untyped-def]
    records: list[dict], nlp, errors: list[dict] | None = None, cache: Path | None = None
) -> tuple[dict[str, Tally], float]:
    docs, parse_seconds = parse(records, nlp, cache)
    tallies = {name: Tally() for name in SYSTEMS}
    for name, system in SYSTEMS.items():
        tally = tallies[name]
        for record, doc in zip(records, docs):
            started = time.perf_counter()
            predictions = system(doc, record["text"])
            tally.seconds += time.perf_counter() - started
            tally.add(gold_of(record), predictions)
            if errors is not None and name == "newsgraph":
                errors.extend(errors_of(record, gold_of(record), predictions))
    return tallies, parse_seconds


def report(label: str, records: list[dict], tallies: dict[str, Tally], parse_seconds: float) -> Iterable[str]:
    yield f"\n== {label}: {len(records)} articles, {tallies['newsgraph'].gold['all']} gold quotes " + (
        f"({tallies['newsgraph'].gold['direct']} direct, {tallies['newsgraph'].gold['other']} mixed/indirect)"
    )
    yield f"{'system':<10} {'group':<7} {'P':>6} {'R':>6} {'F1':>6}   {'speaker acc':>11}   {'quotes/parse':>12}"
    for name, tally in tallies.items():
        for group in ("all", "direct", "other"):
            precision, recall, f1 = tally.prf(group)
            extra = ""
            if group == "all":
                accuracy = _ratio(tally.speaker_right, tally.speaker_total)
                share = tally.seconds / parse_seconds if parse_seconds else 0.0
                extra = f"   {accuracy:>11.3f}   {share:>11.1%}"
            yield f"{name:<10} {group:<7} {precision:>6.3f} {recall:>6.3f} {f1:>6.3f}{extra}"
    newsgraph_seconds = parse_seconds + tallies["newsgraph"].seconds
    yield (
        f"parse {parse_seconds:.1f} s ({len(records) / parse_seconds:.1f} articles/s); "
        f"parse + newsgraph quotes {len(records) / newsgraph_seconds:.1f} articles/s; "
        f"quotes alone {len(records) / max(tallies['newsgraph'].seconds, 1e-9):.0f} articles/s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="use only the first N records of each part")
    parser.add_argument("--split", choices=("dev", "heldout", "both"), default="both")
    parser.add_argument("--errors", type=Path, default=None, help="write newsgraph's dev errors as JSON Lines here")
    parser.add_argument(
        "--cache", type=Path, default=None, help="keep the parsed Docs in PATH.<part> (outside the repository)"
    )
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"benchmark data not found at {DATA}; nothing to do")
        return 0
    records = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    parts = {
        "dev": [r for r in records if zlib.crc32(r["id"].encode("utf-8")) % 5 != 0],
        "held-out": [r for r in records if zlib.crc32(r["id"].encode("utf-8")) % 5 == 0],
    }
    if args.split != "both":
        parts = {key: value for key, value in parts.items() if key.startswith(args.split[:4])}
    sys.path.insert(0, str(ROOT / "src"))
    import textacy.extract.triples  # noqa: F401 - imported before the timed runs
    from newsgraph.extract import quotes  # noqa: F401 - the code measured is the code at start
    from newsgraph.nlp import load_pipeline

    nlp = load_pipeline()
    for label, part in parts.items():
        if args.limit is not None:
            part = part[: args.limit]
        errors: list[dict] | None = [] if args.errors is not None and label == "dev" else None
        cache = args.cache.with_name(f"{args.cache.name}.{label}") if args.cache is not None else None
        tallies, parse_seconds = evaluate(part, nlp, errors, cache)
        for line in report(label, part, tallies, parse_seconds):
            print(line)
        if errors is not None:
            with args.errors.open("w", encoding="utf-8") as out:
                for error in errors:
                    out.write(json.dumps(error, ensure_ascii=False) + "\n")
            print(f"{len(errors)} dev errors written to {args.errors}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
