"""ISSUE-5: a day or month after "ahead of", "heading into", "in the run-up to", "toward" is still to come,
as is a contest's day after "before" ("days before Tuesday's primary").

"ahead of Tuesday's primary" in a present or present-perfect clause is the coming Tuesday; after a day
the sentence names, it is the first such day after it. A clause in the simple past may look back on a day
already gone and keeps the usual reading. Sentences are our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes
from newsgraph.nlp import load_pipeline

PUBLISHED = "2016-04-15"  # a Friday


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("The contest has grown bitter ahead of Ohio's closely watched Tuesday primary.", "Tuesday", "2016-04-19"),
        ("Heading into Tuesday's caucuses, the governor leads by six points.", "Tuesday", "2016-04-19"),
        ("Dealers are wary ahead of Monday's rate decision.", "Monday", "2016-04-18"),
        # after the day the sentence names
        ("Copper slid on Tuesday, April 12, ahead of Thursday's trade figures.", "Thursday", "2016-04-14"),
        # "before" a contest held on a set day
        ("The volunteers were hoping to meet the senator before Monday's caucuses.", "Monday", "2016-04-18"),
        ("His shaky debate just days before Tuesday's primary has emboldened his rivals.", "Tuesday", "2016-04-19"),
        # a bare participle takes the tense of the clause above it: the polls are in, the day is gone
        ("The scant polling done before Tuesday's caucuses showed a tie.", "Tuesday", "2016-04-12"),
        # unchanged: a simple past may look back; no "ahead of" at all
        ("Heading into Tuesday's caucuses, the governor trailed his rival.", "Tuesday", "2016-04-12"),
        ("The governor won Tuesday's caucuses.", "Tuesday", "2016-04-12"),
    ],
)
def test_awaited_day_lies_ahead(nlp, text: str, expression: str, expected: str) -> None:
    found = {t.text: t.value for t in find_timexes(nlp(text), text, published=PUBLISHED)}
    assert found[expression] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # November 2015 is nearer a March 2016 story than November 2016; "toward" says which one
        ("The senator is marching toward November with a divided party behind her.", "2016-03-09", "2016-11"),
        ("The mood has soured ahead of the party's November congress.", "2016-03-09", "2016-11"),
        # unchanged: a simple past may look back
        ("Officials worked toward December, when the talks collapsed.", "2016-03-09", "2015-12"),
    ],
)
def test_awaited_month_lies_ahead(nlp, text: str, published: str, expected: str) -> None:
    months = [t.value for t in find_timexes(nlp(text), text, published=published) if t.text in ("November", "December")]
    assert months == [expected]
