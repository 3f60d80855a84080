"""Events of agents whose country nobody names (CAMEO "---REB"): a lone sentence's rebels,
police or president act, but never crowd out a party whose country is known."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from newsgraph.extract.events import find_events
from newsgraph.records import Actor, Event, Span

PUBLISHED = "2017-01-19"


def _actors(text: str, codes: dict[str, str]) -> tuple[Actor, ...]:
    actors = []
    for number, (phrase, code) in enumerate(codes.items(), start=1):
        mentions = tuple(
            Span.of(text, match.start(), match.end()) for match in re.finditer(rf"\b{re.escape(phrase)}\b", text)
        )
        assert mentions, phrase
        country = None if code.startswith("---") else code[:3]
        actors.append(Actor(f"a{number}", code, phrase, country, code[3:6] or None, mentions, "group"))
    return tuple(actors)


def _dyads(nlp: Language, text: str, codes: dict[str, str]) -> set[tuple[str, str | None, str | None]]:
    events: tuple[Event, ...] = find_events(
        nlp(text), text, actors=_actors(text, codes), timexes=(), locations={}, quotes=(), published=PUBLISHED
    )
    return {
        (event.cameo, event.source.code if event.source else None, event.target.code if event.target else None)
        for event in events
        if not event.negated
    }


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("The rebels released five hostages on Sunday.", {"rebels": "---REB"}, {("0841", "---REB", None)}),
        (
            "Police arrested ten protesters in Istanbul.",
            {"Police": "---COP", "ten protesters": "---OPP"},
            {("173", "---COP", "---OPP")},
        ),
        (
            "The president vetoed the bill passed by parliament.",
            {"president": "---GOV", "parliament": "---LEG"},
            {("129", "---GOV", "---LEG")},
        ),
        (
            "Human rights groups denounced the Egyptian government's crackdown on dissent.",
            {"Human rights groups": "---HRI", "Egyptian government": "EGYGOV"},
            {("111", "---HRI", "EGYGOV")},
        ),
    ],
)
def test_agents_of_unknown_country_act(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert _dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        (
            # Officials of unknown country who report an attack attribute the news; they accuse nobody.
            "Syrian rebels attacked Filipino peacekeepers on Saturday, officials said.",
            {"Syrian rebels": "SYRREB", "Filipino peacekeepers": "PHLMIL", "officials": "---GOV"},
            {("190", "SYRREB", "PHLMIL")},
        ),
        (
            # Next to a party whose country is known, one of unknown country adds only noise.
            "Israeli troops fired on civilians and Palestinian police.",
            {"Israeli troops": "ISRMIL", "civilians": "---CVL", "Palestinian police": "PSECOP"},
            {("190", "ISRMIL", "PSECOP")},
        ),
    ],
)
def test_unknown_country_gives_way_to_a_known_one(
    nlp: Language, text: str, codes: dict[str, str], expected: set
) -> None:
    assert _dyads(nlp, text, codes) == expected
