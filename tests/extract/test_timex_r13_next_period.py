"""ISSUE-5: "The next year" in a story told in the past is the year after the date it named, not a stretch.

"The plant opened in 2004. The next year it doubled output" is 2005, as "the following year" already was; the
same for "the next month" and "the next week". Ahead of publication, or after "over", "within", "in", it stays
the stretch of time it was ("over the next year" P1Y). Sentences are our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes

PUBLISHED = "2018-03-14"


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("The plant opened in 2004. The next year it doubled its output.", "The next year", "2005"),
        ("The dam was finished in 1961, and the next year the valley flooded.", "the next year", "1962"),
        ("The league folded in October 2011. The next month its players sued.", "The next month", "2011-11"),
        ("The siege began on April 9, 2015. The next week, aid convoys were turned back.", "The next week",
         "2015-W16"),
        # a stretch of time ahead, or counted "over" or "within"
        ("The co-operative will hire 40 people over the next year.", "the next year", "P1Y"),
        ("Rents may rise sharply within the next month.", "the next month", "P1M"),
        ("The plant opened in 2004 and will close in the next year.", "the next year", "P1Y"),
    ],
)
def test_the_next_period(nlp, text: str, expression: str, expected: str) -> None:
    found = {t.text: t.value for t in find_timexes(nlp(text), text, published=PUBLISHED)}
    assert found[expression] == expected
