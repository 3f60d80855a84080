"""Places on world news: newsgraph's places in TempEval-3 and PolNeAR articles, judged by hand.

The LGL benchmark (benchmarks/places.py) is US local news. The issue's place
targets are about unseen world news, where no place gold exists. This
benchmark runs ``newsgraph.process.Engine`` over a fixed random sample of
world newswire of 1989-2000 (TempEval-3's TimeBank and AQUAINT articles,
../shared/data/time/tempeval3_train.jsonl) and of US political news
(PolNeAR, ../shared/data/quotes/polnear_train.jsonl), dev part only
(crc32(id) % 5 != 0; the texts stay in ../shared/data and are never copied),
and compares each predicted place with ``benchmarks/judgments/places_world.tsv``
(further rounds may add ``places_world_<round>.tsv`` beside it).

A judgment row is ``article id, start, end, verdict, name, resolution``
(tab-separated; the name is only a reminder for the reader; the resolution is
the GeoNames id judged, or ``lat,lon`` for a place without one). Verdicts of a
predicted place, keyed by its character offsets:

- ``right``: a place in this text, resolved to the right entry or to a point
  within 161 km of it;
- ``wrong-entry``: a place, resolved to the wrong entry;
- ``not-place``: not a place in this text (a person, a firm, a team, a
  country named as an actor where a place is not meant, ...).

Rows the judge adds by reading the article:

- ``missed``: a place name in the text that newsgraph did not list (the
  offsets are the name's);
- ``judged`` (offsets 0 0): the judge read the whole article, every place of
  it is either predicted and judged or listed as ``missed``. Recall is
  estimated on these articles only.

Figures, over predicted places with a verdict:

- precision = right / judged;
- toponym precision = (right + wrong-entry) / judged (a place at all);
- resolution accuracy = right / (right + wrong-entry);
- on the fully judged articles, toponym recall = places found / (found +
  missed), toponym F1, and recall within 161 km = right / (found + missed).

A ``right`` or ``wrong-entry`` verdict holds for the resolution it was given:
a place a later version resolves otherwise is unjudged until judged again
(``--show`` lists it), while ``not-place`` holds whatever the resolution. A
predicted place at a ``missed`` row's offsets counts as found; its resolution
is not judged until a verdict is added. ``--show K`` prints K
random unjudged predictions with their context; ``--article ID`` prints one
article with its predicted places bracketed, to judge it whole.

Judged samples: ``--seed 5`` (places_world.tsv) and ``--seed 9`` (places_world_seed9.tsv), judged
before the fixes of round 9 and used to find them; ``--seed 13`` (places_world_seed13.tsv), judged
after them for a figure on articles no fix was made from (both versions' places judged).

Usage: python benchmarks/places_world.py [--corpus tempeval|polnear|both] [--articles 20] [--seed 5]
       [--show K] [--show-seed S] [--article ID] [--unjudged-articles]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JUDGMENTS = ROOT / "benchmarks" / "judgments" / "places_world.tsv"
CONTEXT = 90
PLACE_VERDICTS = ("right", "wrong-entry", "not-place")
READER_VERDICTS = ("missed", "judged")


def _polnear_published(record: dict) -> str:
    # PolNeAR ids carry the publication date: polnear-<outlet>_<YYYY-MM-DD>_<slug>
    return record["id"].split("_")[1]


CORPORA = {
    "tempeval": (ROOT.parent / "shared" / "data" / "time" / "tempeval3_train.jsonl", lambda r: r.get("published")),
    "polnear": (ROOT.parent / "shared" / "data" / "quotes" / "polnear_train.jsonl", _polnear_published),
}

Key = tuple[str, int, int]


@dataclass(frozen=True, slots=True)
class Predicted:
    """One predicted place as the judgments key it, with what a judge needs to see."""

    doc_id: str
    start: int
    end: int
    text: str
    resolution: str
    line: str

    @property
    def key(self) -> Key:
        return (self.doc_id, self.start, self.end)


@dataclass(frozen=True, slots=True)
class Verdict:
    """A judge's verdict on the place at some offsets, and the resolution it was given for."""

    verdict: str
    resolution: str

    def holds_for(self, place: Predicted) -> bool:
        if self.verdict in ("right", "wrong-entry"):
            return self.resolution in ("", place.resolution)
        return self.verdict == "not-place"


