"""The place an event happens in as its target of last resort: a site's own "in" phrase, and the
place of the clause a participial adjunct ("..., killing 20 people") hangs on."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from newsgraph.extract.events import find_events
from newsgraph.records import Actor, Span

PUBLISHED = "2017-01-19"


def _dyads(nlp: Language, text: str, codes: dict[str, str]) -> set[tuple[str, str | None, str | None]]:
    actors = []
    for number, (phrase, code) in enumerate(codes.items(), start=1):
        mentions = tuple(Span.of(text, m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(phrase)}\b", text))
        assert mentions, phrase
        actors.append(Actor(f"a{number}", code, phrase, code[:3], code[3:6] or None, mentions))
    events = find_events(
        nlp(text), text, actors=tuple(actors), timexes=(), locations={}, quotes=(), published=PUBLISHED
    )
    return {
        (event.cameo, event.source.code if event.source else None, event.target.code if event.target else None)
        for event in events
        if not event.negated
    }


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        (
            "A suicide bomber blew himself up in a market in Baghdad, killing 20 people.",
            {"Baghdad": "IRQ"},
            {("183", None, "IRQ"), ("190", None, "IRQ")},
        ),
        (
            "A suicide bomber killed twelve people at a market in Baghdad.",
            {"Baghdad": "IRQ"},
            {("190", None, "IRQ")},
        ),
    ],
)
def test_place_of_a_site_and_of_an_adjunct_clause(
    nlp: Language, text: str, codes: dict[str, str], expected: set
) -> None:
    assert _dyads(nlp, text, codes) == expected
