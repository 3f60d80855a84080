"""A year between a determiner and a vehicle maker names a model ("his 2003 Toyota"), not a date."""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes
from newsgraph.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police found his 2003 Toyota Camry abandoned.", []),
        ("She drove a 1998 Ford pickup to the border.", []),
        ("The suspect's 1991 Honda Civic was towed.", []),
        # a year that dates something stays
        ("In 1974 Ford pardoned Nixon.", [("1974", "1974")]),
        ("The 2024 budget was approved.", [("2024", "2024")]),
    ],
)
def test_model_years(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    found = [(t.text, t.value) for t in find_timexes(nlp(text), text, published="2024-03-14")]
    assert found == expected
