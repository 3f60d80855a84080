"""Ninth round: a politician's rally is a campaign rally even when the politician is named by a title
alone, while protesters' rallies still code; and an act one did not need to do is hypothetical, not denied."""

from __future__ import annotations

import pytest

from event_cases import engine_events


def test_a_senators_rally_is_campaigning(engine) -> None:  # type: ignore[no-untyped-def]
    found = engine_events(engine, "The Vermont senator opened a rally in Rochester, blasting Clinton.")
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
    assert expected in engine_events(engine, text)
