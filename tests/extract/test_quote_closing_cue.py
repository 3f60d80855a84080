"""A cue closing its sentence after a comma ("A, the minister said on Monday, after ...") that the parser made a
verb coordinated with A: A is the content and the outer attribution, the cue inside it none of its own.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from quote_cases import cues_speakers_and_contents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India and China have agreed to resume joint patrols along their disputed Himalayan border, India's"
            " foreign secretary said on Monday, after two days of talks between senior diplomats in Beijing.",
            ("said", "India's foreign secretary",
             "India and China have agreed to resume joint patrols along their disputed Himalayan border"),
        ),
        (
            "The two sides will resume patrols, India's foreign secretary said on Monday, after two days of talks.",
            ("said", "India's foreign secretary", "The two sides will resume patrols"),
        ),
    ],
)
def test_a_closing_cue_reports_the_clause_before_it(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    quotes = cues_speakers_and_contents(nlp, text)
    assert expected in quotes
    assert len(quotes) == 1  # "agreed to" inside the content is no attribution of its own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A coordination the writer made: the second clause is the cue's own.
        (
            "The rebels seized the town, and the army said it would retake it within days.",
            ("said", "the army", "it would retake it within days"),
        ),
    ],
)
def test_a_coordinated_cue_keeps_its_own_content(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in cues_speakers_and_contents(nlp, text)
