"""Uses of event verbs in whole articles that code no event: an interview's question, persuasion of a
fact or of voters, a warning of a danger to nobody, a doubt, an anonymous source's topic, campaign money,
a trip at home, and objects that make 'release', 'invest', 'sign', 'occupy', 'repel' and 'commit' no act
on anyone. The same verbs still code when a party is asked, persuaded, warned, helped or attacked."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # An interview's question.
        ("The moderator asked Carson about his ties to the company.", {"Carson": "USAELI"}),
        ("She said she asked the question to build on his comments.", {"She": "USAELI"}),
        ('"Do you want to be associated with a fascist?" Todd asked.', {"Todd": "USAMED"}),
        # Persuasion of a fact, or of a campaign's audience.
        ("The Times reporters were convinced that Carson would fire his staff.",
         {"Times": "USAMED", "Carson": "USAELI"}),
        ("Sanders can't seem to convince the voters.", {"Sanders": "USALEG"}),
        ("Emanuel is trying to persuade voters that he understands their anger.", {"Emanuel": "USAGOV"}),
        # A warning of a danger, addressed to nobody.
        ("Large businesses warn that the law could harm commerce.", {"businesses": "USABUS"}),
        ("The activist warned of a ferocious battle at the convention.", {"activist": "USAOPP"}),
        # A doubt; an anonymous source's topic.
        ("Sanders supporters question whether Clinton truly opposes the deal.",
         {"Sanders supporters": "USALEG", "Clinton": "USAELI"}),
        ("An aide, who was not authorized to discuss the talks with Iran, confirmed the date.",
         {"aide": "USAGOV", "Iran": "IRNGOV"}),
        # Campaign money.
        ("Camlica donated $2,400 to Ayotte.", {"Ayotte": "USALEG"}),
        ("Turkish Americans made large donations to the Ready PAC.", {"Turkish Americans": "USA"}),
        # Things released, time and money invested, roles occupied, players signed, voters repelled.
        ("The super PAC is releasing a robocall in Wisconsin.", {"PAC": "USAELI", "Wisconsin": "USA"}),
        ("Sanders has invested a lot of time in Minnesota.", {"Sanders": "USALEG", "Minnesota": "USA"}),
        ("Axelrod occupied a role that annoys the campaign.", {"Axelrod": "USAELI"}),
        ("Trump signed Walker to a rich contract.", {"Trump": "USAELI", "Walker": "USACVL"}),
        ("His evolution won't repel supporters.", {"His": "USAELI"}),
        # Troops committed, a trip at home, a fact shown, a candidate kept from the nomination, testimony offered.
        ("Egypt, Syria and Morocco also committed ground troops, to a much lesser degree.",
         {"Egypt": "EGYGOV", "Syria": "SYRGOV", "Morocco": "MARGOV"}),
        ("Freeh flew to Washington after the press conference.", {"Freeh": "USACOP", "Washington": "USAGOV"}),
        ("Sanders is struggling to demonstrate how Clinton was influenced by donations.",
         {"Sanders": "USALEG", "Clinton": "USAELI"}),
        ("Activists are clamoring to block Trump from the nomination.", {"Activists": "USAOPP", "Trump": "USAELI"}),
        ("Obama could offer a potent testimony about the primary.", {"Obama": "USAGOV"}),
    ],
)
def test_event_verbs_that_act_on_nobody(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes) == set()


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Iran asked Russia to deliver the missiles.", {"Iran": "IRNGOV", "Russia": "RUSGOV"},
         {("020", "IRNGOV", "RUSGOV")}),
        ("Washington persuaded Iran to halt enrichment.", {"Washington": "USAGOV", "Iran": "IRNGOV"},
         {("020", "USAGOV", "IRNGOV")}),
        ("Carter warned China against provocative behavior.", {"Carter": "USAGOV", "China": "CHNGOV"},
         {("130", "USAGOV", "CHNGOV")}),
        ("Iran warned that any attack would be met with force.", {"Iran": "IRNGOV"}, {("130", "IRNGOV", None)}),
        ("Police questioned the suspect for hours.", {"Police": "USACOP"}, {("090", "USACOP", None)}),
        ("Kerry will discuss the nuclear deal with Iran.", {"Kerry": "USAGOV", "Iran": "IRNGOV"},
         {("036", "USAGOV", "IRNGOV"), ("036", "IRNGOV", "USAGOV")}),
        ("Japan donated $10 million to Haiti.", {"Japan": "JPNGOV", "Haiti": "HTIGOV"},
         {("070", "JPNGOV", "HTIGOV")}),
        ("The Red Cross donated blankets to the Haitian government.",
         {"Red Cross": "NGOIRC", "Haitian government": "HTIGOV"}, {("070", "NGOIRC", "HTIGOV")}),
        ("The rebels released two Italian hostages.", {"rebels": "SYRREB"}, {("0841", "SYRREB", None)}),
        ("China invested heavily in Pakistan.", {"China": "CHNGOV", "Pakistan": "PAKGOV"},
         {("061", "CHNGOV", "PAKGOV")}),
        ("Israeli troops occupied the town.", {"Israeli troops": "ISRMIL"}, {("192", "ISRMIL", None)}),
        ("Syria committed to the ceasefire.", {"Syria": "SYRGOV"}, {("0356", "SYRGOV", None)}),
        ("Albright flew to Moscow on Monday.", {"Albright": "USAGOV", "Moscow": "RUSGOV"},
         {("042", "USAGOV", "RUSGOV")}),
        ("Thousands demonstrated against the government in Cairo.", {"government": "EGYGOV"},
         {("140", None, "EGYGOV")}),
    ],
)
def test_the_same_verbs_still_code(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A label given, an outcome prevented, a candidate kept from the nomination: no appeal, no coercion.
        ("Priebus called Clinton's remarks a new low.", {"Priebus": "USAELI", "Clinton": "USAELI"}, set()),
        ("It is time for Congress to close the loopholes and prevent these transactions.", {"Congress": "USALEG"},
         set()),
        ("Iran called on Iraq to withdraw.", {"Iran": "IRNGOV", "Iraq": "IRQGOV"}, {("0256", "IRNGOV", "IRQGOV")}),
        ("Riot police prevented the protesters from entering the square.",
         {"Riot police": "GBRCOP", "protesters": "GBROPP"}, {("172", "GBRCOP", "GBROPP")}),
    ],
)
def test_labels_and_outcomes_prevented(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # One candidate keeping another from the nomination is the race; a head of state's coercion is not.
        ("Cruz won over enough delegates to prevent Trump from prevailing.", {"Cruz": "USALEG", "Trump": "USAELI"},
         set()),
        ("Putin prevented Navalny from running.", {"Putin": "RUSGOV", "Navalny": "RUSOPP"},
         {("172", "RUSGOV", "RUSOPP")}),
    ],
)
def test_candidates_keeping_each_other_from_winning(
    nlp: Language, text: str, codes: dict[str, str], expected: set
) -> None:
    assert dyads(nlp, text, codes, kind="person") == expected

