"""ISSUE-5: "June of that year", "March 3 of the following year" fall in the year the story last named.

The month was read alone, from publication, and then became the date "that year" counted from; read as
one expression it takes the named year. Sentences are our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes
from newsgraph.nlp import load_pipeline

PUBLISHED = "2016-04-20"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("The dam was finished in 1936. By May of that year, the reservoir was full.", "May of that year",
         ("1936-05", None)),
        ("The senator lost in 1992 but recovered by early June of that year.", "early June of that year",
         ("1992-06", "START")),
        ("The pact was signed on May 5, 1955, and took effect on March 3 of the following year.",
         "March 3 of the following year", ("1956-03-03", None)),
        # no year named before: the year of publication
        ("Officials expect the tunnel to open in August of that year.", "August of that year", ("2016-08", None)),
    ],
)
def test_month_in_the_year_named(nlp, text: str, expression: str, expected: tuple[str, str | None]) -> None:
    found = {t.text: (t.value, t.mod) for t in find_timexes(nlp(text), text, published=PUBLISHED)}
    assert found[expression] == expected
