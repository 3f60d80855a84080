"""Idioms and figures of speech of political news that borrow event words: wanting a leader, pleading
guilty, blowing up the establishment, beating someone in the polls, using a colleague as a shield, a
speaking tour. The same words still code when they name the act itself."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from event_cases import PUBLISHED, dyads, dyads_of, hand_built_actors
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
