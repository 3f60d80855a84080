"""The forces a state sends, deploys or withdraws are its own, what it moves: the target is where they go or
come from, if anyone ("withdrawing troops from Cambodian soil" acts on Cambodia, not on the troops)."""

from __future__ import annotations

import pytest

from newsgraph.records import RawDocument


def _targets(engine, text: str, trigger: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    (result,) = list(engine.run([RawDocument(doc_id="case", text=text, published="1990-08-15")]))
    return [event.target.code if event.target else None for event in result.events if event.trigger.text == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Hanoi began withdrawing Vietnamese troops from Cambodian soil on Tuesday.", "withdrawing", ["KHM"]),
        ("The Vietnamese leader said he would begin withdrawing troops from Cambodian territory next month.",
         "withdrawing", ["KHM"]),
        # ... and where they are sent is no foe faced either (test_events_force_destinations.py)
        ("President Yeltsin sent Russian troops and tanks to Tajikistan on Monday.", "sent", []),
        # forces of no known country are the mover's own too: a show of force with no target
        ("Prime Minister Rao sent troops into the disputed valley.", "sent", []),
    ],
)
def test_own_forces_are_no_target(engine, text: str, trigger: str, expected: list[str | None]) -> None:  # type: ignore[no-untyped-def]
    found = _targets(engine, text, trigger)
    assert [code for code in found if code is not None] == expected, found


def test_other_forces_still_are(engine) -> None:  # type: ignore[no-untyped-def]
    assert "CYPGOV" in _targets(engine, "Turkey sent its warships toward Cyprus.", "sent")
