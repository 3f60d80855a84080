"""Words of political news that are no events: discussing a topic, releasing details, asking a
question, insisting on a claim, shooting back or capturing a nomination act on nobody. The same
verbs still code when someone or something the event needs is there."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from event_cases import PUBLISHED, coded_events, dyads, dyads_of, hand_built_actors
from newsgraph.extract.events import find_events


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Walsh went on to discuss her fierce opposition to the new tax.", {"Walsh": "USAELI"}),
        ("Haldane did not release more information about the audit.", {"Haldane": "USALEG"}),
        ("Moreland is releasing a fresh radio spot in Ohio.", {"Moreland": "USALEG"}),
        ("A student tried to ask Walsh a question after the town hall.", {"Walsh": "USAELI"}),
        ("Walsh insisted that she has grown the state's economy.", {"Walsh": "USAELI"}),
        ("Walsh shot back in an interview with a local radio station.", {"Walsh": "USAELI"}),
        ("Cruz captured the nomination in July.", {"Cruz": "USALEG"}),
        ("Pruitt walked over to shoot photos of the crowd.", {"Pruitt": "USACVL"}),
        ("Moreland was on the other side of the city visiting a food bank.", {"Moreland": "USALEG"}),
        ("Garza is trying to seize on Whitfield's ties to a casino owner.",
         {"Garza": "USAELI", "Whitfield": "USALEG"}),
        ("Walsh said Obama simply acts like someone who has given up.", {"Walsh": "USAELI", "Obama": "USAGOV"}),
        ("The senator's victory in Iowa is helping her extend her lead.", {"senator": "USALEG"}),
        ("Rubio suspended his campaign on Tuesday night.", {"Rubio": "USALEG"}),
        ("Moreland offered the audience a candid assessment of the campaign.", {"Moreland": "USALEG"}),
        ("A Walsh aide requested anonymity to discuss internal polling.", {"Walsh": "USAELI"}),
        ("Walsh went to the forum in Des Moines.", {"Walsh": "USAELI"}),
        ("Her spokeswoman, Dana Whitcomb, struck a similar note.", {"Dana Whitcomb": "USAELI"}),
        ("Walsh is instead hosting a rival fundraiser on Friday.", {"Walsh": "USAELI"}),
        ("Clinton said she would look into it.", {"Clinton": "USAELI"}),
        ("She has resisted the usual laws of politics for a year.", {"She": "USAELI"}),
        ("Aides want to crack down on payday lenders.", {"Aides": "USAGOV"}),
        # An agreement struck (the relative clause's noun is its object), a law signed, an importance
        # recognized, papers released, fees and awards accepted are no attack, treaty, recognition or promise.
        ("The agreement Walsh had struck with the State Department required disclosure of her donors.",
         {"Walsh": "USAELI", "State Department": "USAGOV"}),
        ("Obama signed the financial reforms into law.", {"Obama": "USAGOV"}),
        ("The campaign was slow to recognize the value of rural voters.", {"campaign": "USAELI"}),
        ("The committee released a report on Clinton.", {"committee": "USALEG", "Clinton": "USAELI"}),
        ("The White House released a statement on Iran.", {"White House": "USAGOV", "Iran": "IRNGOV"}),
        ("Walsh accepted consulting fees from Pfizer.", {"Walsh": "USAELI", "Pfizer": "USABUS"}),
        # Admissions: conceding a point, refusing to acknowledge one.
        ("'We know we will lose Vermont,' Walsh aide Tom Brierly conceded.",
         {"Tom Brierly": "USAELI", "Walsh": "USAELI"}),
        ("Walsh aide Tom Brierly conceded that Walsh would lose Vermont.",
         {"Tom Brierly": "USAELI", "Walsh": "USAELI"}),
        ("Obama refused to acknowledge that he underestimated the militants.", {"Obama": "USAGOV"}),
        # An assurance of a fact, or one given to voters, is no intent to cooperate.
        ("Haldane assured the American people that the rumors are untrue.",
         {"Haldane": "USALEG", "American people": "USA"}),
        # What someone else says a party should do is no demand by that party.
        ("Critics said the government should do much more.", {"government": "USAGOV"}),
        # An event word naming a topic, a candidate's pull on voters, rallying one's own voters.
        ("He makes rape analogies in his speeches.", {"He": "USAELI"}),
        ("Pundits ask whether Walsh can widen her appeal among older voters.", {"Walsh": "USAELI"}),
        ("Cruz has a broad appeal among evangelicals.", {"Cruz": "USALEG"}),
        ("Becerra is trying to rally Latinos in Nevada.", {"Becerra": "USALEG"}),
        # A quoted question asked is no appeal; what voters want or plan to back is a vote.
        ('"Walsh won the most delegates, so why would the party take the nomination away from her?" asked Pruitt.',
         {"Pruitt": "USAELI", "Walsh": "USAELI"}),
        ("Democratic voters want a continuation of the Obama agenda.",
         {"Democratic voters": "USAPTY", "Obama": "USAGOV"}),
        ("Sanders supporters plan to back Clinton in November.", {"Sanders supporters": "USALEG", "Clinton": "USAELI"}),
        # Thanking supporters, ending a presidential bid, halting paid speeches, a home shared, a party's soul
        # captured, a candidate's appeal among voters.
        ("Moreland is thanking volunteers at an event in Alabama.", {"Moreland": "USAGOV", "Alabama": "USA"}),
        ("Pataki ended his brief Republican presidential campaign last year.", {"Pataki": "USAELI"}),
        ("Her office said she halted all paid appearances.", {"she": "USAELI"}),
        ("The apartment she shares with her sister in Albany was searched.", {"she": "USAELI"}),
        ("The faction has struggled for years to capture the soul of the union.", {"faction": "USAOPP"}),
        ("Allen offered his thoughts on Trump's continued appeal among supporters.", {"Trump": "USAELI"}),
    ],
)
def test_campaign_words_make_no_event(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes) == set()


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("The rebels released five hostages.", {"rebels": "---REB"}, {("0841", "---REB", None)}),
        ("Japan provided emergency assistance to flood victims.", {"Japan": "JPNGOV"}, {("070", "JPNGOV", None)}),
        ("The Kenyan government asked donors to resume aid.", {"Kenyan government": "KENGOV"},
         {("023", "KENGOV", None)}),
        ("Rebels captured the town of Kunduz.", {"Rebels": "---REB"}, {("190", "---REB", None)}),
        ("Slobodan Milosevic conceded defeat in the elections.", {"Slobodan Milosevic": "SRBGOV"},
         {("080", "SRBGOV", None)}),
        ("Moscow would not recognize the results of the referendum.", {"Moscow": "RUSGOV"},
         {("120", "RUSGOV", None)}),
        ("Iran insisted that Israel must withdraw from the Golan Heights.",
         {"Iran": "IRNGOV", "Israel": "ISRGOV"}, {("1056", "IRNGOV", "ISRGOV")}),
        # Promises of acts to come, real concessions, recognition and help to another party still code;
        # a retort is criticism, not shooting; an attack on a town a relative clause names is an attack.
        ("Iran assured Iraq that it would not attack.", {"Iran": "IRNGOV", "Iraq": "IRQGOV"},
         {("030", "IRNGOV", "IRQGOV")}),
        ("The government conceded to the demands of the rebels.", {"government": "PHLGOV", "rebels": "PHLREB"},
         {("080", "PHLGOV", "PHLREB")}),
        ("Hungary recognized Kosovo.", {"Hungary": "HUNGOV", "Kosovo": "KSVGOV"}, {("054", "HUNGOV", "KSVGOV")}),
        ("The United States helped Iraq rebuild its army.", {"United States": "USAGOV", "Iraq": "IRQGOV"},
         {("070", "USAGOV", "IRQGOV")}),
        ("The town the rebels struck was in ruins.", {"rebels": "---REB"}, {("190", "---REB", None)}),
        ("Mexican senators fired back at Walsh over the tariff plan.",
         {"Mexican senators": "MEXELI", "Walsh": "USAELI"}, {("111", "MEXELI", "USAELI")}),
        ("Thousands rallied in Cairo against the government.", {"government": "EGYGOV"}, {("140", None, "EGYGOV")}),
        ("Russia ended its military campaign in Syria.", {"Russia": "RUSGOV", "Syria": "SYRGOV"},
         {("087", "RUSGOV", "SYRGOV")}),
        ("Obama thanked Japan for its support.", {"Obama": "USAGOV", "Japan": "JPNGOV"}, {("051", "USAGOV", "JPNGOV")}),
        ("Opposition leaders rejected the deal with the government.",
         {"Opposition leaders": "ZWEOPP", "government": "ZWEGOV"}, {("127", "ZWEOPP", "ZWEGOV")}),
        ("Egypt launched a mediation effort between Israel and Hamas.",
         {"Egypt": "EGYGOV", "Israel": "ISRGOV", "Hamas": "PSEHAM"},
         {("045", "EGYGOV", "ISRGOV"), ("045", "EGYGOV", "PSEHAM")}),
    ],
)
def test_the_same_verbs_still_code_real_events(
    nlp: Language, text: str, codes: dict[str, str], expected: set
) -> None:
    assert dyads(nlp, text, codes) == expected


def _kinded_dyads(nlp: Language, text: str, parties: dict[str, tuple[str | None, str]]) -> set:
    """Dyads over hand-built actors of the given (code, kind): ``{"Cruz": ("USALEG", "person")}``."""
    codes = {phrase: code for phrase, (code, _) in parties.items() if code is not None}
    actors = list(hand_built_actors(text, codes))
    for phrase, (code, kind) in parties.items():
        if code is None:
            actors.append(replace(hand_built_actors(text, {phrase: "XXX"})[0], id=f"u{len(actors)}", code=None))
    by_name = {actor.name: actor for actor in actors}
    kinded = tuple(replace(by_name[phrase], kind=kind) for phrase, (_, kind) in parties.items())
    events = find_events(nlp(text), text, actors=kinded, timexes=(), locations={}, quotes=(), published=PUBLISHED)
    return dyads_of(events)


@pytest.mark.parametrize(
    ("text", "parties", "expected"),
    [
        # A person's force against a state, a state's support for a person: votes.
        ("Cruz captured Texas and Oklahoma.",
         {"Cruz": ("USALEG", "person"), "Texas": ("USA", "region"), "Oklahoma": ("USA", "region")}, set()),
        ("Indiana and Ohio supported Bush in 1988.",
         {"Indiana": ("USA", "region"), "Ohio": ("USA", "region"), "Bush": ("USAELI", "person")}, set()),
        # A person's attack on another person, or on a name nobody codes, is criticism.
        ("Trump attacked Clinton in a speech.", {"Trump": ("USAELI", "person"), "Clinton": ("USAGOV", "person")},
         {("111", "USAELI", "USAGOV")}),
        ("Walsh kept up her attacks on Brennan.",
         {"Walsh": ("USAELI", "person"), "Brennan": (None, "organization")}, {("111", "USAELI", None)}),
        # So is a legislator's or a party's attack on a thing: words, not force; on a measure, a stance on it
        # like criticism of it ("criticized the farm bill"), no event (_event_policy).
        ("The senator attacked the farm bill in a floor speech.", {"senator": ("USALEG", "group")}, set()),
        ("The senator attacked the farm lobby in a floor speech.", {"senator": ("USALEG", "group")},
         {("111", "USALEG", None)}),
        ("The government attacked the town at dawn.", {"government": ("SYRGOV", "group")}, {("190", "SYRGOV", None)}),
        # A person beating another, a candidate's rally: the race, not a fight or a protest.
        ("Moreland beat back a primary challenge from Walsh.",
         {"Moreland": ("USAGOV", "person"), "Walsh": ("USAELI", "person")}, set()),
        ("Trump's rallies drew large crowds.", {"Trump": ("USAELI", "person")}, set()),
        ("Later Walsh drove to Iowa to hold a rally.", {"Walsh": ("USAELI", "person"), "Iowa": ("USA", "region")},
         set()),
        # Politicians and parties beating a person, help lent to one's own work: the race, no aid.
        ("Republican hopefuls are now beating her in several state polls.",
         {"Republican hopefuls": ("USAPTY", "group"), "her": ("USAELI", "person")}, set()),
        ("The Iowa senator took the primary, beating rival Maria Walsh.",
         {"Iowa senator": ("USALEG", "group"), "Maria Walsh": ("USAELI", "person")}, set()),
        ("Moreland helped draft the Clean Water Act.",
         {"Moreland": ("USALEG", "person"), "Clean Water Act": (None, "organization")}, set()),
        # A candidate's promise of a policy, made to nobody, is campaign talk; a head of state's, or a
        # country's, is an intent.
        ("Moreland pledged to enact prison reform.", {"Moreland": ("USALEG", "person")}, set()),
        ("Walsh has vowed to fight to overturn the ruling.", {"Walsh": ("USAELI", "person")}, set()),
        ("Obama promised to close the prison at Guantanamo.", {"Obama": ("USAGOV", "person")},
         {("030", "USAGOV", None)}),
        ("Japan pledged to pay for the reconstruction.", {"Japan": ("JPNGOV", "country")}, {("030", "JPNGOV", None)}),
        # Armies still capture provinces and attack people, and soldiers still beat protesters.
        ("Police beat Rodney King.", {"Police": ("USACOP", "group"), "Rodney King": (None, "person")},
         {("182", "USACOP", None)}),
        ("Soldiers beat the protesters.", {"Soldiers": ("---MIL", "group"), "protesters": ("---OPP", "group")},
         {("182", "---MIL", "---OPP")}),
        ("Russian troops captured Chechnya.", {"Russian troops": ("RUSMIL", "group"), "Chechnya": ("RUS", "region")},
         {("190", "RUSMIL", "RUS")}),
        ("Rebels attacked Smith and his guards.", {"Rebels": ("---REB", "group"), "Smith": ("USALEG", "person")},
         {("190", "---REB", "USALEG")}),
    ],
)
def test_campaign_talk_between_people_and_states(
    nlp: Language, text: str, parties: dict[str, tuple[str | None, str]], expected: set
) -> None:
    assert _kinded_dyads(nlp, text, parties) == expected


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # Not holding back from one's own act is no rejection, even a negated one: the act was done
        # ("could not resist taking jabs at Moreland" criticizes him, not negated).
        ("She could not resist taking jabs at Moreland.", {"She": "USAELI", "Moreland": "USALEG"}),
    ],
)
def test_not_holding_back_is_the_act_itself(nlp: Language, text: str, codes: dict[str, str]) -> None:
    events = coded_events(nlp, text, codes)
    assert [(event.cameo, event.negated, event.hypothetical) for event in events] == [("111", False, False)]


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("There have been calls for Dorsey to resign.", {"Dorsey": "USAGOV"}, [("0831", True)]),
        ("Walsh made a contentious proposal to ban Mormons from public office.",
         {"Walsh": "USAELI", "Mormons": "---REL"}, [("172", True)]),
    ],
)
def test_what_calls_and_proposals_ask_for_is_hypothetical(
    nlp: Language, text: str, codes: dict[str, str], expected: list
) -> None:
    """A resignation called for ("amid calls for Dorsey to resign") or a ban proposed has not happened."""
    assert [(event.cameo, event.hypothetical) for event in coded_events(nlp, text, codes)] == expected


@pytest.mark.parametrize(
    ("text", "codes", "hypothetical"),
    [
        # A yes-no question asks about an act; it does not report one.
        ('"Would a ceasefire make ISIL less likely to kill Americans?" she said.',
         {"ISIL": "IMGMUSISI", "Americans": "USA"}, True),
        ("Did Iran attack Iraq?", {"Iran": "IRNGOV", "Iraq": "IRQGOV"}, True),
        # A wh-question often asks about a real event, and a question after a quote is not the reporter's.
        ("Who saw the militants who attacked Iraq?", {"militants": "---UAF", "Iraq": "IRQGOV"}, False),
        ('Iran attacked Iraq, and the minister asked, "Do we respond?"', {"Iran": "IRNGOV", "Iraq": "IRQGOV"},
         False),
    ],
)
def test_questions_are_hypothetical(nlp: Language, text: str, codes: dict[str, str], hypothetical: bool) -> None:
    events = [event for event in coded_events(nlp, text, codes) if event.cameo.startswith("19")]
    assert events
    assert all(event.hypothetical == hypothetical for event in events)
