"""Quotes, tenth round: after a past-tense cue, a verb phrase with no subject that opens with a past
modal ("said she hoped to win, and then would run again") is the reported speech going on; a plain
verb phrase ("said A and called for B") is still the speaker acting, a quote of its own."""

from __future__ import annotations

import pytest


def _quotes(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    from newsgraph.extract.quotes import find_quotes

    return [(quote.cue.text if quote.cue else "", quote.content.text) for quote in find_quotes(nlp(text), text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Ms. Lane said she hoped to get her license back, and then would keep driving for the firm.",
            ("said", "she hoped to get her license back, and then would keep driving for the firm"),
        ),
    ],
)
def test_a_backshifted_modal_goes_on_with_the_report(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _quotes(nlp, text)


def test_a_plain_second_verb_is_the_speaker_acting(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _quotes(nlp, "The mayor said the bridge was safe and called for calm.")
    assert found == [("said", "the bridge was safe"), ("called for", "calm")]
