"""Speakers in the shapes of world wire stories: family names written first, names the tagger cut short,
general descriptions of a titled person, and bodies named again by their noun."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import find_quotes


def _resolved(nlp, text: str, content: str) -> str | None:  # type: ignore[no-untyped-def]
    quotes = {quote.content.text: quote for quote in find_quotes(nlp(text), text)}
    resolved = quotes[content].speaker_resolved
    return resolved.text if resolved is not None else None


@pytest.mark.parametrize(
    ("text", "content", "resolved"),
    [
        # A family name written first stands for the whole name.
        (
            "Chinese foreign ministry spokesperson Wang Wenbin rejected the accusation on Tuesday."
            ' "China has never sold lethal weapons to either side," Wang said at a briefing in Beijing.',
            "China has never sold lethal weapons to either side",
            "Wang Wenbin",
        ),
        (
            "South Korean President Yoon Suk Yeol met his cabinet on Monday."
            ' "We will answer every provocation," Yoon said.',
            "We will answer every provocation",
            "Yoon Suk Yeol",
        ),
        # The tagger took "Maria Corina" for the name and left the surname out.
        (
            "Venezuelan opposition leader Maria Corina Machado spoke on Friday in Caracas."
            ' "We have the proof, and the whole world can see it," Machado said at the rally.',
            "We have the proof, and the whole world can see it",
            "Maria Corina Machado",
        ),
        # A surname still goes to the name it ends, before any name it opens.
        (
            "Prime Minister Keir Starmer met Foreign Secretary David Lammy on Monday."
            ' "The talks were useful," Lammy said.',
            "The talks were useful",
            "David Lammy",
        ),
    ],
)
def test_a_one_word_name_resolves_to_the_full_name(nlp, text, content, resolved) -> None:  # type: ignore[no-untyped-def]
    assert _resolved(nlp, text, content) == resolved


@pytest.mark.parametrize(
    ("text", "content", "resolved"),
    [
        # "leader" covers a president and a prime minister.
        (
            "Ukrainian President Volodymyr Zelenskiy spoke to reporters in Kyiv on Sunday. The 46-year-old"
            " leader said Ukraine needed at least seven more air defence systems.",
            "Ukraine needed at least seven more air defence systems",
            "Volodymyr Zelenskiy",
        ),
        (
            "Indian Prime Minister Narendra Modi addressed his supporters in New Delhi on Tuesday."
            ' "We will work three times harder," the 73-year-old leader said.',
            "We will work three times harder",
            "Narendra Modi",
        ),
        # "diplomat" covers a secretary of state, whose title holds an of-phrase.
        (
            "U.S. Secretary of State Antony Blinken arrived in Brussels on Wednesday. The top U.S. diplomat"
            " said Washington was ready to impose further sanctions.",
            "Washington was ready to impose further sanctions",
            "Antony Blinken",
        ),
    ],
)
def test_a_general_description_names_the_titled_person(nlp, text, content, resolved) -> None:  # type: ignore[no-untyped-def]
    assert _resolved(nlp, text, content) == resolved


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # Nobody was titled a leader of any kind: no guess.
        (
            "Defence Minister Rustem Umerov visited the front on Sunday. The 58-year-old leader said the line was"
            " holding.",
            "the line was holding",
        ),
        # A diplomat of another country was never named.
        (
            "U.S. Secretary of State Antony Blinken arrived in Brussels on Wednesday. The French diplomat said"
            " Paris was ready to impose further sanctions.",
            "Paris was ready to impose further sanctions",
        ),
    ],
)
def test_a_general_description_nobody_fits_stays_unresolved(nlp, text, content) -> None:  # type: ignore[no-untyped-def]
    assert _resolved(nlp, text, content) is None


@pytest.mark.parametrize(
    ("text", "content", "resolved"),
    [
        (
            "Brazil's foreign ministry said the results must be verified independently."
            ' "Transparency is essential for any election," the ministry said.',
            "Transparency is essential for any election",
            "Brazil's foreign ministry",
        ),
        (
            "The prime minister's office said the talks would be held in Nairobi."
            ' "The government remains committed to peace," the office said.',
            "The government remains committed to peace",
            "The prime minister's office",
        ),
    ],
)
def test_a_body_named_again_by_its_noun_resolves(nlp, text, content, resolved) -> None:  # type: ignore[no-untyped-def]
    assert _resolved(nlp, text, content) == resolved


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # Another office, by words of its own.
        (
            "The prime minister's office said the talks would be held in Nairobi. The United Nations"
            " humanitarian office said more than 500,000 people had been displaced.",
            "more than 500,000 people had been displaced",
        ),
        # The earlier body says no more than the later one.
        (
            "The government said the talks would resume. The government said the border would stay open.",
            "the border would stay open",
        ),
    ],
)
def test_another_body_with_the_same_noun_stays_apart(nlp, text, content) -> None:  # type: ignore[no-untyped-def]
    assert _resolved(nlp, text, content) is None


@pytest.mark.parametrize(
    ("text", "content", "resolved"),
    [
        # A bare "the statement" speaks for whoever put it out.
        (
            "Prime Minister Abiy Ahmed's office said in a statement that the talks would be held in Nairobi."
            ' "The government remains committed to a peaceful resolution," the statement said.',
            "The government remains committed to a peaceful resolution",
            "Prime Minister Abiy Ahmed's office",
        ),
        (
            "In a letter on Monday, the union leader announced that the strike would go on."
            ' "We have no other choice," the letter said.',
            "We have no other choice",
            "the union leader",
        ),
    ],
)
def test_a_statement_speaks_for_whoever_put_it_out(nlp, text, content, resolved) -> None:  # type: ignore[no-untyped-def]
    assert _resolved(nlp, text, content) == resolved


def test_a_statement_nobody_was_said_to_put_out_stays_unresolved(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'The talks resumed on Monday. "We remain committed to peace," the statement said.'
    assert _resolved(nlp, text, "We remain committed to peace") is None
