"""Criminals, unidentified attackers, jailers, inmates and a government's aircraft as CAMEO agents (CRM, UAF, COP,
CVL, MIL), with the country their phrase or sentence gives. Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from event_cases import PUBLISHED, typed_events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Thugs attacked the reporters.", "---CRM", "---MED"),
        ("Kidnappers seized two aid workers.", "---CRM", "NGO"),
        ("Prison guards beat the inmates.", "---COP", "---CVL"),
        ("Assassins killed the governor.", "---UAF", "---GOV"),
        ("A sniper shot two Israeli soldiers.", "---UAF", "ISRMIL"),
        ("Mexican gangsters kidnapped two Honduran journalists.", "MEXCRM", "HNDMED"),
        ("Government aircraft bombed the rebels.", "---MIL", "---REB"),
        ("Sudanese government warplanes bombed villages in Darfur.", "SDNMIL", "SDN"),
    ],
)
def test_the_agent_acts_with_its_code(text: str, source: str, target: str) -> None:
    dyads = {(got_source, got_target) for _, _, got_source, got_target in typed_events(text, PUBLISHED)}
    assert (source, target) in dyads or any(s == source and (t or "")[:3] == target[:3] for s, t in dyads)