def read_judgments(path: Path) -> dict[Key, list[Verdict]]:
    verdicts: dict[Key, list[Verdict]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        doc_id, start, end, verdict = fields[:4]
        if verdict not in PLACE_VERDICTS + READER_VERDICTS:
            raise ValueError(f"{path}: unknown verdict {verdict!r}")
        resolution = fields[5] if len(fields) > 5 else ""
        verdicts.setdefault((doc_id, int(start), int(end)), []).append(Verdict(verdict, resolution))
    return verdicts


def read_all_judgments(path: Path) -> dict[Key, list[Verdict]]:
    # Rounds of judging may sit in places_world_<round>.tsv beside the first file; a place judged
    # again for another resolution keeps both verdicts.
    verdicts: dict[Key, list[Verdict]] = {}
    if not path.parent.exists():
        return verdicts
    for part in sorted(path.parent.glob(f"{path.stem}*{path.suffix}")):
        for key, rows in read_judgments(part).items():
            verdicts.setdefault(key, []).extend(rows)
    return verdicts


def verdict_of(place: Predicted, verdicts: dict[Key, list[Verdict]]) -> str | None:
    """The verdict that holds for ``place`` as resolved now, if any."""
    return next((row.verdict for row in verdicts.get(place.key, ()) if row.holds_for(place)), None)


def _has(verdicts: dict[Key, list[Verdict]], key: Key, kinds: tuple[str, ...]) -> bool:
    return any(row.verdict in kinds for row in verdicts[key])


def sample_articles(corpus: str, count: int, seed: int) -> list[tuple[dict, str | None]]:
    """``count`` dev articles of ``corpus`` drawn with ``seed``, each with its publication date."""
    path, published = CORPORA[corpus]
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    dev = [record for record in records if zlib.crc32(record["id"].encode("utf-8")) % 5 != 0]
    chosen = random.Random(seed).sample(dev, min(count, len(dev)))
    return [(record, published(record)) for record in chosen]


def predicted_places(articles: list[tuple[dict, str | None]]) -> dict[str, list[Predicted]]:
    from newsgraph.nlp import load_pipeline
    from newsgraph.process import Engine
    from newsgraph.records import RawDocument, Result
    from newsgraph.settings import Settings

    engine = Engine(Settings(), nlp=load_pipeline())
    documents = [RawDocument(doc_id=a["id"], text=a["text"], published=date) for a, date in articles]
    found: dict[str, list[Predicted]] = {}
    for (article, _), result in zip(articles, engine.run(documents)):
        if not isinstance(result, Result):
            print(f"{article['id']}: {result}", file=sys.stderr)
            continue
        found[article["id"]] = [_predicted(article, place) for place in result.places]
    return found


def _predicted(article: dict, place) -> Predicted:  # type: ignore[no-untyped-def]
    text = article["text"]
    before = text[max(0, place.start - CONTEXT) : place.start].replace("\n", " ")
    after = text[place.end : place.end + CONTEXT].replace("\n", " ")
    point = "-" if place.lat is None else f"{place.lat:.2f},{place.lon:.2f}"
    resolution = str(place.geonameid) if place.geonameid is not None else point
    line = (
        f"{place.name} [{place.feature} {place.country} {point} id={place.geonameid}]\n"
        f"    ...{before}[[{text[place.start:place.end]}]]{after}..."
    )
    return Predicted(article["id"], place.start, place.end, place.text, resolution, line)


@dataclass
class Figures:
    counts: Counter
    found: int = 0
    missed: int = 0
    right_in_read: int = 0

    def report(self) -> list[str]:
        right, wrong, other = (self.counts[v] for v in PLACE_VERDICTS)
        judged = right + wrong + other
        lines = [
            f"judged predictions: {judged}; right {right}, wrong-entry {wrong}, not-place {other}",
            f"precision {right / max(judged, 1):.3f}; toponym precision {(right + wrong) / max(judged, 1):.3f}; "
            f"resolution accuracy {right / max(right + wrong, 1):.3f}",
        ]
        places = self.found + self.missed
        if places:
            toponym_p = (right + wrong) / max(judged, 1)
            recall = self.found / places
            f1 = 2 * toponym_p * recall / max(toponym_p + recall, 1e-9)
            lines.append(
                f"fully read articles: {places} places, {self.found} found, {self.missed} missed: "
                f"toponym recall {recall:.3f}, toponym F1 {f1:.3f}, recall within 161 km {self.right_in_read / places:.3f}"
            )
        return lines


def score(found: dict[str, list[Predicted]], verdicts: dict[Key, list[Verdict]]) -> tuple[Figures, list[Predicted]]:
    """Tally the verdicts of the predicted places; return the figures and the unjudged predictions."""
    figures = Figures(Counter())
    unjudged: list[Predicted] = []
    read = {key[0] for key in verdicts if _has(verdicts, key, ("judged",))}
    for doc_id, places in found.items():
        predicted_keys = {place.key for place in places}
        for place in places:
            verdict = verdict_of(place, verdicts)
            if verdict is not None:
                figures.counts[verdict] += 1
            else:
                unjudged.append(place)
            if doc_id in read and verdict != "not-place":
                figures.found += 1
                figures.right_in_read += verdict == "right"
        if doc_id in read:
            figures.missed += sum(
                1 for key in verdicts
                if key[0] == doc_id and _has(verdicts, key, ("missed",)) and key not in predicted_keys
            )
    return figures, unjudged


def show_article(article: dict, places: list[Predicted], verdicts: dict[Key, list[Verdict]]) -> None:
    """Print an article with its predicted places bracketed and their offsets, to judge it whole."""
    text = article["text"]
    pieces, at = [], 0
    for place in sorted(places, key=lambda p: p.start):
        if place.start < at:
            continue
        verdict = _verdict_of(place, verdicts)
        pieces.append(text[at : place.start] + f"[[{text[place.start:place.end]}|{place.start}|{verdict}]]")
        at = place.end
    pieces.append(text[at:])
    print(f"=== {article['id']}\n{''.join(pieces)}\n")
    for place in places:
        print(f"{place.doc_id}\t{place.start}\t{place.end}\t{_verdict_of(place, verdicts)}\t{place.text}"
              f"\t{place.resolution}")
        print(place.line)


def _verdict_of(place: Predicted, verdicts: dict[Key, list[Verdict]]) -> str:
    return verdict_of(place, verdicts) or "?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=[*sorted(CORPORA), "both"], default="both", help="which articles to read")
    parser.add_argument("--articles", type=int, default=20, help="how many dev articles to sample from each corpus")
    parser.add_argument("--seed", type=int, default=5, help="seed of the article sample")
    parser.add_argument("--show", type=int, default=0, help="print this many random unjudged places to judge")
    parser.add_argument("--show-seed", type=int, default=13)
    parser.add_argument("--article", action="append", default=[], help="print this article with its places")
    parser.add_argument("--unjudged-articles", action="store_true",
                        help="print every sampled article not yet marked 'judged', with its places")
    args = parser.parse_args(argv)
    corpora = sorted(CORPORA) if args.corpus == "both" else [args.corpus]
    if not all(CORPORA[name][0].exists() for name in corpora):
        print("benchmark data not found under ../shared/data; nothing to do", file=sys.stderr)
        return 0
    verdicts = read_all_judgments(JUDGMENTS)
    articles = [pair for name in corpora for pair in sample_articles(name, args.articles, args.seed)]
    found = predicted_places(articles)
    total = sum(len(places) for places in found.values())
    print(f"{len(articles)} articles ({', '.join(corpora)}), {total} places "
          f"({total / max(len(articles), 1):.1f} per article)")
    figures, unjudged = score(found, verdicts)
    for line in figures.report():
        print(line)
    print(f"unjudged predictions: {len(unjudged)}")
    sampled = {article["id"] for article, _ in articles}
    predicted = {place.key for places in found.values() for place in places}
    dropped = Counter(row.verdict for key, rows in verdicts.items() for row in rows[:1]
                      if key[0] in sampled and row.verdict in PLACE_VERDICTS and key not in predicted)
    print(f"judged places no longer predicted: {dict(sorted(dropped.items()))}")
    if args.show:
        for place in random.Random(args.show_seed).sample(unjudged, min(args.show, len(unjudged))):
            print(f"\n{place.doc_id}\t{place.start}\t{place.end}\t?\t{place.text}\t{place.resolution}\n{place.line}")
    read = {key[0] for key in verdicts if _has(verdicts, key, ("judged",))}
    for article, _ in articles:
        if article["id"] in args.article or (args.unjudged_articles and article["id"] not in read):
            show_article(article, found.get(article["id"], []), verdicts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
