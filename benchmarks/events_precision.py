"""Precision of events on real news: newsgraph's events in PolNeAR or TempEval-3 articles, judged by hand.

The other event benchmarks score short, clean sentences. Users read whole
articles, where most verbs of conflict and cooperation are campaign talk
("Cruz captured Texas", "Trump shot back", "released a new ad"). This
benchmark runs ``newsgraph.process.Engine`` over a fixed sample of PolNeAR
articles (US political news, dev part only: crc32(id) % 5 != 0; the texts
stay in ../shared/data and are never copied) and compares the events with
``benchmarks/judgments/events_polnear.tsv``: events a person judged, keyed
by article, trigger offsets and CAMEO root (further rounds may add
``events_polnear_<round>.tsv`` beside it), each with the verdict ``event``
(the article reports that act between those parties, or a negated or
hypothetical one correctly flagged) or ``none``.

``--corpus tempeval`` does the same for world newswire of 1989-2000 (AP,
NYT, WSJ, VOA, APW, Xinhua: TempEval-3's TimeBank and AQUAINT articles,
../shared/data/time/tempeval3_train.jsonl, dev part only by the same crc32
rule) against ``benchmarks/judgments/events_tempeval.tsv``.

It prints how many events the sample yields, how many of them carry a
judgment, and the precision over those. Judgments were made on random
events of earlier versions, so the judged events a version still codes are
a biased slice; judge a fresh random sample (``--show``) for an unbiased
figure and add the verdicts to the file.

Usage: python benchmarks/events_precision.py [--corpus polnear|tempeval] [--articles 120] [--seed 7]
       [--exclude-seed 7] [--show K] [--show-seed S]

``--seed 11 --articles 40 --exclude-seed 7`` is the sample of the sixth round (articles the default
sample does not hold).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTEXT = 160


def _polnear_published(record: dict) -> str:
    # PolNeAR ids carry the publication date: polnear-<outlet>_<YYYY-MM-DD>_<slug>
    return record["id"].split("_")[1]


@dataclass(frozen=True, slots=True)
class Corpus:
    """Where a corpus's articles and judgments are, and how to read an article's publication date."""

    data: Path
    judgments: Path
    published: Callable[[dict], str | None]


CORPORA = {
    "polnear": Corpus(
        ROOT.parent / "shared" / "data" / "quotes" / "polnear_train.jsonl",
        ROOT / "benchmarks" / "judgments" / "events_polnear.tsv",
        _polnear_published,
    ),
    "tempeval": Corpus(
        ROOT.parent / "shared" / "data" / "time" / "tempeval3_train.jsonl",
        ROOT / "benchmarks" / "judgments" / "events_tempeval.tsv",
        lambda record: record.get("published"),
    ),
}


@dataclass(frozen=True, slots=True)
class Coded:
    """One event as the judgments key it, with what a judge needs to see."""

    doc_id: str
    start: int
    end: int
    root: str
    line: str

    @property
    def key(self) -> tuple[str, int, int, str]:
        return (self.doc_id, self.start, self.end, self.root)


def read_judgments(path: Path) -> dict[tuple[str, int, int, str], bool]:
    verdicts: dict[tuple[str, int, int, str], bool] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        doc_id, start, end, root, verdict = line.split("\t")[:5]
        if verdict not in ("event", "none"):
            raise ValueError(f"{path}: verdict must be 'event' or 'none', got {verdict!r}")
        verdicts[(doc_id, int(start), int(end), root)] = verdict == "event"
    return verdicts


def read_all_judgments(path: Path) -> dict[tuple[str, int, int, str], bool]:
    # Verdicts may be split over several files (events_polnear.tsv, events_polnear_<round>.tsv)
    # so that rounds of judging run side by side without editing one file.
    verdicts: dict[tuple[str, int, int, str], bool] = {}
    for part in sorted(path.parent.glob(f"{path.stem}*{path.suffix}")):
        verdicts.update(read_judgments(part))
    return verdicts


def sample_articles(path: Path, count: int, seed: int, exclude_seed: int | None = None) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    dev = [record for record in records if zlib.crc32(record["id"].encode("utf-8")) % 5 != 0]
    if exclude_seed is not None:
        # A fresh sample: TempEval's dev part has 206 articles, so most of any sample would be
        # articles the default 120-article sample already judged.
        seen = {record["id"] for record in random.Random(exclude_seed).sample(dev, min(120, len(dev)))}
        dev = [record for record in dev if record["id"] not in seen]
    return random.Random(seed).sample(dev, min(count, len(dev)))


def coded_events(articles: list[dict], published: Callable[[dict], str | None]) -> list[Coded]:
    from newsgraph.nlp import load_pipeline
    from newsgraph.process import Engine
    from newsgraph.records import RawDocument, Result
    from newsgraph.settings import Settings

    engine = Engine(Settings(), nlp=load_pipeline())
    documents = [RawDocument(doc_id=a["id"], text=a["text"], published=published(a)) for a in articles]
    found: list[Coded] = []
    for article, result in zip(articles, engine.run(documents)):
        if not isinstance(result, Result):
            print(f"{article['id']}: {result}", file=sys.stderr)
            continue
        for event in result.events:
            found.append(_coded(article, event))
    return found


def _coded(article: dict, event) -> Coded:  # type: ignore[no-untyped-def]
    text = article["text"]
    trigger = event.trigger
    source = _party(event.source)
    target = _party(event.target)
    flags = "".join(f" {flag}" for flag, on in (("NEG", event.negated), ("HYP", event.hypothetical)) if on)
    before = text[max(0, trigger.start - CONTEXT) : trigger.start].replace("\n", " ")
    after = text[trigger.end : trigger.end + CONTEXT].replace("\n", " ")
    line = (
        f"{event.cameo} {event.plover}{flags} | {source} -> {target}\n"
        f"    ...{before}[[{text[trigger.start:trigger.end]}]]{after}..."
    )
    return Coded(article["id"], trigger.start, trigger.end, event.cameo[:2], line)


def _party(party) -> str:  # type: ignore[no-untyped-def]
    """A party as the judge sees it: its code and the words that name it."""
    return "None" if party is None else f"{party.code} ({party.text})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="polnear", help="which articles to read")
    parser.add_argument("--articles", type=int, default=120, help="how many dev articles to sample")
    parser.add_argument("--seed", type=int, default=7, help="seed of the article sample")
    parser.add_argument("--exclude-seed", type=int, default=None,
                        help="leave out the articles of the default 120-article sample of this seed")
    parser.add_argument("--show", type=int, default=0, help="print this many random unjudged events to judge")
    parser.add_argument("--show-seed", type=int, default=13)
    args = parser.parse_args(argv)
    corpus = CORPORA[args.corpus]
    if not corpus.data.exists():
        print(f"benchmark data not found at {corpus.data}; nothing to do", file=sys.stderr)
        return 0
    verdicts = read_all_judgments(corpus.judgments)
    articles = sample_articles(corpus.data, args.articles, args.seed, args.exclude_seed)
    events = coded_events(articles, corpus.published)
    judged = [verdicts[event.key] for event in events if event.key in verdicts]
    right = sum(judged)
    print(f"{len(articles)} articles, {len(events)} events ({len(events) / max(len(articles), 1):.1f} per article)")
    print(f"judged: {len(judged)} of them ({len(judged) / max(len(events), 1):.0%}); "
          f"{right} real events, {len(judged) - right} false: precision {right / max(len(judged), 1):.2f}")
    gone = [key for key in verdicts if key[0] in {a["id"] for a in articles}]
    kept = {event.key for event in events}
    dropped = [key for key in gone if key not in kept]
    print(f"judged events no longer coded: {sum(not verdicts[k] for k in dropped)} false, "
          f"{sum(verdicts[k] for k in dropped)} real")
    if args.show:
        unjudged = [event for event in events if event.key not in verdicts]
        for event in random.Random(args.show_seed).sample(unjudged, min(args.show, len(unjudged))):
            print(f"\n{event.doc_id}\t{event.start}\t{event.end}\t{event.root}\n{event.line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
