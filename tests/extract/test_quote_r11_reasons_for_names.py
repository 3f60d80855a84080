"""Quotes, eleventh round: the reason a speaker gives for a name or a description is part of what they said
("called the bridge a mistake because ...", "described the referee as careless because ..."); the reason
after a plain object ("opposed the plan because ...") stays the writer's account of why."""

from __future__ import annotations

import pytest

from quote_cases import cues_and_contents


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The engineer called the bridge a mistake because few cars will use it.",
            ("called", "the bridge a mistake because few cars will use it"),
        ),
        (
            "The coach described the referee as careless because he missed two fouls.",
            ("described", "the referee as careless because he missed two fouls"),
        ),
        (
            "The mayor opposed the plan because it cost too much.",
            ("opposed", "the plan"),
        ),
    ],
)
def test_the_reason_for_a_name_is_the_namers(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in cues_and_contents(nlp, text)
