"""Idioms and figures of speech of political news that borrow event words: wanting a leader, pleading
guilty, blowing up the establishment, beating someone in the polls, using a colleague as a shield, a
speaking tour. The same words still code when they name the act itself."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from event_cases import PUBLISHED, coded_events, dyads, dyads_of, hand_built_actors
from newsgraph.extract.events import find_events


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # Wanting a thing or a person is a wish, no appeal to anyone.
        ("They want a business leader in the governor's mansion, not another lawyer.",
         {"They": "USAPTY", "business leader": "---BUS"}),
        ("He wanted a fresh start in Washington.", {"He": "USACVL", "Washington": "USAGOV"}),
        ("The Walsh camp reportedly wants Tom Hanks at its kickoff dinner.",
         {"Walsh": "USAELI", "Tom Hanks": "USACVL"}),
        # A plea in court, a celebration, a retaken exam, a speaking tour.
        ("Navy Lieutenant Karen Boyd pleaded guilty to leaking flight logs.", {"Karen Boyd": "USAMIL"}),
        ("Cuba's government celebrated the birthday of the poet Elena Robaina.",
         {"Cuba": "CUBGOV", "Elena Robaina": "CUBCVL"}),
        ("Many Americans like to celebrate Mexican culture.", {"Americans": "USA", "Mexican": "MEX"}),
        ("The pope once more demonstrated his talent for surprising the crowds.", {"pope": "VATGOV"}),
        ("Maria Walsh quit teaching law before announcing her bid.", {"Maria Walsh": "USAELI"}),
        ("Navy Lieutenant Karen Boyd, who pleaded guilty to leaking flight logs, was prosecuted.",
         {"Karen Boyd": "USAMIL"}),
        # A speech given in a state gives nothing in; a call for a vote is a procedure.
        ("As the results came in, she gave a fiery speech in South Dakota.",
         {"she": "USALEG", "South Dakota": "USA"}),
        ("The convention chair, Ruth Okafor, called for a roll-call vote.", {"Ruth Okafor": "USAPTY"}),
        ("They would need to retake the driving test.", {"They": "USAEDU"}),
        ("Ben Halloran ended his paid lecture circuit to run for governor.", {"Ben Halloran": "USAELI"}),
        # What a candidate blows up, beats or fights out is a race; a shield of words is no human shield.
        ("Walsh is set to blow up the party machine.", {"Walsh": "USAELI"}),
        ("Several Republican rivals are beating her in statewide polls.", {"Republican": "USAPTY", "her": "USAELI"}),
        ("Walsh and Moreland are fighting it out for the lead in Nevada.", {"Walsh": "USAELI", "Moreland": "USALEG"}),
        ("Walsh is using Governor Pat Reyes as a shield against the attacks.",
         {"Walsh": "USAELI", "Governor Pat Reyes": "USAGOV"}),
        # Support withdrawn from a candidate, money accepted, proposals championed.
        ("Oregon's Dan Whitaker withdrew his endorsement.", {"Dan Whitaker": "USALEG"}),
        ("Walsh talked tough on drug companies while accepting donations from them.", {"Walsh": "USAELI"}),
        ("Most residents support the plan championed by candidate Dana Ruiz.", {"Dana Ruiz": "USAELI"}),
    ],
)
def test_idioms_make_no_event(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes) == set()


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Wanting someone else to act is still an appeal; soldiers still beat protesters and retake towns.
        ("Merkel wants Erdogan to open the border.", {"Merkel": "DEUGOV", "Erdogan": "TURGOV"},
         {("021", "DEUGOV", "TURGOV")}),
        ("The government finally gave in to the demands of the strikers.",
         {"government": "POLGOV", "strikers": "POLLAB"}, {("080", "POLGOV", "POLLAB")}),
        ("Prime Minister Hashimoto quit.", {"Prime Minister Hashimoto": "JPNGOV"}, {("0831", "JPNGOV", None)}),
        ("Kuwait called for an emergency session of OPEC.", {"Kuwait": "KWTGOV", "OPEC": "IGOOPC"},
         {("020", "KWTGOV", "IGOOPC")}),
        ("Soldiers beat the protesters.", {"Soldiers": "---MIL", "protesters": "---OPP"}, {("182", "---MIL", "---OPP")}),
        ("The Sri Lankan army has kept hundreds of Tamil villagers as human shields.",
         {"Sri Lankan army": "LKAMIL", "Tamil villagers": "LKAREF"}, {("184", "LKAMIL", "LKAREF")}),
        ("Arafat defended Iraq against Western criticism.", {"Arafat": "PSEGOV", "Iraq": "IRQGOV"},
         {("052", "PSEGOV", "IRQGOV")}),
        ("Militants blew up the embassy.", {"Militants": "---UAF", "embassy": "USAGOV"}, {("183", "---UAF", "USAGOV")}),
        # Questioning someone's judgment is criticism, not an interrogation.
        ("Christie questioned Rubio's judgment and experience.", {"Christie": "USAGOV", "Rubio": "USALEG"},
         {("111", "USAGOV", "USALEG")}),
        ("Police questioned the suspect.", {"Police": "USACOP", "suspect": "USACRM"}, {("090", "USACOP", "USACRM")}),
    ],
)
def test_the_same_words_still_code_the_act(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Failing rejects only the cooperative act it governs.
        ("Brixton Toys failed to produce another hit.", {"Brixton Toys": "USABUS"}, set()),
        ("Exiled dissidents failed to overthrow Castro during the plot.",
         {"Exiled dissidents": "CUBOPP", "Castro": "CUBGOV"}, set()),
        ("Israelis and Palestinians failed to reach a deal over water rights.",
         {"Palestinians": "PSE", "Israelis": "ISR"}, {("127", "PSE", "ISR"), ("127", "ISR", "PSE")}),
        # A name before a relation noun names someone else than the ones who act.
        ("She and other Walsh rivals complained that the state party had cut the number of forums.",
         {"Walsh": "USAELI", "state party": "USAPTY"}, set()),
        # Rules, cases and ads that a party made do not act.
        ("GOP rules require delegates to back the winner of their state.",
         {"GOP": "USAPTY", "delegates": "USAPTY"}, set()),
        ("A Libyan court case has blocked the extradition of two Libyans.", {"Libyan": "LBYGOV", "Libyans": "LBY"},
         set()),
        ("The Sri Lankan army blocked the extradition of two Libyans.", {"Sri Lankan army": "LKAMIL", "Libyans": "LBY"},
         {("144", "LKAMIL", "LBY")}),
    ],
)
def test_failures_relations_and_things(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "parties", "expected"),
    [
        # A candidate's fight is a race; ending a campaign is no retreat.
        ("If she softens her tone and keeps fighting, she will bow out with dignity.",
         {"she": ("USALEG", "person")}, set()),
        ("Democrat Karen Lyle is ending her campaign for governor.",
         {"Karen Lyle": ("USALEG", "person")}, set()),
        # Protection by or of a candidate is political, unless armed men give it.
        ("Moreland complained that party officials wanted to protect Walsh by cancelling forums.",
         {"Moreland": ("USALEG", "person"), "party officials": ("USAPTY", "group"), "Walsh": ("USAELI", "person")},
         {("114", "USALEG", "USAPTY")}),
        ("Secret Service agents protect Clinton.", {"Secret Service agents": ("USACOP", "group"),
                                                    "Clinton": ("USAELI", "person")}, {("074", "USACOP", "USAELI")}),
        # An unarmed party's attack on a candidate is criticism; armed men still attack.
        ("Three conservative groups have released radio ads targeting Walsh on taxes.",
         {"conservative groups": ("USAPTY", "group"), "Walsh": ("USAELI", "person")}, {("111", "USAPTY", "USAELI")}),
        ("Rebels attacked Smith and his guards.", {"Rebels": ("---REB", "group"), "Smith": ("USALEG", "person")},
         {("190", "---REB", "USALEG")}),
        # Armies and a head of government still fight and retreat.
        ("Russian troops fought Chechen rebels.", {"Russian troops": ("RUSMIL", "group"),
                                                   "Chechen rebels": ("RUSREB", "group")},
         {("190", "RUSMIL", "RUSREB")}),
        ("Putin ended the operation in Chechnya.", {"Putin": ("RUSGOV", "person")}, {("087", "RUSGOV", None)}),
    ],
)
def test_campaign_fights_exits_and_protection(
    nlp: Language, text: str, parties: dict[str, tuple[str, str]], expected: set
) -> None:
    actors = hand_built_actors(text, {phrase: code for phrase, (code, _) in parties.items()})
    kinded = tuple(replace(actor, kind=parties[actor.name][1]) for actor in actors)
    events = find_events(nlp(text), text, actors=kinded, timexes=(), locations={}, quotes=(), published=PUBLISHED)
    assert dyads_of(events) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Letting as a consequence or a turn of phrase is no concession; a police permission still is.
        ("Moreland won his home state of Maine, allowing her to widen her delegate lead.",
         {"Moreland": "USALEG", "her": "USAELI"}, set()),
        ("Pruitt posted a reading list on his blog, writing \"Allow me also to save the reporters some work.\"",
         {"Pruitt": "USAELI"}, set()),
        ("The police barred the marchers from the embassy grounds, but allowed them to rally in a nearby park.",
         {"police": "TURCOP", "them": "ALB"}, {("172", "TURCOP", None), ("080", "TURCOP", "ALB")}),
        # Asking voters to vote is campaigning; urging Congress to pass a bill is an appeal.
        ("She urged them to vote early.", {"She": "USALEG", "them": "USA"}, set()),
        ("Senator Moreland values every volunteer, but he asks you to give your votes to our slate.",
         {"Senator Moreland": "USALEG", "he": "USALEG"}, set()),
        ("Obama urged Congress to pass the bill.", {"Obama": "USAGOV", "Congress": "USALEG"},
         {("102", "USAGOV", "USALEG")}),
        # How a president must be is a view, no demand; what Greece must do, said by Turkey, is one.
        ("Walsh says a president must be able to handle a crisis from day one.",
         {"Walsh": "USAELI", "president": "USAGOV"}, set()),
        ("Turkey said Greece must return the fishing boat.", {"Turkey": "TURGOV", "Greece": "GRCGOV"},
         {("1053", "TURGOV", "GRCGOV")}),
    ],
)
def test_consequences_votes_and_views(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # An arrest warrant is no arrest, a warning to the public no threat; an arrest and a warning to a
        # state still code.
        ("Canadian authorities issued an arrest warrant on Friday for Gordon Rourke.",
         {"Canadian authorities": "CANGOV", "Gordon Rourke": "USACRM"}, set()),
        ("Officials in Oregon are warning residents that the heat wave will strain the power grid.",
         {"Officials": "USAGOV", "residents": "USACVL"}, set()),
        ("Police arrested Gordon Rourke.", {"Police": "FRACOP", "Gordon Rourke": "USACRM"},
         {("173", "FRACOP", "USACRM")}),
        ("Iraq warned Kuwait.", {"Iraq": "IRQGOV", "Kuwait": "KWTGOV"}, {("130", "IRQGOV", "KWTGOV")}),
    ],
)
def test_labels_warrants_and_public_warnings(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Appeals to voters' fears or to a demographic are rhetoric; an appeal to the United Nations is one.
        ("In a campaign marked by Mr. Walsh's appeals to the anxieties of older voters, she prevailed.",
         {"Mr. Walsh": "USAELI"}, set()),
        ("Above all, he appeals to voters who never follow the news.", {"he": "USALEG"}, set()),
        ("Iran made an appeal to the United Nations.", {"Iran": "IRNGOV", "United Nations": "IGOUNO"},
         {("020", "IRNGOV", "IGOUNO")}),
        # Agreeing with a person, or together that a fact holds, shares a view; agreeing on a ceasefire or
        # that a dispute should be settled is an agreement.
        ("Moreland is now agreeing with me completely.", {"Moreland": "USALEG", "me": "USAELI"}, set()),
        ("Barely a third of Americans agree with him.", {"Americans": "USA", "him": "USALEG"}, set()),
        ("Both Senator Ortega and Senator Blake agree the flood was a national disaster.",
         {"Senator Ortega": "USALEG", "Senator Blake": "USALEG"}, set()),
        ("Israel agreed with the Palestinians on a ceasefire.", {"Israel": "ISRGOV", "Palestinians": "PSE"},
         {("030", "ISRGOV", "PSE"), ("030", "PSE", "ISRGOV")}),
        ("Iran and Iraq agree that the dispute should be settled by talks.", {"Iran": "IRNGOV", "Iraq": "IRQGOV"},
         {("030", "IRNGOV", "IRQGOV"), ("030", "IRQGOV", "IRNGOV")}),
    ],
)
def test_views_shared_and_rhetoric(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # An "it" no actor stands behind, an outcome, words provided and delegates freed name no act between
        # parties; rebels still free hostages and Japan still provides aid.
        ("A Florida win would help him make his argument to party elders.", {"Florida": "USA", "him": "USALEG"},
         set()),
        ("She provided detailed answers for Tom Ridley.", {"She": "USAELI", "Tom Ridley": "USAGOV"}, set()),
        ("Moreland endorsed freeing all 1,130 delegates to vote as they wish.", {"Moreland": "USAGOV"},
         {("051", "USAGOV", None)}),
        ("The rebels freed the hostages.", {"rebels": "---REB", "hostages": "---CVL"}, {("0841", "---REB", "---CVL")}),
        ("Japan provided aid to Haiti.", {"Japan": "JPNGOV", "Haiti": "HTIGOV"}, {("070", "JPNGOV", "HTIGOV")}),
    ],
)
def test_impersonal_sources_outcomes_and_words(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


def test_what_a_bill_aims_at_is_hypothetical(nlp: Language) -> None:
    events = coded_events(nlp, "Her bill to curb drug prices stalled in committee.", {"Her": "USAELI"})
    assert [(event.cameo, event.hypothetical) for event in events] == [("172", True)]


@pytest.mark.parametrize(
    "text",
    ["It is unfair to blame him for the delay.", "They film him at random, and he just talks. It captures him."],
)
def test_an_it_no_actor_stands_behind_names_nobody(nlp: Language, text: str) -> None:
    """The pronoun found as an uncoded party ("it") does not act on the coded one."""
    coded = hand_built_actors(text, {"him": "USAELI"})
    uncoded = replace(hand_built_actors(text, {"It": "XXX"})[0], id="u1", code=None, country=None, sector=None)
    events = find_events(nlp(text), text, actors=(*coded, uncoded), timexes=(), locations={}, quotes=(),
                         published=PUBLISHED)
    assert dyads_of(events) == set()


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Idioms of conflict in politics: swipes taken are criticism, a deal torpedoed or a proposal shot down is
        # rejected, and a bill killed, a war on political correctness, an assault on the Second Amendment, a
        # party hijacked, a flop in a debate, a rival destroyed in one and an ambush of questions are no violence.
        ("Rubio took a swipe at Trump on Tuesday.", {"Rubio": "USALEG", "Trump": "USAELI"}, {("111", "USALEG", "USAELI")}),
        ("Cruz took aim at Trump.", {"Cruz": "USALEG", "Trump": "USAELI"}, {("111", "USALEG", "USAELI")}),
        ("Senate Republicans torpedoed the deal with Obama.", {"Senate Republicans": "USALEG", "Obama": "USAGOV"},
         {("127", "USALEG", "USAGOV")}),
        ("The Democrats shot down the proposal.", {"Democrats": "USAPTY"}, {("120", "USAPTY", None)}),
        ("Republicans killed the bill in the Senate.", {"Republicans": "USAPTY"}, set()),
        ("Trump declared war on political correctness.", {"Trump": "USAELI"}, set()),
        ("The NRA called it an assault on the Second Amendment by Obama.", {"NRA": "USANGO", "Obama": "USAGOV"}, set()),
        ("Trump hijacked the Republican party.", {"Trump": "USAELI", "Republican party": "USAPTY"}, set()),
        ("Kasich bombed in the debate.", {"Kasich": "USAGOV"}, set()),
        ("Christie destroyed Rubio in the debate.", {"Christie": "USAGOV", "Rubio": "USALEG"}, set()),
        ("Sanders ambushed Clinton with questions about her speeches.", {"Sanders": "USALEG", "Clinton": "USAELI"},
         set()),
        # The same words in war still code.
        ("Iraq declared war on Iran.", {"Iraq": "IRQGOV", "Iran": "IRNGOV"}, {("190", "IRQGOV", "IRNGOV")}),
        ("Rebels shot down a helicopter.", {"Rebels": "AFGREB"}, {("190", "AFGREB", None)}),
        ("Gunmen hijacked the plane.", {"Gunmen": "---UAF"}, {("181", "---UAF", None)}),
        ("NATO planes bombed the bridge in Belgrade.", {"NATO": "IGONAT"}, {("195", "IGONAT", None)}),
    ],
)
def test_idioms_of_conflict(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


def _kinded_dyads(nlp: Language, text: str, parties: dict[str, tuple[str, str]]) -> set:
    """Dyads over hand-built actors of the given (code, kind)."""
    actors = hand_built_actors(text, {phrase: code for phrase, (code, _) in parties.items()})
    kinded = tuple(replace(actor, kind=parties[actor.name][1]) for actor in actors)
    return dyads_of(find_events(nlp(text), text, actors=kinded, timexes=(), locations={}, quotes=(),
                                published=PUBLISHED))


@pytest.mark.parametrize(
    ("text", "parties", "expected"),
    [
        # A person's supporters are other people; a group's are still the group.
        ("Moreland supporters will in the end back her.",
         {"Moreland": ("USALEG", "person"), "her": ("USAELI", "person")}, set()),
        ("Hamas supporters clashed with Israeli police.",
         {"Hamas": ("PSEHAM", "group"), "Israeli police": ("ISRCOP", "group")}, {("145", "PSEHAM", "ISRCOP")}),
        # Marching out with a nomination is a race run; students still march against a government.
        ("Once we march out with the party's nomination, Walsh is done for.",
         {"we": ("USALEG", "person"), "Walsh": ("USAELI", "person")}, set()),
        ("Thousands of students marched against the government.",
         {"students": ("IRNEDU", "group"), "government": ("IRNGOV", "country")}, {("140", "IRNEDU", "IRNGOV")}),
    ],
)
def test_followers_and_campaign_marches(nlp: Language, text: str, parties: dict[str, tuple[str, str]],
                                        expected: set) -> None:
    assert _kinded_dyads(nlp, text, parties) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # An interviewer's question, voters greeted or praised, the establishment whipped, delegates received
        # and an attack on the Second Amendment are no events; the same verbs between states still code.
        ("Asked by Kerr to respond to the governor's criticism, Pruitt said it was unfair.",
         {"Kerr": "USAMED", "Pruitt": "USAELI"}, set()),
        ("Former Governor Jim Brandt greeted voters outside a school gym.", {"Jim Brandt": "USAELI"}, set()),
        ("Walsh praised her loyal volunteers in the crowd.", {"Walsh": "USAELI"}, set()),
        ("Walsh whipped the party bosses.", {"Walsh": "USAELI"}, set()),
        ("Walsh receives 942 delegates under that projection.", {"Walsh": "USAELI"}, set()),
        ("Bracing for Obama's attack on the Second Amendment, NRA leaders bought radio time.",
         {"Obama": "USAGOV", "NRA": "USANGO"}, set()),
        ("Iran asked Russia to help.", {"Iran": "IRNGOV", "Russia": "RUSGOV"}, {("023", "IRNGOV", "RUSGOV")}),
        ("Obama praised Merkel.", {"Obama": "USAGOV", "Merkel": "DEUGOV"}, {("051", "USAGOV", "DEUGOV")}),
        ("Putin greeted the Chinese president.", {"Putin": "RUSGOV", "Chinese president": "CHNGOV"},
         {("043", "RUSGOV", "CHNGOV")}),
    ],
)
def test_interviews_audiences_and_races(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected
