"""A definite description speaker ("the Florida senator") resolves to the person the text described so."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "content", "resolved"),
    [
        # The rival was the last subject; the title beside the name says who the senator is.
        (
            "Florida Sen. Ana Ruiz and Gov. Tom Hale clashed over the budget on Monday. Hale attacked Ruiz"
            ' for weeks. "We cannot afford this plan," the Florida senator said.',
            "We cannot afford this plan",
            "Ana Ruiz",
        ),
        # An apposition describes the governor; the later subject Ruiz is someone else.
        (
            'Tom Hale, the governor of Ohio, met Ana Ruiz on Monday. Ruiz attacked the plan. "It is a fair plan,"'
            " the governor said.",
            "It is a fair plan",
            "Tom Hale",
        ),
        # A place modifier picks one of two senators.
        (
            "Marta Velasquez, the Vermont senator, spoke first. Then Ana Ruiz, a senator from Florida, took the"
            ' stage. "This is wrong," the Vermont senator said.',
            "This is wrong",
            "Marta Velasquez",
        ),
    ],
)
def test_a_description_names_the_person(nlp, text, content, resolved) -> None:  # type: ignore[no-untyped-def]
    quotes = {quote.content.text: quote for quote in find_quotes(nlp(text), text)}
    quote = quotes[content]
    assert quote.speaker_resolved is not None and quote.speaker_resolved.text == resolved


@pytest.mark.parametrize(
    "text",
    [
        # Nobody was called a senator: no guess.
        'Ana Ruiz and Tom Hale spoke on Monday. "It is a fair plan," the senator said.',
        # A Vermont senator was never named.
        'Ana Ruiz, a senator from Florida, spoke on Monday. "It is a fair plan," the Vermont senator said.',
    ],
)
def test_a_description_nobody_fits_stays_unresolved(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    quotes = {quote.content.text: quote for quote in find_quotes(nlp(text), text)}
    assert quotes["It is a fair plan"].speaker_resolved is None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # The company the spokeswoman speaks for is not the spokeswoman.
        (
            "Ana Ruiz, a spokeswoman for the company, said the plant would close. Later the company said it"
            " regretted the decision.",
            "it regretted the decision",
        ),
        # Nor is the lawsuit a lawyer filed the lawyer.
        (
            "Tom Hale, a lawyer who filed the lawsuit, said the rules were unfair. The lawsuit says the rules"
            " break state law.",
            "the rules break state law",
        ),
    ],
)
def test_a_noun_on_a_description_is_not_the_speaker(nlp, text, content) -> None:  # type: ignore[no-untyped-def]
    quotes = {quote.content.text: quote for quote in find_quotes(nlp(text), text)}
    assert quotes[content].speaker_resolved is None
