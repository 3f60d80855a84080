"""Actor codes from review-round slips, in sentences written for these tests, through the whole pipeline.

A titled person is not placed by the country of another office holder in the sentence; a
listed leader's bare surname keeps his own country; Cyprus's two communities are Cypriots; the venue
of talks places neither side; "one Sudanese" is a person, and places no one who arrests him; "the
two Koreas" are both Korean states.
"""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _codes(text: str, published: str = "1995-06-01") -> dict[str, str | None]:
    result = extract(text, published=published)
    return {mention.text: actor.code for actor in result.actors for mention in actor.mentions}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # The other holder's office, and the city where they met, are the other holder's country.
        ("Chancellor Brandtner met Russian President Boris Yeltsin in Moscow.", "Brandtner", None),
        ("Chancellor Brandtner met the French president in Bonn.", "Brandtner", None),
        # A country the titled person stands in alone still places him.
        ("President Brandtner said in Moscow that taxes would fall.", "Brandtner", "RUSGOV"),
        # Chancellor Kohl is the German chancellor while in office, whoever else the sentence names; a bare
        # "Kohl" is nobody the table knows, since Senator Herb Kohl served in the same years.
        ("Chancellor Kohl met Russian President Boris Yeltsin in Moscow.", "Kohl", "DEUGOV"),
        ("Chancellor Kohl met the French president in Bonn.", "Kohl", "DEUGOV"),
        ("Sen. Kohl criticized the budget in Washington.", "Kohl", "USALEG"),
    ],
)
def test_a_titled_person_is_not_another_holders(text: str, name: str, code: str | None) -> None:
    assert _codes(text)[name] == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # Cyprus's communities are Cypriots, not Turkey's or Greece's people.
        ("Turkish Cypriots rejected the plan.", "Turkish Cypriots", "CYP"),
        ("Greek Cypriots voted on Saturday.", "Greek Cypriots", "CYP"),
        ("A Turkish Cypriot was arrested.", "Turkish Cypriot", "CYP"),
    ],
)
def test_the_communities_of_cyprus(text: str, phrase: str, code: str) -> None:
    assert _codes(text)[phrase] == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # Where talks are held is a venue, often a third country's: it places neither side.
        ("The rebels met government envoys in Oslo.", "rebels", "---REB"),
        ("The rebels met with government envoys in Oslo.", "rebels", "---REB"),
        ("Rebels and government envoys met in Oslo on Monday.", "Rebels", "---REB"),
        ("Rebels and government envoys met in Oslo on Monday.", "government envoys", "---GOV"),
        ("Rebels and government negotiators held talks in Oslo on Monday.", "Rebels", "---REB"),
        # A group's own gathering, a clash, a place it acts in or is from still place it.
        ("Rebels met in Kampala to plan attacks.", "Rebels", "UGAREB"),
        ("Protesters met police in Turkey.", "Protesters", "TUROPP"),
        ("Rebels attacked a village in Uganda.", "Rebels", "UGAREB"),
        ("Rebels in Uganda met government envoys.", "Rebels", "UGAREB"),
    ],
)
def test_the_venue_of_talks_places_no_side(text: str, phrase: str, code: str) -> None:
    assert _codes(text)[phrase] == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A counted national is a person of the country, not the state the article speaks of.
        ("Khartoum denied the charge. Police arrested one Sudanese.", "Sudanese", "SDN"),
        ("Khartoum denied the charge. Two Sudanese were detained.", "Sudanese", "SDN"),
        ("The Sudanese government denied any role. Police arrested one Sudanese at the border.", "Sudanese", "SDN"),
        # Nor does whom a group arrests or kills place the group.
        ("Police arrested one Sudanese at the border.", "Police", "---COP"),
        ("Rebels killed two Americans on Monday.", "Rebels", "---REB"),
        ("Kenyan police arrested three Kenyans.", "Kenyan police", "KENCOP"),
    ],
)
def test_a_counted_national_is_a_person(text: str, phrase: str, code: str) -> None:
    assert _codes(text)[phrase] == code


def test_the_two_koreas_are_both_states() -> None:
    result = extract("The two Koreas agreed to resume talks.", published="1995-06-01")
    assert {actor.code for actor in result.actors} == {"PRK", "KOR"}
