"""Reported speech the quote extractor used to miss (issue #3, recall on unseen articles): speech-act
verbs whose object is what was said, ..."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import find_quotes
from newsgraph.records import Quote


def _quotes(nlp, text: str) -> tuple[Quote, ...]:  # type: ignore[no-untyped-def]
    return find_quotes(nlp(text), text)


def _triples(quotes: tuple[Quote, ...]) -> list[tuple[str | None, str | None, str]]:
    return [
        (quote.speaker.text if quote.speaker else None, quote.cue.text if quote.cue else None, quote.content.text)
        for quote in quotes
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The governor proclaimed a new era of cooperation with the unions.",
            ("The governor", "proclaimed", "a new era of cooperation with the unions"),
        ),
        (
            "In his sermon the senator preached patience to restless voters.",
            ("the senator", "preached", "patience to restless voters"),
        ),
        ("Ortega lauded the mayor's handling of the flood.", ("Ortega", "lauded", "the mayor's handling of the flood")),
        ("Critics have savaged the budget plan.", ("Critics", "savaged", "the budget plan")),
        (
            "The minister downplayed the risk of a second wave.",
            ("The minister", "downplayed", "the risk of a second wave"),
        ),
        ("She is mulling a run for the Senate in 2028.", ("She", "mulling", "a run for the Senate")),
        (
            "The columnist lampooned the council's parking rules.",
            ("The columnist", "lampooned", "the council's parking rules"),
        ),
        (
            "Allies of the mayor trumpeted the new jobs figures.",
            ("Allies of the mayor", "trumpeted", "the new jobs figures"),
        ),
    ],
)
def test_a_speech_act_verb_takes_its_object_as_content(nlp, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    # praising, mocking, downplaying or weighing something is a stance the speaker voiced on it
    assert _triples(_quotes(nlp, text)) == [expected]
