"""Ninth round: a stance on a cut or spending is a position, and a warning of what a measure
will do is a forecast, not a threat; a warning of an act and a stance on a party still code."""

from __future__ import annotations

import pytest

from event_cases import engine_events


def _events(engine, text: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [event[:4] for event in engine_events(engine, text)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Cole warned that the merger would hurt the workers of Ohio.", "warned"),
        ("Senator Cole pushed for deeper spending cuts in Congress.", "pushed"),
        ("President Obama's former adviser began defending the Bush tax cuts in newspaper columns.", "defending"),
    ],
)
def test_no_event(engine, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert [event for event in _events(engine, text) if event[0] == trigger] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran warned that any attack would be met with force.", ("warned", "130", "IRNGOV", None)),
        ("Israel warned that its army would strike back if attacked by Hamas.", ("warned", "130", "ISRGOV", "ISRMIL")),
        ("Iran called for an end to sanctions by the United States.", ("called", "020", "IRNGOV", "USAGOV")),
    ],
)
def test_still_an_event(engine, text: str, expected: tuple[str, str, str | None, str | None]) -> None:  # type: ignore[no-untyped-def]
    assert expected in _events(engine, text)
