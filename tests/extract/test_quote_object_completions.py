"""What the parser hung on the cue as an adverbial clause right after a phrase content can still complete it: an
"as" with no subject of its own says what the object was said to be ("described the city as beset by
crime"), and a to-infinitive says what the object was asked to do, even when its verb is a cue itself
("called for the chairman to release his records": one request, not a second quote). An "as" clause with a
subject of its own is the writer's time or reason ("criticized the plan as the vote neared")."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _quotes(text: str) -> list[tuple[str | None, str, str | None]]:
    quotes = extract(text, published="2024-05-10").quotes
    return [
        (quote.cue.text if quote.cue else None, quote.content.text, quote.speaker.text if quote.speaker else None)
        for quote in quotes
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The governor described the city as beset by crime and debt.",
            [("described", "the city as beset by crime and debt", "The governor")],
        ),
        ("Officials considered the files as classified.", [("considered", "the files as classified", "Officials")]),
        (
            "The union called for the former chairman to release his tax records.",
            [("called for", "the former chairman to release his tax records", "The union")],
        ),
        ("The senator criticized the plan as the vote neared.", [("criticized", "the plan", "The senator")]),
    ],
)
def test_an_adverbial_clause_after_the_object_completes_it(text: str, expected: list) -> None:
    assert _quotes(text) == expected
