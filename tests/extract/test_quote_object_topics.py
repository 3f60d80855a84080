"""An "on" or "in" phrase after a cue's object completes what was said when it names a topic, not when it
names a time or a place."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _contents(text: str) -> list[tuple[str | None, str]]:
    result = extract(text, published="2024-05-10")
    return [(quote.cue.text if quote.cue else None, quote.content.text) for quote in result.quotes]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The challenger knocked the governor on farm subsidies.", "knocked", "the governor on farm subsidies"),
        ("The union agreed with the mayor on the pension question.", "agreed with",
         "the mayor on the pension question"),
    ],
)
def test_a_topic_phrase_after_the_object_is_part_of_the_content(text: str, cue: str, content: str) -> None:
    assert (cue, content) in _contents(text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The teachers' union endorsed Alvarez in March.", "endorsed", "Alvarez"),
        ("The farmers' lobby criticized the tariff plan in Nebraska.", "criticized", "the tariff plan"),
    ],
)
def test_a_time_or_place_after_the_object_is_not(text: str, cue: str, content: str) -> None:
    assert (cue, content) in _contents(text)
