"""ISSUE-5: "the sixties", "the late eighties": decades written as words are the 1900s' decades.

The value is TimeBank's decade value, as for "the 1960s" (196). "in her sixties" is an age and
"temperatures in the sixties" are degrees. Sentences are our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes
from newsgraph.nlp import load_pipeline

PUBLISHED = "2016-06-15"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Folk songs from the sixties filled the hall.", [("the sixties", "196", None)]),
        ("In the nineties, rents in the city doubled.", [("the nineties", "199", None)]),
        ("The mill was built in the late twenties.", [("the late twenties", "192", "END")]),
        ("The club peaked in the mid-fifties.", [("the mid-fifties", "195", "MID")]),
        ("The pier dates from the early seventies.", [("the early seventies", "197", "START")]),
        ("The Roaring Twenties ended in a crash.", [("The Roaring Twenties", "192", None)]),
        ("Posters from the 'eighties lined the walls.", [("the 'eighties", "198", None)]),
        # digits keep working as before
        ("The tower went up in the 1970s.", [("the 1970s", "197", None)]),
        # ages and temperatures are not decades
        ("The mayor, in her sixties, has two sons.", []),
        ("He retired in his early forties.", []),
        ("Temperatures stayed in the sixties.", []),
        ("Highs will reach the upper seventies.", []),
    ],
)
def test_decades_in_words(nlp, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = [(t.text, t.value, t.mod) for t in find_timexes(nlp(text), text, published=PUBLISHED)]
    assert found == expected
