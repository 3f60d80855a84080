"""Record queries with the filters the CLI offers: actor, type, dates, source, speaker."""

from __future__ import annotations

import pytest

from corpus_articles import EVERYTHING
from newsgraph.aggregate import ensure_fresh
from newsgraph.store import Store


@pytest.fixture(scope="module")
def store() -> Store:
    opened = Store.open(":memory:")
    opened.ingest_results(EVERYTHING)
    yield opened
    opened.close()


def _ids(found: list) -> list[str]:  # type: ignore[type-arg]
    return [item.found.doc_id for item in found]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["reuters-1", "ap-7", "presstv-3", "tasnim-9", "kremlin-2", "peskov-1", "strike-a", "strike-b"]),
        ({"actor": "RUS"}, ["reuters-1", "ap-7", "presstv-3", "tasnim-9", "kremlin-2", "peskov-1"]),
        ({"actor": "IRNGOV"}, ["peskov-1"]),
        ({"actor": "israel"}, ["kremlin-2"]),
        ({"type": "assault"}, ["strike-a", "strike-b"]),
        ({"type": "04"}, ["peskov-1"]),
        ({"since": "2017-01-31"}, ["strike-a", "strike-b"]),
        ({"since": "2017-01-01", "until": "2017-01-31"}, ["reuters-1", "ap-7", "presstv-3", "tasnim-9", "kremlin-2",
                                                          "peskov-1", "strike-b"]),
        ({"source": "reuters.com"}, ["reuters-1"]),
        ({"source": "www.presstv.ir"}, ["presstv-3"]),
        ({"source": "kremlin-2"}, ["kremlin-2"]),
        ({"negated": True}, ["tasnim-9", "kremlin-2"]),
    ],
)
def test_event_filters(store: Store, filters: dict, expected: list[str]) -> None:  # type: ignore[type-arg]
    assert _ids(store.events(**filters)) == expected


def test_a_list_and_its_count_take_the_same_filters(store: Store) -> None:
    for filters in ({}, {"actor": "RUS"}, {"type": "04", "negated": False}, {"since": "2017-01-31"}):
        assert store.count_events(**filters) == len(store.events(**filters))  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["events", "quotes", "actors", "clusters", "positions", "contradictions"])
def test_each_list_query_streams_the_same_records(store: Store, name: str) -> None:
    # The CLI writes from the iter_ form: records come from the cursor as they are consumed.
    ensure_fresh(store)
    streamed = getattr(store, f"iter_{name}")()
    assert iter(streamed) is streamed
    listed = [r.to_dict() for r in getattr(store, name)()]
    assert listed and [r.to_dict() for r in streamed] == listed


@pytest.mark.parametrize("query", ["events", "count_events", "quotes", "clusters", "positions", "actor_totals"])
def test_a_misspelt_filter_fails_instead_of_matching_everything(store: Store, query: str) -> None:
    with pytest.raises(TypeError, match="unexpected filter 'acter'"):
        getattr(store, query)(acter="RUS")


def test_events_carry_where_they_were_found(store: Store) -> None:
    (found,) = store.events(source="ap-7")
    data = found.to_dict()
    assert (data["doc_id"], data["outlet"], data["published"]) == ("ap-7", "apnews.com", "2017-01-19")
    assert data["trigger"]["text"] == "invited" and data["source"]["code"] == "RUSGOV"


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [(None, ["irna-4", "peskov-1", "peskov-2"]), ("Zarif", ["irna-4"]), ("RUSGOV", ["peskov-1", "peskov-2"])],
)
def test_quote_filters(store: Store, speaker: str | None, expected: list[str]) -> None:
    assert _ids(store.quotes(speaker=speaker)) == expected


def test_actor_filters(store: Store) -> None:
    assert [a.actor.name for a in store.actors(actor="IRN")] == ["Mohammad Javad Zarif"]
    assert [a.actor.code for a in store.actors(actor="peskov")] == ["RUSGOV"]
    assert len(store.actors()) == 3


@pytest.mark.parametrize("hostile", ["\x00nul", "%", "_", "%_%", "\\", "' OR 1=1 --"])
def test_filters_match_literal_text_only(store: Store, hostile: str) -> None:
    assert store.events(actor=hostile) == []
    assert store.quotes(speaker=hostile) == []
    assert store.actors(actor=hostile) == []
    assert store.events(source=hostile) == []
    assert store.clusters(actor=hostile) == [] and store.positions(actor=hostile) == []


def test_wildcard_characters_in_names_still_match_themselves() -> None:
    from corpus_articles import invitation

    with Store.open(":memory:") as store:
        store.ingest_results([invitation("odd", None, "2017-01-19", "100% Moscow invited the United States.",
                                         source="100% Moscow")])
        assert len(store.events(actor="100% mos")) == 1
        assert store.events(actor="100_ mos") == []


@pytest.mark.parametrize(("kind", "filters"), [("events", {}), ("events", {"actor": "RUS"}), ("quotes", {}),
                                               ("quotes", {"speaker": "RUSGOV"})])
def test_a_page_is_read_from_sqlite_as_the_same_slice_of_the_whole(
    store: Store, kind: str, filters: dict  # type: ignore[type-arg]
) -> None:
    everything = [item.to_dict() for item in getattr(store, kind)(**filters)]
    assert getattr(store, f"count_{kind}")(**filters) == len(everything) >= 2
    for limit, offset in [(1, 0), (1, 1), (3, 1), (50, len(everything) - 1), (5, len(everything))]:
        page = [item.to_dict() for item in getattr(store, kind)(**filters, limit=limit, offset=offset)]
        assert page == everything[offset : offset + limit]


def test_actor_totals_group_by_code_as_the_records_say(store: Store) -> None:
    expected: dict[str, dict] = {}  # type: ignore[type-arg]
    for stored in store.actors():
        actor = stored.actor
        total = expected.setdefault(actor.code or actor.name, {"names": set(), "documents": set(), "mentions": 0})
        total["names"].add(actor.name)
        total["documents"].add(stored.found.doc_id)
        total["mentions"] += len(actor.mentions)
    totals = store.actor_totals()
    assert {t.key: (set(t.names), t.documents, t.mentions) for t in totals} == {
        key: (t["names"], len(t["documents"]), t["mentions"]) for key, t in expected.items()}
    assert [t.mentions for t in totals] == sorted((t.mentions for t in totals), reverse=True)
    assert store.count_actor_totals() == len(totals)
    assert store.actor_totals(limit=2, offset=1) == totals[1:3]
    (russia,) = store.actor_totals(key="RUSGOV")
    assert russia == next(t for t in totals if t.key == "RUSGOV")


def test_event_edges_count_asserted_events_between_coded_actors(store: Store) -> None:
    expected: dict[tuple, int] = {}  # type: ignore[type-arg]
    for stored in store.events(negated=False):
        event = stored.event
        if event.source and event.source.code and event.target and event.target.code:
            key = (event.source.code, event.target.code, event.plover, event.quad_class)
            expected[key] = expected.get(key, 0) + 1
    edges = store.event_edges()
    assert {(e.source, e.target, e.plover, e.quad_class): e.count for e in edges} == expected
    assert all(e.plover == "ASSAULT" for e in store.event_edges(type="ASSAULT"))
