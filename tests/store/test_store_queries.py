"""Record queries with the filters the CLI offers: actor, type, dates, source, speaker."""

from __future__ import annotations

import pytest

from corpus_articles import EVERYTHING
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
