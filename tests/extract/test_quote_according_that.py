""""According to X" right after the "that" of a reported clause frames that clause: the speaker's content
keeps it whole ("said that, according to its count, A") and the frame's content is what follows, not the
speaker's words before it."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _quotes(text: str) -> list[tuple[str | None, str]]:
    result = extract(text, published="2024-05-10")
    return [(quote.cue.text if quote.cue else None, quote.content.text) for quote in result.quotes]


@pytest.mark.parametrize("comma", ["", ","])
def test_according_to_after_that_frames_the_reported_clause(comma: str) -> None:
    text = (
        f"A union steward said on Friday that{comma} according to its own tally, "
        "the union has signed up 900 new members."
    )
    quotes = _quotes(text)
    assert ("said", f"that{comma} according to its own tally, the union has signed up 900 new members") in quotes
    assert ("according to", "the union has signed up 900 new members") in quotes


def test_according_to_at_the_end_still_attributes_what_comes_before() -> None:
    quotes = _quotes("Ferry traffic rose sharply, according to the port.")
    assert ("according to", "Ferry traffic rose sharply") in quotes
