"""Quotes, ninth round: a second source's attribution the parser hung on the first reported clause
("said A, while a third said B") ends the first content and is a quote of its own; the speaker going
on, a reason ("because she thought B") and a second that-clause stay in the content."""

from __future__ import annotations

import pytest

from quote_cases import speakers_and_contents


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Most of the club members said the new stadium was worth its cost, while 12 percent said the old "
            "ground had more charm.",
            [
                ("Most of the club members", "the new stadium was worth its cost"),
                ("12 percent", "the old ground had more charm"),
            ],
        ),
        (
            "One survey says Canada has the most lakes, while another says Finland has twice as many.",
            [("One survey", "Canada has the most lakes"), ("another", "Finland has twice as many")],
        ),
        (
            "He said that the bridge was safe, whereas the engineer argued that it needed repairs.",
            [("He", "that the bridge was safe"), ("the engineer", "that it needed repairs")],
        ),
        (
            "Jones said the plan was late and the council said it would review the budget.",
            [("Jones", "the plan was late"), ("the council", "it would review the budget")],
        ),
    ],
)
def test_a_second_source_ends_the_first_content(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert speakers_and_contents(nlp, text) == expected


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The minister said that the port had reopened and that the shipping board believes traffic will recover.",
            "that the port had reopened and that the shipping board believes traffic will recover",
        ),
        (
            "Lena said that she came along because she thought the trip would be fun.",
            "that she came along because she thought the trip would be fun",
        ),
    ],
)
def test_the_speaker_going_on_stays_in_the_content(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert speakers_and_contents(nlp, text)[0][1] == content
