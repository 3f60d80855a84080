"""UN peacekeeping missions by their acronyms, and a spokesman titled only "spokesman" who speaks for the
body just named. Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _coded(text: str) -> dict[str, str | None]:
    result = extract(text, published="2024-01-10")
    return {mention.text: actor.code for actor in result.actors for mention in actor.mentions}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("UNIFIL said its patrols had not been hurt.", "UNIFIL"),
        ("Rebels fired on a MONUSCO patrol near the lake.", "MONUSCO"),
    ],
)
def test_a_peacekeeping_mission_is_the_uns_force(text: str, mention: str) -> None:
    assert _coded(text)[mention] == "IGOUNOMIL"


def test_a_missions_own_peacekeepers_are_its_force() -> None:
    assert _coded("UNIFIL said its peacekeepers had not been hurt.")["peacekeepers"] == "IGOUNOMIL"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # The one body of the sentence before owns its spokesman.
        ('The Indian foreign ministry urged calm. "We are watching," spokesman Arun Mehta said.', "INDGOV"),
        # Two states before: nobody can tell whose.
        ('India and China held talks. "We are watching," spokesman Arun Mehta said.', None),
    ],
)
def test_a_bare_spokesman_title_speaks_for_the_body_just_named(text: str, code: str | None) -> None:
    assert _coded(text)["Arun Mehta"] == code
