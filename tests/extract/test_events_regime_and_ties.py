"""Conflict and politics news of issue #6: diplomats expelled or withdrawn, calls for a leader to go,
promises of reform, coups, arms sent to rebels and attack nouns named by nationality. Run through the
whole pipeline (tests/event_cases.py ``typed_events``)."""

from __future__ import annotations

import pytest
from event_cases import typed_events

PUBLISHED = "2024-05-10"
Typed = tuple[str, str, str | None, str | None]


def _typed(text: str) -> list[Typed]:
    return typed_events(text, PUBLISHED)


# Diplomats expelled, withdrawn or ordered out reduce diplomatic relations (CAMEO 161: the CAMEO manual's
# example of the code is diplomats expelled for spying); 166's subcodes are peacekeepers (1661),
# inspectors and observers (1662) and aid agencies (1663).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland expelled the Russian ambassador.", ("SANCTION", "161", "POLGOV", "RUSGOV")),
        ("Germany expelled two Russian diplomats.", ("SANCTION", "161", "DEUGOV", "RUSGOV")),
        ("Mali expelled the French ambassador on Monday.", ("SANCTION", "161", "MLIGOV", "FRAGOV")),
        ("Lithuania withdrew its ambassador from Beijing.", ("SANCTION", "161", "LTUGOV", "CHNGOV")),
        ("Estonia ordered three Russian diplomats to leave the country.", ("SANCTION", "161", "ESTGOV", "RUSGOV")),
        ("North Korea expelled UN inspectors.", ("SANCTION", "1662", "PRKGOV", "IGOUNO")),
        ("Eritrea expelled the UN peacekeepers.", ("SANCTION", "1661", "ERIGOV", "IGOUNO")),
        ("Sudan expelled foreign aid agencies from Darfur.", ("SANCTION", "1663", "SDNGOV", "NGO")),
    ],
)
def test_expelling_or_withdrawing_diplomats_reduces_relations(text: str, expected: Typed) -> None:
    assert expected in _typed(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia cut ties with Ukraine.", ("SANCTION", "161", "RUSGOV", "UKRGOV")),
        ("Ukraine severed diplomatic relations with Russia.", ("SANCTION", "161", "UKRGOV", "RUSGOV")),
        ("Bolivia broke off diplomatic relations with Israel.", ("SANCTION", "161", "BOLGOV", "ISRGOV")),
    ],
)
def test_ties_cut_reduce_relations(text: str, expected: Typed) -> None:
    assert expected in _typed(text)


# Ties established grant diplomatic recognition (054, PLOVER SUPPORT), both ways when the two are coordinated.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sri Lanka established diplomatic ties with Iran.", {("SUPPORT", "054", "LKAGOV", "IRNGOV")}),
        ("Israel and the UAE established diplomatic relations.",
         {("SUPPORT", "054", "ISRGOV", "AREGOV"), ("SUPPORT", "054", "AREGOV", "ISRGOV")}),
    ],
)
def test_ties_established_grant_recognition(text: str, expected: set[Typed]) -> None:
    assert expected <= set(_typed(text))


# A call, appeal or demand that a leader step down asks for a change in leadership: an appeal (0241) by
# "called for ... to", "called on ... to"; a demand (1041) by "demanded that", "urged", "pressed". The
# stepping down itself has not happened and codes nothing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The opposition called for the prime minister to step down.", ("REQUEST", "0241", "---OPP", "---GOV")),
        ("Opposition parties called on the president to resign.", ("REQUEST", "0241", "---OPP", "---GOV")),
        ("The European Union called for the junta to hand power to civilians.",
         ("REQUEST", "0241", "IGOEUREEC", "---MIL")),
        ("The opposition urged the prime minister to step down.", ("REQUEST", "1041", "---OPP", "---GOV")),
        ("Protesters urged President Lukashenko to resign.", ("REQUEST", "1041", "---OPP", "BLRGOV")),
        ("Lawmakers pressed the prime minister to step aside.", ("REQUEST", "1041", "---LEG", "---GOV")),
        ("The opposition demanded that the prime minister step down.", ("REQUEST", "1041", "---OPP", "---GOV")),
    ],
)
def test_calls_for_a_leader_to_go_ask_for_a_change_in_leadership(text: str, expected: Typed) -> None:
    events = _typed(text)
    assert expected in events
    assert not any(kind == "CONCEDE" for kind, _, _, _ in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What a "for ... to" clause asks for codes the appeal as a "for" phrase would ("called for a withdrawal").
        ("The United States called for Russia to withdraw its troops.", ("REQUEST", "0256", "USAGOV", "RUSGOV")),
        ("The senator called for the troops to come home.", ("REQUEST", "020", "---LEG", "---MIL")),
    ],
)
def test_a_for_clause_says_what_a_call_asks_for(text: str, expected: Typed) -> None:
    assert expected in _typed(text)


def test_a_for_clause_of_a_trip_asks_for_nothing() -> None:
    # "leaving for" a country is a trip there; "for ... to" is no appeal of it.
    assert _typed("The Kenyan runner is leaving for Japan to join a new team.") == []


