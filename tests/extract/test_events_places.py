"""The place an event happens in as its target of last resort: a site's own "in" phrase, and the
place of the clause a participial adjunct ("..., killing 20 people") hangs on."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        (
            "A suicide bomber blew himself up in a market in Baghdad, killing 20 people.",
            {"Baghdad": "IRQ"},
            {("183", None, "IRQ")},
        ),
        (
            "A suicide bomber killed twelve people at a market in Baghdad.",
            {"Baghdad": "IRQ"},
            {("183", None, "IRQ")},
        ),
    ],
)
def test_place_of_a_site_and_of_an_adjunct_clause(
    nlp: Language, text: str, codes: dict[str, str], expected: set
) -> None:
    assert dyads(nlp, text, codes) == expected
