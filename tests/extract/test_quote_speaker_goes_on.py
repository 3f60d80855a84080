"""After a reported clause, a naming verb that the parser coordinated with the clause's verb is the speaker
going on, as a speech verb is: "says A and calls B 'C'", "added that A and called on B to act". The reported
clause ends before it, and it speaks for the cue's speaker, not for the clause's subject. A naming verb
that names nothing in quotation marks and asks for nothing ("never called a buyer") stays in the clause."""

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
        (
            "The coach says the team played well and calls the referee “a disgrace to the sport.”",
            [
                ("says", "the team played well", "The coach"),
                ("calls", "the referee “a disgrace to the sport.”", "The coach"),
            ],
        ),
        (
            "The mayor added that the city had paid its debts and called on the state to do the same.",
            [
                ("added", "that the city had paid its debts", "The mayor"),
                ("called", "the state to do the same", "The mayor"),
            ],
        ),
    ],
)
def test_a_naming_verb_after_a_reported_clause_is_the_speaker_going_on(text: str, expected: list) -> None:
    assert _quotes(text) == expected


def test_a_naming_verb_that_names_nothing_stays_in_the_clause() -> None:
    text = "The farmer said he had never sold land and never called a buyer to ask for more."
    assert _quotes(text) == [("said", "he had never sold land and never called a buyer to ask for more", "The farmer")]
