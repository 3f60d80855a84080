"""ISSUE-5: "ahead of the weekend", "before the weekend" is the weekend that follows the day spoken of.

That day is the one the sentence names, else publication; a past verb in a story from Monday to Thursday
with no day named put the act on an earlier weekday, so the weekend just past is meant. "over the weekend"
keeps its reading. Sentences are our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes
from newsgraph.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a Friday market report: the weekend to come (May 11-12, 2024 is ISO week 19)
        ("Bond yields slipped on Friday as dealers trimmed bets ahead of the weekend.", "2024-05-10",
         "2024-W19-WE"),
        ("Dealers trimmed their bets ahead of the weekend.", "2024-05-10", "2024-W19-WE"),
        # a day named earlier in the week: the weekend after it
        ("Copper fell on Wednesday, May 1, before the weekend.", "2024-05-10", "2024-W18-WE"),
        # a Monday paper, past tense, no day named: the weekend just past
        ("Dealers trimmed their bets ahead of the weekend.", "2024-05-06", "2024-W18-WE"),
        # looking ahead from Monday: the coming weekend
        ("Dealers will trim their bets ahead of the weekend.", "2024-05-06", "2024-W19-WE"),
        # unchanged: "over the weekend" in a Friday past-tense story is the one before
        ("The strike ended over the weekend.", "2024-05-10", "2024-W18-WE"),
    ],
)
def test_weekend_after_the_day_spoken_of(nlp, text: str, published: str, expected: str) -> None:
    found = {t.text: t.value for t in find_timexes(nlp(text), text, published=published)}
    assert found["the weekend"] == expected
