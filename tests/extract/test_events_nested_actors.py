"""Who acts when the party is named inside a clause or phrase of its own: the noun a relative pronoun stands
for is acted upon by a passive relative clause ("the rebels, who are backed by Rwanda"); an apposition names an
ally or neighbour whose possessor is someone else ("Syria's ally, Russia"); an armed group of unknown country
loyal to a side serves it ("troops loyal to Maduro"). Run through the whole pipeline."""

from __future__ import annotations

import pytest

from event_cases import Dyad, pipeline_dyads


def _events(text: str) -> set[Dyad]:
    return pipeline_dyads(text, published="2024-05-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel, which was attacked by Hamas in October, invaded Gaza.", ("190", "PSEREBHMS", "ISRGOV")),
        ("Kurdish activists who were arrested by Turkish police went on hunger strike.", ("173", "TURCOP", "KUROPP")),
        ("Syrian opposition fighters, who were armed by Turkey, attacked Kurdish positions.",
         ("072", "TURGOV", "SYRUAF")),
        ("The journalist, who was expelled by Russia, returned to London.", ("174", "RUSGOV", "---MED")),
    ],
)
def test_a_passive_relative_clause_acts_on_the_noun_it_describes(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    ("text", "source", "not_source"),
    [
        ("Syria's ally, Russia, vetoed the resolution.", "RUSGOV", "SYRGOV"),
        ("Israel's closest ally, the United States, criticized the settlement plan.", "USAGOV", "ISRGOV"),
        ("Ukraine's neighbour, Poland, sent tanks to Kyiv.", "POLGOV", "UKRGOV"),
    ],
)
def test_an_ally_named_in_apposition_acts_not_the_possessor(text: str, source: str, not_source: str) -> None:
    sources = {source for _, source, _ in _events(text)}
    assert source in sources
    assert not_source not in sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops loyal to Maduro attacked protesters in Caracas.", ("190", "VENMIL", "VENOPP")),
        ("Fighters loyal to Assad shelled the rebel town.", ("194", "SYRUAF", None)),
        ("The soldiers loyal to Ukraine repelled Russian troops.", ("190", "UKRMIL", "RUSMIL")),
    ],
)
def test_an_armed_group_loyal_to_a_state_is_its_force(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Militias allied with Iran attacked US troops.", "---REB"),  # a backer or ally is not served
        ("Protesters loyal to Erdogan attacked a newspaper office.", "---OPP"),  # unarmed: the actor layer's code
    ],
)
def test_allies_and_unarmed_followers_keep_their_own_code(text: str, source: str) -> None:
    assert source in {source for _, source, _ in _events(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack, which was carried out by Hamas, killed three Israelis.", ("190", "PSEREBHMS", "ISR")),
        ("The bombing, which was claimed by the Islamic State, killed 20 people in Kabul.",
         ("190", "IMGMUSISI", "AFG")),
    ],
)
def test_a_passive_relative_clause_names_who_made_an_attack(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)
