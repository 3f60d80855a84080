"""Ninth round, lexicon: uses of event verbs and nouns that act on nobody, beside the uses that still code.

Offering encouragement, signing autographs or a law, backing out of a plan, a crowd or a family that
mobilizes or amasses, and a conference or fundraising call are no events between parties; troops amassed,
reservists mobilized, aid offered, a deal backed out of still are.
"""

from __future__ import annotations

import pytest

from event_cases import engine_events


def _events(engine, text: str) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [event[:4] for event in engine_events(engine, text)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("At the rally in Dayton, Senator Mark Hale offered encouragement to the volunteers and thanked them.",
         "offered"),
        ("President Obama signed autographs for his supporters after the speech in Ohio.", "signed"),
        ("President Obama signed the Affordable Care Act in 2010.", "signed"),
        ("Governor Cole backed out of the debate in Dayton on Monday.", "backed"),
        ("The families of the founders mobilized against the merger, and Senator Hale joined them.", "mobilized"),
        ("Hundreds of angry workers amassed at the factory gate in Ohio on Monday.", "amassed"),
        ("Senator Hale made a fundraising call to the governor's donors.", "call"),
    ],
)
def test_no_event_between_parties(engine, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert [event for event in _events(engine, text) if event[0] == trigger] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia amassed troops on the border with Ukraine.", ("amassed", "150", "RUSGOV", "UKRGOV")),
        ("Russian troops amassed near the Ukrainian border on Friday.", ("amassed", "150", "RUSMIL", "UKR")),
        ("Iran mobilized its reservists after the attack by Iraq.", ("mobilized", "154", "IRNGOV", None)),
        ("Senator Hale offered aid to Haiti after the storm.", ("offered", "033", None, "HTIGOV")),
        ("The United States backed Israel in the dispute with Egypt.", ("backed", "051", "USAGOV", "ISRGOV")),
        ("Iran backed out of the deal with France.", ("backed", "127", "IRNGOV", "FRAGOV")),
    ],
)
def test_still_an_event(engine, text: str, expected: tuple[str, str, str | None, str | None]) -> None:  # type: ignore[no-untyped-def]
    assert expected in _events(engine, text)
