"""State agents, officers and spies, in sentences written for these tests.

An agent of a state is its intelligence ("Russian agents" RUSSPY) or the body named with
it ("FBI agents" USACOP); a common noun before it makes a trade or a thing ("a travel
agent", "a nerve agent"), and an agent alone is no one's. A generic role (officials,
officers, agents, investigators) takes a named body's own sector ("CIA officers" USASPY).
An alleged spy is a person of the country named, not its intelligence.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.extract.actors import find_actors, load_actor_lexicon


def _codes(nlp: Language, text: str) -> dict[str, str | None]:
    """Each mention's text -> its actor's code."""
    actors = find_actors(nlp(text), text, lexicon=load_actor_lexicon(), published="2018-03-12")
    return {mention.text: actor.code for actor in actors for mention in actor.mentions}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("FBI agents searched the lawyer's office on Monday.", "FBI agents", "USACOP"),
        ("An FBI agent told the jury what he had seen.", "FBI agent", "USACOP"),
        ("DEA agents seized a ton of cocaine at the port.", "DEA agents", "USACOP"),
        ("Secret Service agents closed the street.", "Secret Service agents", "USACOP"),
        ("FBI investigators took the computers away.", "FBI investigators", "USACOP"),
        ("Israeli agents were blamed for the killing of the engineer.", "Israeli agents", "ISRSPY"),
        ("Britain said Russian agents had tried to kill the defector.", "Russian agents", "RUSSPY"),
        ("CIA officers met the tribal chiefs.", "CIA officers", "USASPY"),
        ("Two KGB officers were told to leave the country.", "Two KGB officers", "RUSSPY"),
        ("Russian intelligence officers hacked the servers.", "Russian intelligence officers", "RUSSPY"),
        ("Russian officers watched the drill.", "Russian officers", "RUSMIL"),
        ("American spy agencies said the test had failed.", "American spy agencies", "USASPY"),
        ("Havana said it had caught an American spy.", "American spy", "USASPY"),
        # An accused spy is a person of that country, not its intelligence.
        ("Moscow jailed the alleged American spy for 16 years.", "alleged American spy", "USA"),
        ("A suspected Israeli spy was hanged, the court said.", "suspected Israeli spy", "ISR"),
    ],
)
def test_agents(nlp: Language, text: str, mention: str, code: str) -> None:
    assert _codes(nlp, text).get(mention, "-") == code


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A trade or a thing, not a state's agent.
        ("Inspectors found traces of a Soviet-made nerve agent on the door.", "Soviet-made nerve agent"),
        ("A French travel agent said bookings fell by half.", "French travel agent"),
        ("The poison was a nerve agent, the lab said.", "nerve agent"),
        ("The striker became a free agent in June.", "free agent"),
        ("A travel agent in Paris said the tours were sold out.", "travel agent"),
        ("A Dutch private investigator found the wreck.", "Dutch private investigator"),
        # An agent no one owns is no one's ("Investigators said" alike).
        ("Agents searched the house for two hours.", "Agents"),
        ("Investigators said the fire had been set.", "Investigators"),
    ],
)
def test_no_state_agent(nlp: Language, text: str, absent: str) -> None:
    head = absent.split()[-1]
    assert not [mention for mention in _codes(nlp, text) if head in mention]
