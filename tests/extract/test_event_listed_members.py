"""A group no actor codes, followed by "including" and the members it names, is those members as a party: one
event per member. Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from event_cases import PUBLISHED, typed_events


@pytest.mark.parametrize(
    ("text", "dyads"),
    [
        (
            "Caracas expelled diplomats from five South American countries, including Uruguay and Bolivia.",
            {("VENGOV", "URY"), ("VENGOV", "BOL")},
        ),
        (
            "Moscow imposed sanctions on several countries, including Finland and Norway.",
            {("RUSGOV", "FIN"), ("RUSGOV", "NOR")},
        ),
        (
            "Beijing condemned several governments, including Canada and New Zealand, over the statement.",
            {("CHNGOV", "CAN"), ("CHNGOV", "NZL")},
        ),
    ],
)
def test_a_listed_group_is_its_members(text: str, dyads: set[tuple[str, str]]) -> None:
    assert dyads <= {(source, target) for _, _, source, target in typed_events(text, PUBLISHED)}


@pytest.mark.parametrize(
    "text",
    [
        # What the group includes is no party: the topics of talks, the goods of a deal.
        "The ministers discussed several issues, including fishing rights and tariffs.",
        "Egypt bought weapons from abroad, including drones and patrol boats.",
    ],
)
def test_listed_things_are_no_party(text: str) -> None:
    assert all(target is None for *_, target in typed_events(text, PUBLISHED))


def test_a_region_keeps_its_code() -> None:
    # A group a region codes is one party already, not an unknown country to be filled in.
    text = "Oslo criticised several Gulf states, including Qatar, over the trial."
    targets = {target for *_, target in typed_events(text)}
    assert "PGS" in targets and "QAT" not in targets
