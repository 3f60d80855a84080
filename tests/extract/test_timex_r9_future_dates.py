"""A verb that looks ahead does not reach a month or day long gone: "will take effect Jan. 1" in March is next year's."""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes
from newsgraph.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The law will take effect Jan. 1.", "2024-03-14", [("Jan. 1", "2025-01-01")]),
        ("The new fee is scheduled to start Jan. 1.", "2024-03-14", [("Jan. 1", "2025-01-01")]),
        ("Talks are expected to resume in January.", "2024-03-14", [("January", "2025-01")]),
        ("The bridge will reopen on Feb. 2.", "2024-05-20", [("Feb. 2", "2025-02-02")]),
        # past tense and a date just behind publication keep the nearest year
        ("He took office on Jan. 20.", "2024-03-14", [("Jan. 20", "2024-01-20")]),
        ("The strike ended Dec. 1.", "2024-03-14", [("Dec. 1", "2023-12-01")]),
        ("The election will be held on Nov. 5.", "2024-03-14", [("Nov. 5", "2024-11-05")]),
        ("The council will vote on the plan it drew up March 2.", "2024-03-14", [("March 2", "2024-03-02")]),
    ],
)
def test_future_verb_and_month_day(nlp, text: str, published: str, expected: list[tuple[str, str]]) -> None:
    found = [(t.text, t.value) for t in find_timexes(nlp(text), text, published=published)]
    assert found == expected
