"""ISSUE-5: "two years later", "three days earlier" count from the date the story last named, not from publication.

Only with no date named before (or one too coarse for the unit, or a stretch of time named since) does
TimeBank's reading stay: "N days later" is the stretch (P3D), "two years later" too, and "a year earlier"
is the year before publication. Sentences are our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes
from newsgraph.nlp import load_pipeline

PUBLISHED = "2016-06-15"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _value(nlp, text: str, expression: str) -> tuple[str | None, str]:
    found = {t.text: (t.value, t.type) for t in find_timexes(nlp(text), text, published=PUBLISHED)}
    return found[expression]


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("The bakery was founded in 1998. Two years later it opened a second shop.", "Two years later",
         ("2000", "DATE")),
        ("The ferry sank on March 3, 2009. Three days later the divers found the wreck.", "Three days later",
         ("2009-03-06", "DATE")),
        ("The treaty was signed on 12 May 2011. A week earlier, the talks had nearly collapsed.", "A week earlier",
         ("2011-W18", "DATE")),
        ("The mayor resigned in April 2013. Four months later, her deputy followed.", "Four months later",
         ("2013-08", "DATE")),
        ("The dam burst in 1931; a decade earlier engineers had warned of cracks.", "a decade earlier",
         ("1921", "DATE")),
        # a weekday is a named day as well
        ("The strike began on Monday. Two days later the union backed down.", "Two days later",
         ("2016-06-15", "DATE")),
        # the result is itself a date the next one counts from
        ("The club was founded in 1950. Ten years later it moved, and five years later it closed.",
         "five years later", ("1965", "DATE")),
        # no date named before: the stretch, or for "a year earlier" the year before publication
        ("Two years later, nothing had changed in the village.", "Two years later", ("P2Y", "DURATION")),
        ("Three days later, the river rose again.", "Three days later", ("P3D", "DURATION")),
        ("Rents are up 4% on a year earlier.", "a year earlier", ("2015", "DATE")),
        # a comparison with the period reported is no narrative step back from the date last named
        ("The bakery, which opened in 1985, says bread sales rose 5% from a year earlier.", "a year earlier",
         ("2015", "DATE")),
        ("The bakery opened in 1985. Its bread sales are up 5% compared with a year earlier.", "a year earlier",
         ("2015", "DATE")),
        ("The bakery opened in 1985. A year earlier, its owner had lost his job at the mill.", "A year earlier",
         ("1984", "DATE")),
        # a date too coarse for the unit: "a week earlier" than a month is no day
        ("The plant closed in May 2011. A week earlier, workers had marched.", "A week earlier", ("P1W", "DURATION")),
        # a stretch named since the date moved the story's clock by an unknown amount
        ("The court ruled on April 22. Lawyers have 14 days to appeal, and the order takes effect seven days later.",
         "seven days later", ("P7D", "DURATION")),
        # vague amounts and hours stay stretches
        ("The storm hit on Oct. 3, 2012. A few days later the power returned.", "A few days later",
         ("PXD", "DURATION")),
        ("The polls closed on Nov. 8, 2016. Two hours later the result was clear.", "Two hours later",
         ("PT2H", "DURATION")),
    ],
)
def test_later_counts_from_the_date_named_before(nlp, text: str, expression: str,
                                                 expected: tuple[str | None, str]) -> None:
    assert _value(nlp, text, expression) == expected
