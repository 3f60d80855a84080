"""Quotes, eleventh round: an indirect question joined by "and" or "or" to what a cue names is part of it
("talked about the drought and how many farms ...", "asked about the fees and whether the dean ..."), however
the parser hung the question; a clause of the sentence's own after "and" is not ("..., and what residents heard
was ...")."""

from __future__ import annotations

import pytest

from quote_cases import cues_and_contents


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            # the parser makes "lose" a second verb of "talked"
            "The governor talked about the drought and how many farms could lose their water rights.",
            ("talked about", "the drought and how many farms could lose their water rights"),
        ),
        (
            "A student asked the dean about the tuition rise and whether the library hours would be cut.",
            ("asked the dean about", "the tuition rise and whether the library hours would be cut"),
        ),
        (
            "She spoke about her work at the clinic and what she learned from the nurses there.",
            ("spoke about", "her work at the clinic and what she learned from the nurses there"),
        ),
    ],
)
def test_a_question_joined_to_the_content_goes_with_it(  # type: ignore[no-untyped-def]
    nlp, text: str, expected
) -> None:
    assert expected in cues_and_contents(nlp, text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The mayor praised the new library, and what residents heard was a promise of more money.",
            ("praised", "the new library"),
        ),
        (
            "The council discussed the budget and voted to raise fees.",
            ("discussed", "the budget"),
        ),
    ],
)
def test_a_clause_of_its_own_after_and_stays_out(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in cues_and_contents(nlp, text)
