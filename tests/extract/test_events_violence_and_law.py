"""Verbs of violence, law and grievance that coded nothing or the wrong act: "hacked to death", a bomb that
"ripped through" a site, "vowed revenge", a charge laid by an authority, a clash with an armed group no actor
table names, an attack "blamed on" someone. All sentences are written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A killing by physical assault, not a coercive act.
        ("Bandits hacked to death nine herders near the well.", {"Bandits": "---UAF", "herders": "---AGR"},
         {("1823", "---UAF", "---AGR")}),
        # A bomb that rips through a site is a bombing by someone unknown, aimed at the site's town.
        ("A parcel bomb ripped through a crowded cafe in Kabul on Friday.", {"Kabul": "AFG"},
         {("183", None, "AFG")}),
        # "vowed revenge" threatens; "vowed to cooperate" still expresses intent.
        ("The clan vowed revenge for the murder of its elder.", {"clan": "---ETH"}, {("130", "---ETH", None)}),
        # spaCy lemmatises "waged" as "wag" and "petitioned" as itself.
        ("Ruritania waged war on its northern neighbour.", {"Ruritania": "RUR"}, {("190", "RUR", None)}),
        ("Fishermen petitioned the ministry for new licences.", {"Fishermen": "---AGR", "ministry": "---GOV"},
         {("020", "---AGR", "---GOV")}),
        # Celebrating with another party meets it.
        ("The king celebrated the harvest feast with the envoys of Zoria.", {"king": "RURGOV", "Zoria": "ZORGOV"},
         {("040", "RURGOV", "ZORGOV")}),
        # Armed forces pouring into a region deploy; refugees pouring in do not.
        ("Federal troops poured into the northern valley.", {"Federal troops": "NGAMIL"}, {("154", "NGAMIL", None)}),
        ("Refugees poured into the northern valley.", {"Refugees": "NGAREF"}, set()),
        # An army that dissolves parliament restricts political freedoms; a president's dissolution is routine.
        ("The army dissolved parliament on Sunday.", {"army": "THAMIL", "parliament": "THALEG"},
         {("1721", "THAMIL", "THALEG")}),
        ("The president dissolved parliament on Sunday.", {"president": "THAGOV", "parliament": "THALEG"}, set()),
        # Handing over people accused of a crime is judicial cooperation, not aid.
        ("The militia handed over the three hijackers to the Kenyan police.",
         {"militia": "---REB", "Kenyan police": "KENCOP"}, {("063", "---REB", "KENCOP")}),
    ],
)
def test_acts_of_violence_and_grievance(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # A storm or a fire that rips through a town acts on nobody.
        ("A violent storm ripped through the harbour town of Kabul.", {"Kabul": "AFG"}),
        # A celebration mediates nothing.
        ("Crowds of farmers celebrated the new accord in the square.", {"farmers": "---AGR"}),
    ],
)
def test_no_act_between_parties(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes) == set()


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # An authority's charge is legal action ...
        ("Federal prosecutors charged the mayor with bribery.", {"prosecutors": "USAJUD", "mayor": "USAGOV"},
         {("173", "USAJUD", "USAGOV")}),
        # ... anyone else's an accusation.
        ("The opposition charged the mayor with bribery.", {"opposition": "USAOPP", "mayor": "USAGOV"},
         {("112", "USAOPP", "USAGOV")}),
    ],
)
def test_a_charge_is_legal_action_only_by_an_authority(
    nlp: Language, text: str, codes: dict[str, str], expected: set
) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # An armed group no actor table codes: the adjective says it is armed, so the clash is fighting.
        ("Border guards clashed with armed smugglers in the desert.", {"Border guards": "EGYMIL"},
         {("193", "EGYMIL", None)}),
        ("Troops clashed with a band of masked men outside the town.", {"Troops": "EGYMIL"},
         {("193", "EGYMIL", None)}),
        # Unarmed people the soldiers clash with still riot.
        ("Troops clashed with angry villagers outside the town.", {"Troops": "EGYMIL"}, {("145", "EGYMIL", None)}),
    ],
)
def test_a_clash_with_an_uncoded_armed_group_is_fighting(
    nlp: Language, text: str, codes: dict[str, str], expected: set
) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # The one an attack is blamed on made it.
        ("The abduction of the two nurses was blamed on Zorian rebels.",
         {"nurses": "---HLH", "Zorian rebels": "ZORREB"}, {("181", "ZORREB", "---HLH")}),
    ],
)
def test_an_attack_blamed_on_someone_is_theirs(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected
