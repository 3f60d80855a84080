"""A role that a town's or province's name owns is that town's country's ("Kharkiv residents",
"Lviv's mayor", "the governor of the Kharkiv region", "Odesa Governor Oleh Kiper"), and a town
the tagger calls an organisation is no actor of the story. Sentences written for these tests,
through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract

PUBLISHED = "2024-08-01"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Residents of Kharkiv fled west.", "UKRCVL"),
        ("Mosul residents fled the fighting.", "IRQCVL"),
        ("Police in Lviv arrested two men.", "UKRCOP"),
        ("The governor of the Kharkiv region said two people died.", "UKRGOV"),
        ("Lviv's mayor said the attack killed three.", "UKRGOV"),
        ("Officials in Odesa said the port was hit.", "UKRGOV"),
        ("Loudoun County residents protested the plan.", "USACVL"),
        # A sentence's first word the tagger reads as a common noun.
        ("Kharkiv officials said two people died.", "UKRGOV"),
        ("Odesa residents said they heard explosions.", "UKRCVL"),
        # A person titled by a town.
        ("Kharkiv Mayor Ihor Terekhov said the city was shelled.", "UKRGOV"),
        ("Odesa Governor Oleh Kiper said the port was hit.", "UKRGOV"),
        ("Lviv resident Olena Kovalenko said she heard explosions.", "UKRCVL"),
    ],
)
def test_a_role_a_town_owns_is_its_countrys(text: str, code: str) -> None:
    assert code in {actor.code for actor in extract(text, published=PUBLISHED).actors}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A town elsewhere in the sentence places no one: the troops are Russia's, the town is hit.
        ("Russian troops shelled Kharkiv overnight.", "UKRMIL"),
        ("Syrian refugees reached Gaziantep on Monday.", "TURCVL"),
        # People away from home are not the town's where they live.
        ("Miami's exiles demanded that the boy stay.", "USAOPP"),
        ("Refugees in Gaziantep protested.", "TURREF"),
        # Two towns of two countries in the role's phrase: neither.
        ("Officials in Kharkiv and Belgorod traded blame.", "UKRGOV"),
    ],
)
def test_a_town_outside_the_roles_phrase_places_no_one(text: str, code: str) -> None:
    assert code not in {actor.code for actor in extract(text, published=PUBLISHED).actors}


def test_a_town_tagged_as_an_organisation_is_no_actor() -> None:
    actors = extract("Officials in Odesa said the port was hit.", published=PUBLISHED).actors
    assert "Odesa" not in {actor.name for actor in actors}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # The parser hangs the name on the place of the role's "of" phrase; it is the role's holder.
        ("The mayor of Lviv, Andriy Sadovyi, said the attack killed three.", "Andriy Sadovyi", "UKRGOV"),
        ("The leader of Hamas, Yahya Sinwar, was killed.", "Yahya Sinwar", "PSEREBHMS"),
    ],
)
def test_a_name_after_a_roles_of_phrase_holds_the_role(text: str, name: str, code: str) -> None:
    actors = {actor.name: actor.code for actor in extract(text, published=PUBLISHED).actors}
    assert actors.get(name) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Civilians a country's act falls on are the country's of the town it fell on.
        ("Russian shelling killed five civilians in Kherson.", "UKRCVL"),
        ("Israeli strikes killed 20 civilians in Rafah.", "PSECVL"),
        # People an act moves out of a town are that town's.
        ("Russian troops evacuated civilians from Mariupol.", "UKRCVL"),
        ("Russian soldiers forced residents from Kherson onto buses.", "UKRCVL"),
        # At home, or where no town says otherwise, they stay the sentence's country's.
        ("Syrian troops killed ten civilians in Homs.", "SYRCVL"),
        ("Syrian troops killed ten civilians.", "SYRCVL"),
        ("Iraqi forces gassed Kurdish villagers.", "IRQKURCVL"),
    ],
)
def test_civilians_an_act_falls_on_are_the_towns(text: str, code: str) -> None:
    assert code in {actor.code for actor in extract(text, published=PUBLISHED).actors}
