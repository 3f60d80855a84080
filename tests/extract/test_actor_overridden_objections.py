"""A state's "opposition" that something is done despite is the state's objection, not its political
opposition: "Despite Iran's opposition" is Iran objecting (IRNGOV), not IRNOPP. Sentences written for these
tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _sources(text: str) -> set[str | None]:
    return {event.source.code for event in extract(text, published="2024-08-01").events if event.source}


@pytest.mark.parametrize(
    ("text", "objector"),
    [
        ("Despite Iran's opposition, the US joined the talks.", "IRNGOV"),
        ("The talks went ahead over Turkey's opposition.", "TURGOV"),
        ("In spite of Egypt's opposition, the dam was filled.", "EGYGOV"),
        ("Amid Japan's opposition, the whaling ban was lifted.", "JPNGOV"),
    ],
)
def test_an_overridden_objection_is_the_state_objecting(text: str, objector: str) -> None:
    sources = _sources(text)
    assert objector in sources and objector[:3] + "OPP" not in sources


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # The opposition as a party that acts, or is acted on, stays a group.
        ("Syria's opposition said it would attend the talks despite the shelling.", "SYROPP"),
        ("Despite the ban, Belarus's opposition staged a march in Minsk.", "BLROPP"),
    ],
)
def test_the_opposition_as_a_party_stays_a_group(text: str, group: str) -> None:
    codes = {actor.code for actor in extract(text, published="2024-08-01").actors}
    assert group in codes
