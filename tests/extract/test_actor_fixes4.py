"""Actor codes from real-output slips, in sentences written for these tests.

A person's own title or "of" phrase places them, not a country nearby; a
word that opens a sentence is no given name; a company's officer is business.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_cases import code_of
from newsgraph.extract.actors import find_actors, load_actor_lexicon


@pytest.mark.parametrize(
    ("text", "phrase", "occurrence", "code"),
    [
        # The name's own "of" phrase: a king of Jordan is no Iraqi, whoever shares his surname.
        (
            "Iraq's Saddam Hussein faced Arab troops on the border. Later, King Hussein of Jordan "
            "flew to Washington to offer his help.",
            "Hussein",
            1,
            "JORGOV",
        ),
        (
            "Iraq's Saddam Hussein faced Arab troops on the border. Later, King Hussein of Jordan "
            "flew to Washington. On Friday King Hussein met the envoy again.",
            "Hussein",
            2,
            "JORGOV",
        ),
        # The first name keeps its code.
        (
            "Iraq's Saddam Hussein faced Arab troops on the border. Later, King Hussein of Jordan "
            "flew to Washington to offer his help.",
            "Saddam Hussein",
            0,
            "IRQGOV",
        ),
        # Another name's country title does not place a bare "President X".
        (
            "Writing to U.S. President George Bush on Friday, President Andreas Kyprianou deplored the blast.",
            "Andreas Kyprianou",
            0,
            "",
        ),
        (
            "Writing to U.S. President George Bush on Friday, President Andreas Kyprianou deplored the blast.",
            "George Bush",
            0,
            "USAGOV",
        ),
        # A capital letter that only opens the sentence is no name; the police are a group.
        (
            "Crowds gathered near the bridge in Belfast. Riot police blocked the road with two trucks.",
            "Riot police",
            0,
            "---COP",
        ),
        # Whom a group acts against does not place it.
        (
            "It is the third day of a raid by the army against villages full of ethnic Albanians.",
            "army",
            0,
            "---MIL",
        ),
        # One person of a people is not the state.
        ("The judge was an American, born in Indiana. The U.S. government said it would appeal.", "American", 0, "USA"),
        ("An American was hurt in the blast in Kabul, the State Department said.", "American", 0, "USA"),
        # A role whose "of" phrase names people: their countries are theirs, not the role's.
        (
            "At the hall, the three foreign ministers of Jerzy Nowak of Poland, Laszlo Kovacs of Hungary "
            "and Jan Novak of the Czech Republic signed the papers.",
            "three foreign ministers",
            0,
            "---GOV",
        ),
        # A company's officer is business, whatever the office is called.
        ("The president of the firm said its profits rose.", "president", 0, "---BUS"),
        ("The company's president said its profits rose.", "president", 0, "---BUS"),
        ("The president of the country said taxes would rise.", "president", 0, "---GOV"),
        # An officer at an organisation no dictionary knows is no official of the sentence's country.
        ("Joel Grant, a vice president at Harlow Kemp Securities Corp., said the U.S. market fell.", "Joel", 0, ""),
    ],
)
def test_actor_codes(nlp: Language, text: str, phrase: str, occurrence: int, code: str) -> None:
    assert code_of(nlp, text, phrase, published="1999-03-12", occurrence=occurrence) == code


def test_a_woman_named_doris_takes_no_his(nlp: Language) -> None:
    text = (
        "The boy should go home soon, agency chief Doris Lanford told reporters. "
        "'He belongs with his father,' Lanford said."
    )
    actors = find_actors(nlp(text), text, lexicon=load_actor_lexicon(), published="2000-01-05")
    (lanford,) = [actor for actor in actors if actor.name == "Doris Lanford"]
    assert [mention.text for mention in lanford.mentions] == ["Doris Lanford", "Lanford"]
