"""Ninth round: a politician's rally is a campaign rally even when the politician is named by a title
alone, while protesters' rallies still code; and an act one did not need to do is hypothetical, not denied."""

from __future__ import annotations

import pytest

from newsgraph.records import RawDocument


def _events(engine, text: str) -> list[tuple[str, str, str | None, str | None, bool, bool]]:  # type: ignore[no-untyped-def]
    (result,) = list(engine.run([RawDocument(doc_id="case", text=text, published="2025-03-04")]))
    return [(event.trigger.text, event.cameo, event.source.code if event.source else None,
             event.target.code if event.target else None, event.negated, event.hypothetical)
            for event in result.events]


def test_a_senators_rally_is_campaigning(engine) -> None:  # type: ignore[no-untyped-def]
    found = _events(engine, "The Vermont senator opened a rally in Rochester, blasting Clinton.")
    assert [event for event in found if event[0] == "rally"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of protesters held a rally outside the US embassy in Seoul.",
         ("rally", "141", "---OPP", "KOR", False, False)),
        ("Macron did not need to meet Mexico's president.", ("meet", "040", "FRAGOV", "MEXGOV", False, True)),
        ("Macron did not meet Mexico's president.", ("meet", "040", "FRAGOV", "MEXGOV", True, False)),
    ],
)
def test_still_coded(engine, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert expected in _events(engine, text)
