"""ISSUE-5: quarters and halves written as codes ("Q3", "H1 2023"), and halves counted as quarters are.

"Q1".."Q4" and "H1"/"H2" (upper case only) read as "the first quarter", "the second half"; a year after them
is theirs, and a bare one after another of a written year in the same sentence is in that year. "the second
half of the year" is one expression. A half named in the past tense that has not begun
yet at publication is the one just reported, a year back, as a quarter already was. Sentences are our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes

PUBLISHED = "2021-08-11"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The brewer's Q2 volumes slipped 3%.", [("Q2", "2021-Q2")]),
        ("Shipments should recover in Q4, the chief executive said.", [("Q4", "2021-Q4")]),
        ("Margins narrowed in Q3 2019 and again in Q1 of 2020.", [("Q3 2019", "2019-Q3"), ("Q1 of 2020", "2020-Q1")]),
        ("The carrier lost money in H1 2020 and in H2 2021.", [("H1 2020", "2020-H1"), ("H2 2021", "2021-H2")]),
        ("Guidance for H2 was left unchanged.", [("H2", "2021-H2")]),
        # lower case is not the code: a bus line, a variable, a title
        ("Riders of the h2 shuttle complained about delays.", []),
        ("The q4 key on the old keyboard stuck.", []),
        ("Her Audi Q3 was towed from the square.", []),
    ],
)
def test_quarter_and_half_codes(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(t.text, t.value) for t in find_timexes(nlp(text), text, published=PUBLISHED)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "published", "expression", "expected"),
    [
        # "of the year" belongs to the half
        ("Freight demand picks up in the second half of the year.", "2021-08-11", "the second half of the year",
         "2021-H2"),
        ("Hiring stalled in the first half of the calendar year.", "2021-08-11", "the first half of the calendar year",
         "2021-H1"),
        # a half reported in the past before it has begun is last year's
        ("Rents climbed 6% in the second half, the agency said.", "2022-02-09", "the second half", "2021-H2"),
        ("The airline flew fewer passengers in the second half of the year.", "2022-03-02",
         "the second half of the year", "2021-H2"),
        # looking ahead, or a half already under way, stays this year's
        ("The agency expects rents to climb in the second half.", "2022-02-09", "the second half", "2022-H2"),
        ("Rents climbed 6% in the first half, the agency said.", "2022-09-09", "the first half", "2022-H1"),
        ("Rents climbed 6% in the second half, the agency said.", "2022-09-09", "the second half", "2022-H2"),
    ],
)
def test_half_of_the_year(nlp, text: str, published: str, expression: str, expected: str) -> None:
    found = {t.text: t.value for t in find_timexes(nlp(text), text, published=published)}
    assert found[expression] == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a bare numbered quarter or half after one of a written year, in the same sentence: that year's
        ("Orders shrank in the second quarter of 2017 and grew in the third quarter.", "the third quarter",
         "2017-Q3"),
        ("The carrier lost money in H1 2020 but broke even in H2.", "H2", "2020-H2"),
        # another sentence, or a bare year, leaves the quarter to publication
        ("Orders shrank in the second quarter of 2017. The third quarter will be better.", "The third quarter",
         "2021-Q3"),
        ("Founded in 1990, the firm expects a profit in the fourth quarter.", "the fourth quarter", "2021-Q4"),
    ],
)
def test_part_of_a_year_named_before(nlp, text: str, expression: str, expected: str) -> None:
    found = {t.text: t.value for t in find_timexes(nlp(text), text, published=PUBLISHED)}
    assert found[expression] == expected
