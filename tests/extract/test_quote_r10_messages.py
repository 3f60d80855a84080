"""Quotes, tenth round: an article, a story, a call or a document with a speech participle ("in an
article stating that ...") is a message like a statement: whoever issued it speaks, and a message that
was only received ("received calls saying ...") speaks for its unnamed makers, not for the receiver."""

from __future__ import annotations

import pytest

from quote_cases import cues_speakers_and_contents


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The magazine hit back in an article stating that the city had the most billionaires.",
            ("stating", "The magazine", "that the city had the most billionaires"),
        ),
        (
            "Police received dozens of calls saying shots had been fired inside the mall.",
            ("saying", "calls", "shots had been fired inside the mall"),
        ),
        (
            "The campaign issued a statement saying the senator would not attend.",
            ("saying", "The campaign", "the senator would not attend"),
        ),
    ],
)
def test_a_message_speaks_for_whoever_issued_it(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in cues_speakers_and_contents(nlp, text)
