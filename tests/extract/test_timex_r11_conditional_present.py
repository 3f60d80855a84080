"""ISSUE-5: a simple present in a clause of condition or time speaks of what is still to come.

"if she wins in November", "once the rule takes effect on Jan. 1": English puts the future in the present
tense after "if", "once", "when", "unless", "until", so the month or day lies ahead of publication even when
the same month a year back is nearer. A past tense in the same clause keeps the day gone. Sentences are
our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes
from newsgraph.nlp import load_pipeline

PUBLISHED = "2016-05-16"  # a Monday; November 2015 is nearer than November 2016


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("Diplomats wonder how the treaty would fare if the senator wins in November.", "November", "2016-11"),
        ("Once the new levy takes effect on Nov. 20, fares will go up.", "Nov. 20", "2016-11-20"),
        ("When the board meets on Thursday, the chairman will resign.", "Thursday", "2016-05-19"),
        # the outcome of a present condition: "could", "would" look ahead with it
        ("The quarrel could cost the party dearly in November if the mogul is its nominee.", "November", "2016-11"),
        # a past tense in the clause: the day is gone
        ("Fares went up when the board met on Thursday.", "Thursday", "2016-05-12"),
    ],
)
def test_present_in_condition_looks_ahead(nlp, text: str, expression: str, expected: str) -> None:
    found = {t.text: t.value for t in find_timexes(nlp(text), text, published=PUBLISHED)}
    assert found[expression] == expected


def test_contest_in_a_month_with_no_tense_is_ahead(nlp) -> None:
    text = "For the rebels, the party convention in November is the next test."
    found = {t.text: t.value for t in find_timexes(nlp(text), text, published=PUBLISHED)}
    assert found["November"] == "2016-11"


def test_an_opinion_poll_in_a_month_is_no_contest(nlp) -> None:
    text = "The mayor is popular, according to a statewide poll in February."
    found = {t.text: t.value for t in find_timexes(nlp(text), text, published=PUBLISHED)}
    assert found["February"] == "2016-02"
