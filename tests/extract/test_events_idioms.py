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
        ("They want a chief executive, not a chief politician.", {"They": "USAPTY", "chief executive": "---BUS"}),
        ("She wanted major change in Washington.", {"She": "USACVL", "Washington": "USAGOV"}),
        ("Team Trump reportedly wants Mike Tyson at the GOP convention.", {"Trump": "USAELI", "Mike Tyson": "USACVL"}),
        # A plea in court, a celebration, a retaken exam, a speaking tour.
        ("Chief Petty Officer Lyle White pleaded guilty to mishandling classified documents.",
         {"Lyle White": "USAMIL"}),
        ("Cuba's communist government celebrated the birth of independence hero Jose Marti.",
         {"Cuba": "CUBGOV", "Jose Marti": "CUBCVL"}),
        ("Americans try to celebrate Mexican heritage.", {"Americans": "USA", "Mexican": "MEX"}),
        ("The pope again demonstrated his knack for sticking his nose into politics.", {"pope": "VATGOV"}),
        ("Hillary Clinton quit giving paid speeches before announcing her run.", {"Hillary Clinton": "USAELI"}),
        ("Chief Petty Officer Lyle White, who pleaded guilty to mishandling classified documents, was prosecuted.",
         {"Lyle White": "USAMIL"}),
        # A speech given in a state gives nothing in; a call for a vote is a procedure.
        ("As word of the victories rolled in, he gave a defiant speech in West Virginia.",
         {"he": "USALEG", "West Virginia": "USA"}),
        ("The party chairman, Kelly Armstrong, called for a voice vote.", {"Kelly Armstrong": "USAPTY"}),
        ("They would have to retake their final exams.", {"They": "USAEDU"}),
        ("Rudy Giuliani ended his lucrative speaking tour to run.", {"Rudy Giuliani": "USAELI"}),
        # What a candidate blows up, beats or fights out is a race; a shield of words is no human shield.
        ("Donald Trump is going to blow up the establishment.", {"Donald Trump": "USAELI"}),
        ("Many of the other GOP candidates are beating her in head-to-head matchups.",
         {"GOP": "USAPTY", "her": "USAELI"}),
        ("Trump and Cruz are fighting it out for first place in Iowa.", {"Trump": "USAELI", "Cruz": "USALEG"}),
        ("Hillary Clinton is using President Barack Obama as a shield against criticism.",
         {"Hillary Clinton": "USAELI", "President Barack Obama": "USAGOV"}),
        # Support withdrawn from a candidate, money accepted, proposals championed.
        ("Illinois's Mark Kirk withdrew his early support.", {"Mark Kirk": "USALEG"}),
        ("Clinton took a hard line on Wall Street while accepting millions from the industry.", {"Clinton": "USAELI"}),
        ("Voters support the proposal championed by GOP front-runner Donald Trump.", {"Donald Trump": "USAELI"}),
    ],
)
def test_idioms_make_no_event(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes) == set()


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Wanting someone else to act is still an appeal; soldiers still beat protesters and retake towns.
        ("Obama wants Putin to attack Switzerland.", {"Obama": "USAGOV", "Putin": "RUSGOV"},
         {("021", "USAGOV", "RUSGOV")}),
        ("The government finally gave in to the demands of the strikers.",
         {"government": "POLGOV", "strikers": "POLLAB"}, {("080", "POLGOV", "POLLAB")}),
        ("Prime Minister Hashimoto quit.", {"Prime Minister Hashimoto": "JPNGOV"}, {("0831", "JPNGOV", None)}),
        ("Saudi Arabia called for an emergency conference of OPEC.", {"Saudi Arabia": "SAUGOV", "OPEC": "IGOOPC"},
         {("020", "SAUGOV", "IGOOPC")}),
        ("Soldiers beat the protesters.", {"Soldiers": "---MIL", "protesters": "---OPP"}, {("182", "---MIL", "---OPP")}),
        ("The Sri Lankan army has been holding thousands of Tamil civilian refugees as human shields.",
         {"Sri Lankan army": "LKAMIL", "Tamil civilian refugees": "LKAREF"}, {("184", "LKAMIL", "LKAREF")}),
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
        ("Coleco failed to come up with another winner.", {"Coleco": "USABUS"}, set()),
        ("Cuban exiles failed to overthrow Castro in 1961.", {"Cuban exiles": "CUBOPP", "Castro": "CUBGOV"}, set()),
        ("Palestinians and Israelis failed to reach agreement on the fate of the offices.",
         {"Palestinians": "PSE", "Israelis": "ISR"}, {("127", "PSE", "ISR"), ("127", "ISR", "PSE")}),
        # A name before a relation noun names someone else than the ones who act.
        ("He and other Clinton challengers complained that the Democratic National Committee had limited the debates.",
         {"Clinton": "USAELI", "Democratic National Committee": "USAPTY"}, set()),
        # Rules, cases and ads that a party made do not act.
        ("GOP rules require delegates to vote for the candidate who won them.",
         {"GOP": "USAPTY", "delegates": "USAPTY"}, set()),
        ("A Libyan World Court case has blocked the trial of two Libyans.", {"Libyan": "LBYGOV", "Libyans": "LBY"},
         set()),
        ("The Sri Lankan army blocked the trial of two Libyans.", {"Sri Lankan army": "LKAMIL", "Libyans": "LBY"},
         {("144", "LKAMIL", "LBY")}),
    ],
)
def test_failures_relations_and_things(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "parties", "expected"),
    [
        # A candidate's fight is a race; ending a campaign is no retreat.
        ("If he tones down the rhetoric and continues to fight, he will go out on a high note.",
         {"he": ("USALEG", "person")}, set()),
        ("Republican Marco Rubio is ending his campaign for the Republican nomination.",
         {"Marco Rubio": ("USALEG", "person")}, set()),
        # Protection by or of a candidate is political, unless armed men give it.
        ("Sanders complained that party officials were trying to protect Clinton by scheduling debates.",
         {"Sanders": ("USALEG", "person"), "party officials": ("USAPTY", "group"), "Clinton": ("USAELI", "person")},
         {("114", "USALEG", "USAPTY")}),
        ("Secret Service agents protect Clinton.", {"Secret Service agents": ("USACOP", "group"),
                                                    "Clinton": ("USAELI", "person")}, {("074", "USACOP", "USAELI")}),
        # An unarmed party's attack on a candidate is criticism; armed men still attack.
        ("Two GOP groups have released online ads targeting Clinton on immigration.",
         {"GOP groups": ("USAPTY", "group"), "Clinton": ("USAELI", "person")}, {("111", "USAPTY", "USAELI")}),
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
        ("Sanders prevailed in his home state of Vermont, allowing her to build a delegate lead.",
         {"Sanders": "USALEG", "her": "USAELI"}, set()),
        ("Carson shared a syllabus on his Facebook page, writing \"Allow me also to do the research for the reporter.\"",
         {"Carson": "USAELI"}, set()),
        ("The police barred the crowd from the consulate, but allowed them to demonstrate on nearby streets.",
         {"police": "TURCOP", "them": "ALB"}, {("172", "TURCOP", None), ("080", "TURCOP", "ALB")}),
        # Asking voters to vote is campaigning; urging Congress to pass a bill is an appeal.
        ("He urged them to vote Tuesday.", {"He": "USALEG", "them": "USA"}, set()),
        ("Senator Cruz appreciates all of his supporters, but he asks you to focus your votes on this group.",
         {"Senator Cruz": "USALEG", "he": "USALEG"}, set()),
        ("Obama urged Congress to pass the bill.", {"Obama": "USAGOV", "Congress": "USALEG"},
         {("102", "USAGOV", "USALEG")}),
        # How a president must be is a view, no demand; what Sudan must do, said by Russia, is one.
        ("Hillary Clinton says a president must be ready to start making decisions.",
         {"Hillary Clinton": "USAELI", "president": "USAGOV"}, set()),
        ("Russia said Sudan must return the helicopter.", {"Russia": "RUSGOV", "Sudan": "SDNGOV"},
         {("1053", "RUSGOV", "SDNGOV")}),
    ],
)
def test_consequences_votes_and_views(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # An arrest warrant is no arrest, a warning to the public no threat; an arrest and a warning to a
        # state still code.
        ("Canadian authorities issued a nationwide arrest warrant Monday for James Charles Kopp.",
         {"Canadian authorities": "CANGOV", "James Charles Kopp": "USACRM"}, set()),
        ("Officials in California are warning residents that oncoming rains will cause mudslides.",
         {"Officials": "USAGOV", "residents": "USACVL"}, set()),
        ("Police arrested James Kopp.", {"Police": "FRACOP", "James Kopp": "USACRM"}, {("173", "FRACOP", "USACRM")}),
        ("Iraq warned Kuwait.", {"Iraq": "IRQGOV", "Kuwait": "KWTGOV"}, {("130", "IRQGOV", "KWTGOV")}),
    ],
)
def test_labels_warrants_and_public_warnings(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Appeals to voters' fears or to a demographic are rhetoric; an appeal to the United Nations is one.
        ("In a general election polarized by Mr. Trump's appeals to the economic and cultural anxieties of white "
         "voters, she won.", {"Mr. Trump": "USAELI"}, set()),
        ("Most important, he appeals to a demographic that has zero knowledge of politics.", {"he": "USALEG"}, set()),
        ("Iran made an appeal to the United Nations.", {"Iran": "IRNGOV", "United Nations": "IGOUNO"},
         {("020", "IRNGOV", "IGOUNO")}),
        # Agreeing with a person, or together that a fact holds, shares a view; agreeing on a ceasefire or
        # that a dispute should be settled is an agreement.
        ("Ted Cruz is now agreeing with me 100 percent.", {"Ted Cruz": "USALEG", "me": "USAELI"}, set()),
        ("Only a quarter of Americans agree with him.", {"Americans": "USA", "him": "USALEG"}, set()),
        ("Both Senator D'Amato and Chuck Schumer agree this was a horrific crime.",
         {"Senator D'Amato": "USALEG", "Chuck Schumer": "USALEG"}, set()),
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
        ("A California victory would help him make his case to superdelegates.", {"California": "USA", "him": "USALEG"},
         set()),
        ("He provided descriptions for John Kasich.", {"He": "USAELI", "John Kasich": "USAGOV"}, set()),
        ("Walker endorsed freeing all 2,472 delegates to vote their conscience.", {"Walker": "USAGOV"},
         {("051", "USAGOV", None)}),
        ("The rebels freed the hostages.", {"rebels": "---REB", "hostages": "---CVL"}, {("0841", "---REB", "---CVL")}),
        ("Japan provided aid to Haiti.", {"Japan": "JPNGOV", "Haiti": "HTIGOV"}, {("070", "JPNGOV", "HTIGOV")}),
    ],
)
def test_impersonal_sources_outcomes_and_words(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


def test_what_a_bill_aims_at_is_hypothetical(nlp: Language) -> None:
    events = coded_events(nlp, "Her bill to curb corporate compensation went nowhere.", {"Her": "USAELI"})
    assert [(event.cameo, event.hypothetical) for event in events] == [("172", True)]


@pytest.mark.parametrize(
    "text",
    ["It is hard to blame him for being confused.", "They catch him randomly, and he just answers. It captures him."],
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
        ("Sanders supporters will eventually back her.",
         {"Sanders": ("USALEG", "person"), "her": ("USAELI", "person")}, set()),
        ("Hamas supporters clashed with Israeli police.",
         {"Hamas": ("PSEHAM", "group"), "Israeli police": ("ISRCOP", "group")}, {("145", "PSEHAM", "ISRCOP")}),
        # Marching out with a nomination is a race run; students still march against a government.
        ("If we march out with the Democratic nomination, Donald Trump is toast.",
         {"we": ("USALEG", "person"), "Donald Trump": ("USAELI", "person")}, set()),
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
        ("Asked by Stephanopoulos to respond to Trump's criticism, Carson said it was wrong.",
         {"Stephanopoulos": "USAMED", "Carson": "USAELI"}, set()),
        ("Former President Bill Clinton greeted voters inside a polling location.", {"Bill Clinton": "USAELI"}, set()),
        ("Clinton praised her wonderful donors in the audience.", {"Clinton": "USAELI"}, set()),
        ("Donald Trump whipped the establishment.", {"Donald Trump": "USAELI"}, set()),
        ("Trump receives 1,265 delegates in that scenario.", {"Trump": "USAELI"}, set()),
        ("Preparing for Obama's attack on the Second Amendment, the NRA put out an ad.",
         {"Obama": "USAGOV", "NRA": "USANGO"}, set()),
        ("Iran asked Russia to help.", {"Iran": "IRNGOV", "Russia": "RUSGOV"}, {("023", "IRNGOV", "RUSGOV")}),
        ("Obama praised Merkel.", {"Obama": "USAGOV", "Merkel": "DEUGOV"}, {("051", "USAGOV", "DEUGOV")}),
        ("Putin greeted the Chinese president.", {"Putin": "RUSGOV", "Chinese president": "CHNGOV"},
         {("043", "RUSGOV", "CHNGOV")}),
    ],
)
def test_interviews_audiences_and_races(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected
