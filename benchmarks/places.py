"""Benchmark place finding and resolution against the LGL toponym corpus.

Run from the repository root:

    python benchmarks/places.py [--limit N] [--errors N] [--dev-only] [--cache FILE]

Reads ../shared/data/places/lgl.jsonl (US local news, 2009; GPL-3.0 with the
articles under their publishers' copyright: never copied into the repo).
Each article is parsed once with the project's pipeline and ``find_places``
runs on the Doc. Figures:

- span F1, strict (same start and end) and overlap (one-to-one matching of
  overlapping spans), pooled over toponyms;
- the same F1 with gold demonyms ("American", "Georgian") left out, since
  newsgraph marks demonyms only where the place is meant;
- accuracy within 161 km (100 miles): over overlap-matched gold toponyms that
  have gold coordinates, the share whose predicted point is within 161 km;
- time: spaCy parse seconds per article and what ``find_places`` adds.

A fixed held-out slice (crc32(id) % 5 == 0) is never tuned on; dev and
held-out figures are printed separately. ``--errors N`` prints dev errors only.
``--dev-only`` scores the dev articles alone. ``--cache FILE`` keeps the parsed
Docs (a spaCy DocBin, with each article's parse time) in FILE, outside the repo,
so that iterating on places does not pay the parse again; the parse times
printed are then those of the run that filled the cache.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "places" / "lgl.jsonl"
RADIUS_KM = 161.0


def held_out(key: str) -> bool:
    return zlib.crc32(key.encode("utf-8")) % 5 == 0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    overlap: int = 0
    gold_nodemonym: int = 0
    overlap_nodemonym: int = 0
    with_coords: int = 0
    within: int = 0
    given: int = 0  # gold toponyms with coordinates, resolved from the gold span
    given_within: int = 0
    predicted_coords: int = 0  # matched toponyms with gold coordinates that we also gave coordinates
    articles: int = 0
    parse_s: float = 0.0
    places_s: float = 0.0
    errors: list[str] = field(default_factory=list)

    def f1(self, hits: int, gold: int, predicted: int) -> tuple[float, float, float]:
        precision = hits / predicted if predicted else 0.0
        recall = hits / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def report(self, label: str) -> str:
        sp, sr, sf = self.f1(self.strict, self.gold, self.predicted)
        op, orr, of = self.f1(self.overlap, self.gold, self.predicted)
        dp, dr, df = self.f1(self.overlap_nodemonym, self.gold_nodemonym, self.predicted)
        accuracy = self.within / self.with_coords if self.with_coords else 0.0
        pinned = self.within / self.predicted_coords if self.predicted_coords else 0.0
        return (
            f"{label}: {self.articles} articles, {self.gold} gold toponyms, {self.predicted} predicted\n"
            f"  span strict   P {sp:.3f} R {sr:.3f} F1 {sf:.3f}\n"
            f"  span overlap  P {op:.3f} R {orr:.3f} F1 {of:.3f}\n"
            f"  overlap, gold demonyms left out  P {dp:.3f} R {dr:.3f} F1 {df:.3f}\n"
            f"  accuracy@161km {accuracy:.3f} ({self.within}/{self.with_coords} matched toponyms with gold coordinates;"
            f" {pinned:.3f} of the {self.predicted_coords} we gave coordinates:"
            " only counties without a town of 1,000 people get none)\n"
            f"  given the gold spans: accuracy@161km {self.given_within / max(1, self.given):.3f}"
            f" ({self.given_within}/{self.given}; unresolved names count as wrong)\n"
            f"  parse {1000 * self.parse_s / max(1, self.articles):.1f} ms/article, places "
            f"{1000 * self.places_s / max(1, self.articles):.2f} ms/article "
            f"(+{100 * self.places_s / max(1e-9, self.parse_s):.1f}% of parse)"
        )


def score(tally: Tally, record: dict, places: list, demonyms: set[str], keep_errors: int) -> None:
    gold = record["toponyms"]
    tally.articles += 1
    tally.gold += len(gold)
    tally.predicted += len(places)
    exact = {(place.start, place.end) for place in places}
    tally.strict += sum((item["start"], item["end"]) in exact for item in gold)
    used: set[int] = set()
    for item in gold:
        is_demonym = item["text"].casefold() in demonyms
        tally.gold_nodemonym += not is_demonym
        match = None
        for index, place in enumerate(places):
            if index not in used and place.start < item["end"] and item["start"] < place.end:
                match = index
                break
        if match is None:
            if len(tally.errors) < keep_errors:
                tally.errors.append(f"missed   {item['text']!r} ({item['country']})")
            continue
        used.add(match)
        tally.overlap += 1
        tally.overlap_nodemonym += not is_demonym
        if item["lat"] is None:
            continue
        tally.with_coords += 1
        place = places[match]
        tally.predicted_coords += place.lat is not None
        if place.lat is not None and distance_km(place.lat, place.lon, item["lat"], item["lon"]) <= RADIUS_KM:
            tally.within += 1
        elif len(tally.errors) < keep_errors:
            tally.errors.append(
                f"far      {item['text']!r} gold {item['country']} -> {place.name} {place.country} {place.feature}"
            )
    for index, place in enumerate(places):
        if index not in used and len(tally.errors) < keep_errors:
            tally.errors.append(f"spurious {place.text!r} -> {place.name} {place.country} {place.feature}")


def resolve_gold(record: dict, gazetteer) -> list:  # type: ignore[no-untyped-def]
    """Our resolver on the gold spans (detection taken as given), for the given-names accuracy."""
    from newsgraph.extract._gazetteer import Hit, name_key
    from newsgraph.extract._place_mentions import Mention
    from newsgraph.extract._place_resolve import resolve

    mentions = []
    for item in record["toponyms"]:
        key = name_key(item["text"])
        code = gazetteer.demonyms.get(key) or gazetteer.demonyms.get(key.removesuffix("s"))
        if code in gazetteer.countries:
            hits = (Hit(gazetteer.countries[code], 2),)
        else:
            state = gazetteer.state_codes.get(key) if "." in item["text"] else None
            hits = (Hit(gazetteer.states[state], 2),) if state in gazetteer.states else gazetteer.lookup(item["text"])
        mentions.append(Mention(item["start"], item["end"], key, hits, True))
    resolve(mentions, gazetteer)
    return [mention.resolved for mention in mentions]


def parsed_docs(records: list[dict], nlp, cache: Path | None):  # type: ignore[no-untyped-def]
    """Yield (record, Doc, parse seconds), parsing each article once or reading the cache."""
    from spacy.tokens import Doc, DocBin

    by_id: dict[str, tuple[Doc, float]] = {}
    if cache is not None and cache.exists():
        meta = json.loads(cache.with_suffix(".json").read_text(encoding="utf-8"))
        docs = DocBin().from_disk(cache).get_docs(nlp.vocab)
        by_id = {key: (doc, seconds) for (key, seconds), doc in zip(meta, docs)}
    missing = [record for record in records if record["id"] not in by_id]
    clock = time.perf_counter()
    for record, doc in zip(missing, nlp.pipe((record["text"] for record in missing), batch_size=32)):
        now = time.perf_counter()
        by_id[record["id"]] = (doc, now - clock)
        clock = now
    if cache is not None and missing:
        keys = list(by_id)
        DocBin(store_user_data=True, docs=[by_id[key][0] for key in keys]).to_disk(cache)
        cache.with_suffix(".json").write_text(json.dumps([[key, by_id[key][1]] for key in keys]), encoding="utf-8")
    for record in records:
        doc, seconds = by_id[record["id"]]
        yield record, doc, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    parser.add_argument("--errors", type=int, default=0, help="print the N most frequent dev-set errors")
    parser.add_argument("--dev-only", action="store_true", help="score the dev articles only")
    parser.add_argument("--cache", type=Path, help="a file (outside the repo) to keep the parsed Docs in")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"no benchmark data at {DATA}; nothing to do")
        return 0

    from newsgraph.extract._gazetteer import load_gazetteer
    from newsgraph.extract.places import find_places
    from newsgraph.nlp import load_pipeline

    records = [json.loads(line) for line in DATA.open(encoding="utf-8") if line.strip()]
    if args.limit:
        records = records[: args.limit]
    if args.dev_only:
        records = [record for record in records if not held_out(record["id"])]
    nlp = load_pipeline()
    started = time.perf_counter()
    gazetteer = load_gazetteer()
    load_s = time.perf_counter() - started
    demonyms = set(gazetteer.demonyms) | {name + "s" for name in gazetteer.demonyms}
    tallies = {"dev": Tally(), "held-out": Tally()}
    for record, doc, parse_s in parsed_docs(records, nlp, args.cache):
        parsed = time.perf_counter()
        places = list(find_places(doc, record["text"]))
        done = time.perf_counter()
        tally = tallies["held-out" if held_out(record["id"]) else "dev"]
        tally.parse_s += parse_s
        tally.places_s += done - parsed
        score(tally, record, places, demonyms, 10**6 if args.errors and tally is tallies["dev"] else 0)
        for item, entry in zip(record["toponyms"], resolve_gold(record, gazetteer)):
            if item["lat"] is not None:
                tally.given += 1
                if entry is not None and entry.lat is not None:
                    tally.given_within += distance_km(entry.lat, entry.lon, item["lat"], item["lon"]) <= RADIUS_KM
    print(f"gazetteer load {load_s:.2f} s (once per process)")
    for label, tally in tallies.items():
        print(tally.report(label))
    if args.errors:
        print("\nmost frequent dev errors:")
        for error, count in Counter(tallies["dev"].errors).most_common(args.errors):
            print(f"{count:4d} {error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
