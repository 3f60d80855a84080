"""Read models the API and the pages share: documents, actor profiles and the network.

Built from the store's record queries; plain functions of a ``Store`` so the
JSON API and the HTML pages say the same thing.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from newsgraph.records import Result
from newsgraph.store import Store


def find_document(store: Store, doc_id: str) -> Result | None:
    """The stored ``Result`` for ``doc_id`` (the newest, when several share the id)."""
    matches = [result for result in store.results(source=doc_id) if result.doc_id == doc_id]
    return matches[-1] if matches else None


def actor_profile(store: Store, key: str) -> dict[str, Any]:
    """Everything about one actor: its names, quotes and events over time, positions, contradictions."""
    actors = store.actor_totals(key=key)
    quotes = [q for q in store.quotes(speaker=key) if q.quote.speaker_actor == key or _named(q.quote, key)]
    events = [
        e
        for e in store.events(actor=key)
        if key in {_code(e.event.source), _code(e.event.target)} or not _is_code(key)
    ]
    return {
        "key": key,
        "actor": actors[0].to_dict() if actors else None,
        "quotes": sorted((q.to_dict() for q in quotes), key=lambda d: d.get("published") or ""),
        "events": sorted((e.to_dict() for e in events), key=lambda d: d.get("date") or d.get("published") or ""),
        "positions": [p.to_dict() for p in store.positions(actor=key)],
        "contradictions": [c.to_dict() for c in store.contradictions(actor=key)] if _is_code(key) else [],
    }


def network(store: Store, *, type: str | None = None) -> dict[str, Any]:  # noqa: A002 - API word
    """Actors as nodes, events as edges grouped by dyad, PLOVER type and quad class (counted in SQL)."""
    edges = store.event_edges(type=type)
    weight: dict[str, int] = defaultdict(int)
    for edge in edges:
        weight[edge.source] += edge.count
        weight[edge.target] += edge.count
    nodes = [{"id": code, "events": count} for code, count in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
    return {"ok": True, "nodes": nodes, "edges": [edge.to_dict() for edge in edges]}


def _code(coded: Any) -> str | None:
    return None if coded is None else coded.code


def _is_code(key: str) -> bool:
    return key.isupper() and key.replace("-", "").isalnum()


def _named(quote: Any, key: str) -> bool:
    names = [span.text for span in (quote.speaker, quote.speaker_resolved) if span is not None]
    return any(key.lower() in name.lower() for name in names)
