"""An event's location is its sentence's place unless that place says where another event the trigger
speaks of happened ("condemned the attacks in Nairobi")."""

from __future__ import annotations

import pytest

from newsgraph.records import RawDocument


def _locations(engine, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    (result,) = list(engine.run([RawDocument(doc_id="case", text=text, published="2017-01-19")]))
    return {event.trigger.text: (event.location.name if event.location else None) for event in result.events}


@pytest.mark.parametrize(
    ("text", "trigger", "location"),
    [
        # a statement about an event elsewhere is not made there
        ("Kenya's government condemned the attacks in Nairobi on Friday.", "condemned", None),
        ("Russia invited the United States to attend the peace talks in Astana.", "invited", None),
        ("Lund's foreign minister called for an urgent summit in Vienna to end the blockade of Marlow.",
         "called", None),
        # the place of the event itself, of its occasion, or of a party stays
        ("Iran and Russia held talks in Tehran on Monday.", "talks", "Tehran"),
        ("A car bombing in Kabul killed three Afghan soldiers.", "killed", "Kabul"),
        ("At a rally in Denver, the senator criticized the president.", "criticized", "Denver"),
    ],
)
def test_the_place_of_the_event_itself(engine, text: str, trigger: str, location: str | None) -> None:  # type: ignore[no-untyped-def]
    locations = _locations(engine, text)
    assert trigger in locations, locations
    assert locations[trigger] == location


@pytest.mark.parametrize(
    ("text", "trigger", "location"),
    [
        # a place in a clause of its own is that clause's
        ("Velmar's army bombed the border posts and shelled three villages in Ostrava.", "bombed", None),
        ("Velmar's army bombed the border posts and shelled three villages in Ostrava.", "shelled", "Ostrava"),
        ("The French premier said France would help Chad's army build a base to fight rebels in Niger.",
         "help", None),
        # a statement made in one place about an act elsewhere
        ("Lavrov told journalists in Moscow that Russia had invited Iran to the talks.", "invited", None),
        ("At a campaign stop in Denver, the senator said the United States should sanction Iran.",
         "sanction", None),
        # local officials, and a sentence set in one place, speak of what happened there
        ("Police in Kabul said a bomb killed twelve soldiers.", "killed", "Kabul"),
        ("In Denver, party leaders say the senator met the governor twice.", "met", "Denver"),
        # an adverbial clause tells where the main event happened
        ("Three soldiers were killed when a bomb exploded in Kabul.", "killed", "Kabul"),
    ],
)
def test_a_place_belongs_to_its_own_clause(engine, text: str, trigger: str, location: str | None) -> None:  # type: ignore[no-untyped-def]
    locations = _locations(engine, text)
    assert trigger in locations, locations
    assert locations[trigger] == location


@pytest.mark.parametrize(
    ("text", "trigger", "location"),
    [
        # where a trip goes is where the traveller meets: "to" after a verb of travel
        ("Blinken will travel to Cairo on Tuesday for talks with Egyptian officials.", "talks", "Cairo"),
        ("Putin flew to Beijing for a summit with Xi Jinping.", "summit", "Beijing"),
        ("The Japanese prime minister headed to Seoul to meet South Korea's president.", "headed", "Seoul"),
        ("The U.N. envoy returned to Kabul and met Taliban leaders.", "met", "Kabul"),
        # "to" after other verbs, or after a verb sending something, names no place of the act
        ("Washington refused to return the defector to Havana, the State Department said.", "return", None),
        ("The minister sent a letter to Moscow protesting the arrests.", "protesting", None),
    ],
)
def test_the_destination_of_a_trip(engine, text: str, trigger: str, location: str | None) -> None:  # type: ignore[no-untyped-def]
    locations = _locations(engine, text)
    assert trigger in locations, locations
    assert locations[trigger] == location


@pytest.mark.parametrize(
    ("text", "trigger", "location"),
    [
        # a clause with a subject of its own under the trip is not placed where the trip ends
        ("Cuban officials traveled to Washington before the State Department rejected their request.",
         "rejected", None),
        ("The envoy flew to Nairobi after gunmen who attacked the embassy killed two guards.", "attacked", None),
        # the traveller's own purpose is
        ("The envoy flew to Nairobi to meet Kenya's president.", "flew", "Nairobi"),
    ],
)
def test_a_trips_end_places_only_the_trip(engine, text: str, trigger: str, location: str | None) -> None:  # type: ignore[no-untyped-def]
    locations = _locations(engine, text)
    assert trigger in locations, locations
    assert locations[trigger] == location
