"""Quotes, seventeenth round: a naming verb whose object has a quoted name in apposition names it ('called the
governor "the next Lincoln"'); the name's person-like look ("Lincoln") does not make it a telephone call. A
call to someone named, with nothing quoted, still gives no quote."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quote_cases import speakers_and_contents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He has also called the Ohio governor “the next Lincoln” at rallies.",
            [("He", "the Ohio governor “the next Lincoln”")],
        ),
        ("The minister called Erdogan on Monday.", []),
        ("Blinken also called Sudanese army chief Abdel Fattah al-Burhan.", []),
    ],
)
def test_a_quoted_name_in_apposition_is_named(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert speakers_and_contents(nlp, text) == expected
