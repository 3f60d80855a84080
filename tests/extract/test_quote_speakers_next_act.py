"""A verb the parser coordinated with a word of a phrase content, in the cue's form and not that word's, is
what the speaker did next, not more of what was said: "was touting his record and hammering his rival" (a
record is not hammered), "has proposed banning X and has defended Y". The content stops before
it. A verb in the same form as the word it joins ("spoke of acknowledging mistakes and learning from
them") and the verbs of a reported clause with its own subject ("said she was tired and wanted to rest")
stay in the content."""

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
            "The senator was touting his farm record upstate and hammering his rival on taxes in the city.",
            [("touting", "his farm record upstate", "The senator")],
        ),
        (
            "The candidate has proposed temporarily banning imports from the region and has repeatedly defended "
            "new tariffs on steel.",
            [
                ("proposed", "temporarily banning imports from the region", "The candidate"),
                ("defended", "new tariffs on steel", "The candidate"),
            ],
        ),
    ],
)
def test_a_verb_in_the_cues_form_is_the_speakers_next_act(text: str, expected: list) -> None:
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The coach spoke of acknowledging mistakes and learning from them.",
            [("spoke of", "acknowledging mistakes and learning from them", "The coach")],
        ),
        (
            "He said she was tired and wanted to rest.",
            [("said", "she was tired and wanted to rest", "He")],
        ),
    ],
)
def test_a_verb_in_the_form_of_the_word_it_joins_stays_in_the_content(text: str, expected: list) -> None:
    assert _quotes(text) == expected
