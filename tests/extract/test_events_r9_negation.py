"""Ninth round: a denied belief denies the act it governs ("I don't believe I ever met him").

A speaker who does not believe or think that an act happened says it did not; the same belief
unqualified still reports the act.
"""

from __future__ import annotations

import pytest

from event_cases import engine_events


def _flags(engine, text: str, trigger: str) -> list[bool]:  # type: ignore[no-untyped-def]
    return [negated for found, _, _, _, negated, _ in engine_events(engine, text) if found == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "negated"),
    [
        ('"I don\'t believe I have ever met President Putin," Trump told reporters.', "met", True),
        ('"I don\'t think Iran attacked the tanker," the British foreign secretary said.', "attacked", True),
        ('"I believe Iran attacked the tanker," the British foreign secretary said.', "attacked", False),
        ('"I think President Putin met Trump in Helsinki," the senator said.', "met", False),
    ],
)
def test_denied_belief_denies_the_act(engine, text: str, trigger: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    flags = _flags(engine, text, trigger)
    assert flags and all(flag is negated for flag in flags)
