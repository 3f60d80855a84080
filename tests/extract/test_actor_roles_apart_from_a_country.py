"""A role is not placed by a country its own act is aimed at, nor by one named in a clause it is no part of.

"The crowd chanted slogans against Israel": the crowd is not Israel's; "Trump told the protesters that China was
cheating": the protesters are not China's. Such a role stays unplaced, or takes the story's own country. A
country that is where the role is, or names it, still places it. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_cases import code_of


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # the noun of an "against", "on" or "at" phrase of the role's verb or of its object
        ("The crowd chanted slogans against Israel.", "crowd", "---CVL"),
        ("Protesters marched against Russia on Sunday.", "Protesters", "---OPP"),
        ("Students protested against the United States and Britain.", "Students", "---EDU"),
        ("Rebels fired rockets at Israel overnight.", "Rebels", "---REB"),
        ("Demonstrators shouted slogans at Turkey.", "Demonstrators", "---OPP"),
        ("The opposition called for sanctions on Iran.", "opposition", "---OPP"),
        # a country inside a clausal complement the role is no part of
        ("Trump told the protesters that China was cheating.", "protesters", "---OPP"),
        ("The president told the rebels that France would not intervene.", "rebels", "---REB"),
        ("The minister assured the students that Germany would pay their fees.", "students", "---EDU"),
        ("Police warned the crowd that Turkey had closed the border.", "crowd", "---CVL"),
        ("Officials told the farmers that Canada would buy their wheat.", "farmers", "---AGR"),
    ],
)
def test_the_country_it_acts_against_or_hears_of_does_not_place_it(
    nlp: Language, text: str, phrase: str, code: str
) -> None:
    assert code_of(nlp, text, phrase, published="2016-05-01") == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # the story's own country still places a people's role
        (
            "Turkish police detained ten people in Ankara on Monday. Turkey's president spoke to the nation. "
            "Turkey closed its embassy. The crowd chanted slogans against Israel.",
            "crowd", "TURCVL",
        ),
        # a country that says where the role is, or whose it is, still places it
        ("Protesters in Turkey chanted slogans against Israel.", "Protesters", "TUROPP"),
        ("Turkish protesters chanted slogans against Israel.", "Turkish protesters", "TUROPP"),
        ("Rebels took positions on the Syrian border.", "Rebels", "SYRREB"),
        ("Rebels in Syria said the army had fired at them.", "Rebels", "SYRREB"),
        ("Protesters said they would march on Sunday in Egypt.", "Protesters", "EGYOPP"),
    ],
)
def test_a_country_of_its_own_still_places_it(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published="2016-05-01") == code
