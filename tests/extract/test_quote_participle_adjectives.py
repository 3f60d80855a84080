"""A cue verb's participle between the opening of a noun phrase and its noun describes the noun ("475 pledged
delegates", "the party's pledged delegates") and reports nothing. A quantifier that can stand alone as the
subject ("Both pledged support ...") leaves the verb a cue."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _quotes(text: str) -> list[tuple[str | None, str, str | None]]:
    quotes = extract(text, published="2024-05-10").quotes
    return [
        (quote.cue.text if quote.cue else None, quote.content.text, quote.speaker.text if quote.speaker else None)
        for quote in quotes
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Some 475 pledged delegates are at stake in the state.", []),
        ("The party's pledged delegates will meet in Denver in July.", []),
        ("Both pledged support for the new budget.", [("pledged", "support for the new budget", "Both")]),
        ("The union said its members would strike.", [("said", "its members would strike", "The union")]),
    ],
)
def test_a_participle_before_its_noun_is_no_cue(text: str, expected: list) -> None:
    assert _quotes(text) == expected
