"""Evacuations: taking civilians out of danger is humanitarian aid to them (073); a state bringing its own
citizens, diplomats or staff home aids nobody where they were, and codes no event against that country."""

from __future__ import annotations

import pytest

from event_cases import typed_events

PUBLISHED = "2023-05-06"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The UN evacuated wounded civilians from the besieged port.", "IGOUNO", "---CVL"),
        ("The Red Cross evacuated Syrian refugees from the camp.", "NGOHLHIRC", "SYRREF"),
    ],
)
def test_taking_people_out_of_danger_is_aid(text: str, source: str, target: str) -> None:
    assert ("AID", "073", source, target) in typed_events(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Egypt evacuated more than 400 of its citizens from Port Sudan.",
        "France evacuated its nationals from Khartoum on Sunday.",
        "Washington evacuated embassy staff from Kabul as the city fell.",
        "India evacuated its diplomats from Niamey after the coup.",
    ],
)
def test_bringing_ones_own_people_home_is_no_event(text: str) -> None:
    assert not any(code.startswith("07") for _, code, _, _ in typed_events(text, PUBLISHED))
