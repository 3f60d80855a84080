"""An object that groups what the verb acts on ("a package of sanctions", "a wave of arrests") codes as
what it groups. Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canada imposed a fresh package of sanctions on Belarus.", ("163", "CANGOV", "BLRGOV")),
        ("Japan imposed a new round of sanctions on North Korea.", ("163", "JPNGOV", "PRKGOV")),
        ("Britain announced a raft of sanctions against Iran.", ("163", "GBRGOV", "IRNGOV")),
    ],
)
def test_a_group_codes_as_what_it_groups(text: str, expected: tuple[str, str, str]) -> None:
    events = extract(text, published="2024-03-04").events
    assert expected in [(e.cameo, e.source.code, e.target and e.target.code) for e in events]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # Armour named by its qualifier: moved to a border it is a deployment, sent there a show of force.
        ("Chile moved armoured vehicles to its northern border on Sunday.", "154"),
        ("Serbia sent armored personnel carriers to the boundary line.", "150"),
    ],
)
def test_armour_named_by_its_qualifier_is_a_force(text: str, cameo: str) -> None:
    assert cameo in [event.cameo for event in extract(text, published="2024-03-04").events]
