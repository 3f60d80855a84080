"""A mutual noun whose "between" phrase is one noun with two coordinated named modifiers (issue #6): "Clashes
between Indian and Pakistani troops killed five soldiers" names both sides, each a group of its own (the actor
layer gives one per country or people), which act on each other as "Clashes between Indian troops and Pakistani
troops" does (_event_nouns._coordinated_sides). Sentences written for these tests, run through the whole
pipeline."""

from __future__ import annotations

import pytest

from event_cases import Dyad, pipeline_dyads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes between Indian and Pakistani troops killed five soldiers.",
         {("193", "INDMIL", "PAKMIL"), ("193", "PAKMIL", "INDMIL")}),
        ("Clashes between Armenian and Azerbaijani soldiers left three dead.",
         {("193", "ARMMIL", "AZEMIL"), ("193", "AZEMIL", "ARMMIL")}),
        ("Fighting between Ethiopian and Eritrean troops killed dozens of civilians.",
         {("190", "ETHMIL", "ERIMIL"), ("190", "ERIMIL", "ETHMIL")}),
        ("Clashes between Russian and Georgian soldiers wounded two peacekeepers.",
         {("193", "RUSMIL", "GEOMIL"), ("193", "GEOMIL", "RUSMIL")}),
        # Peoples as well as countries; the first name hung on the noun as nmod.
        ("Clashes between Hutu and Tutsi militias killed 30 villagers.",
         {("193", "HUTREB", "TTSREB"), ("193", "TTSREB", "HUTREB")}),
        ("Skirmishes between Thai and Cambodian soldiers killed a civilian.",
         {("193", "THAMIL", "KHMMIL"), ("193", "KHMMIL", "THAMIL")}),
        ("Talks between Chinese and American negotiators produced a trade deal.",
         {("046", "CHNGOV", "USAGOV"), ("046", "USAGOV", "CHNGOV")}),
    ],
)
def test_coordinated_sides_act_on_each_other(text: str, expected: set[Dyad]) -> None:
    assert pipeline_dyads(text) == expected


def test_unnamed_modifiers_are_no_sides() -> None:
    # Ranks, not parties: nobody clashes with anybody coded.
    assert pipeline_dyads("Clashes between senior and junior officers left the ministry divided.") == set()
