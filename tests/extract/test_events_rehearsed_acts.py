"""An act that forces practise, rehearse or simulate in a drill has not happened: "practised blockading the ports"
codes the blockade as hypothetical, as "plans to blockade" does. The act done itself stays real. Sentences written
for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-01"


def _events(text: str) -> list[tuple[str, str, bool]]:
    from newsgraph.process import extract

    return [(event.trigger.text, event.cameo, event.hypothetical) for event in extract(text, published=PUBLISHED).events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Chinese forces practised blockading the island's main ports.", "blockading"),
        ("Russian troops rehearsed shelling the border villages.", "shelling"),
        ("The army practiced firing artillery near the border.", "firing"),
    ],
)
def test_a_rehearsed_act_is_hypothetical(text: str, trigger: str) -> None:
    found = [event for event in _events(text) if event[0] == trigger]
    assert found and all(hypothetical for _, _, hypothetical in found), _events(text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Chinese ships blockaded the island's main ports on Friday.", "blockaded"),
        ("Russian troops shelled the border villages.", "shelled"),
    ],
)
def test_the_act_done_stays_real(text: str, trigger: str) -> None:
    found = [event for event in _events(text) if event[0] == trigger]
    assert found and not any(hypothetical for _, _, hypothetical in found), _events(text)
