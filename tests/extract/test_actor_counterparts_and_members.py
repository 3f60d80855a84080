"""Actor codes for a state body acting on a country, a crowd protesting a country's act, a nationality's
authorities, two states acting together, and the members of a body named just before.

Sentences written for these tests, run through the whole pipeline.
"""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _codes(text: str, published: str = "2024-05-03") -> dict[str, str | None]:
    result = extract(text, published=published)
    return {mention.text: actor.code for actor in result.actors for mention in actor.mentions}


def _events(text: str, published: str = "2024-05-03") -> set[tuple[str, str | None, str | None]]:
    result = extract(text, published=published)
    return {
        (event.cameo, event.source.code if event.source else None, event.target.code if event.target else None)
        for event in result.events
    }


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # The country a bare state body acts on, directly or through a verb it governs, is not its own.
        ("The government plans to impose an embargo on Venezuela.", "government", "---GOV"),
        ("The government voted to lift tariffs on Mexican avocados.", "government", "---GOV"),
        ("The government said it would expel diplomats to Cuba.", "government", "---GOV"),
        ("Parliament decided to send weapons to Ukraine.", "Parliament", "---LEG"),
        # A country where the body acts still places it.
        ("The government arrested forty students in Bolivia.", "government", "BOLGOV"),
        ("The government of Chile imposed a curfew.", "government of Chile", "CHLGOV"),
    ],
)
def test_a_state_body_is_not_the_country_it_acts_on(text: str, phrase: str, code: str) -> None:
    assert _codes(text)[phrase] == code


def test_the_target_of_sanctions_is_the_target_not_the_source() -> None:
    events = _events("The government is getting ready to impose sanctions on Syria.")
    assert {(source, target) for _, source, target in events} == {("---GOV", "SYRGOV")}


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A country owning what a crowd protests or aims at is not the crowd's.
        ("Farmers marched in protest over Brazil's new tariffs.", "Farmers", "---AGR"),
        ("Workers staged a strike against Japan's trade rules.", "Workers", "---LAB"),
        ("Residents complained about Egypt's dam plans.", "Residents", "---CVL"),
        # The country where they protest still places them.
        ("Students demonstrated in Turkey over the ban.", "Students", "TUREDU"),
    ],
)
def test_protesters_are_not_the_country_they_protest(text: str, phrase: str, code: str) -> None:
    assert _codes(text)[phrase] == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Turkish authorities detained a reporter.", "Turkish authorities", "TURGOV"),
        ("Nigerian authorities said the border was closed.", "Nigerian authorities", "NGAGOV"),
        ("The Spanish authorities seized a boat.", "Spanish authorities", "ESPGOV"),
    ],
)
def test_a_nationalitys_authorities_are_its_government(text: str, phrase: str, code: str) -> None:
    assert _codes(text)[phrase] == code


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Chile and Argentina deepened cooperation.", "031"),
        ("Ghana and Togo agreed to boost cooperation.", "031"),
    ],
)
def test_two_states_cooperating_act_with_each_other(text: str, cameo: str) -> None:
    events = _events(text)
    first, second = (code for code in sorted({source for _, source, _ in events if source}))
    assert (cameo, first, second) in events and (cameo, second, first) in events


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # Right after one country's body is named, its bare members are that body's.
        ("Peru's congress rejected the budget. Lawmakers said the country could not afford it.", "Lawmakers",
         "PERLEG"),
        ("The Kenyan parliament approved the law. Several legislators walked out.", "Several legislators",
         "KENLEG"),
        ("Germany's constitutional court ruled on the case. Judges said the law was void.", "Judges", "DEUJUD"),
        # Only seats of the body ("member" in roles.tsv): lawyers and officials serve others as often.
        ("Germany's constitutional court ruled on the case. Lawyers said the law was void.", "Lawyers", "---JUD"),
        # Not when their own sentence names another country, nor with a word that may make them other members.
        ("Peru's congress rejected the budget. In Chile, lawmakers said they were worried.", "lawmakers",
         "---LEG"),
        ("Peru's congress rejected the budget. Opposition lawmakers said it was too small.",
         "Opposition lawmakers", "---LEG"),
    ],
)
def test_members_of_a_body_named_just_before(text: str, phrase: str, code: str) -> None:
    assert _codes(text)[phrase] == code
