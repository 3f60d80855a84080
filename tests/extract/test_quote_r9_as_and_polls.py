"""Quotes, ninth round: a relative clause's "as" phrase is what its cue called the noun ("the coach,
whom he described as 'a born leader'"), and a poll closing a sentence whose subject opens with an
article or a title ("The mayor slipped to third place in a city poll") is still its source."""

from __future__ import annotations

import pytest

from quote_cases import cues_speakers_and_contents


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'He praised the new coach, whom he described as "a born leader," and thanked the fans.',
            ("described", "he", 'as "a born leader,"'),
        ),
        (
            "The team moved to Leeds, which the owner describes as his second home.",
            ("describes", "the owner", "as his second home"),
        ),
        (
            "The fund backed the builder, whom several bankers regard as a safe pair of hands.",
            ("regard", "several bankers", "as a safe pair of hands"),
        ),
    ],
)
def test_a_relative_clause_gives_its_as_phrase(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in cues_speakers_and_contents(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The mayor slipped to third place in a city poll released Wednesday.",
            ("in", "a city poll", "The mayor slipped to third place"),
        ),
        (
            "Former Governor Ellis is ahead in two recent statewide polls.",
            ("in", "two recent statewide polls", "Former Governor Ellis is ahead"),
        ),
    ],
)
def test_a_closing_poll_is_the_source_of_its_clause(nlp, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert cues_speakers_and_contents(nlp, text) == [expected]


def test_a_fronted_phrase_keeps_a_closing_poll_out(nlp) -> None:  # type: ignore[no-untyped-def]
    # a clause opened by a time phrase is no poll's claim about its subject alone
    assert cues_speakers_and_contents(nlp, "Last week, the mayor slipped to third place in a city poll.") == []
