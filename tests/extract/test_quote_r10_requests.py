"""Quotes, tenth round: a request made with the cue's own preposition and an infinitive clause ("called
for two rivals to drop out"), which the parser reads as a for-to clause with no object on the
preposition, runs from whom is asked through the infinitive; and a verb right before the colon that
opens a quotation announces it, whatever the verb ("leaned in and roared: “...”")."""

from __future__ import annotations

import pytest

from quote_cases import cues_speakers_and_contents


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The governor is calling for two of her rivals to drop out.",
            ("calling for", "The governor", "two of her rivals to drop out"),
        ),
        (
            "Critics have asked for the harbour chief to step down before the summer.",
            ("asked for", "Critics", "the harbour chief to step down before the summer"),
        ),
        (
            "The farmers' union has long pushed for the county to buy back the flooded fields.",
            ("pushed for", "The farmers' union", "the county to buy back the flooded fields"),
        ),
        (
            "Two council members called again for the treasurer to resign over the missing funds.",
            ("called again for", "Two council members", "the treasurer to resign over the missing funds"),
        ),
    ],
)
def test_a_request_for_someone_to_act_runs_through_the_infinitive(  # type: ignore[no-untyped-def]
    nlp, text: str, expected
) -> None:
    assert expected in cues_speakers_and_contents(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the preposition's own object, as before
        ("She called for new elections in the spring.", ("called for", "She", "new elections in the spring")),
        # the object of "on" before the infinitive, as before
        ("The mayor called on residents to stay home.", ("called", "The mayor", "residents to stay home")),
    ],
)
def test_a_plain_request_keeps_its_object(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert cues_speakers_and_contents(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The coach roared: “We will win this thing.”",
            ("roared", "The coach", "We will win this thing."),
        ),
        (
            "Article 9 of the charter affirms: “No member shall be expelled without a hearing.”",
            ("affirms", "Article 9 of the charter", "No member shall be expelled without a hearing."),
        ),
    ],
)
def test_a_verb_before_a_colon_announces_the_quotation(  # type: ignore[no-untyped-def]
    nlp, text: str, expected
) -> None:
    assert cues_speakers_and_contents(nlp, text) == [expected]


def test_a_copula_before_a_colon_announces_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    # "is simple:" names no one who spoke; the quotation stays unattributed and out
    assert cues_speakers_and_contents(nlp, "The problem is simple: “We ran out of money.”") == []
