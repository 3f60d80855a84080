"""ISSUE-5: the last group of a telephone number or a code is no year ("call 555-1990", "1-800-555-2012").

A year is never written after a group of one to three digits and a hyphen; a range of years ("1990-1995")
and a split season ("the 2012-13 season") keep their years. Sentences are our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes
from newsgraph.nlp import load_pipeline

PUBLISHED = "2016-06-15"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _values(nlp, text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in find_timexes(nlp(text), text, published=PUBLISHED)}


@pytest.mark.parametrize(
    "text",
    [
        "Readers with tips can call the newsroom at 555-1990 with their questions.",
        "For tickets, phone (312) 555-2000 or write to the box office.",
        "The helpline, 1-800-555-2012, is open to veterans.",
    ],
)
def test_telephone_numbers_name_no_year(nlp, text: str) -> None:
    assert _values(nlp, text) == {}


def test_year_ranges_keep_both_years(nlp) -> None:
    found = _values(nlp, "Exports to the region doubled in 1990-1995, the ministry said.")
    assert found.get("1990") == "1990" and found.get("1995") == "1995"


def test_telephone_number_beside_a_year(nlp) -> None:
    found = _values(nlp, "The clinic, open since 2009, takes calls on 555-2011.")
    assert found == {"2009": "2009"}
