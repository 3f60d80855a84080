"""An attack on a town no actor codes hits that country's people, as a visit to such a town is one to its
country; and a big city the tagger calls a person ("struck Kharkiv") is a place, not an uncoded person.
Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Russian forces shelled Kharkiv on Monday.", ("RUSMIL", "UKR")),
        ("Russian missiles struck Kharkiv on Tuesday.", ("RUS", "UKR")),
        ("Russian drones attacked Odesa overnight.", ("RUS", "UKR")),
        # An attack noun whose verb says what it hit.
        ("Israeli strikes hit Khan Younis overnight.", ("ISR", "PSE")),
        ("Russian airstrikes hit Idlib on Sunday.", ("RUS", "SYR")),
        # An attack led by a state is the leader's.
        ("Saudi-led airstrikes hit Sanaa.", ("SAU", "YEMGOV")),
        ("US-led strikes killed ten militants in Raqqa.", ("USA", "---UAF")),
        # The town that locates what was hit.
        ("Russian forces shelled a market in Kharkiv.", ("RUSMIL", "UKR")),
        ("Russian troops captured the town of Bakhmut.", ("RUSMIL", "UKR")),
        # Armed men of no known country: the town's country is still whom they hit.
        ("Rebels occupied the airport at Kindu.", ("---REB", "COD")),
        ("Gunmen attacked a police station in Kirkuk.", ("---UAF", "IRQ")),
        # A clause on the attack noun says where it struck.
        ("Al-Shabab claimed responsibility for an attack targeting shoppers at a mall in Nairobi.", ("SOMREB", "KEN")),
        ("Al-Shabab claimed a deadly attack targeting shoppers at a market in Kenya's capital.", ("SOMREB", "KEN")),
        ("Russia denied carrying out an attack aimed at a railway station in Kramatorsk.", ("RUSGOV", "UKR")),
        ("Hamas claimed a rocket attack directed at Sderot.", ("PSEREBHMS", "ISR")),
    ],
)
def test_an_attack_on_a_town_abroad_hits_its_country(text: str, dyad: tuple[str, str]) -> None:
    events = extract(text, published="2024-08-01").events
    assert dyad in {(event.source.code, event.target.code if event.target else None) for event in events}


def test_a_visit_to_a_place_in_a_town_abroad_goes_to_its_country() -> None:
    events = extract("Erdogan visited a hospital in Mosul.", published="2024-08-01").events
    assert ("042", "TURGOV", "IRQ") in {(event.cameo, event.source.code, event.target.code if event.target else None)
                                        for event in events}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # A town its own country's forces or government attack stands for its people, as a town abroad does.
        ("Syrian troops shelled Homs.", ("SYRMIL", "SYR")),
        ("The RSF shelled El Fasher on Sunday.", ("SDNREB", "SDN")),
        ("The Sudanese army bombed Nyala.", ("SDNMIL", "SDN")),
        ("RSF fighters besieged El Fasher for months.", ("SDNREB", "SDN")),
    ],
)
def test_an_attack_on_a_town_at_home_hits_its_people(text: str, dyad: tuple[str, str]) -> None:
    events = extract(text, published="2024-08-01").events
    assert dyad in {(event.source.code, event.target.code if event.target else None) for event in events}


def test_a_strike_by_workers_at_home_hits_no_town() -> None:
    # Only armed forces and governments: workers striking in their own town attack nobody.
    events = extract("Sanitation workers went on strike in Memphis.", published="2024-08-01").events
    assert all(event.target is None for event in events)


def test_a_city_the_tagger_calls_a_person_is_no_actor() -> None:
    actors = extract("Russian missiles struck Kharkiv on Tuesday.", published="2024-08-01").actors
    assert "Kharkiv" not in {actor.name for actor in actors}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Titled, speaking, or named in full elsewhere: a person, whatever city shares the name.
        ("Senator Lincoln voted against the bill on Tuesday.", "Lincoln"),
        ("Jackson said the plan would fail.", "Jackson"),
        ("Jesse Jackson spoke first. Later Jackson joined the marchers.", "Jesse Jackson"),
    ],
)
def test_a_person_named_like_a_city_stays_a_person(text: str, name: str) -> None:
    actors = extract(text, published="2024-08-01").actors
    assert name in {actor.name for actor in actors if actor.kind == "person"}


def test_drones_launched_at_a_party_are_an_air_attack_and_a_drone_programme_is_none() -> None:
    attack = extract("Iran launched hundreds of drones and missiles at Israel.", published="2024-08-01").events
    assert ("195", "IRNGOV", "ISR") in {(e.cameo, e.source.code, e.target.code if e.target else None) for e in attack}
    assert not extract("Russia launched a new drone program.", published="2024-08-01").events
