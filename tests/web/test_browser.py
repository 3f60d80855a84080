"""The pages in Debian's Chromium, driven by Playwright over a real server on loopback.

Screenshots of every page are kept in ``test-artifacts/screenshots`` (made
for people to look at; the assertions are what the page shows).
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-artifacts" / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)"),
]

# Chromium on these machines must not try to reach the internet (see PITFALLS.md).
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    # /dev/shm may be small on a CI machine; a renderer out of shared memory crashes the tab.
    "--disable-dev-shm-usage",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(web_db: Path) -> Iterator[str]:
    import uvicorn

    from newsgraph.web import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(web_db), host="127.0.0.1", port=port, log_level="warning")
    uv_server = uvicorn.Server(config)
    thread = threading.Thread(target=uv_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uv_server.started:
        if time.monotonic() > deadline:
            pytest.fail("the web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv_server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server: str):  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        tab = browser.new_page(viewport={"width": 1280, "height": 900})
        tab.set_default_timeout(15_000)
        yield tab
        browser.close()


def test_article_list_and_search(page, server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/")
    rows = page.locator("#documents tbody tr")
    assert rows.count() == 3
    page.fill("input[name=q]", "Astana")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/?q=Astana")
    titles = page.locator("a.doc-link").all_inner_texts()
    assert "Russia says in contact with Iran over Syria peace talks" in titles
    page.screenshot(path=str(SHOTS / "articles.png"), full_page=True)


def _quote_segment(page, server: str, words: str):  # type: ignore[no-untyped-def]
    """The first highlighted piece of the quote whose content holds ``words``."""
    document = page.request.get(server + "/api/documents/astana").json()["document"]
    index = next(i for i, quote in enumerate(document["quotes"]) if words in quote["content"]["text"])
    return page.locator(f'.seg[data-facts~="q{index}"]').first


def test_click_quote_shows_speaker_and_evidence(page, server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/documents/astana")
    assert page.locator("h1").inner_text() == "Russia says in contact with Iran over Syria peace talks"
    # The unrelated caption is shown greyed as removed text, not as story.
    removed = page.locator(".seg.k-removed").first
    assert "Ilhan Omar" in page.locator(".seg.k-removed").all_inner_texts().__str__()
    assert removed.is_visible()
    # Click inside Lavrov's quote: the panel names the speaker, resolved from "he".
    _quote_segment(page, server, "we have already invited").click()
    panel = page.locator("#evidence-body")
    quote_fact = panel.locator(".fact-quote").first
    quote_fact.wait_for()
    assert "Lavrov" in quote_fact.inner_text()
    evidence = quote_fact.locator(".evidence").inner_text()
    assert "we have already invited" in evidence
    page.screenshot(path=str(SHOTS / "article-quote.png"), full_page=True)


def test_follow_an_actor(page, server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/documents/astana")
    _quote_segment(page, server, "We continue contacts").click()
    link = page.locator("#evidence-body .fact-quote a.actor-link").first
    assert link.inner_text() == "RUSGOV"
    link.click()
    page.wait_for_url("**/actors/RUSGOV")
    assert page.locator("h1.actor-title").inner_text() == "RUSGOV"
    quotes = page.locator("#actor-quotes li").all_inner_texts()
    assert any("We continue contacts" in text for text in quotes)
    page.screenshot(path=str(SHOTS / "actor-rusgov.png"), full_page=True)


def test_network_and_timeline(page, server: str) -> None:  # type: ignore[no-untyped-def]
    page.goto(server + "/network")
    page.locator("#network circle.node").first.wait_for()
    assert page.locator("#network circle.node").count() >= 2
    assert page.locator("#edges tbody tr").count() >= 1
    page.screenshot(path=str(SHOTS / "network.png"), full_page=True)
    page.goto(server + "/timeline")
    assert page.locator("#timeline > li").count() >= 1
    every_event = page.locator("#timeline > li").count()
    page.fill("input[name=since]", "2017-Q1")  # the reference article's events fall in January 2017
    page.fill("input[name=until]", "2017-Q1")
    page.click("form.filters button")
    page.wait_for_url("**/timeline?*")
    assert page.locator("#timeline > li").count() == every_event
    assert page.input_value("input[name=since]") == "2017-Q1"
    page.fill("input[name=since]", "2017-Q2")
    page.fill("input[name=until]", "")
    page.click("form.filters button")
    page.wait_for_url("**since=2017-Q2*")
    assert page.locator("#timeline > li").count() == 0
    page.screenshot(path=str(SHOTS / "timeline.png"), full_page=True)
    page.goto(server + "/actors")
    assert page.locator("#actors tbody tr").count() >= 3
    page.screenshot(path=str(SHOTS / "actors.png"), full_page=True)
