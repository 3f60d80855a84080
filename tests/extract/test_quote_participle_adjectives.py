"""A cue verb's participle between the opening of a noun phrase and its noun describes the noun ("475 pledged
delegates", "the party's pledged delegates") and reports nothing. A quantifier that can stand alone as the
subject ("Both pledged support ...") leaves the verb a cue."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quote_cases import cues_speakers_and_contents


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Some 475 pledged delegates are at stake in the state.", []),
        ("The party's pledged delegates will meet in Denver in July.", []),
        ("Both pledged support for the new budget.", [("pledged", "Both", "support for the new budget")]),
        ("The union said its members would strike.", [("said", "The union", "its members would strike")]),
    ],
)
def test_a_participle_before_its_noun_is_no_cue(nlp: Language, text: str, expected: list) -> None:
    assert cues_speakers_and_contents(nlp, text) == expected
