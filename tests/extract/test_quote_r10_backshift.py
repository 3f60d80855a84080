"""Quotes, tenth round: after a past-tense cue, a verb phrase with no subject that opens with a past
modal ("said she hoped to win, and then would run again") is the reported speech going on; a plain
verb phrase ("said A and called for B") is still the speaker acting, a quote of its own."""

from __future__ import annotations

import pytest

from quote_cases import cues_and_contents


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
    assert expected in cues_and_contents(nlp, text)


def test_a_plain_second_verb_is_the_speaker_acting(nlp) -> None:  # type: ignore[no-untyped-def]
    found = cues_and_contents(nlp, "The mayor said the bridge was safe and called for calm.")
    assert found == [("said", "the bridge was safe"), ("called for", "calm")]
