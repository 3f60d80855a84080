"""Event words in a sense that codes no event (evprec22 round).

A heart or panic attack is an illness and name recognition is being known: no assault, no recognition of
anyone. A refusal to discuss a topic with nobody named to discuss it with declines comment, as "declined to
comment" does. The same words aimed at a party still code.
"""

from __future__ import annotations

import pytest

from event_cases import engine_events


def _codes(engine, text: str, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [code for found, code, _, _, _, _ in engine_events(engine, text) if found == trigger]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Jordan's King Hussein had a heart attack and could not meet Bush.", "attack"),
        ("The Israeli minister suffered a panic attack before the vote.", "attack"),
        ("Governor Ruiz's name recognition helped her against Senator Hale.", "recognition"),
        ("Asked about the letter, the Jordanian prince declined to discuss details.", "declined"),
        ("Asked about the letter, the Jordanian prince declined to discuss details.", "discuss"),
    ],
)
def test_no_event(engine, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _codes(engine, text, trigger) == []


@pytest.mark.parametrize(
    ("text", "trigger", "root"),
    [
        ("Hezbollah's attack on Israeli troops killed two soldiers.", "attack", "19"),
        ("Britain granted recognition to the new government of Kosovo.", "recognition", "05"),
        ("Syria refused to discuss the Golan Heights with Israel.", "discuss", "12"),
        ("Israel refused to meet Syria.", "meet", "12"),
    ],
)
def test_still_an_event(engine, text: str, trigger: str, root: str) -> None:  # type: ignore[no-untyped-def]
    codes = _codes(engine, text, trigger)
    assert codes and all(code.startswith(root) for code in codes)
