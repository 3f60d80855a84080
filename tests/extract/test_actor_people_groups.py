"""Groups of people that act in event sentences without a country in them, in sentences written for these tests.

A ruling party stands for the government it forms (CAMEO codes it GOV); tribal, village and clan elders and tribal
or community leaders speak for their people (CVL), religious leaders for their faith (REL); traders are business;
aid, relief and humanitarian agencies, groups and organisations are NGOs; a delegation is of whoever the phrase
names ("a government delegation" GOV, "a rebel delegation" REB). Each takes the country of its phrase or
sentence, as other local roles do.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_cases import code_of


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("The ruling party praised the army for restoring order.", "ruling party", "---GOV"),
        ("Kenya's ruling party accused the opposition of inciting violence.", "Kenya's ruling party", "KENGOV"),
        ("The governing party in Hungary backed the new media law.", "governing party", "HUNGOV"),
        ("Tribal elders in Helmand accused foreign troops of killing civilians.", "Tribal elders", "AFGCVL"),
        ("Village elders met the provincial governor on Monday.", "Village elders", "---CVL"),
        ("Clan elders in Somalia brokered a truce between the two militias.", "Clan elders", "SOMCVL"),
        ("Tribal leaders warned the government against building the dam.", "Tribal leaders", "---CVL"),
        ("Community leaders in Nigeria condemned the killings.", "Community leaders", "NGACVL"),
        ("Religious leaders urged both sides to lay down their arms.", "Religious leaders", "---REL"),
        ("Traders in Nigeria shut their stalls for a second day.", "Traders", "NGABUS"),
        ("Aid agencies delivered food to the besieged town.", "Aid agencies", "NGO"),
        ("Relief agencies sent tents to the flood victims in Pakistan.", "Relief agencies", "NGO"),
        ("Humanitarian groups condemned the bombing of the hospital.", "Humanitarian groups", "NGO"),
        ("A government delegation arrived in the rebel stronghold for talks.", "government delegation", "---GOV"),
        ("A rebel delegation met the mediators in Nairobi.", "rebel delegation", "---REB"),
    ],
)
def test_people_groups_are_coded(nlp: Language, text: str, mention: str, code: str) -> None:
    assert code_of(nlp, text, mention, published="2019-06-03") == code