# A ruler's promise of reforms is an intent to institute political reform (034, PLOVER AGREE), no stance on a
# measure; a reform of a policy ("tax reform", "economic reforms") stays a stance and codes nothing.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The king promised reforms.", ("AGREE", "034", "---GOV", None)),
        ("Jordan's king pledged sweeping political reforms.", ("AGREE", "034", "JORGOV", None)),
        ("The Moroccan king promised constitutional reforms.", ("AGREE", "034", "MARGOV", None)),
        ("The military government vowed democratic reforms.", ("AGREE", "034", "---GOV", None)),
        ("President Tokayev promised reforms after the protests.", ("AGREE", "034", None, None)),
        ("The Kuwaiti emir pledged reforms on Sunday.", ("AGREE", "034", "KWTGOV", None)),
    ],
)
def test_promised_reforms_are_an_intent_to_reform(text: str, expected: Typed) -> None:
    assert expected in _typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "The president promised tax reform.",
        "The senator vowed immigration reform.",
        "The government pledged economic reforms.",
        "The candidate promised health care reform.",
    ],
)
def test_a_promised_policy_reform_is_a_stance(text: str) -> None:
    assert not any(code.startswith("03") for _, code, _, _ in _typed(text))


# Rebels or separatists a state arms, supplies or backs are not that state's own: they take the country the
# story is about, or none; a place named with them still places them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia armed the separatists.", ("AID", "072", "RUSGOV", "---SEP")),
        ("Russia supplied weapons to the separatists.", ("AID", "072", "RUSGOV", "---SEP")),
        ("The United States armed the rebels.", ("AID", "072", "USAGOV", "---REB")),
        ("Russia supports the separatists.", ("SUPPORT", "051", "RUSGOV", "---SEP")),
        ("Russia armed the separatists in eastern Ukraine.", ("AID", "072", "RUSGOV", "UKRSEP")),
        ("Iran armed the Houthi rebels in Yemen.", ("AID", "072", "IRNGOV", "YEMREB")),
        ("Turkey armed the rebels in Syria.", ("AID", "072", "TURGOV", "SYRREB")),
    ],
)
def test_rebels_a_state_arms_are_not_its_own(text: str, expected: Typed) -> None:
    assert expected in _typed(text)


def test_armed_rebels_take_the_story_s_country() -> None:
    text = ("Ukraine said on Sunday that fighting had flared again in the east. Ukrainian officials said the front "
            "held, and Ukraine asked its allies for more air defence. Officials said Russia armed the separatists.")
    targets = {target for kind, _, source, target in _typed(text) if kind == "AID" and source == "RUSGOV"}
    assert targets == {"UKRSEP"}


def test_rebels_a_state_fights_may_be_its_own() -> None:
    assert ("ASSAULT", "190", "RUSMIL", "RUSSEP") in _typed("Russian troops attacked the separatists.")


# Coups. CAMEO has no code of its own for one: a government removed, or power taken, by force coerces it (170,
# "coerce, not specified below", PLOVER COERCE); not 171 (property seized) nor 18 (a coup may shed no blood).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army seized power in a coup.", ("COERCE", "170", "---MIL", None)),
        ("Niger's military ousted President Mohamed Bazoum.", ("COERCE", "170", "NERMIL", "NERGOV")),
        ("Mutinous soldiers toppled the government of Burkina Faso on Friday.", ("COERCE", "170", "---MIL", "BFAGOV")),
        ("The junta that toppled Ibrahim Keita promised elections.", ("COERCE", "170", "---MIL", None)),
        ("Army officers deposed the president.", ("COERCE", "170", "---MIL", "---GOV")),
        ("The military took power in Myanmar.", ("COERCE", "170", "MMRMIL", "MMR")),
        ("The Sudanese army launched a coup against the civilian government.", ("COERCE", "170", "SDNMIL", "SDNGOV")),
        ("Army officers launched a coup attempt against President Erdogan.", ("COERCE", "170", "---MIL", "TURGOV")),
        ("Soldiers attempted a coup in Bolivia.", ("COERCE", "170", "---MIL", "BOL")),
    ],
)
def test_power_taken_by_force_coerces(text: str, expected: Typed) -> None:
    assert expected in _typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Voters ousted the incumbent mayor.",  # an election uses no force
        "Parliament ousted the speaker.",
        "The rebels are fighting to topple the government.",  # an aim, not done
        "The officers plotted to overthrow the president.",
    ],
)
def test_no_coup_without_arms_or_before_it_is_done(text: str) -> None:
    assert not any(code.startswith("17") for _, code, _, _ in _typed(text))


# An attack noun named by nationality as the subject of a verb of striking: its nation attacks what was hit.
# Fire named by its weapon is such a noun; a blaze or fire from critics is not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian shelling pounded Kharkiv overnight.", ("ASSAULT", "194", "RUS", "UKR")),
        ("Russian artillery fire hit Kharkiv on Tuesday.", ("ASSAULT", "194", "RUS", "UKR")),
        ("Russian mortar fire pounded Avdiivka.", ("ASSAULT", "194", "RUS", "UKR")),
        ("Israeli tank fire hit a school in Gaza.", ("ASSAULT", "194", "ISR", "PSE")),
        ("Syrian rocket fire struck the Turkish border town of Akcakale.", ("ASSAULT", "190", "SYR", "TUR")),
        ("Russian bombardment rocked Mariupol.", ("ASSAULT", "195", "RUS", "UKR")),
        ("Russian drones struck Odesa overnight.", ("ASSAULT", "190", "RUS", "UKR")),
    ],
)
def test_a_nation_s_attack_noun_attacks_what_it_hit(text: str, expected: Typed) -> None:
    assert expected in _typed(text)


@pytest.mark.parametrize("text", ["A fire destroyed the warehouse.", "The senator came under fire from critics."])
def test_fire_without_a_weapon_is_no_attack(text: str) -> None:
    assert not any(code.startswith("19") for _, code, _, _ in _typed(text))
