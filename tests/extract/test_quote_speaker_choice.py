"""Which of the words a parse offers speaks: the subject next to the cue's verb, not a fronted place."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # The parser makes the place of a wire dateline a second subject of the verb.
        (
            "Denver (AFP) – Republican Dana Whitcomb has taken aim at her Democratic opponent Tom Reyes over"
            " farm policy, saying that “reckless tariffs” hurt growers.",
            "that “reckless tariffs” hurt growers",
            "Dana Whitcomb",
        ),
        (
            "Speaking to a packed school gym in Concord, New Hampshire, Vance turned on Hale, calling him"
            " “a total fraud.”",
            "him “a total fraud.”",
            "Vance",
        ),
    ],
)
def test_the_subject_next_to_the_verb_speaks(nlp, text, content, speaker) -> None:  # type: ignore[no-untyped-def]
    assert _speaker(nlp, text, content) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The leaked memo prompted Senator Dana Whitcomb to accuse the agency of a cover-up.",
            "the agency of a cover-up",
            "Dana Whitcomb",
        ),
        (
            "The surprise defeat led party officials to say that the primary rules had been unfair.",
            "that the primary rules had been unfair",
            "party officials",
        ),
        (
            "The mayor's sudden exit left many residents to wonder whether the budget would ever pass.",
            "whether the budget would ever pass",
            "many residents",
        ),
        # Not a causing verb: the subject uses the hearing and claims.
        ("Whitcomb used the hearing to claim that the agency had lied.", "that the agency had lied", "Whitcomb"),
    ],
)
def test_whom_a_causing_verb_moves_to_speak_speaks(nlp, text, content, speaker) -> None:  # type: ignore[no-untyped-def]
    assert _speaker(nlp, text, content) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Later the mayor spent much of her ten-minute speech attacking the city council.",
            "the city council",
            "the mayor",
        ),
        (
            "Ana Ruiz spent most of the interview defending her vote on the bridge.",
            "her vote on the bridge",
            "Ana Ruiz",
        ),
    ],
)
def test_who_spends_a_speech_on_it_speaks(nlp, text, content, speaker) -> None:  # type: ignore[no-untyped-def]
    assert _speaker(nlp, text, content) == speaker


def _speaker(nlp, text: str, content: str) -> str | None:  # type: ignore[no-untyped-def]
    """The speaker span's words of the quote whose content is ``content``."""
    quotes = {quote.content.text: quote for quote in find_quotes(nlp(text), text)}
    speaker = quotes[content].speaker
    return speaker.text if speaker is not None else None
