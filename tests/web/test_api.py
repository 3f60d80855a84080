"""The JSON API in process: data shapes, filters, pagination, the one error shape, hostile input."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

ERROR_KEYS = {"ok", "error", "status", "errors"}
LIST_KEYS = {"ok", "items", "page", "per_page", "total", "has_more"}


def test_documents_list_and_search(client) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/api/documents").json()
    assert set(body) == LIST_KEYS and body["ok"] is True
    assert body["total"] == 3
    assert {item["doc_id"] for item in body["items"]} == {"astana", "hand-invite-1", "hand-invite-2"}
    found = client.get("/api/documents", params={"q": "no joint invitation was sent"}).json()
    assert [item["doc_id"] for item in found["items"]] == ["hand-invite-2"]


def test_document_is_the_contract(client) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.schema import validation_errors

    body = client.get("/api/documents/astana").json()
    assert body["ok"] is True
    assert validation_errors(body["document"]) == []
    assert body["document"]["title"] == "Russia says in contact with Iran over Syria peace talks"


def test_pagination_is_bounded_and_consistent(client) -> None:  # type: ignore[no-untyped-def]
    first = client.get("/api/documents", params={"per_page": 2, "page": 1}).json()
    second = client.get("/api/documents", params={"per_page": 2, "page": 2}).json()
    assert len(first["items"]) == 2 and first["has_more"] is True
    assert len(second["items"]) == 1 and second["has_more"] is False
    ids = [item["doc_id"] for item in first["items"] + second["items"]]
    assert len(set(ids)) == 3
    too_big = client.get("/api/documents", params={"per_page": 10_000})
    assert too_big.status_code == 400
    assert set(too_big.json()) == ERROR_KEYS


@pytest.mark.parametrize("path", ["/api/actors", "/api/quotes", "/api/events", "/api/clusters", "/api/positions",
                                  "/api/contradictions"])
def test_every_list_has_one_shape(client, path: str) -> None:  # type: ignore[no-untyped-def]
    response = client.get(path)
    assert response.status_code == 200
    assert set(response.json()) == LIST_KEYS


def test_actor_filter_and_profile(client) -> None:  # type: ignore[no-untyped-def]
    actors = client.get("/api/actors").json()["items"]
    codes = {actor["code"] for actor in actors}
    assert "RUSGOV" in codes
    profile = client.get("/api/actors/RUSGOV").json()
    assert profile["ok"] is True
    assert profile["actor"]["code"] == "RUSGOV"
    assert set(profile) >= {"quotes", "events", "positions", "contradictions"}
    quotes = client.get("/api/quotes", params={"speaker": "RUSGOV"}).json()["items"]
    assert quotes and all(quote["speaker_actor"] == "RUSGOV" for quote in quotes)


def test_network_edges_join_known_nodes(client) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/api/network").json()
    nodes = {node["id"] for node in body["nodes"]}
    for edge in body["edges"]:
        assert edge["source"] in nodes and edge["target"] in nodes
        assert edge["count"] >= 1


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/documents/no-such-doc", 404),
        ("/api/actors/XXXGOV", 404),
        ("/api/nothing-here", 404),
        ("/api/events?since=yesterday", 400),
        ("/api/events?since=2024-02-30", 400),
        ("/api/events?until=2024-13", 400),
        ("/api/events?since=2024-W53", 400),
        ("/api/events?negated=perhaps", 400),
        ("/api/documents?page=0", 400),
        ("/api/documents?page=-1", 400),
        ("/api/clusters?min_sources=0", 400),
    ],
)
def test_errors_have_one_shape(client, path: str, status: int) -> None:  # type: ignore[no-untyped-def]
    response = client.get(path)
    assert response.status_code == status
    body = response.json()
    assert set(body) == ERROR_KEYS
    assert body["ok"] is False and body["status"] == status and body["error"]


@pytest.mark.parametrize(
    "hostile",
    [
        "' OR 1=1 --",
        "\"; DROP TABLE documents; --",
        "%' UNION SELECT text FROM documents --",
        "<script>alert(1)</script>",
        "%_%_%",
        "\\",
        "\u0000nul",
        "ü" * 150,
    ],
)
def test_hostile_query_strings_are_data(client, web_db: Path, hostile: str) -> None:  # type: ignore[no-untyped-def]
    for path, name in [("/api/documents", "q"), ("/api/events", "actor"), ("/api/quotes", "speaker"),
                       ("/api/actors", "actor"), ("/api/clusters", "actor"), ("/api/events", "type")]:
        response = client.get(path, params={name: hostile})
        assert response.status_code in {200, 400}, (path, response.text)
        body = response.json()
        if response.status_code == 200:
            assert body["ok"] is True
            # Matching is literal text: no hostile string names a stored actor or article.
            # (LIKE wildcards in "%_%_%" are the store's filter semantics, checked for shape only.)
            if "%" not in hostile:
                assert body["total"] == 0, (path, name)
        else:
            assert set(body) == ERROR_KEYS
    page = client.get("/", params={"q": hostile}, headers={"accept": "text/html"})
    assert "<script>alert(1)</script>" not in page.text
    with sqlite3.connect(web_db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 3


def test_overlong_filter_is_refused(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/api/events", params={"actor": "A" * 5000})
    assert response.status_code == 400
    assert set(response.json()) == ERROR_KEYS


def test_static_files_never_leave_their_folder(client) -> None:  # type: ignore[no-untyped-def]
    for path in ["/static/../../pyproject.toml", "/static/%2e%2e/%2e%2e/store/db.py", "/static/..%2fapp.py"]:
        response = client.get(path)
        assert response.status_code == 404
        assert "sqlite3" not in response.text
    assert client.get("/static/app.js").status_code == 200


def test_server_is_read_only(client) -> None:  # type: ignore[no-untyped-def]
    for method in ("post", "put", "delete", "patch"):
        response = getattr(client, method)("/api/documents")
        assert response.status_code == 405
        assert set(response.json()) == ERROR_KEYS


def test_openapi_describes_the_api(client) -> None:  # type: ignore[no-untyped-def]
    spec = client.get("/openapi.json").json()
    for path in ["/api/documents", "/api/documents/{doc_id}", "/api/actors", "/api/actors/{key}", "/api/quotes",
                 "/api/events", "/api/clusters", "/api/positions", "/api/contradictions", "/api/network"]:
        assert path in spec["paths"], path


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    from newsgraph.errors import ConfigError
    from newsgraph.web import create_app

    with pytest.raises(ConfigError, match="no newsgraph database"):
        create_app(tmp_path / "absent.db")


def test_timeline_page_lists_clusters_by_date_a_page_at_a_time(client) -> None:  # type: ignore[no-untyped-def]
    clusters = client.get("/api/clusters", params={"per_page": 100}).json()["items"]
    assert len(clusters) >= 2
    first = client.get("/timeline", params={"per_page": 1})
    assert first.status_code == 200
    assert first.text.count('<li class="q') == 1 and 'rel="next"' in first.text and "later →" in first.text
    last = client.get("/timeline", params={"per_page": 1, "page": len(clusters)})
    assert last.text.count('<li class="q') == 1 and 'rel="next"' not in last.text and "← earlier" in last.text
    russia = client.get("/timeline", params={"actor": "RUS"}).text
    assert russia.count('<li class="q') == sum(
        1 for c in clusters if "RUS" in {(c["source_code"] or "")[:3], (c["target_code"] or "")[:3]})
    assert client.get("/timeline", params={"since": "not-a-date"}).status_code == 400
    # A period typed into the form is kept there for the next filter; a date picker would drop it.
    first_quarter = client.get("/timeline", params={"since": "2017-Q1", "until": "2017-Q1"})
    assert first_quarter.status_code == 200
    assert 'value="2017-Q1"' in first_quarter.text


def test_since_and_until_take_periods_as_the_cli_does(client) -> None:  # type: ignore[no-untyped-def]
    def count(**bounds: str) -> int:
        body = client.get("/api/events", params={**bounds, "per_page": 100})
        assert body.status_code == 200, body.text
        return len(body.json()["items"])

    january = count(since="2017-01-01", until="2017-01-31")
    assert january > 0
    assert count(since="2017-01", until="2017-01") == january
    assert count(since="2017-Q1", until="2017-W03") == count(since="2017-01-01", until="2017-01-22")
    assert count(since="2018") == 0
    assert count(since="20170101", until="20170131") == january  # a basic ISO day is read as the CLI reads it
