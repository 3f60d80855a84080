"""ISSUE-5: a quarter or half named without its year, when the verb looks ahead.

"Profit will rise in the first quarter" in a November story is next year's first quarter, not the one gone
(it was the quarter of the year of publication whatever the verb). The quarter that ended with the last
calendar quarter is the one the season's reports are about, so "expects to report a third-quarter loss" in
October keeps that quarter. Sentences are our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes


@pytest.mark.parametrize(
    ("published", "text", "expression", "expected"),
    [
        ("2021-11-10", "The airline will return to profit in the first quarter.", "the first quarter", "2022-Q1"),
        ("2021-11-10", "The mill is scheduled to reopen in the second quarter.", "the second quarter", "2022-Q2"),
        ("2021-11-10", "Exports should recover in the first half.", "the first half", "2022-H1"),
        ("2021-05-12", "The bank expects margins to widen in the third quarter.", "the third quarter", "2021-Q3"),
        # the quarter or half just ended is the one to be reported
        ("2021-10-20", "The grocer expects to report a third-quarter loss.", "third-quarter", "2021-Q3"),
        ("2021-08-04", "The brewer will publish first-half results next month.", "first-half", "2021-H1"),
        # unchanged: the verb looks back
        ("2021-11-10", "The airline returned to profit in the first quarter.", "the first quarter", "2021-Q1"),
        ("2021-01-19", "Sales fell in the fourth quarter.", "the fourth quarter", "2020-Q4"),
        # unchanged: a part still to come this year
        ("2021-02-09", "The agency expects rents to climb in the second half.", "the second half", "2021-H2"),
    ],
)
def test_a_part_of_the_year_ahead(nlp, published: str, text: str, expression: str, expected: str) -> None:
    found = {t.text: t.value for t in find_timexes(nlp(text), text, published=published)}
    assert found[expression] == expected
