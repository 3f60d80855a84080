"""Warships and warplanes act for their country's forces; islands the parser calls organisations are
places, not actors. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_cases import code_of
from newsgraph.process import extract


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A weapon or vehicle with a country is that country's forces, as CAMEO's agent dictionaries code it.
        ("Turkish warships shadowed a survey vessel.", "Turkish warships", "TURMIL"),
        ("Turkish navy ships shadowed a survey vessel.", "Turkish navy ships", "TURMIL"),
        ("Israeli warplanes struck a depot at dawn.", "Israeli warplanes", "ISRMIL"),
        ("Russian military aircraft entered Finnish airspace.", "Russian military aircraft", "RUSMIL"),
        ("The Kuwaiti jet fighters landed at the base.", "Kuwaiti jet fighters", "KWTMIL"),
        ("Syrian tanks rolled into the square.", "Syrian tanks", "SYRMIL"),
        # Without a country or owner they are things traded or sent, no actor.
        ("Russia sold 20 fighter jets to India.", "fighter jets", "-"),
        ("Tanks rolled into the square.", "Tanks", "-"),
        # "fighter" alone would make a jet a militant; a think tank or a fuel tank is no army.
        ("A think tank in Ottawa criticised the plan.", "think tank", "-"),
        ("The Greek fuel tanks exploded.", "fuel tanks", "-"),
    ],
)
def test_weapons_and_vehicles(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published="2024-05-02") == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # An island or region named only as where something is: a place, not an uncoded organisation.
        ("The survey ship waited near the island of Kastellorizo.", "Kastellorizo", "-"),
        ("Patrol boats circled a research vessel south of Crete.", "Crete", "-"),
        # After "in" or "at" the same kind of name is as often a firm or a school: kept as written.
        ("She studied at Oxford before joining the ministry.", "Oxford", ""),
    ],
)
def test_islands_named_as_places(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published="2024-05-02") == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A plural common noun that opens a sentence is capitalised by its place, not a person's name.
        ("Wildfires near the coast forced tourists to flee.", "Wildfires", "-"),
        ("Cheers rose from the crowd as the minister arrived.", "Cheers", "-"),
        # Surnames there are still people.
        ("Sanders said the plan was dead.", "Sanders", ""),
        ("Williams told reporters he would resign.", "Williams", ""),
    ],
)
def test_sentence_opening_plurals(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published="2024-05-02") == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A bare "the army" after the one country's army the story named is that army.
        ("Chad's army agreed to a truce. The rebels accused the army of shelling a market.", "army of", "TCDMIL"),
        ("The Malian government agreed. Villagers said the government never came.", "government never", "MLIGOV"),
        # Two countries' armies named, or a plural: nobody's in particular.
        ("Chad's army and Niger's army met. The army said the talks went well.", "army said", "---MIL"),
        # A general the story places nowhere serves the one army it named.
        ("Chad's army agreed to a truce. Gen. Idris Kadre denied the accusation.", "Idris Kadre", "TCDMIL"),
        ("The Chadian army agreed to a truce. Gen. Idris Kadre denied the accusation.", "Idris Kadre", "TCDMIL"),
        ("Chad's army and Niger's army met. Gen. Idris Kadre said the talks went well.", "Idris Kadre", ""),
    ],
)
def test_the_army_named_before(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published="2024-05-02") == code


def test_non_before_a_nationality_is_everyone_else() -> None:
    # "non-Mexican migrants" are not Mexico's: the refusal has no Mexican target.
    result = extract("Mexico's foreign ministry said it would refuse deportations of non-Mexican migrants.",
                     published="2024-05-10")
    assert all(actor.code != "MEX" for actor in result.actors)
    assert all(event.target is None or not event.target.code.startswith("MEX") for event in result.events)
