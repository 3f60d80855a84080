"""Words of political news that are no events: discussing a topic, releasing details, asking a
question, insisting on a claim, shooting back or capturing a nomination act on nobody. The same
verbs still code when someone or something the event needs is there."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from event_cases import PUBLISHED, dyads, dyads_of, hand_built_actors
from newsgraph.extract.events import find_events


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Trump went on to discuss his strong opposition to the plan.", {"Trump": "USAELI"}),
        ("Gowdy did not release further details about the interviews.", {"Gowdy": "USALEG"}),
        ("Sanders is releasing a new 30-second ad in New York.", {"Sanders": "USALEG"}),
        ("Reporters tried to ask Trump a question after the rally.", {"Trump": "USAELI"}),
        ("Trump insisted that he has expanded the Republican party.", {"Trump": "USAELI"}),
        ("Trump shot back in a statement on Tuesday.", {"Trump": "USAELI"}),
        ("Cruz captured the nomination in July.", {"Cruz": "USALEG"}),
        ("Dann went around to shoot video of the sign.", {"Dann": "USACVL"}),
        ("Ayotte was across town visiting a halfway house.", {"Ayotte": "USALEG"}),
        ("Halvorson is trying to seize on Shuster's relationship with a lobbyist.",
         {"Halvorson": "USAELI", "Shuster": "USALEG"}),
        ("Trump said Obama just acts like a defeated man.", {"Trump": "USAELI", "Obama": "USAGOV"}),
        ("The senator's win is helping him stretch his lead.", {"senator": "USALEG"}),
        ("Rubio suspended his campaign on Tuesday night.", {"Rubio": "USALEG"}),
        ("Rubio offered the crowd an emotional evaluation of the race.", {"Rubio": "USALEG"}),
        ("An adviser to Trump requested anonymity to speak candidly.", {"Trump": "USAELI"}),
        ("Trump went to the debate in Las Vegas.", {"Trump": "USAELI"}),
        ("His campaign manager, Alex Conant, struck a similar tune.", {"Alex Conant": "USAELI"}),
        ("Trump is instead hosting a competing event on Thursday.", {"Trump": "USAELI"}),
        ("Clinton said she would look into it.", {"Clinton": "USAELI"}),
        ("He has resisted the political rules of gravity for months.", {"He": "USAELI"}),
        ("Aides want to crack down on high-speed trading.", {"Aides": "USAGOV"}),
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
        ("Iran insisted that Israel must withdraw from the Golan Heights.",
         {"Iran": "IRNGOV", "Israel": "ISRGOV"}, {("1056", "IRNGOV", "ISRGOV")}),
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
        ("Trump continued his attacks against Curiel.",
         {"Trump": ("USAELI", "person"), "Curiel": (None, "organization")}, {("111", "USAELI", None)}),
        # A person beating another, a candidate's rally: the race, not a fight or a protest.
        ("Kasich beat back a challenge from Trump.", {"Kasich": ("USAGOV", "person"), "Trump": ("USAELI", "person")},
         set()),
        ("Trump's rallies drew large crowds.", {"Trump": ("USAELI", "person")}, set()),
        ("Then Trump flew to Maine to hold a rally.", {"Trump": ("USAELI", "person"), "Maine": ("USA", "region")},
         set()),
        # Armies still capture provinces and attack people, and soldiers still beat protesters.
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
