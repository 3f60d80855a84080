"""Quotes, tenth round: a quoted show or book name that closes its sentence ('said on WKRT's "Morning
Desk."', 'in his memoir, "Hard Years on the Farm."') is no quote, even when its full stop made the
parser read it as the cue's clause; a name a naming cue gives, or a quoted sentence, still is."""

from __future__ import annotations

import pytest

from quote_cases import cues_and_contents


@pytest.mark.parametrize(
    "text, work, expected",
    [
        (
            '"We will not back down," the senator said on WKRT\'s "Morning Desk."',
            "Morning Desk.",
            [("said", "We will not back down")],
        ),
        ('He told the story in his 2019 memoir, "Hard Years on the Farm."', "Hard Years on the Farm.", []),
        (
            'The coach said the plan was the equivalent of "The Long Goodbye."',
            "The Long Goodbye.",
            [("said", 'the plan was the equivalent of "The Long Goodbye."')],
        ),
    ],
)
def test_a_quoted_work_closing_the_sentence_is_no_quote(  # type: ignore[no-untyped-def]
    nlp, text: str, work: str, expected
) -> None:
    found = cues_and_contents(nlp, text)
    assert work not in [content for _, content in found]
    assert found == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('The mayor said, "Build the bridge."', ("said", "Build the bridge.")),
        ('She shouted "Stop The Vote."', ("shouted", "Stop The Vote.")),
        ('The hacker, known as "Ironside," said he had the files.', ("known", "Ironside")),
    ],
)
def test_quoted_speech_and_given_names_stay(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in cues_and_contents(nlp, text)
