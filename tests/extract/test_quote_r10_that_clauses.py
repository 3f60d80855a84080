"""Quotes, tenth round: a that-clause after a cue that the parser did not take as its complement is
still what was said: read as a relative clause of a noun in between ("told reporters for the first time that
..."), or as an adverbial clause ("complained soon after that ...", "reminding voters that ...")."""

from __future__ import annotations

import pytest

from quote_cases import cues_and_contents


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            # the parser reads "that" as the adverb of a relative clause on "time"
            "The clerk told reporters for the first time that several ballots had been found.",
            ("told", "that several ballots had been found"),
        ),
        (
            "Many residents complained soon after that the long queues hurt turnout among older voters.",
            ("complained", "that the long queues hurt turnout among older voters"),
        ),
        (
            "The mayor kept reminding voters that the plant had closed twice.",
            ("reminding", "that the plant had closed twice"),
        ),
    ],
)
def test_a_that_clause_the_parser_hung_elsewhere_is_the_content(  # type: ignore[no-untyped-def]
    nlp, text: str, expected
) -> None:
    assert expected in cues_and_contents(nlp, text)


def test_a_relative_that_after_a_speech_event_stays_out(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the moment that the polls closed" tells when; "spoke" reports nothing
    assert cues_and_contents(nlp, "The mayor spoke at the moment that the polls closed.") == []
