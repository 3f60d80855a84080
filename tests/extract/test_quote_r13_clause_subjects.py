"""Quotes, thirteenth round: a reported clause whose subject the parser hung on the cue as a noun of time
("said the days when ... are gone", the subject read as an adverbial "the days") opens at that subject,
as it does when the parser took the subject for the cue's object. The quotation inside stays part of the
reported clause instead of becoming a quote of its own."""

from __future__ import annotations

import pytest

from quote_cases import cues_and_contents


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Lind, the author of "Small Print," about the history of rural papers, said the days when the county '
            'had "one common voice" from its weeklies and the regional TV stations are gone.',
            [("said", 'the days when the county had "one common voice" from its weeklies and the regional TV '
                      "stations are gone")],
        ),
        (
            "The treasurer said redemption of the bonds, first sold in 1990, will end next spring.",
            [("said", "redemption of the bonds, first sold in 1990, will end next spring")],
        ),
    ],
)
def test_a_reported_clause_opens_at_the_subject_the_parser_hung_on_the_cue(  # type: ignore[no-untyped-def]
    nlp, text: str, expected
) -> None:
    assert cues_and_contents(nlp, text) == expected
