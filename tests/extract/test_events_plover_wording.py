"""Wordings of PLOVER types the lexicon missed (issue #6), found by writing news sentences per type and proved on
sentences written for these tests, run through the whole pipeline:

- MOBILIZE: forces deployed with no agent named are deployed by their own side ("Chinese troops were deployed near
  the border"); the readiness of forces or air defences raised or heightened is an alert (152);
- AID: relief rushed to a country is aid (070); tanks, drones, jets or artillery received from a country are
  military aid from it (072, 'rev');
- COOPERATE: coordinated parties that worked together cooperate with each other (060, "together" completes the
  verb as a particle does); a search, an investigation or a hunt coordinated between them too;
- MOBILIZE: forces put or placed on a war footing or on standby are on alert (152);
- RETREAT: weapons handed in or turned in are given up (0873), also when the parser makes "in" a preposition with
  the weapons as its object, or a particle with an object of its own;
- talks entered are talks held ('enter' is a support verb, cues.txt): "willing to enter talks with the government"
  expresses intent to negotiate (AGREE);
- AID: money deposited in a country's central bank props it up (071).
"""

from __future__ import annotations

import pytest

from event_cases import ANY, assert_codes_as, plover_types

PUBLISHED = "2024-05-01"

CASES = [
    ("Thousands of Chinese troops were deployed near the Indian border.", "MOBILIZE", "15", "CHNMIL", ANY),
    ("Iran raised the readiness of its air defences.", "MOBILIZE", "15", "IRNGOV", ANY),
    ("The Indian army heightened its readiness along the frontier.", "MOBILIZE", "15", "INDMIL", ANY),
    ("India rushed medical supplies to Turkey after the earthquake.", "AID", "07", "INDGOV", "TURGOV"),
    ("Ukraine received a new batch of tanks from Poland.", "AID", "07", "POLGOV", "UKRGOV"),
    ("The Armenian army received drones from France.", "AID", "07", "FRAGOV", "ARMMIL"),
    ("Brazil and Argentina worked together to fight the outbreak.", "COOPERATE", "06", "BRAGOV", "ARGGOV"),
    ("Japan worked together with India on the project.", "COOPERATE", "06", "JPNGOV", "INDGOV"),
    ("Australia and Indonesia coordinated their search for the missing boat.", "COOPERATE", "06", "AUSGOV", "IDNGOV"),
    ("North Korea put its troops on a war footing.", "MOBILIZE", "15", "PRKGOV", ANY),
    ("Taiwan placed its air force on standby.", "MOBILIZE", "15", "TWNGOV", ANY),
    ("Salvadoran guerrillas handed in their weapons to United Nations observers.", "RETREAT", "08", "SLVREB", ANY),
    ("The Colombian rebels turned in their weapons.", "RETREAT", "08", "COLREB", ANY),
    ("The Colombian rebels turned their weapons in.", "RETREAT", "08", "COLREB", ANY),
    ("The Tigray rebels said they were willing to enter talks with the Ethiopian government.", "AGREE", "03", ANY,
     "ETHGOV"),
    ("Saudi Arabia deposited one billion dollars in Egypt's central bank.", "AID", "07", "SAUGOV", "EGYGOV"),
    ("Qatar deposited 3 billion dollars in the Turkish central bank.", "AID", "07", "QATGOV", "TURGOV"),
]


@pytest.mark.parametrize(("text", "plover", "root", "source", "target"), CASES)
def test_wording_codes_its_plover_type(text: str, plover: str, root: str, source: str | None,
                                       target: str | None) -> None:
    assert_codes_as(text, PUBLISHED, plover, root, source, target)


@pytest.mark.parametrize(
    ("text", "not_plover"),
    [
        # workers or software deployed, a bill rushed, officials working late: no act between parties
        ("Engineers were deployed to repair the pipeline.", "MOBILIZE"),
        ("The company deployed new software.", "MOBILIZE"),
        ("India rushed the bill through parliament.", "AID"),
        ("Officials worked together late into the night.", "COOPERATE"),
        # an economy on a war footing, a deal on standby, homework handed in
        ("Colombia put the economy on a war footing.", "MOBILIZE"),
        ("Britain put the deal on standby.", "MOBILIZE"),
        ("The Colombian student handed in his homework.", "RETREAT"),
        # a country entering a war or a town, an oligarch's savings
        ("Italy entered the war in 1940.", "CONSULT"),
        ("The Russian oligarch deposited millions of dollars in Swiss banks.", "AID"),
    ],
)
def test_other_uses_code_no_such_event(text: str, not_plover: str) -> None:
    assert not_plover not in plover_types(text, PUBLISHED)
