"""The JSON API: documents, actors, quotes, events, clusters, positions, contradictions, network.

Every list answers ``{ok, items, page, per_page, total, has_more}``; every
failure answers ``{ok: false, error, status, errors}`` (see ``_errors``).
All SQL is parameterised in the store; filters are length-bounded here.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query

from newsgraph.store.documents import count_documents, list_documents
from newsgraph.web._deps import MAX_FILTER_CHARS, Date, PageDep, StoreDep, Text
from newsgraph.web._views import actor_profile, find_document, network

router = APIRouter(prefix="/api", tags=["api"])

ActorFilter = Annotated[str | None, Query(max_length=MAX_FILTER_CHARS, description="CAMEO code prefix or a name")]
TypeFilter = Annotated[str | None, Query(max_length=40, description="PLOVER type or CAMEO code prefix")]
SourceFilter = Annotated[str | None, Query(max_length=MAX_FILTER_CHARS, description="outlet host or doc id")]


@router.get("/health")
def health(store: StoreDep) -> dict[str, Any]:
    """Whether the database answers, and how much it holds."""
    return {"ok": True, "counts": store.counts()}


@router.get("/documents")
def documents(store: StoreDep, page: PageDep, q: Text = None) -> dict[str, Any]:
    """Stored articles, newest first; ``q`` searches title, id and text."""
    items = list_documents(store.conn, query=q, limit=page.size, offset=page.offset)
    return page.envelope(items, count_documents(store.conn, query=q))


@router.get("/documents/{doc_id}")
def document(doc_id: Annotated[str, Path(max_length=MAX_FILTER_CHARS)], store: StoreDep) -> dict[str, Any]:
    """One article as the output contract, with every span."""
    result = find_document(store, doc_id)
    if result is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return {"ok": True, "document": result.to_dict()}


@router.get("/actors")
def actors(
    store: StoreDep, page: PageDep, actor: ActorFilter = None, since: Date = None, until: Date = None,
    source: SourceFilter = None,
) -> dict[str, Any]:
    """Actors across the corpus, grouped by CAMEO code, most mentioned first."""
    filters = {"actor": actor, "since": since, "until": until, "source": source}
    found = store.actor_totals(**filters, limit=page.size, offset=page.offset)
    return page.envelope(found, store.count_actor_totals(**filters))


@router.get("/actors/{key}")
def actor(key: Annotated[str, Path(max_length=MAX_FILTER_CHARS)], store: StoreDep) -> dict[str, Any]:
    """One actor: its quotes and events over time, positions and contradictions."""
    profile = actor_profile(store, key)
    if profile["actor"] is None and not profile["quotes"] and not profile["events"]:
        raise HTTPException(404, f"no actor {key!r}")
    return {"ok": True, **profile}


@router.get("/quotes")
def quotes(
    store: StoreDep, page: PageDep, speaker: ActorFilter = None, since: Date = None, until: Date = None,
    source: SourceFilter = None,
) -> dict[str, Any]:
    """Who said what, with speaker, cue and content spans."""
    filters = {"speaker": speaker, "since": since, "until": until, "source": source}
    found = store.quotes(**filters, limit=page.size, offset=page.offset)
    return page.envelope(found, store.count_quotes(**filters))


@router.get("/events")
def events(
    store: StoreDep, page: PageDep, actor: ActorFilter = None, type: TypeFilter = None,  # noqa: A002
    since: Date = None, until: Date = None, source: SourceFilter = None, negated: bool | None = None,
) -> dict[str, Any]:
    """Who did what to whom, one record per dyad, as reported in each article."""
    filters = {"actor": actor, "type": type, "since": since, "until": until, "source": source, "negated": negated}
    found = store.events(**filters, limit=page.size, offset=page.offset)
    return page.envelope(found, store.count_events(**filters))


@router.get("/clusters")
def clusters(
    store: StoreDep, page: PageDep, actor: ActorFilter = None, type: TypeFilter = None,  # noqa: A002
    since: Date = None, until: Date = None, source: SourceFilter = None,
    min_sources: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> dict[str, Any]:
    """Events counted once across the articles that report them."""
    filters = {"actor": actor, "type": type, "since": since, "until": until, "source": source,
               "min_sources": min_sources}
    found = store.clusters(**filters, limit=page.size, offset=page.offset)
    return page.envelope(found, store.count_clusters(**filters))


@router.get("/positions")
def positions(
    store: StoreDep, page: PageDep, actor: ActorFilter = None,
    stance: Annotated[str | None, Query(max_length=40)] = None, since: Date = None, until: Date = None,
    source: SourceFilter = None,
) -> dict[str, Any]:
    """What each actor supports, rejects, demands or accuses, with the evidence."""
    filters = {"actor": actor, "stance": stance, "since": since, "until": until, "source": source}
    found = store.positions(**filters, limit=page.size, offset=page.offset)
    return page.envelope(found, store.count_positions(**filters))


@router.get("/contradictions")
def contradictions(
    store: StoreDep, page: PageDep, actor: ActorFilter = None, type: TypeFilter = None,  # noqa: A002
    source: SourceFilter = None,
) -> dict[str, Any]:
    """Pairs of claims that cannot both hold, each with both evidence spans."""
    filters = {"actor": actor, "type": type, "source": source}
    found = store.contradictions(**filters, limit=page.size, offset=page.offset)
    return page.envelope(found, store.count_contradictions(**filters))


@router.get("/network")
def actor_network(store: StoreDep, type: TypeFilter = None) -> dict[str, Any]:  # noqa: A002
    """Actors as nodes and events as edges by PLOVER type and quad class."""
    return network(store, type=type)
