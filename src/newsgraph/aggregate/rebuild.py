"""Keep the findings across articles up to date: refresh the partitions new documents touch, or rebuild.

Every finding depends on the records of one partition only (see
``_partitions``), or, for positions, on one record. So after an ingest
``ensure_fresh`` recomputes only what documents stored since the last build
(ids above ``built_through``) can change:

1. per new document: its partition keys and its positions;
2. per cluster key the new events fall in: that key's clusters and their
   date and count conflicts;
3. per negation key: that key's negation contradictions;
4. per speaker: that speaker's quote groups.

Each partition's old findings are deleted and the new ones inserted in one
transaction with ``built_through``, so a crash leaves the previous
consistent set. ``rebuild`` does the same for every document and every
partition, and is used when the stored findings were built by other
aggregation code (``BUILT_BY``). Either way only one chunk of documents or
one partition is in memory at a time, and the result is a function of the
stored records only: refreshing after each ingest gives the findings a
rebuild gives (their ids aside).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby

from newsgraph import __version__
from newsgraph.aggregate import _partitions as partitions
from newsgraph.aggregate._common import Item, Texts
from newsgraph.aggregate.clusters import DEFAULT_WINDOW_DAYS, build_clusters, cluster_key, group_events
from newsgraph.aggregate.contradictions import (
    Claimants,
    cluster_conflicts,
    first_negations,
    negation_key,
    negation_pairs,
    source_country,
)
from newsgraph.aggregate.positions import event_positions, quote_positions
from newsgraph.aggregate.quote_groups import build_quote_groups, group_key
from newsgraph.store import Position, Store
from newsgraph.store.finding_writes import (
    count_aggregates,
    delete_aggregates,
    delete_clusters,
    delete_quote_groups,
    insert_cluster,
    insert_contradictions,
    insert_positions,
    insert_quote_group,
    mark_built,
)

# Bump when a change here changes the findings, so stored ones are rebuilt.
REVISION = 19
BUILT_BY = f"newsgraph {__version__} aggregate r{REVISION}"


@dataclass(frozen=True, slots=True)
class Built:
    """How many findings of each kind are stored after a rebuild or refresh."""

    clusters: int
    quote_groups: int
    positions: int
    contradictions: int


def _built_by(window_days: int) -> str:
    # Findings built with another window are other findings: a refresh must not mix them.
    return BUILT_BY if window_days == DEFAULT_WINDOW_DAYS else f"{BUILT_BY} window {window_days}"


def rebuild(store: Store, *, window_days: int = DEFAULT_WINDOW_DAYS) -> Built:
    """Recompute every cluster, quote group, position and contradiction, one partition at a time."""
    return _update(store, window_days=window_days, full=True)


def refresh(store: Store, *, window_days: int = DEFAULT_WINDOW_DAYS) -> Built:
    """Recompute only the findings that documents stored since the last build can change.

    The stored findings must have been built by this code (``ensure_fresh``
    checks); otherwise use ``rebuild``.
    """
    return _update(store, window_days=window_days, full=False)


def ensure_fresh(store: Store, *, window_days: int = DEFAULT_WINDOW_DAYS) -> Built | None:
    """Bring the findings up to date: None when they are; a refresh after new documents; else a rebuild."""
    through, last = store.aggregates_built_through(), store.last_document()
    if store.aggregates_built_by() != _built_by(window_days) or through is None or through > last:
        return rebuild(store, window_days=window_days)
    if through == last:
        return None
    return refresh(store, window_days=window_days)


def _update(store: Store, *, window_days: int, full: bool) -> Built:
    with store.transaction() as conn:
        # Read inside the write transaction: no document can be stored meanwhile.
        after = 0 if full else (store.aggregates_built_through() or 0)
        through = store.last_document()
        if full:
            delete_aggregates(conn)
            partitions.clear_keys(conn)
        texts = Texts(store)
        for low, high in partitions.document_chunks(conn, after, through):
            _index_documents(conn, low, high, texts)
        # Negations first: in a full rebuild they are listed before date and count conflicts, as they always were.
        if full:
            for key in partitions.negation_keys(conn):
                _all_negations(conn, key, texts)
        else:
            for low, high in partitions.document_chunks(conn, after, through):
                _add_negations(conn, low, high, after, texts)
        for key in partitions.touched_keys(conn, "cluster", after, through):
            _rebuild_clusters(conn, key, texts, window_days, stored=not full)
        for key in partitions.touched_keys(conn, "speaker", after, through):
            _rebuild_quote_groups(conn, key, stored=not full)
        mark_built(conn, built_through=through, built_by=_built_by(window_days))
        return Built(*count_aggregates(conn))


def _index_documents(conn: sqlite3.Connection, low: int, high: int, texts: Texts) -> None:
    """For documents ``(low, high]``: their records' partition keys, and their positions."""
    items = partitions.events_between(conn, low, high)
    quotes = partitions.quotes_between(conn, low, high)
    keyed_events: list[partitions.EventKeys] = []
    for item in items:
        clustered, compared = cluster_key(item), negation_key(item)
        if clustered is not None or compared is not None:
            keyed_events.append((item.found.document_id, item.found.index, clustered, compared,
                                 None if compared is None else int(item.event.negated),
                                 None if compared is None else source_country(item)))
    partitions.write_event_keys(conn, keyed_events)
    partitions.write_quote_keys(conn, [(q.stored.found.document_id, q.stored.found.index, key)
                                       for q in quotes if (key := group_key(q)) is not None])
    insert_positions(conn, _by_document(event_positions(items, texts), quote_positions([q.stored for q in quotes], texts)))


