"""Quotes, tenth round: an "as" clause closing a sentence that names where its words come from ("...,
as some have speculated", "..., as first reported by the Gazette") makes them a quote, as the same
clause in front does; an "as" clause that tells when or how ("as the crowd continued to chant") does not."""

from __future__ import annotations

import pytest

from quote_cases import cues_and_contents


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The loss will not necessarily end her campaign, as some have speculated.",
            [("speculated", "The loss will not necessarily end her campaign")],
        ),
        (
            "The figures changed over the winter, as the mayor has sometimes acknowledged.",
            [("acknowledged", "The figures changed over the winter")],
        ),
        (
            "The union began buying ad time this week, as first reported by the Gazette.",
            [("reported", "The union began buying ad time this week")],
        ),
    ],
)
def test_a_closing_as_clause_names_the_source(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert cues_and_contents(nlp, text) == expected


def test_an_as_clause_of_time_names_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    assert cues_and_contents(nlp, "The mayor kept speaking as the crowd continued to chant.") == []
