"""Heavy arms sent to a party arm it (military aid, 072); sent to a place they are a show of force (15x).
Only the object of "to" tells the two apart (_event_recipients). Run through the whole pipeline."""

from __future__ import annotations

import pytest

from event_cases import Dyad, pipeline_dyads


def _events(text: str) -> set[Dyad]:
    return pipeline_dyads(text, published="2024-05-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland sent tanks to Ukraine last week.", ("072", "POLGOV", "UKRGOV")),
        ("Norway sent artillery to Kyiv in the spring.", ("072", "NORGOV", "UKRGOV")),
        ("Canada sent howitzers to the Ukrainian government.", ("072", "CANGOV", "UKRGOV")),
        ("Howitzers were sent to Ukraine by Canada.", ("072", "CANGOV", "UKRGOV")),
        ("Britain provided artillery to Ukraine.", ("072", "GBRGOV", "UKRGOV")),
    ],
)
def test_heavy_arms_sent_to_a_party_are_military_aid(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)


def test_a_promise_to_send_tanks_to_a_state_is_an_intent_to_give_military_aid() -> None:
    events = _events("Spain agreed to send tanks to Ukraine.")
    assert ("0332", "ESPGOV", "UKRGOV") in events
    assert not any(code.startswith("13") for code, _, _ in events)


@pytest.mark.parametrize(
    "text",
    [
        "Russia sent tanks to the Ukrainian border.",
        "Russia sent tanks to the region near Ukraine.",
        "Russia sent missiles to the Ukrainian frontier.",
        "Russia sent troops to the border.",
        "Russia sent troops to Belarus.",
    ],
)
def test_arms_or_troops_sent_to_a_place_show_force(text: str) -> None:
    codes = {code for code, _, _ in _events(text)}
    assert codes and all(code.startswith("15") for code in codes)
