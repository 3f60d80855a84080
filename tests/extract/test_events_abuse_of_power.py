"""Abusing one's power, office or trust is misconduct, not an assault on a person: no event, while abusing
detainees still is one. Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _triggers(text: str) -> list[tuple[str, str]]:
    return [(event.cameo, event.trigger.text) for event in extract(text, published="2024-06-01").events]


@pytest.mark.parametrize(
    "text",
    [
        "The electoral court ruled that the former president abused his power before the vote.",
        "Prosecutors say the governor abused his office to reward allies.",
        "Bolivian judges found that the minister had abused her position.",
    ],
)
def test_abusing_power_or_office_is_no_assault(text: str) -> None:
    assert not any(trigger.lower().startswith("abuse") for _, trigger in _triggers(text))


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Ugandan soldiers abused detainees at a prison near Kampala, witnesses said.", "1821"),
    ],
)
def test_abusing_people_is_still_an_assault(text: str, cameo: str) -> None:
    assert (cameo, "abused") in _triggers(text)
