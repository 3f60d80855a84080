"""ISSUE-5: "Today is the fifth day of the strike": the present tense counts the day of publication.

"It's the second day of the siege" dates the story's own day. Told in the past ("Monday was the third
day of talks") or as a plan ("on his first day in office"), the day is another one and is left alone.
Sentences are our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes

PUBLISHED = "2019-06-14"


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Today is the fifth day of the dockworkers' strike in the port.", "the fifth day"),
        ("It's the second day of the siege, and food is running short.", "the second day"),
        ("It is the 12th straight day of protests outside parliament.", "the 12th straight day"),
        ("Residents say it's the third consecutive day of power cuts.", "the third consecutive day"),
    ],
)
def test_the_day_of_a_run_said_in_the_present(nlp, text: str, expression: str) -> None:
    found = {t.text: (t.value, t.type) for t in find_timexes(nlp(text), text, published=PUBLISHED)}
    assert found[expression] == (PUBLISHED, "DATE")


@pytest.mark.parametrize(
    "text",
    [
        "It was the third day of talks between the two delegations.",
        "She promised to act on her first day in office.",
        "The first day of the fair drew large crowds.",
    ],
)
def test_other_numbered_days_are_not_the_day_of_publication(nlp, text: str) -> None:
    assert all(t.value != PUBLISHED for t in find_timexes(nlp(text), text, published=PUBLISHED))
