"""A firm named by a bare name or by "it" is still a firm: its deals, offers and officers' exits are commerce,
no event between political parties; its dealings with a state still code."""

from __future__ import annotations

import pytest

from newsgraph.records import RawDocument


def _events(engine, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    (result,) = list(engine.run([RawDocument(doc_id="case", text=text, published="1989-10-30")]))
    return [(event.cameo, event.trigger.text) for event in result.events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a bare name that reads like a surname, after the full name with its suffix
        ("Di Marco Corp. said it is still talking with buyers. Di Marco has reached no agreement on a sale.",
         "agreement"),
        # "it" standing for the firm
        ("Brenner Holdings Inc. said it extended the offer until Friday.", "offer"),
        ("Kestrel Inc. said it is urging holders to redeem their notes before June.", "urging"),
        # an officer named by the firm's title
        ("Tollard Mills Inc.'s chief financial officer, Peter Quine, resigned on Monday.", "resigned"),
    ],
)
def test_a_firms_business_is_no_event(engine, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert [code for code, word in _events(engine, text) if word == trigger] == []


def test_a_firms_request_to_a_state_still_codes(engine) -> None:  # type: ignore[no-untyped-def]
    text = "Brenner Holdings Inc. said it asked the Federal Trade Commission for permission to buy the shares."
    assert any(word == "asked" for _, word in _events(engine, text))


def test_a_person_is_no_firm(engine) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Ana Ruiz met the Italian foreign minister on Monday. Ruiz agreed to visit Rome."
    assert any(word == "visit" for _, word in _events(engine, text))
