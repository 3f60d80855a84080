"""Uses of event verbs in whole articles that code no event: an interview's question, persuasion of a
fact or of voters, a warning of a danger to nobody, a doubt, an anonymous source's topic, campaign money,
a trip at home, and objects that make 'release', 'invest', 'sign', 'occupy', 'repel' and 'commit' no act
on anyone. The same verbs still code when a party is asked, persuaded, warned, helped or attacked."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from event_cases import PUBLISHED, dyads, dyads_of, hand_built_actors
from newsgraph.extract.events import find_events


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # An interview's question.
        ("The host asked Senator Hale about his ties to the bank.", {"Senator Hale": "USALEG"}),
        ("Warren asked the question to make a point about banks.", {"Warren": "USALEG"}),
        ('"Will you raise taxes on farmers?" the host asked Hale.', {"Hale": "USALEG"}),
        # Persuasion of a fact, or of a campaign's audience.
        ("The Gazette reporters were convinced that Ruiz would quit the race.",
         {"Gazette": "USAMED", "Ruiz": "USAELI"}),
        ("Hale has failed to convince the voters.", {"Hale": "USALEG"}),
        ("The mayor is trying to persuade voters that he shares their worries.", {"mayor": "USAGOV"}),
        # A warning of a danger, addressed to nobody.
        ("Retailers warn that the tariff could hurt sales.", {"Retailers": "USABUS"}),
        ("The activist warned of a long fight over the rules.", {"activist": "USAOPP"}),
        # A doubt; an anonymous source's topic.
        ("Hale's allies question whether Ruiz really wants the job.",
         {"Hale": "USALEG", "Ruiz": "USAELI"}),
        ("An aide, who was not authorized to discuss the talks with Iran, confirmed the date.",
         {"aide": "USAGOV", "Iran": "IRNGOV"}),
        # Campaign money.
        ("A dentist donated $1,000 to Senator Hale.", {"Senator Hale": "USALEG"}),
        ("Local farmers made large donations to the Forward PAC.", {"Local farmers": "USA"}),
        # Things released, time and money invested, roles occupied, players signed, voters repelled.
        ("The super PAC released a robocall in Ohio.", {"PAC": "USAELI", "Ohio": "USA"}),
        ("Hale has invested a lot of energy in Iowa.", {"Hale": "USALEG", "Iowa": "USA"}),
        ("The pundit occupied the role of critic on the show.", {"pundit": "USAELI"}),
        ("The owner signed Jenkins to a two-year contract.", {"owner": "USAELI", "Jenkins": "USACVL"}),
        ("His new line on trade won't repel supporters.", {"His": "USAELI"}),
        # Troops committed, a trip at home, a fact shown, a candidate kept from the nomination, testimony offered.
        ("Jordan and Oman also committed ground troops to the coalition.",
         {"Jordan": "JORGOV", "Oman": "OMNGOV"}),
        ("The FBI director flew to Washington after the briefing.", {"FBI director": "USACOP", "Washington": "USAGOV"}),
        ("Hale is trying to demonstrate how Ruiz was swayed by lobbyists.",
         {"Hale": "USALEG", "Ruiz": "USAELI"}),
        ("Activists tried to block the governor from the nomination.",
         {"Activists": "USAOPP", "governor": "USAELI"}),
        ("The president could offer a moving testimony about the race.", {"president": "USAGOV"}),
        # An errand for one's own staff, a thing asked for, one's own speeches suspended.
        ("The governor asked his assistant to book a flight.", {"governor": "USAGOV"}),
        ("Ruiz saw a banner and asked it to be brought to the stage.", {"Ruiz": "USAELI"}),
        ("Last year Ruiz suspended his paid speaking tour.", {"Ruiz": "USAELI"}),
    ],
)
def test_event_verbs_that_act_on_nobody(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes) == set()


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Delivering missiles is military aid (072), so the appeal is one for military aid (0232).
        ("Iran asked Russia to deliver the missiles.", {"Iran": "IRNGOV", "Russia": "RUSGOV"},
         {("0232", "IRNGOV", "RUSGOV")}),
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
        ("The European Union suspended aid to Niger.", {"European Union": "IGOEU", "Niger": "NERGOV"},
         {("162", "IGOEU", "NERGOV")}),
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
        ("The chairman called the senator's speech a disgrace.", {"chairman": "USAELI", "senator": "USALEG"}, set()),
        ("It is time for Congress to shut these loopholes and prevent such transfers.", {"Congress": "USALEG"},
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
        ("Hale won over enough delegates to prevent Ruiz from prevailing.", {"Hale": "USALEG", "Ruiz": "USAELI"},
         set()),
        ("Putin prevented Navalny from running.", {"Putin": "RUSGOV", "Navalny": "RUSOPP"},
         {("172", "RUSGOV", "RUSOPP")}),
    ],
)
def test_candidates_keeping_each_other_from_winning(
    nlp: Language, text: str, codes: dict[str, str], expected: set
) -> None:
    assert dyads(nlp, text, codes, kind="person") == expected


def _uncoded_dyads(nlp: Language, text: str, parties: dict[str, tuple[str | None, str]]) -> set:
    """Dyads over hand-built actors of the given code (None: uncoded) and kind."""
    actors = []
    for index, (phrase, (code, kind)) in enumerate(parties.items()):
        actor = hand_built_actors(text, {phrase: code or "XXX"})[0]
        actors.append(replace(actor, id=f"a{index}", code=code, kind=kind))
    events = find_events(nlp(text), text, actors=actors, timexes=(), locations={}, quotes=(), published=PUBLISHED)
    return dyads_of(events)


@pytest.mark.parametrize(
    ("text", "parties", "expected"),
    [
        # A firm's own business, with nobody or with another firm, is commerce.
        ("Acme Widgets Inc has agreed to pay $40 million for a warehouse.", {"Acme Widgets Inc": (None, "organization")},
         set()),
        ("Norland & Co. said on Monday that Norland extended the offer.", {"Norland": (None, "organization")},
         set()),
        ("The company went public, offering 1.7 million shares.", {"company": ("---BUS", "organization")}, set()),
        # An agency or a person that nobody codes still acts, and a firm still acts on a state.
        ("The FDA rejected the request for approval.", {"FDA": (None, "organization")}, {("120", None, None)}),
        ("Tomas Varga agreed to resign.", {"Tomas Varga": (None, "person")}, {("0341", None, None)}),
        ("The company agreed to pay compensation to Nigeria.",
         {"company": ("---BUS", "organization"), "Nigeria": ("NGAGOV", "country")}, {("0353", "---BUS", "NGAGOV")}),
    ],
)
def test_a_firms_own_business_is_commerce(
    nlp: Language, text: str, parties: dict[str, tuple[str | None, str]], expected: set
) -> None:
    assert _uncoded_dyads(nlp, text, parties) == expected


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # Agreeing with a person that something is so (no modal: a view, not a plan) shares a view.
        ("Senator Ruiz agrees with Governor Hale that the budget is far too small.",
         {"Senator Ruiz": "USALEG", "Governor Hale": "USAGOV"}),
        # So does agreeing with what someone said or thinks (cues.txt view_nouns).
        ("Senator Ruiz said she agrees with Governor Hale's remarks.",
         {"Senator Ruiz": "USALEG", "Governor Hale": "USAGOV"}),
        ("Egypt agreed with Israel's assessment of the border.", {"Egypt": "EGYGOV", "Israel": "ISRGOV"}),
    ],
)
def test_views_agreed_with_make_no_event(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert {cameo[:2] for cameo, _, _ in dyads(nlp, text, codes)} & {"03"} == set()


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Egypt agreed with Israel's proposal to reopen the crossing.", {"Egypt": "EGYGOV", "Israel": "ISRGOV"}),
        ("Egypt agreed with Israel on a ceasefire.", {"Egypt": "EGYGOV", "Israel": "ISRGOV"}),
        ("Egypt agreed with Israel that the crossing would reopen in May.", {"Egypt": "EGYGOV", "Israel": "ISRGOV"}),
    ],
)
def test_agreements_with_a_party_still_code(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert ("030", "EGYGOV", "ISRGOV") in dyads(nlp, text, codes)
