"""A newspaper called "the daily" and a programme named by a count of minutes or hours are no time expressions."""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes
from newsgraph.nlp import load_pipeline

PUBLISHED = "2024-03-14"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _found(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_timexes(nlp(text), text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The state-run daily Pravda said the talks failed.", []),
        ("The Communist Party daily reported the decision.", []),
        ("According to the daily Kommersant, the deal is off.", []),
        ("A leading daily, Haaretz, said so.", []),
        ("She told CBS's 60 Minutes that she was innocent.", []),
        ("He appeared on 48 Hours last year.", [("last year", "2023")]),
        # the frequency and the duration stay
        ("Qantas plans daily flights to Seoul.", [("daily", "P1D")]),
        ("The list is updated daily.", [("daily", "P1D")]),
        ("Flights leave Sydney daily at noon.", [("daily", "P1D"), ("noon", "2024-03-14T12:00")]),
        ("The talks lasted 60 minutes.", [("60 minutes", "PT60M")]),
        ("The siege ended after 48 hours.", [("48 hours", "PT48H")]),
    ],
)
def test_names_that_are_no_time(nlp, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _found(nlp, text) == expected
