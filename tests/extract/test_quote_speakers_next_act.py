"""A verb the parser coordinated with a word of a phrase content, in the cue's form and not that word's, is
what the speaker did next, not more of what was said: "was touting his record and hammering his rival" (a
record is not hammered), "has proposed banning X and has defended Y". The content stops before
it. A verb in the same form as the word it joins ("spoke of acknowledging mistakes and learning from
them") and the verbs of a reported clause with its own subject ("said she was tired and wanted to rest")
stay in the content."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quote_cases import cues_speakers_and_contents


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The senator was touting his farm record upstate and hammering his rival on taxes in the city.",
            [("touting", "The senator", "his farm record upstate")],
        ),
        (
            "The candidate has proposed temporarily banning imports from the region and has repeatedly defended "
            "new tariffs on steel.",
            [
                ("proposed", "The candidate", "temporarily banning imports from the region"),
                ("defended", "The candidate", "new tariffs on steel"),
            ],
        ),
    ],
)
def test_a_verb_in_the_cues_form_is_the_speakers_next_act(nlp: Language, text: str, expected: list) -> None:
    assert cues_speakers_and_contents(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The coach spoke of acknowledging mistakes and learning from them.",
            [("spoke of", "The coach", "acknowledging mistakes and learning from them")],
        ),
        (
            "He said she was tired and wanted to rest.",
            [("said", "He", "she was tired and wanted to rest")],
        ),
    ],
)
def test_a_verb_in_the_form_of_the_word_it_joins_stays_in_the_content(nlp: Language, text: str, expected: list) -> None:
    assert cues_speakers_and_contents(nlp, text) == expected
