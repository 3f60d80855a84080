"""ISSUE-5: "soon" on a verb that looks ahead is TimeBank's FUTURE_REF; "as soon as", "soon after" and a past
"soon" are not. Sentences are our own.
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
        ("The regulator may soon fine the bank.", [("soon", "FUTURE_REF")]),
        ("The bridge will reopen soon.", [("soon", "FUTURE_REF")]),
        ("The club hopes to soon sign a new keeper.", [("soon", "FUTURE_REF")]),
        # past, counted from something else, or a degree
        ("The fire was soon under control.", []),
        ("The rumour soon spread across town.", []),
        ("She resigned soon after the vote.", []),
        ("Call us as soon as you land.", []),
        ("It is too soon to judge the plan.", []),
    ],
)
def test_soon(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(t.text, t.value) for t in find_timexes(nlp(text), text, published=PUBLISHED)]
    assert found == expected
