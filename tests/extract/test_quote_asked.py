"""Quote errors a user sees at once, second review round: "Asked whether ..., X said" made X the one
who asked."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "text, question",
    [
        ("Asked whether he would back the governor, Rubio said he would.", "whether he would back the governor"),
        ("When asked about the budget, the mayor said she was confident.", "the budget"),
        ("Asked if the bridge would reopen in May, Ortega said it would.", "if the bridge would reopen in May"),
    ],
)
def test_whoever_asked_goes_unnamed(nlp, text: str, question: str) -> None:  # type: ignore[no-untyped-def]
    # the fronted participle's borrowed subject is the one asked; the asker is not in the sentence
    quotes = find_quotes(nlp(text), text)
    asked = [quote for quote in quotes if quote.cue is not None and quote.cue.text.lower().startswith("asked")]
    assert [(quote.speaker, quote.content.text) for quote in asked] == [(None, question)]


def test_one_who_asks_still_asks(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "She asked whether the plan would pass."
    quotes = find_quotes(nlp(text), text)
    assert [(quote.speaker.text if quote.speaker else None, quote.content.text) for quote in quotes] == [
        ("She", "whether the plan would pass")
    ]
