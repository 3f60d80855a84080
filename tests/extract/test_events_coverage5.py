"""Event coverage, fifth round: verb and noun classes the coder missed, each proved on sentences of its own written
for these tests (other verbs of the class, other parties, other syntax). Run through the whole pipeline.

- arms sold, exported or smuggled to a party, and arms sales, exports or deliveries named by their nouns (072);
- a debt written off, cancelled, waived or forgiven, and debt relief, as economic aid to the debtor (071);
- monitors, peacekeepers or aid let or permitted in, and access granted, as international involvement allowed (086);
- recognition won or gained from a state, given by that state (054);
- an envoy shuttling between two sides, mediating (045);
- an act an authority approves or authorises ("approved the release of the prisoners"), made by that authority;
- drills or manoeuvres held by two states together, as joint military cooperation (062), one state's a show of force;
- condemnation or criticism drawn, faced or provoked "from" a party: that party disapproves of the subject (111);
- people "of" a country's named body ("leaders of Egypt's Muslim Brotherhood") belong to the body, not the state.
"""

from __future__ import annotations

import pytest

from event_cases import ANY, assert_codes_as, plover_types

PUBLISHED = "2003-06-10"
# Rows with an ANY party: the type and the other party are right, that one is no concern of the row.

CASES = [
    # Arms sold, exported or smuggled to a party arm it; so do arms sales and exports named by their nouns.
    ("Moscow sold attack helicopters to the Venezuelan army.", "AID", "07", "RUSGOV", "VENMIL"),
    ("Belgium exported rifles to Libya last year.", "AID", "07", "BELGOV", "LBYGOV"),
    ("Iran smuggled rockets to Hamas through Sudan.", "AID", "07", "IRNGOV", "PSEREBHMS"),
    ("Beijing resumed weapons sales to Khartoum.", "AID", "07", "CHNGOV", "SDNGOV"),
    ("Washington approved the sale of fighter jets to Jordan.", "AID", "07", "USAGOV", "JORGOV"),
    ("Paris completed arms deliveries to Baghdad in March.", "AID", "07", "FRAGOV", "IRQGOV"),
    # A debt written off or cancelled, and debt relief, are economic aid to the debtor.
    ("Japan wrote off Cambodia's debt.", "AID", "07", "JPNGOV", "KHMGOV"),
    ("Germany cancelled Tanzania's debts last year.", "AID", "07", "DEUGOV", "TZAGOV"),
    ("Kuwait forgave Egypt's loans after the war.", "AID", "07", "KWTGOV", "EGYGOV"),
    ("France granted debt relief to Mali.", "AID", "07", "FRAGOV", "MLIGOV"),
    # Monitors, peacekeepers or aid let or permitted in, and access granted: international involvement allowed.
    ("Belgrade permitted OSCE monitors to enter Kosovo.", "RETREAT", "08", "SRBGOV", ANY),
    ("Baghdad let UN inspectors return to the palaces.", "RETREAT", "08", "IRQGOV", "IGOUNO"),
    ("Indonesia permitted foreign peacekeepers to land in East Timor.", "RETREAT", "08", "IDNGOV", ANY),
    ("The Burmese junta granted relief agencies access to the delta.", "RETREAT", "08", "MMRMIL", ANY),
    # Recognition won or gained from a state is given by that state.
    ("Abkhazia won recognition from Nicaragua.", "SUPPORT", "05", "NICGOV", ANY),
    ("Eritrea gained diplomatic recognition from Ethiopia in 1993.", "SUPPORT", "05", "ETHGOV", "ERIGOV"),
    # An envoy who shuttles between two sides mediates between them.
    ("The American envoy shuttled between Jerusalem and Damascus.", "CONSULT", "04", "USAGOV", "SYRGOV"),
    ("The Qatari foreign minister shuttled between the Sudanese government and the rebels.", "CONSULT", "04",
     "QATGOV", "SDNGOV"),
    # An act an authority approves or authorises is its own.
    ("The Israeli cabinet approved the release of 200 Palestinian prisoners.", "RETREAT", "08", "ISRGOV", ANY),
    ("The Japanese parliament approved the deployment of troops to Iraq.", "MOBILIZE", "15", "JPNLEG", ANY),
    ("The Security Council authorized the lifting of sanctions on Libya.", "RETREAT", "08", "IGOUNO", "LBYGOV"),
    # Drills held by two states together are joint, as "joint exercises" are; one state's drills show force.
    ("Egypt and Sudan conducted military drills along the Red Sea coast.", "COOPERATE", "06", "EGYGOV", "SDNGOV"),
    ("Algeria and Tunisia held naval manoeuvres off Bizerte.", "COOPERATE", "06", "TUNGOV", "DZAGOV"),
    ("Washington and Seoul began annual military exercises on Monday.", "COOPERATE", "06", "USAGOV", "KORGOV"),
    ("Pyongyang staged artillery drills near the maritime border.", "MOBILIZE", "15", "PRKGOV", ANY),
    # Disapproval drawn, faced or provoked comes from the "from" party and falls on the subject.
    ("Pyongyang's missile launch drew condemnation from Tokyo.", "ACCUSE", "11", "JPNGOV", "PRKGOV"),
    ("Hungary faced sharp criticism from the European Commission over its asylum law.", "ACCUSE", "11",
     "IGOEUREEC", "HUNGOV"),
    ("Morocco's decision provoked protests from Algeria.", "ACCUSE", "11", "DZAGOV", "MARGOV"),
    # People "of" a country's named body are the body's; an unnamed body leaves them the state's.
    ("Turkey welcomed senior leaders of Egypt's Muslim Brotherhood to Istanbul.", "SUPPORT", "05", "TURGOV",
     "EGYOPPMUS"),
    ("Israel killed commanders of Lebanon's Hezbollah in Damascus.", "ASSAULT", "19", "ISRGOV", "LBNREBHEZ"),
    ("Pakistan arrested leaders of Afghanistan's Taliban in Quetta.", "COERCE", "17", "PAKGOV", "AFGREBTAL"),
    ("Egypt hosted leaders of the Palestinian group Hamas.", "CONSULT", "04", "EGYGOV", "PSEREBHMS"),
    ("A spokesman for Syria's ruling Baath party criticized Turkey.", "ACCUSE", "11", "SYRGOV", "TURGOV"),
]