def _by_document(from_events: Sequence[Position], from_quotes: Sequence[Position]) -> list[Position]:
    """Positions document by document, each document's events before its quotes.

    The order a refresh stores them in, so a rebuild stores them in the same one.
    """
    return sorted([*from_events, *from_quotes], key=lambda p: p.evidence.document_id)  # stable: events first


def _rebuild_clusters(conn: sqlite3.Connection, key: str, texts: Texts, window_days: int, *, stored: bool) -> None:
    if stored:
        delete_clusters(conn, partitions.stored_cluster_ids(conn, key))
    groups = group_events(partitions.partition_events(conn, "cluster", key), window_days=window_days)
    for cluster, group in zip(build_clusters(groups), groups, strict=True):
        cluster_id = insert_cluster(conn, cluster)
        insert_contradictions(conn, cluster_conflicts(cluster_id, group, texts))


def _all_negations(conn: sqlite3.Connection, key: str, texts: Texts) -> None:
    """The negations of one negation partition, its assertions read one source country at a time.

    Each pair has one assertion, so taking the assertions group by group finds
    every pair once, with one group and the partition's denials (a few) in memory.
    """
    denied = partitions.denied_events(conn, key)
    for country in partitions.asserting_countries(conn, key):
        asserted = partitions.asserted_events(conn, key, country)
        meeting = [it for it in denied if source_country(it) in (country, "")]
        asserting = {it.found.document_id for it in asserted}
        # One denying document at a time: a pair's key holds its document, so only its pairs are held at once
        # (a hot partition has pairs by the hundred thousand).
        for document_id, denials in groupby(meeting, key=lambda it: it.found.document_id):
            own = partitions.quotes_of(conn, [document_id]) if document_id in asserting else []
            pairs = negation_pairs(list(denials), asserted, Claimants(own))
            insert_contradictions(conn, first_negations(pairs, texts))


def _add_negations(conn: sqlite3.Connection, low: int, high: int, after: int, texts: Texts) -> None:
    """The negations new documents ``(low, high]`` take part in (documents up to ``after`` are already done).

    A negation pairs two reports; the stored ones pair reports of old
    documents, which a new document cannot change (one is kept per pair of
    documents). So each new document is compared with the reports that can
    contradict it: its denials with every assertion, its assertions with the
    denials of old documents (those of new documents meet it from their side).
    """
    items = partitions.negation_events_between(conn, low, high)
    for _, document in groupby(items, key=lambda it: it.found.document_id):
        insert_contradictions(conn, first_negations(_new_pairs(conn, list(document), after), texts))


def _new_pairs(conn: sqlite3.Connection, document: Sequence[Item], after: int) -> Iterator[tuple[Item, Item]]:
    """Contradicting (asserted, denied) pairs with one side in ``document`` and the other anywhere."""
    denials = [it for it in document if it.event.negated]
    assertions = [it for it in document if not it.event.negated]
    own_quotes = partitions.quotes_of(conn, [document[0].found.document_id]) if denials and assertions else []
    claimants = Claimants(own_quotes)
    for key, country in sorted({(negation_key(it) or "", source_country(it)) for it in denials}):
        mine = [it for it in denials if negation_key(it) == key and source_country(it) == country]
        # A denial without a source meets assertions from every country: read them one country at a time.
        for asserting in [country] if country else partitions.asserting_countries(conn, key):
            yield from negation_pairs(mine, partitions.asserted_events(conn, key, asserting), claimants)
    for key, country in sorted({(negation_key(it) or "", source_country(it)) for it in assertions}):
        mine = [it for it in assertions if negation_key(it) == key and source_country(it) == country]
        yield from negation_pairs(partitions.denied_events(conn, key, country, through=after), mine, Claimants(()))


def _rebuild_quote_groups(conn: sqlite3.Connection, key: str, *, stored: bool) -> None:
    if stored:
        delete_quote_groups(conn, partitions.stored_group_ids(conn, key))
    for group in build_quote_groups(partitions.partition_quotes(conn, key)):
        insert_quote_group(conn, group)
