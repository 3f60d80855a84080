"""State forces placed by the office holder who commands them: "President Buhari ordered the army to pursue the
attackers" is Nigeria's army. Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _codes(text: str) -> dict[str, str | None]:
    result = extract(text, published="2022-06-09")
    return {mention.text: actor.code for actor in result.actors for mention in actor.mentions}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("President Muhammadu Buhari condemned the attack and ordered the army to pursue the attackers.",
         "army", "NGAMIL"),
        ("President Biden sent troops to Poland.", "troops", "USAMIL"),
        ("Prime Minister Modi deployed police to the border town.", "police", "INDCOP"),
        ("Erdogan told the army to stand by.", "army", "TURMIL"),
        ("Putin ordered troops into Ukraine in February.", "troops", "RUSMIL"),
    ],
)
def test_forces_a_leader_commands_are_the_leaders_countrys(text: str, mention: str, code: str) -> None:
    assert _codes(text)[mention] == code


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # Meeting forces is no command: whose soldiers they are stays open.
        ("Macron met soldiers in Mali.", "soldiers"),
        # A lawmaker commands no forces.
        ("Senator Bernie Sanders told the police to stand down.", "police"),
    ],
)
def test_forces_met_or_addressed_by_others_stay_unplaced(text: str, mention: str) -> None:
    code = _codes(text)[mention]
    assert code is None or code.startswith("---"), code