@pytest.mark.parametrize(("text", "plover", "root", "source", "target"), CASES)
def test_sentence_codes_its_event(text: str, plover: str, root: str, source: str, target: str) -> None:
    assert_codes_as(text, PUBLISHED, plover, root, source, target)


@pytest.mark.parametrize(
    ("text", "not_plover"),
    [
        # a stake, a building or grain sold is trade, not arms
        ("Britain sold its stake in the airline to Gulf investors.", "AID"),
        ("The company approved the sale of its headquarters to a developer.", "AID"),
        # rifles exported to a region, not to a party, arm nobody
        ("The factory exported hunting rifles to the northern provinces.", "AID"),
        # forgiving a person is no economic aid
        ("The Yoruba elders said they forgave the Nigerian president.", "AID"),
        # one state drilling alone, or near another, cooperates with nobody
        ("Beijing staged military drills near Taiwan.", "COOPERATE"),
        ("North Korea conducted artillery drills on Tuesday.", "COOPERATE"),
        # a crowd drawn is no disapproval by anyone
        ("The governor drew a large crowd in Lagos.", "ACCUSE"),
        # a budget approved is no event
        ("The Senate approved the budget for next year.", "RETREAT"),
    ],
)
def test_other_uses_code_no_such_event(text: str, not_plover: str) -> None:
    assert not_plover not in plover_types(text, PUBLISHED)
