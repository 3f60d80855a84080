"""False events of a sixth review round on whole articles, and two kinds of protest it found missing.

An act asked about in an indirect question ("asked her if she would commit") is no reported act; a
refusal to talk to the press declines comment; a candidate's appeal among voters is popularity; a
vote's rules let voters in without anyone conceding; what a denied cause would bring about does not
happen ("the raids did not cause Japan to back down"); a call made to congratulate is no call for anything.
Nothing is offered in "what I have to offer", nobody is besieged by one surrounding himself with advisers,
and a condition told by inversion ("had Hale congratulated him") did not happen. A city where violence
struck names its people, not its government ("killed twelve people in Paris": FRA, not FRAGOV).
Protesters who throng or fill a place demonstrate, and a letter of protest sent is a complaint.
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
        ("The mayor's office declined to respond to written queries on the contract.", {"mayor": "USAGOV"}),
        # A candidate's appeal among voters is the pull he has on them.
        ("The senator's appeal was greatest among older voters.", {"senator": "USALEG"}),
        # A vote's rules let voters in; nobody concedes.
        ("Ohio's open primaries allow independents to cast a ballot in either contest.", {"Ohio": "USA"}),
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
    """"will not make X back down": X refuses to yield (124), not X backing down; in the past, a denied yield."""
    events = coded_events(nlp, "The air raids will not cause Japan to back down, the envoy said.", {"Japan": "JPNGOV"})
    assert [(event.cameo, event.source.code if event.source else None) for event in events] == [("124", "JPNGOV")]
    events = coded_events(nlp, "Months of raids did not cause Japan to back down.", {"Japan": "JPNGOV"})
    assert [(event.cameo, event.negated) for event in events] == [("080", True)]


def test_a_call_made_to_congratulate_is_no_call_for_it(nlp: Language) -> None:
    """The purpose of a call made happened, and so did the telephone call (041); "calling for the mayor to resign"
    still asks for it."""
    codes = {"Governor Ruiz": "USAGOV", "Senator Hale": "USALEG"}
    made = coded_events(nlp, "Governor Ruiz called Senator Hale to congratulate him on his victory.", codes)
    assert [(event.cameo, event.hypothetical) for event in made] == [("041", False), ("051", False)]
    # The parse may make the purpose a complement of the call.
    made = coded_events(nlp, "Governor Ruiz spoke shortly after she called Senator Hale to congratulate him.", codes)
    assert [(event.cameo, event.hypothetical) for event in made] == [("041", False), ("051", False)]
    asked = coded_events(nlp, "Activists began calling for Mayor Ruiz to resign.",
                         {"Activists": "USAOPP", "Mayor Ruiz": "USAGOV"})
    assert [(event.cameo, event.source.code, event.target.code) for event in asked] == [("0241", "USAOPP", "USAGOV")]


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Protesters who throng, fill or gather in a place demonstrate against whom they gather near.
        ("Anti-war demonstrators thronged the avenue near the Foreign Ministry on Friday.",
         {"demonstrators": "EGYOPP", "Foreign Ministry": "EGYGOV"}, {("141", "EGYOPP", "EGYGOV")}),
        ("Thousands of protesters gathered outside the Israeli embassy.",
         {"protesters": "JOROPP", "Israeli embassy": "ISRGOV"}, {("141", "JOROPP", "ISRGOV")}),
        ("Protesters filled the streets on Sunday.", {"Protesters": "VENOPP"}, {("141", "VENOPP", None)}),
        # People a protest participle describes protest ("footage of exiles protesting"); a resolution condemning
        # someone is no author.
        ("The channel showed footage of Cuban exiles protesting against the government.",
         {"Cuban exiles": "CUB", "government": "CUBGOV"}, {("141", "CUB", "CUBGOV")}),
        ("Russia vetoed a resolution condemning Syria.", {"Russia": "RUSGOV", "Syria": "SYRGOV"},
         {("129", "RUSGOV", None)}),
        # Anyone else thronging a square does not.
        ("Pilgrims thronged the square to see the Pope.", {"Pilgrims": "ITACVL", "Pope": "VATGOV"}, set()),
        ("Ministers gathered in the hall on Monday.", {"Ministers": "FRAGOV"}, set()),
        # A letter of protest sent is a complaint to its addressee.
        ("Lawyers for the family sent letters of protest to the attorney general.",
         {"Lawyers": "USAJUD", "attorney general": "USAGOV"}, {("114", "USAJUD", "USAGOV")}),
        ("Moscow sent a letter of support to the rebels.", {"Moscow": "RUSGOV", "rebels": "UKRREB"}, set()),
    ],
)
def test_crowds_and_letters_of_protest(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # Nothing offered or accepted from anyone.
        ('"Voters will look at what I have to offer," Hale said.', {"Hale": "USALEG"}),
        ("The senator has offered few specifics beyond an essay.", {"senator": "USALEG"}),
        ("Hale accepted interviews with three networks on Thursday.", {"Hale": "USALEG"}),
        # Idioms: advisers one surrounds oneself with, a policy firing on all cylinders.
        ("The governor will surround himself with people who have served.", {"governor": "USAGOV"}),
        ("The ministry's reform is now firing on all cylinders.", {"ministry": "FRAGOV"}),
    ],
)
def test_offers_acceptances_and_idioms_that_code_nothing(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes) == set()


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Iran offered Iraq a deal on oil.", {"Iran": "IRNGOV", "Iraq": "IRQGOV"}, {("030", "IRNGOV", "IRQGOV")}),
        ("The troops surrounded the village.", {"troops": "SYRMIL"}, {("191", "SYRMIL", None)}),
        ("Rebels fired on the convoy.", {"Rebels": "SYRREB"}, {("190", "SYRREB", None)}),
    ],
)
def test_offers_sieges_and_fire_still_code(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "hypothetical"),
    [
        # A condition told by inversion did not happen; a past perfect did.
        ("Ruiz said it would have been gracious had Hale congratulated him.", {"Ruiz": "USAELI", "Hale": "USAELI"},
         True),
        ("Had Peru attacked Chile, the war would have spread.", {"Peru": "PERGOV", "Chile": "CHLGOV"}, True),
        ("Peru had attacked Chile before the talks.", {"Peru": "PERGOV", "Chile": "CHLGOV"}, False),
    ],
)
def test_inverted_conditions_are_hypothetical(
    nlp: Language, text: str, codes: dict[str, str], hypothetical: bool
) -> None:
    events = coded_events(nlp, text, codes)
    assert events
    assert all(event.hypothetical == hypothetical for event in events)


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A capital or country that names only where violence struck is its people, not its government.
        ("The bombings killed twelve people in Paris last spring.", {"Paris": "FRAGOV"}, {("183", None, "FRA")}),
        ("Russian jets bombed rebel positions in Syria.", {"Russian jets": "RUSMIL", "Syria": "SYRGOV"},
         {("195", "RUSMIL", "SYR")}),
        # A government named as the one hit, or the place a visit goes to, stays the state.
        ("Rebels attacked the Syrian government in Homs.", {"Rebels": "SYRREB", "Syrian government": "SYRGOV"},
         {("190", "SYRREB", "SYRGOV")}),
        ("Albright flew to Moscow on Monday.", {"Albright": "USAGOV", "Moscow": "RUSGOV"},
         {("042", "USAGOV", "RUSGOV")}),
    ],
)
def test_places_struck_name_their_people(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected
