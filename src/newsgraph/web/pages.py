"""The HTML pages: article list and search, article view, actors, an actor, network, timeline.

Rendered on the server with Jinja2 (autoescaped); the only script is
``static/app.js``, written here and served from the package.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from newsgraph.store.documents import count_documents, list_documents
from newsgraph.web._deps import MAX_FILTER_CHARS, Date, PageDep, StoreDep, Text
from newsgraph.web._highlight import facts_of, segments
from newsgraph.web._views import actor_profile, find_document

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
router = APIRouter(include_in_schema=False)


def _facts_json(facts: list[dict[str, Any]]) -> str:
    # Inside <script>, "</script>" in an article would end the element: escape every "<".
    return json.dumps(facts, ensure_ascii=False).replace("<", "\\u003c")


def _pager_query(**params: str | None) -> str:
    kept = {key: value for key, value in params.items() if value}
    return urlencode(kept) + "&" if kept else ""


@router.get("/", response_class=HTMLResponse)
def index(request: Request, store: StoreDep, page: PageDep, q: Text = None) -> HTMLResponse:
    documents = list_documents(store.conn, query=q, limit=page.size, offset=page.offset)
    total = count_documents(store.conn, query=q)
    return templates.TemplateResponse(request, "index.html", {
        "documents": documents, "total": total, "query": q, "page": page.number,
        "has_more": page.offset + len(documents) < total, "pager_query": _pager_query(q=q),
    })


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(
    request: Request, doc_id: Annotated[str, PathParam(max_length=MAX_FILTER_CHARS)], store: StoreDep,
) -> HTMLResponse:
    result = find_document(store, doc_id)
    if result is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    facts = facts_of(result)
    return templates.TemplateResponse(request, "document.html", {
        "doc": result.to_dict(),
        "segments": segments(result.text, facts),
        "facts_json": _facts_json([fact.to_dict(result.text) for fact in facts]),
    })


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, store: StoreDep, page: PageDep, actor: Text = None) -> HTMLResponse:
    shown = store.actor_totals(actor=actor, limit=page.size, offset=page.offset)
    return templates.TemplateResponse(request, "actors.html", {
        "actors": shown, "page": page.number,
        "has_more": page.offset + len(shown) < store.count_actor_totals(actor=actor),
        "pager_query": _pager_query(actor=actor),
    })


@router.get("/actors/{key}", response_class=HTMLResponse)
def actor(request: Request, key: Annotated[str, PathParam(max_length=MAX_FILTER_CHARS)], store: StoreDep) -> HTMLResponse:
    profile = actor_profile(store, key)
    if profile["actor"] is None and not profile["quotes"] and not profile["events"]:
        raise HTTPException(404, f"no actor {key!r}")
    return templates.TemplateResponse(request, "actor.html", {"profile": profile})


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "network.html", {})


@router.get("/timeline", response_class=HTMLResponse)
def timeline(
    request: Request, store: StoreDep, page: PageDep, actor: Text = None, since: Date = None, until: Date = None,
) -> HTMLResponse:
    """Event clusters by first date, one page at a time (the store orders them)."""
    filters = {"actor": actor, "since": since, "until": until}
    clusters = store.clusters(**filters, limit=page.size, offset=page.offset)
    return templates.TemplateResponse(request, "timeline.html", {
        "clusters": [cluster.to_dict() for cluster in clusters], "page": page.number,
        "has_more": page.offset + len(clusters) < store.count_clusters(**filters),
        "pager_query": _pager_query(**filters), "filters": filters, "prev_label": "← earlier", "next_label": "later →",
    })
