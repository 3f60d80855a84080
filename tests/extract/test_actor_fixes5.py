"""Actor codes from review-round slips, in sentences written for these tests.

A country on a place beside a group is the place's, not the group's.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_cases import code_of
from newsgraph.extract.actors import find_actors, load_actor_lexicon


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # The post, checkpoint or embassy is the country's; the people beside it are not.
        ("Two farmers were killed near an Israeli post on Tuesday.", "Two farmers", "---AGR"),
        ("Several civilians were wounded near a Turkish checkpoint.", "Several civilians", "---CVL"),
        ("Protesters outside the US embassy chanted slogans.", "Protesters", "---OPP"),
        ("Rebels attacked villages near the Turkish border.", "Rebels", "---REB"),
        # Their own nationality still counts, and so does a country they are in.
        ("Palestinian civilians were wounded at an Israeli checkpoint.", "Palestinian civilians", "PSECVL"),
        ("Protesters in Turkey clashed with police.", "Protesters", "TUROPP"),
    ],
)
def test_country_beside_a_group(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published="1998-02-19") == code


def _mentions(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    actors = find_actors(nlp(text), text, lexicon=load_actor_lexicon(), published="1998-02-19")
    return [(actor.code, mention.text) for actor in actors for mention in actor.mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The tokenizer keeps "Sen." as an abbreviation at a sentence's end; the name is whole and
        # its mention leaves the full stop out.
        ("The talks were hosted by Hun Sen.", [("KHMGOV", "Hun Sen")]),
        (
            "Cambodia's Prime Minister Hun Sen met the envoy. The talks were hosted by Hun Sen.",
            [("KHMGOV", "Hun Sen"), ("KHMGOV", "Hun Sen"), ("---GOV", "envoy")],
        ),
        # A real abbreviation keeps its period.
        ("He met John Smith Jr.", [(None, "John Smith Jr.")]),
    ],
)
def test_surname_before_full_stop(nlp: Language, text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _mentions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A noun repeated across "after" or "by" is one of many in turn: no Speaker of a house.
        ("Speaker after speaker denounced the plan at the meeting.", []),
        ("Rebels after rebels surrendered.", []),
        ("The soldiers searched the village house by house.", [("---MIL", "soldiers")]),
        ("Speaker Newt Gingrich denounced the plan.", [("USALEG", "Newt Gingrich")]),
    ],
)
def test_one_after_another(nlp: Language, text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _mentions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An embassy whose state nobody names is a building, no agent; a named one is its state's.
        ("Gunmen attacked an embassy on Friday.", [("---UAF", "Gunmen")]),
        ("Gunmen attacked the French embassy on Friday.", [("---UAF", "Gunmen"), ("FRAGOV", "French embassy")]),
        # An envoy is a person: unplaced, still a government's.
        ("An envoy arrived on Friday.", [("---GOV", "envoy")]),
    ],
)
def test_unplaced_embassy(nlp: Language, text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _mentions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A nationality on one civilian is the people, not the state the article names elsewhere.
        (
            "Britain sent troops. A British mine removal expert was killed on Tuesday.",
            [("GBRGOV", "Britain"), ("GBRMIL", "troops"), ("GBR", "British")],
        ),
        ("Britain protested. An Italian tourist was kidnapped.", [("GBRGOV", "Britain"), ("ITA", "Italian")]),
        # A role stays the state's agent.
        ("Britain protested. A British official said the talks failed.",
         [("GBRGOV", "Britain"), ("GBRGOV", "British official")]),
    ],
)
def test_nationality_of_one_civilian(nlp: Language, text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _mentions(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lower-case "congress" with its country is that country's legislature.
        ("Brazil's congress approved the budget.", [("BRALEG", "Brazil's congress")]),
        ("The Mexican congress approved the law.", [("MEXLEG", "Mexican congress")]),
        # The capitalised one stays the US Congress; a gathering or a party's congress is none.
        ("Congress passed the bill.", [("USALEG", "Congress")]),
        ("A congress of writers met on Friday.", []),
        ("The party congress opened on Friday.", []),
    ],
)
def test_lower_case_congress(nlp: Language, text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _mentions(nlp, text) == expected
