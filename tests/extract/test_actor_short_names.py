"""Short names: a family name written first ("Xi" after "Xi Jinping"), two-letter names, and the bare names
news uses for leaders ("Lula"). Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _actors(text: str, published: str = "2024-08-01") -> dict[str, tuple[str | None, list[str]]]:
    found = extract(text, published=published).actors
    return {actor.name: (actor.code, [mention.text for mention in actor.mentions]) for actor in found}


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        ("Premier Zhao Minghui toured the port. Zhao said exports would grow.", "Zhao Minghui", ["Zhao Minghui", "Zhao"]),
        ("Governor Wu Tianle opened the bridge. Later Wu praised the workers.", "Wu Tianle", ["Wu Tianle", "Wu"]),
        ("Minister Ed Rowntree resigned on Monday. Ed said he had no regrets.", "Ed Rowntree", ["Ed Rowntree", "Ed", "he"]),
    ],
)
def test_a_short_name_after_the_full_one_is_that_person(text: str, name: str, mentions: list[str]) -> None:
    assert _actors(text)[name][1] == mentions


@pytest.mark.parametrize(
    ("text", "published", "name", "code"),
    [
        ("Xi told the visitors that trade would grow.", "2024-08-01", "Xi", "CHNGOV"),
        ("Lula said Brazil would host the summit.", "2024-08-01", "Lula", "BRAGOV"),
        ("Lula said Brazil would host the summit.", "2008-08-01", "Lula", "BRAGOV"),
        # Between his terms he was a former president, an elite.
        ("Lula said Brazil would host the summit.", "2015-08-01", "Lula", "BRAELI"),
        ("Li Qiang said the economy would grow.", "2024-08-01", "Li Qiang", "CHNGOV"),
    ],
)
def test_bare_leader_names_are_coded(text: str, published: str, name: str, code: str) -> None:
    assert _actors(text, published)[name][0] == code


def test_the_head_of_state_met_by_his_bare_name() -> None:
    # Lula coded makes him the one met, not the city of the meeting.
    events = extract("Xi Jinping met Lula in Beijing.", published="2024-08-01").events
    dyads = {(event.source.code, event.target.code) for event in events}
    assert ("CHNGOV", "BRAGOV") in dyads and ("CHNGOV", "CHN") not in dyads
