"""False events of a sixth review round on whole articles.

An act asked about in an indirect question ("asked her if she would commit") is no reported act; a
refusal to talk to the press declines comment; a candidate's appeal among voters is popularity; a
vote's rules let voters in without anyone conceding; what a denied cause would bring about does not
happen ("will not cause America to back down"); a call made to congratulate is no call for anything.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import coded_events, dyads


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # An act in an indirect question: asked about, not reported.
        ("The host asked Senator Hale if she would commit to the pledge.", {"Senator Hale": "USALEG"}),
        ("Aides wanted to know whether lawmakers wanted the governor to veto the bill.",
         {"lawmakers": "USALEG", "governor": "USAGOV"}),
        ("Reporters asked whether Brazil had invited Peru to the summit.", {"Brazil": "BRAGOV", "Peru": "PERGOV"}),
        # A refusal to talk to the press is declining comment, no rejection of anyone.
        ("Senator Hale has refused to speak to reporters since Monday.", {"Senator Hale": "USALEG"}),
        ("The mayor's office declined to respond to questions about the contract.", {"mayor": "USAGOV"}),
        # A candidate's appeal among voters is the pull he has on them.
        ("The senator's appeal was greatest among older voters.", {"senator": "USALEG"}),
        # A vote's rules let voters in; nobody concedes.
        ("Ohio's open primaries allow independents to vote in either contest.", {"Ohio": "USA"}),
    ],
)
def test_questions_press_and_rules_code_nothing(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes) == set()


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # An appeal still codes when it is made, and a refusal to talk to a party still rejects it.
        ("The host asked Senator Hale to commit to the pledge.", {"host": "USAMED", "Senator Hale": "USALEG"},
         {("020", "USAMED", "USALEG")}),
        ("Hale refused to talk to the rebels.", {"Hale": "USAGOV", "rebels": "COLREB"},
         {("125", "USAGOV", "COLREB")}),
        # "whether to" weighs an act of one's own: still coded, as hypothetical.
        ("Prosecutors will decide whether to indict Senator Hale.", {"Prosecutors": "USAJUD", "Senator Hale": "USALEG"},
         {("115", "USAJUD", "USALEG")}),
        # A condition, not a question: "if" after a verb of threat.
        ("Iran warned it would strike Israel if attacked.", {"Iran": "IRNGOV", "Israel": "ISRGOV"},
         {("1384", "IRNGOV", "ISRGOV")}),
    ],
)
def test_the_same_words_still_code(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


def test_a_denied_cause_denies_its_effect(nlp: Language) -> None:
    """"will not cause X to back down": X refuses to yield (124), not X backing down."""
    text = '"These bombings will not cause America to back down," the secretary said.'
    events = coded_events(nlp, text, {"America": "USAGOV"})
    assert {(event.cameo, event.source.code if event.source else None) for event in events} == {("124", "USAGOV")}


def test_a_call_made_to_congratulate_is_no_call_for_it(nlp: Language) -> None:
    """The purpose of a call made happened; "calling for the mayor to resign" still asks for it."""
    made = coded_events(nlp, "Governor Ruiz called Senator Hale to congratulate him on his victory.",
                        {"Governor Ruiz": "USAGOV", "Senator Hale": "USALEG"})
    assert [(event.cameo, event.hypothetical) for event in made] == [("051", False)]
    asked = coded_events(nlp, "Activists began calling for Mayor Ruiz to resign.", {"Mayor Ruiz": "USAGOV"})
    assert [(event.cameo[:3], event.hypothetical) for event in asked] == [("083", True)]
