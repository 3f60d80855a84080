"""What the parser hung on the cue as an adverbial clause right after a phrase content can still complete it: an
"as" with no subject of its own says what the object was said to be ("described the city as beset by
crime"), and a to-infinitive says what the object was asked to do, even when its verb is a cue itself
("called for the chairman to release his records": one request, not a second quote). An "as" clause with a
subject of its own is the writer's time or reason ("criticized the plan as the vote neared")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quote_cases import cues_speakers_and_contents


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The governor described the city as beset by crime and debt.",
            [("described", "The governor", "the city as beset by crime and debt")],
        ),
        ("Officials considered the files as classified.", [("considered", "Officials", "the files as classified")]),
        (
            "The union called for the former chairman to release his tax records.",
            [("called for", "The union", "the former chairman to release his tax records")],
        ),
        ("The senator criticized the plan as the vote neared.", [("criticized", "The senator", "the plan")]),
    ],
)
def test_an_adverbial_clause_after_the_object_completes_it(nlp: Language, text: str, expected: list) -> None:
    assert cues_speakers_and_contents(nlp, text) == expected
