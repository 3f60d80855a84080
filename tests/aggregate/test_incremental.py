"""Refreshing the findings after each ingest gives what one rebuild over everything gives, and touches only
the partitions the new documents fall in."""

from __future__ import annotations

import importlib
import random
from collections.abc import Sequence
from typing import Any

import pytest

from corpus_articles import EVERYTHING, STRIKE_A, event, invitation, span
from newsgraph.aggregate import _partitions, ensure_fresh, rebuild, refresh
from newsgraph.aggregate._common import Texts, item_of
from newsgraph.aggregate.clusters import build_clusters, group_events
from newsgraph.aggregate.contradictions import cluster_conflicts, negations
from newsgraph.aggregate.positions import event_positions, quote_positions
from newsgraph.aggregate.quote_groups import build_quote_groups
from newsgraph.records import Quote, Result
from newsgraph.store import Cluster, Contradiction, Position, QuoteGroup, Store

# The module, not the function ``newsgraph.aggregate.rebuild`` that shadows it.
rebuild_module = importlib.import_module("newsgraph.aggregate.rebuild")
_CODES = ("RUSGOV", "RUS", "USA", "USAGOV", "IRNGOV", "SYRMIL", "SYRREB", None)


def _shifted(data: Any, delta: int) -> Any:
    """Every span of a record dict (a dict with integer start and end) moved by ``delta`` characters."""
    if isinstance(data, list):
        return [_shifted(item, delta) for item in data]
    if not isinstance(data, dict):
        return data
    moved = {key: _shifted(value, delta) for key, value in data.items()}
    if isinstance(moved.get("start"), int) and isinstance(moved.get("end"), int):
        moved["start"] += delta
        moved["end"] += delta
    return moved


def _variant(bases: Sequence[Result], number: int, rng: random.Random) -> Result:
    """Corpus articles joined as another outlet might report them: other day, actors redrawn, some denied."""
    shift = rng.randrange(-4, 5)
    day = f"2017-01-{19 + shift:02d}"
    text, events, quotes = "", [], []
    for base in bases:
        data = _shifted(base.to_dict(), len(text))
        text += base.text + "\n"
        events += data["events"]
        quotes += data["quotes"]
    for record in events:
        for side in ("source", "target"):
            if record[side] is not None and rng.random() < 0.4:
                record[side]["code"] = rng.choice(_CODES)
        if rng.random() < 0.2:
            record["negated"] = not record["negated"]
        if record["date"] and rng.random() < 0.7:
            record["date"] = day
    for quote in quotes:
        if rng.random() < 0.3:
            quote["speaker_actor"] = rng.choice(_CODES)
    return Result.from_dict({
        "doc_id": f"v{number}", "text": text, "title": None, "published": day,
        "url": f"https://outlet{rng.randrange(4)}.example/{number}", "events": events, "quotes": quotes,
    })


def _two_claimants() -> Result:
    """One article reporting both sides: Lavrov says Moscow invited the US, Shamkhani that it did not."""
    text = ("Lavrov said Moscow had invited the US to the talks. Shamkhani said Russia has not sent any "
            "invitation to the US.")
    quotes = tuple(
        Quote(content=span(text, content), speaker=span(text, who), speaker_resolved=None, speaker_actor=code,
              cue=span(text, "said", nth), direct=False, kind="reported")
        for content, who, code, nth in (("Moscow had invited the US to the talks", "Lavrov", "RUSGOV", 0),
                                        ("Russia has not sent any invitation to the US", "Shamkhani", "IRNGOV", 1))
    )
    events = (
        event(text, "invited", plover="AGREE", cameo="036", source=("Moscow", "RUSGOV"), target=("the US", "USA")),
        event(text, "sent", plover="AGREE", cameo="036", source=("Russia", "RUS"), target=("the US", "USA"),
              negated=True),
    )
    return Result("two-claimants", text, None, "2017-01-19", quotes=quotes, events=events)


BASES = (*EVERYTHING, _two_claimants())


