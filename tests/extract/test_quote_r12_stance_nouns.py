"""Quotes, twelfth round: a cue noun's content after "against", "toward" or "towards" ("made fresh allegations
against the police chief", "expressed anger towards the landlord"), light verbs that deliver an attack
("launched a blistering attack against ..."), and no quote for an attack on a thing or a place (an act of
war: "launched a rocket attack against the base"); a poll closing a clause is its source also before a comma
("X held a narrow lead in a county poll, the first since ...") and when hung on the share ("won 41 percent
backing in a county poll")."""

from __future__ import annotations

import pytest

from quote_cases import cues_speakers_and_contents


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Critics made fresh allegations against the police chief.",
            ("made fresh allegations", "Critics", "the police chief"),
        ),
        (
            "Protesters expressed anger towards the landlord.",
            ("expressed anger", "Protesters", "the landlord"),
        ),
        (
            "The senator launched a blistering attack against the port authority.",
            ("launched a blistering attack", "The senator", "the port authority"),
        ),
        (
            "The union renewed its complaints against the school board.",
            ("complaints", "The union", "the school board"),
        ),
    ],
)
def test_a_cue_noun_takes_its_content_after_against_or_toward(  # type: ignore[no-untyped-def]
    nlp, text: str, expected
) -> None:
    assert expected in cues_speakers_and_contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels launched a rocket attack against the base.",
        "The army made an attack on the town.",
    ],
)
def test_an_attack_on_a_thing_is_no_quote(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cues_speakers_and_contents(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The ferry captain held a narrow lead in a county poll, the first since the strike.",
            ("in", "a county poll", "The ferry captain held a narrow lead"),
        ),
        (
            "The mayor won 41 percent backing in a county poll.",
            ("in", "a county poll", "The mayor won 41 percent backing"),
        ),
    ],
)
def test_a_poll_closing_a_clause_is_its_source(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    # a comma may follow the poll, and the parser may hang the poll on the share rather than on the verb
    assert expected in cues_speakers_and_contents(nlp, text)
