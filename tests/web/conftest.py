"""A database built from the bundled example and a few hand-written articles, once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Hand-written articles (not from any outlet) that report one invitation from
# several sides, and contradict each other about it.
ARTICLES = [
    {
        "doc_id": "hand-invite-1",
        "url": "https://example-news.test/a",
        "published": "2017-01-20",
        "title": "Moscow confirms invitation to Washington",
        "text": (
            "Moscow confirms invitation to Washington\n\n"
            "Russia invited the United States to the Astana talks on Thursday, Foreign Minister "
            "Sergei Lavrov said.\n\n"
            "\"We have invited the Americans,\" Lavrov told reporters in Moscow.\n"
        ),
    },
    {
        "doc_id": "hand-invite-2",
        "url": "https://other-wire.test/b",
        "published": "2017-01-20",
        "title": "Iran says no joint invitation was sent",
        "text": (
            "Iran says no joint invitation was sent\n\n"
            "Iran has not invited the United States to the talks, Iranian Foreign Minister Mohammad Javad "
            "Zarif said on Friday.\n\n"
            "Tehran rejected the participation of Washington in the negotiations.\n"
        ),
    },
]


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, engine) -> Path:  # type: ignore[no-untyped-def]
    from newsgraph.aggregate.rebuild import rebuild
    from newsgraph.records import RawDocument
    from newsgraph.store import Store

    path = tmp_path_factory.mktemp("web") / "web.db"
    documents = [
        RawDocument(doc_id="astana", text=(ROOT / "examples" / "astana.txt").read_text(encoding="utf-8"),
                    published="2017-01-19", url="https://www.presstv.test/Detail/2017/01/19/astana"),
        *(RawDocument(**article) for article in ARTICLES),
    ]
    with Store.open(path) as store:
        store.ingest_results(engine.run(documents))
        rebuild(store)
    return path


@pytest.fixture(scope="session")
def client(web_db: Path):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from newsgraph.web import create_app

    with TestClient(create_app(web_db), raise_server_exceptions=False) as test_client:
        yield test_client
