"""Roles held outside the body a name is given with: a critic stands against it.
Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _coded(text: str) -> dict[str, str | None]:
    result = extract(text, published="2024-05-10")
    return {mention.text: actor.code for actor in result.actors for mention in actor.mentions}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # The Kremlin's critic is Russia's opposition, not the Kremlin.
        ("Kremlin critic Pavel Orlov was jailed in Moscow.", "Pavel Orlov", "RUSOPP"),
        # A group's critic is of the group's country, not the group.
        ("Hamas critic Omar Saleh was detained in Gaza on Monday.", "Omar Saleh", "PSEOPP"),
        # An international body gives no country to its critic.
        ("NATO critic Hans Olm spoke in Berlin on Monday.", "Hans Olm", None),
    ],
)
def test_an_outsider_takes_only_the_bodys_country(text: str, mention: str, code: str | None) -> None:
    assert _coded(text).get(mention) == code


def test_critics_alone_are_no_actor() -> None:
    assert "Critics" not in _coded("Critics said the plan would fail, a senator told reporters in Washington.")


def test_the_jailing_of_a_critic_is_the_state_acting_on_its_opposition() -> None:
    result = extract("Kremlin critic Pavel Orlov was jailed by Russia on Monday.", published="2024-05-10")
    assert [(event.cameo[:2], event.source.code, event.target.code) for event in result.events] == [
        ("17", "RUSGOV", "RUSOPP")
    ]
