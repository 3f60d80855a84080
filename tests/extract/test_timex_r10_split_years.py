"""ISSUE-5: "the 2012-13 season", "fiscal 2015/16": a year that runs into the next one is one DATE.

Valued as the year it opens, since a TIMEX3 value names one period; the span keeps both years. A range of
years that are not consecutive ("2009-14") stays what it was. Sentences are our own.
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
        ("The striker scored 30 goals in the 2012-13 season.", [("2012-13", "2012")]),
        ("Their 1999-2000 campaign ended in a cup final.", [("1999-2000", "1999")]),
        ("The council approved its 2014/15 budget.", [("2014/15", "2014")]),
        ("School fees rose in the 2010\u201311 school year.", [("2010\u201311", "2010")]),
        ("Exports fell in fiscal 2015-16.", [("fiscal 2015-16", "2015")]),
        # not consecutive: a range, each year its own expression as before
        ("The dam was built over 2009-2014.", [("2009", "2009"), ("2014", "2014")]),
        # a labelled number is no season
        ("Flight 2012-13 was delayed.", []),
        # a full date stays a date
        ("The ferry sailed on 2013-04-02.", [("2013-04-02", "2013-04-02")]),
    ],
)
def test_years_that_run_into_the_next(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(t.text, t.value) for t in find_timexes(nlp(text), text, published=PUBLISHED)]
    assert found == expected
