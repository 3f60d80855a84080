"""Towns of the wars in the news since the 2010s, in the spellings news uses, resolve to their country.
Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Israeli strikes hit Khan Younis and Jabalia overnight.", "Khan Younis", "PSE"),
        ("Israeli strikes hit Khan Younis and Jabalia overnight.", "Jabalia", "PSE"),
        ("Russian forces shelled Zaporizhzhia and Sloviansk.", "Sloviansk", "UKR"),
        ("Turkish drones struck Qamishli and Kobani.", "Qamishli", "SYR"),
        ("Turkish drones struck Qamishli and Kobani.", "Kobani", "SYR"),
        ("Gunmen attacked Kfar Aza and Nir Oz at dawn.", "Nir Oz", "ISR"),
        ("Ukrainian troops retook Robotyne in August.", "Robotyne", "UKR"),
        ("Fighting spread to El Geneina in Darfur.", "El Geneina", "SDN"),
    ],
)
def test_a_war_town_is_placed(text: str, name: str, country: str) -> None:
    places = {place.text: place.country for place in extract(text, published="2024-08-01").places}
    assert places.get(name) == country


def test_an_attack_on_a_war_town_hits_its_country() -> None:
    events = extract("Turkish drones struck Qamishli on Sunday.", published="2024-08-01").events
    assert ("TUR", "SYR") in {(event.source.code, event.target.code if event.target else None) for event in events}
