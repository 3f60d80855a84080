"""Groups no country places (regions' states, ethnic and religious groups) as parties across articles.

Their codes open with an identity, not a country ("MOSSHIREB", "KURREB",
"WSTGOV"): two reports are of one party only when the identity is the same,
so Shia and Sunni groups never contradict each other, while a region's
states and their governments still do, as a country and its government do.
Hand-written articles.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import pytest

from corpus_articles import event
from newsgraph.aggregate import ensure_fresh, rebuild
from newsgraph.aggregate._common import codes_match, item_of
from newsgraph.aggregate.contradictions import negation_key, source_country
from newsgraph.records import Result
from newsgraph.store import Found, Store


def _store(results: Sequence[Result]) -> Store:
    store = Store.open(":memory:")
    store.ingest_results(results)
    rebuild(store)
    return store


def backing(doc_id: str, published: str, *, who: str, code: str, whom: str = "the prime minister",
            whom_code: str = "IRQGOV", negated: bool = False) -> Result:
    verb = "did not back" if negated else "backed"
    text = f"On the eve of the vote, {who} {verb} {whom} in a statement read in the capital."
    trigger = "back" if negated else "backed"
    supports = event(text, trigger, plover="SUPPORT", cameo="051", source=(who, code), target=(whom, whom_code),
                     negated=negated)
    return Result(doc_id=doc_id, text=text, title=None, published=published, url=f"https://{doc_id}.example/1",
                  events=(supports,))


@pytest.mark.parametrize(
    ("asserted", "denied", "contradicts"),
    [
        ("MOSSHIREB", "MOSSUNREB", False),  # Shia and Sunni militias: two parties, one three-letter start
        ("MOSSHI", "MOSSUN", False),
        ("MOS", "MOSSHI", False),  # Muslims at large are not the Shia
        ("CHR", "CHRCTH", False),
        ("MOSSHI", "MOSSHIREB", True),  # the Shia and their militias: one refines the other
        ("KUR", "KURREB", True),
        ("WST", "WSTGOV", True),  # a region's states and their governments, as a country and its government
        ("MEAGOV", "MEAMIL", False),
        ("KUR", "IRQKUR", False),  # the Kurds, and Iraq's Kurds: Iraq's
        ("IRQ", "IRQKUR", True),  # a country's codes keep matching by the country
    ],
)
def test_sources_are_one_party_only_with_one_identity(asserted: str, denied: str, contradicts: bool) -> None:
    yes = backing("wire", "2021-03-01", who="the fighters", code=asserted)
    no = backing("daily", "2021-03-02", who="the fighters", code=denied, negated=True)
    found = _store([yes, no]).contradictions()
    assert [(c.kind, c.source_code) for c in found] == ([("negation", asserted)] if contradicts else [])


def test_targets_are_one_party_only_with_one_identity() -> None:
    yes = backing("wire", "2021-03-01", who="Baghdad", code="IRQGOV", whom="Shiite militias", whom_code="MOSSHIREB")
    no = backing("daily", "2021-03-02", who="Baghdad", code="IRQGOV", whom="Sunni tribes", whom_code="MOSSUN",
                 negated=True)
    assert _store([yes, no]).contradictions() == []
    same = backing("post", "2021-03-02", who="Baghdad", code="IRQGOV", whom="Shiite groups", whom_code="MOSSHI",
                   negated=True)
    (found,) = _store([yes, same]).contradictions()
    assert (found.a.evidence.doc_id, found.b.evidence.doc_id) == ("wire", "post")


def test_a_denial_without_a_source_meets_a_group_no_country_places() -> None:
    yes = backing("wire", "2021-03-01", who="Kurdish rebels", code="KURREB")
    text = "No backing was given to the prime minister, the statement said."
    denial = Result(doc_id="daily", text=text, title=None, published="2021-03-02", url=None,
                    events=(event(text, "backing", plover="SUPPORT", cameo="051", source=None,
                                  target=("the prime minister", "IRQGOV"), negated=True),))
    (found,) = _store([yes, denial]).contradictions()
    assert found.source_code == "KURREB"


def test_partition_keys_hold_the_identity() -> None:
    yes = backing("wire", "2021-03-01", who="Shiite militias", code="MOSSHIREB", whom="Sunni tribes",
                  whom_code="MOSSUN")
    item = item_of(Found(doc_id="wire", outlet="wire.example", published="2021-03-01", url=None, index=0,
                         document_id=1), yes.events[0])
    assert json.loads(negation_key(item) or "") == ["SUPPORT", "MOSSUN"]
    assert source_country(item) == "MOSSHI"


def test_clusters_keep_shia_and_sunni_apart() -> None:
    shia = backing("wire", "2021-03-01", who="Shiite militias", code="MOSSHIREB")
    sunni = backing("daily", "2021-03-01", who="Sunni militias", code="MOSSUNREB")
    assert sorted(c.source_code for c in _store([shia, sunni]).clusters()) == ["MOSSHIREB", "MOSSUNREB"]


def test_a_refresh_after_each_article_finds_the_contradictions_a_rebuild_finds() -> None:
    articles = [
        backing("a", "2021-03-01", who="Shiite militias", code="MOSSHIREB"),
        backing("b", "2021-03-02", who="Sunni militias", code="MOSSUNREB", negated=True),
        backing("c", "2021-03-02", who="Shiite groups", code="MOSSHI", negated=True),
        backing("d", "2021-03-03", who="Muslim leaders", code="MOS", negated=True),
        backing("e", "2021-03-03", who="Western governments", code="WSTGOV"),
        backing("f", "2021-03-04", who="the West", code="WST", negated=True),
    ]
    store = Store.open(":memory:")
    for article in articles:
        store.ingest_results([article])
        ensure_fresh(store)
    refreshed = sorted((c.a.evidence.doc_id, c.b.evidence.doc_id) for c in store.contradictions())
    assert refreshed == sorted((c.a.evidence.doc_id, c.b.evidence.doc_id) for c in _store(articles).contradictions())
    assert refreshed == [("a", "c"), ("e", "f")]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("RUS", "RUSGOV", True), ("MOSSHI", "MOSSUN", False), ("MOS", "MOSSHIREB", False), ("WST", "WSTMIL", True),
     ("MOSSHI", "MOSSHIREB", True), (None, "USA", False)],
)
def test_codes_match(a: str | None, b: str | None, expected: bool) -> None:
    assert codes_match(a, b) is expected
