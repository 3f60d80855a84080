"""Constructions of world newswire that coded false events: the one an act is done to is no author
("Rourke was charged with murder", "Rourke's arrest"). The same words still code when the author is named."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import coded_events, dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A passive with the pattern's own preposition is still a passive: someone unnamed charged Rourke
        # (legal action, like an arrest nobody is named for below).
        ("Rourke was charged with the murder of a doctor.", {"Rourke": "USACVL"}, {("173", None, "USACVL")}),
        # ... and an arrest nobody is named for is someone unknown's, as an attack is.
        ("Six Iraqis were rounded up last week.", {"Iraqis": "IRQ"}, {("173", None, "IRQ")}),
        ("Two Libyans were handed over to the Netherlands.", {"Libyans": "LBY", "Netherlands": "NLD"}, set()),
        # A participle coordinated with a passive verb shares its subject and its passive.
        ("Rourke was indicted and convicted on murder charges.", {"Rourke": "USACVL"}, set()),
        # The possessor of an arrest or extradition undergoes it.
        ("Rourke's arrest came after a long search.", {"Rourke": "USACVL"}, set()),
        # Still coded: the author named, and a stance's participle ("is opposed to") stays the subject's act.
        ("The FBI charged Rourke with murder.", {"FBI": "USACOP", "Rourke": "USACVL"}, {("173", "USACOP", "USACVL")}),
        ("Six Iraqis were rounded up by Tanzanian police.", {"Iraqis": "IRQ", "Tanzanian police": "TZACOP"},
         {("173", "TZACOP", "IRQ")}),
        ("Rourke's arrest by the FBI came after a long search.", {"Rourke": "USACVL", "FBI": "USACOP"},
         {("173", "USACOP", "USACVL")}),
        ("Iraq's invasion of Kuwait angered the region.", {"Iraq": "IRQGOV", "Kuwait": "KWTGOV"},
         {("190", "IRQGOV", "KWTGOV")}),
        ("Israel is opposed to a French inquiry.", {"Israel": "ISRGOV", "French": "FRA"}, {("120", "ISRGOV", "FRA")}),
    ],
)
def test_the_one_acted_upon_is_no_author(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Condemning an attack is aimed at the attacker, never at the victim or the place hit.
        ("Cuba condemned the bombings of the US embassies in Kenya.",
         {"Cuba": "CUBGOV", "US": "USAGOV", "Kenya": "KEN"}, {("111", "CUBGOV", None)}),
        ("Cuba condemned the bomb explosions near US embassies in Kenya.",
         {"Cuba": "CUBGOV", "US": "USAGOV", "Kenya": "KEN"}, {("111", "CUBGOV", None)}),
        # A name on the site an attack hit is the victim's, not the attacker's.
        ("Two Americans were wounded in the Kenya embassy shooting.", {"Americans": "USA", "Kenya": "KEN"},
         {("190", None, "USA")}),
        # Still coded: an attacker named by "by", a possessor or an adjective, and criticism of a place's events.
        ("Britain condemned the attack by Hamas on Israel.", {"Britain": "GBRGOV", "Hamas": "PSEREB", "Israel": "ISRGOV"},
         {("111", "GBRGOV", "PSEREB")}),
        ("Britain condemned Israel's raid on Gaza.", {"Britain": "GBRGOV", "Israel": "ISRMIL", "Gaza": "PSE"},
         {("111", "GBRGOV", "ISRMIL")}),
        ("Britain condemned Israeli air strikes on Gaza.", {"Britain": "GBRGOV", "Israeli": "ISRMIL", "Gaza": "PSE"},
         {("111", "GBRGOV", "ISRMIL")}),
        ("Britain condemned the violence in Syria.", {"Britain": "GBRGOV", "Syria": "SYR"}, {("111", "GBRGOV", "SYR")}),
    ],
)
def test_a_reaction_to_an_attack_targets_the_attacker(
    nlp: Language, text: str, codes: dict[str, str], expected: set
) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # Going home is no return of anything; falling numbers are no refusal.
        ("Ortiz returned to Cuba in the spring.", {"Ortiz": "CUBCVL", "Cuba": "CUB"}),
        ("The number of nurses declined from 2003 to 2011.", {"nurses": "USAHLH"}),
        # Declining comment is a statement (CAMEO 011), not a rejection of anyone.
        ("Police officials declined to comment on Saturday.", {"Police officials": "USACOP"}),
        ("The embassy official refused to identify himself.", {"embassy official": "USAGOV"}),
        # An indirect question is asked, not appealed for.
        ("Reporters asked whether the ban would apply to food.", {"Reporters": "USAMED"}),
        # A byline's contribution is to the article.
        ("Harper in Denver contributed reporting to this story.", {"Harper": "USAMED"}),
        # Lashing out, attending, opposing and blaming need someone on the receiving end.
        ("Syria could lash out without warning.", {"Syria": "SYRGOV"}),
        ("Castro attended a rally in Havana.", {"Castro": "CUBGOV"}),
        ("The residents opposed abortion.", {"residents": "USACVL"}),
        ("The company blamed softer sales for the decline.", {"company": "USABUS"}),
        # Sharing a culture is likeness; condolences and rewards are no cooperation.
        ("Russia and Ukraine share many traditions.", {"Russia": "RUSGOV", "Ukraine": "UKRGOV"}),
        ("The ambassadors offered condolences to Albright.", {"ambassadors": "KENGOV", "Albright": "USAGOV"}),
        ("The FBI is offering a reward for information on Rourke.", {"FBI": "USACOP", "Rourke": "USACVL"}),
    ],
)
def test_words_of_world_news_that_are_no_events(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes) == set()


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Israel returned the Golan Heights to Syria.", {"Israel": "ISRGOV", "Syria": "SYRGOV"},
         {("084", "ISRGOV", "SYRGOV")}),
        ("Iran declined to attend the talks with Britain.", {"Iran": "IRNGOV", "Britain": "GBRGOV"},
         {("125", "IRNGOV", "GBRGOV")}),
        ("Iran declined the invitation from Britain.", {"Iran": "IRNGOV", "Britain": "GBRGOV"},
         {("120", "IRNGOV", "GBRGOV")}),
        ("Jordan asked the United States to help.", {"Jordan": "JORGOV", "United States": "USAGOV"},
         {("023", "JORGOV", "USAGOV")}),
        ("Japan contributed $3 million to Kenya.", {"Japan": "JPNGOV", "Kenya": "KENGOV"}, {("070", "JPNGOV", "KENGOV")}),
        ("Iraq lashed out at Kuwait on Monday.", {"Iraq": "IRQGOV", "Kuwait": "KWTGOV"}, {("111", "IRQGOV", "KWTGOV")}),
        ("Castro attended a summit with Chavez.", {"Castro": "CUBGOV", "Chavez": "VENGOV"},
         {("044", "CUBGOV", "VENGOV")}),
        ("Russia opposed NATO's expansion.", {"Russia": "RUSGOV", "NATO": "IGOWSTNAT"}, {("112", "RUSGOV", "IGOWSTNAT")}),
        ("Jordan shared intelligence with Israel.", {"Jordan": "JORGOV", "Israel": "ISRGOV"},
         {("064", "JORGOV", "ISRGOV")}),
    ],
)
def test_the_same_words_still_code_real_events(
    nlp: Language, text: str, codes: dict[str, str], expected: set
) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A kinsman is someone else than the one named.
        ("Pedro's uncle has demanded that the fishing boat be handed back to Cuba.", {"Pedro": "CUBCVL", "Cuba": "CUB"},
         set()),
        ("Two of Pedro's nephews sought help in Congress.", {"Pedro": "CUBCVL", "Congress": "USALEG"}, set()),
        # "which" after a place phrase stands for what the place locates, here the unnamed bombing.
        ("Clinton spoke after the bombings at the embassies in Kenya, which have killed 250 people.",
         {"Clinton": "USAGOV", "Kenya": "KEN"}, set()),
        # Still coded: a minister of a state acts for it; "which" after a state that acts is the state.
        ("Iran's foreign minister demanded that Israel withdraw.", {"Iran": "IRNGOV", "Israel": "ISRGOV"},
         {("1056", "IRNGOV", "ISRGOV")}),
        ("Sudan accused Chad, which denied the charge.", {"Sudan": "SDNGOV", "Chad": "TCDGOV"},
         {("112", "SDNGOV", "TCDGOV")}),
    ],
)
def test_who_a_phrase_names(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Wanting to do something oneself is a plan aimed at nobody; wanting someone else to act appeals to them.
        ("Rafael Ortiz wants to return to his farm in Cuba.", {"Rafael Ortiz": "CUBCVL", "Cuba": "CUB"},
         set()),
        ("General Motors wants to buy 15% of Jaguar.", {"General Motors": "USABUS", "Jaguar": "GBRBUS"}, set()),
        ("Obama wants Putin to stop the attacks.", {"Obama": "USAGOV", "Putin": "RUSGOV"},
         {("021", "USAGOV", "RUSGOV")}),
        # Captors are someone else than their captive.
        ("Her abductors demanded a payment.", {"Her": "PRICVL"}, set()),
        # A tender offer for shares is a purchase; an offer to a state is still intent.
        ("Montedison began its tender offer for Erbamont.", {"Montedison": "ITABUS", "Erbamont": "NLDBUS"}, set()),
        ("Iran made an offer to Britain.", {"Iran": "IRNGOV", "Britain": "GBRGOV"}, {("030", "IRNGOV", "GBRGOV")}),
    ],
)
def test_plans_purchases_and_captors(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Sharing a view is no agreement made; parties that agree with each other, or to act, still code.
        ("Most senators seem to agree the trade embargo on Cuba should end.", {"senators": "USALEG", "Cuba": "CUB"},
         set()),
        ("Both senators agree that the shooting was a tragedy.", {"senators": "USALEG"}, set()),
        ("Iran and Iraq agree that the dispute should be settled by talks.", {"Iran": "IRNGOV", "Iraq": "IRQGOV"},
         {("030", "IRNGOV", "IRQGOV"), ("030", "IRQGOV", "IRNGOV")}),
        ("Iran agreed to withdraw its troops from Iraq.", {"Iran": "IRNGOV", "Iraq": "IRQGOV"},
         {("0356", "IRNGOV", "IRQGOV")}),
        # Demonstrating support is showing it; demonstrating against someone is a protest.
        ("Albright flew to Africa to demonstrate American support for Kenya.",
         {"Albright": "USAGOV", "American": "USA", "Kenya": "KENGOV"}, {("042", "USAGOV", None)}),
        ("Thousands of students demonstrated against the government.", {"students": "IRNEDU", "government": "IRNGOV"},
         {("140", "IRNEDU", "IRNGOV")}),
    ],
)
def test_views_and_shows(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "hypothetical"),
    [
        ("Officials hope that if Iraq strikes again, the allies will be ready.", {"Iraq": "IRQGOV"}, True),
        ("The talks will resume once Iran releases the sailors.", {"Iran": "IRNGOV"}, True),
        ("Iraq struck Kuwait again after the talks failed.", {"Iraq": "IRQGOV", "Kuwait": "KWTGOV"}, False),
        ("The army stayed until Iraq withdrew from Kuwait.", {"Iraq": "IRQGOV", "Kuwait": "KWTGOV"}, False),
    ],
)
def test_an_act_under_a_condition_or_yet_to_come_is_hypothetical(
    nlp: Language, text: str, codes: dict[str, str], hypothetical: bool
) -> None:
    events = coded_events(nlp, text, codes)
    assert events
    assert all(event.hypothetical == hypothetical for event in events)


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A deal to buy or sell is an event only with a party on the other side.
        ("Norwell said it agreed last week to acquire the freight unit of a competitor.", {"Norwell": "USABUS"}, set()),
        ("Dalton agreed to be bought by a consortium of pension funds.", {"Dalton": "USABUS"}, set()),
        ("Iran agreed to sell oil to China.", {"Iran": "IRNGOV", "China": "CHNGOV"},
         {("030", "IRNGOV", "CHNGOV"), ("030", "CHNGOV", "IRNGOV")}),
        ("Japan pledged to pay for the reconstruction of Kenya.", {"Japan": "JPNGOV", "Kenya": "KENGOV"},
         {("030", "JPNGOV", None)}),
    ],
)
def test_deals_need_a_party_on_the_other_side(
    nlp: Language, text: str, codes: dict[str, str], expected: set
) -> None:
    assert dyads(nlp, text, codes) == expected


def test_amassing_papers_is_no_mobilization(nlp: Language) -> None:
    assert dyads(nlp, "Cuban police had amassed a thick file on Ortiz.",
                 {"Cuban police": "CUBCOP", "Ortiz": "CUBCVL"}) == set()
    assert dyads(nlp, "Iraq amassed troops on the border with Kuwait.", {"Iraq": "IRQGOV", "Kuwait": "KWTGOV"}) == {
        ("150", "IRQGOV", "KWTGOV")
    }


def test_what_parties_need_to_do_is_hypothetical(nlp: Language) -> None:
    events = coded_events(nlp, "Americans and Africans need to deepen their cooperation on farming.",
                          {"Americans": "USA", "Africans": "AFR"})
    assert events
    assert all(event.hypothetical for event in events)


@pytest.mark.parametrize(
    "text",
    ["Iran neither condemned nor praised the attack on Israel.", "Iran neither praised nor condemned Israel."],
)
def test_neither_nor_denies_both_acts(nlp: Language, text: str) -> None:
    events = coded_events(nlp, text, {"Iran": "IRNGOV", "Israel": "ISRGOV"})
    assert len(events) == 2
    assert all(event.negated for event in events)