def corpus(seed: int, size: int = 40) -> list[Result]:
    """The corpus articles, then ``size`` variants of them that collide in every kind of partition.

    A variant joins one to three articles, so one document can hold several
    reports of one partition (a denial and an assertion, two assertions).
    """
    rng = random.Random(seed)
    variants = (_variant(rng.choices(BASES, k=rng.choice((1, 1, 2, 3))), n, rng) for n in range(size))
    return [*BASES, *variants]


def _mentions(mentions: Sequence[Any]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted((m.evidence.doc_id, m.index) for m in mentions))


def canonical(store: Store) -> dict[str, list[Any]]:
    """Every stored finding without its id, sorted; a conflict names its cluster by the cluster's reports."""
    return _canonical(store.clusters(), store.quote_groups(), store.positions(), store.contradictions())


def _canonical(clusters: Sequence[Cluster], groups: Sequence[QuoteGroup], positions: Sequence[Position],
               contradictions: Sequence[Contradiction]) -> dict[str, list[Any]]:
    reports = {c.id: _mentions(c.mentions) for c in clusters}

    def without(data: dict[str, Any], *keys: str) -> dict[str, Any]:
        return {k: v for k, v in data.items() if k not in keys}

    return {
        "clusters": sorted((without(c.to_dict(), "id") for c in clusters), key=repr),
        "quote_groups": sorted((without(g.to_dict(), "id") for g in groups), key=repr),
        "positions": sorted((p.to_dict() for p in positions), key=repr),
        "contradictions": sorted(({**c.to_dict(), "cluster_id": reports.get(c.cluster_id) if c.cluster_id else None}
                                  for c in contradictions), key=repr),
    }


def in_memory(store: Store) -> dict[str, list[Any]]:
    """The findings as computed before partitions: every record in memory, each rule over all of them."""
    items = [item_of(stored.found, stored.event) for stored in store.events()]
    quotes = store.quotes()
    texts = Texts(store)
    groups = group_events(items)
    clusters = build_clusters(groups)
    contradictions = negations(items, texts, quotes)
    for cluster, group in zip(clusters, groups, strict=True):
        contradictions.extend(cluster_conflicts(cluster.id, group, texts))
    positions = event_positions(items, texts) + quote_positions(quotes)
    spoken = _partitions.quotes_between(store.conn, 0, store.last_document())  # each with its speaker's actor
    return _canonical(clusters, build_quote_groups(spoken), positions, contradictions)


def _rebuilt(results: Sequence[Result]) -> Store:
    store = Store.open(":memory:")
    store.ingest_results(results)
    rebuild(store)
    return store


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("batches", [2, 3, 7, 50])
def test_refreshing_after_each_batch_equals_one_rebuild(seed: int, batches: int) -> None:
    results = corpus(seed)
    rng = random.Random(seed * 100 + batches)
    cuts = sorted(rng.sample(range(1, len(results)), min(batches, len(results)) - 1))
    store = Store.open(":memory:")
    for low, high in zip([0, *cuts], [*cuts, len(results)], strict=True):
        store.ingest_results(results[low:high])
        assert ensure_fresh(store) is not None
    rebuilt = _rebuilt(results)
    expected = canonical(rebuilt)
    assert expected["clusters"] and expected["contradictions"] and expected["quote_groups"]
    assert expected == in_memory(rebuilt)  # the partitions change how, not what
    assert canonical(store) == expected
    # And a rebuild over the refreshed store changes nothing either.
    rebuild(store)
    assert canonical(store) == expected


