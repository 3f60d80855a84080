"""Recompute every finding across articles from the stored records, in one transaction.

Rebuilding is idempotent: the findings are a function of the stored records
only, numbered deterministically, and replace the previous set as a whole.
``ensure_fresh`` rebuilds only when documents were stored since the last
build or the findings were built by other aggregation code, so queries can
call it every time.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph import __version__
from newsgraph.aggregate._common import Texts, load_items
from newsgraph.aggregate.clusters import DEFAULT_WINDOW_DAYS, build_clusters, group_events
from newsgraph.aggregate.contradictions import cluster_conflicts, negations
from newsgraph.aggregate.positions import event_positions, quote_positions
from newsgraph.aggregate.quote_groups import build_quote_groups
from newsgraph.store import Store
from newsgraph.store.aggregates import replace_aggregates


# Bump when a change here changes the findings, so stored ones are rebuilt.
REVISION = 3
BUILT_BY = f"newsgraph {__version__} aggregate r{REVISION}"


@dataclass(frozen=True, slots=True)
class Built:
    """How many findings of each kind a rebuild stored."""

    clusters: int
    quote_groups: int
    positions: int
    contradictions: int


def rebuild(store: Store, *, window_days: int = DEFAULT_WINDOW_DAYS) -> Built:
    """Recompute clusters, quote groups, positions and contradictions and store them."""
    through = store.last_document()
    items = load_items(store)
    quotes = store.quotes()
    texts = Texts(store)
    groups = group_events(items, window_days=window_days)
    clusters = build_clusters(groups)
    quote_groups = build_quote_groups(quotes)
    positions = event_positions(items, texts) + quote_positions(quotes)
    contradictions = negations(items, texts, quotes)
    for cluster, group in zip(clusters, groups, strict=True):
        contradictions.extend(cluster_conflicts(cluster.id, group, texts))
    with store.transaction() as conn:
        replace_aggregates(conn, built_through=through, built_by=BUILT_BY, clusters=clusters, quote_groups=quote_groups,
                           positions=positions, contradictions=contradictions)
    return Built(len(clusters), len(quote_groups), len(positions), len(contradictions))


def ensure_fresh(store: Store, *, window_days: int = DEFAULT_WINDOW_DAYS) -> Built | None:
    """Rebuild when documents were stored since the last build (or by other code); None when fresh."""
    if store.aggregates_built_through() == store.last_document() and store.aggregates_built_by() == BUILT_BY:
        return None
    return rebuild(store, window_days=window_days)