def test_a_refresh_rewrites_only_the_partitions_it_touches(monkeypatch: pytest.MonkeyPatch) -> None:
    store = _rebuilt(EVERYTHING)
    clusters_before = {(c.plover, c.source_code): c.id for c in store.clusters()}
    groups_before = [g.id for g in store.quote_groups()]
    positions_before = store.positions()
    negations_before = store.contradictions(type="negation")
    assert set(clusters_before) == {("AGREE", "RUSGOV"), ("CONSULT", "RUSGOV"), ("ASSAULT", "SYRMIL")}

    third_strike = Result.from_dict({**STRIKE_A.to_dict(), "doc_id": "strike-c", "url": "https://c.example/1"})
    store.ingest_results([third_strike])
    read: list[tuple[str, ...]] = []
    for reader in ("partition_events", "asserted_events", "denied_events", "partition_quotes"):
        def spy(conn: Any, *args: Any, _reader: str = reader, _original: Any = getattr(_partitions, reader),
                **kwargs: Any) -> Any:
            read.append((_reader, *args))
            return _original(conn, *args, **kwargs)

        monkeypatch.setattr(_partitions, reader, spy)
    refresh(store)

    # The strike's cluster is rebuilt; as an assertion it is compared with the denials of its partition only.
    assert read == [("denied_events", '["ASSAULT", "SYR"]', "SYR"),
                    ("partition_events", "cluster", '["ASSAULT", "SYRMIL", "SYRREB"]')]
    clusters_after = {(c.plover, c.source_code): c for c in store.clusters()}
    assert clusters_after[("AGREE", "RUSGOV")].id == clusters_before[("AGREE", "RUSGOV")]
    assert clusters_after[("CONSULT", "RUSGOV")].id == clusters_before[("CONSULT", "RUSGOV")]
    assert clusters_after[("ASSAULT", "SYRMIL")].num_articles == 3
    assert [g.id for g in store.quote_groups()] == groups_before
    assert store.contradictions(type="negation") == negations_before
    assert store.positions() == positions_before  # a strike states no position
    conflicts = store.contradictions(type="count")
    assert {c.cluster_id for c in conflicts} == {clusters_after[("ASSAULT", "SYRMIL")].id}


def test_a_refresh_that_fails_leaves_the_previous_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    store = _rebuilt(EVERYTHING)
    before = canonical(store)
    through = store.aggregates_built_through()
    store.ingest_results([invitation("late", "https://late.example/1", "2017-01-20", "Moscow invited the United "
                                     "States.")])

    def broken(*_: Any) -> int:
        raise RuntimeError("disk full")

    monkeypatch.setattr(rebuild_module, "insert_cluster", broken)
    with pytest.raises(RuntimeError):
        ensure_fresh(store)
    assert canonical(store) == before
    assert store.aggregates_built_through() == through
    monkeypatch.undo()
    assert ensure_fresh(store) is not None
    (agree,) = [c for c in store.clusters() if c.plover == "AGREE"]
    assert agree.num_articles == 4


def test_findings_of_other_aggregation_code_are_rebuilt_not_refreshed() -> None:
    store = _rebuilt(EVERYTHING)
    store.conn.execute("UPDATE meta SET value = 'newsgraph 0.0 aggregate r0' WHERE key = 'aggregates_built_by'")
    store.conn.execute("DELETE FROM clusters")  # what another version may have left: refreshing would keep it
    assert ensure_fresh(store) is not None
    assert canonical(store) == canonical(_rebuilt(EVERYTHING))


def test_clusters_are_listed_by_first_date() -> None:
    store = Store.open(":memory:")
    for batch in ([*EVERYTHING[4:]], [*EVERYTHING[:4]]):  # the earlier AGREE cluster is refreshed last
        store.ingest_results(batch)
        ensure_fresh(store)
    dates = [c.first_date or "~" for c in store.clusters()]
    assert dates == sorted(dates)
    assert [c.to_dict() for c in store.clusters(limit=1, offset=1)] == [store.clusters()[1].to_dict()]


def test_events_from_columns_are_the_stored_events() -> None:
    # The aggregation reads events from their columns, not their JSON copy; both must give the same records.
    store = Store.open(":memory:")
    store.ingest_results([*corpus(1), *corpus(2)])
    from_columns = _partitions.events_between(store.conn, 0, store.last_document())
    assert [(it.found, it.event) for it in from_columns] == [(s.found, s.event) for s in store.events()]
    assert len(from_columns) > 50
