"""Abbreviated ranks stay one word with their period; quotation marks glued to words are split off, and so is
the hyphen of a compound made on a dotted abbreviation ("U.S.-led")."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Col. Amadou Sangare read the statement.", "Col."),
        ("Police spokesman Sgt. Mary Okafor said two men were held.", "Sgt."),
        ("Lt. Gen. Oleg Petrenko visited the front.", "Lt."),
        ("Capt. Ruth Ames commanded the ship.", "Capt."),
    ],
)
def test_a_rank_keeps_its_period(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert word in [token.text for token in doc]
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("He said,“We will not go.”", ["said", ",", "“", "We"]),
        ('He said,"We will not go."', ["said", ",", '"', "We"]),
        ("She added:“Never again.”", ["added", ":", "“", "Never"]),
        ("the talks.”The minister left.", ["talks", ".", "”", "The"]),
        # A compound on a dotted abbreviation splits at its hyphen.
        ("U.S.-led forces advanced.", ["U.S.", "-", "led", "forces"]),
        ("The U.N.-backed government held.", ["U.N.", "-", "backed", "government"]),
        ("A U.K.-based charity said so.", ["U.K.", "-", "based", "charity"]),
    ],
)
def test_a_glued_mark_or_dotted_compound_is_split(nlp, text: str, words: list[str]) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    tokens = [token.text for token in doc]
    start = tokens.index(words[0])
    assert tokens[start : start + len(words)] == words
    assert doc.text == text


@pytest.mark.parametrize(
    ("text", "word"),
    [("It is 5\" long.", '"'), ("O’Neil said so.", "O’Neil"), ("Jan.-Feb. sales rose.", "Jan.-Feb"),
     ("We met at 5 p.m.-ish.", "p.m.-ish")],
)
def test_other_marks_split_as_before(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert word in [token.text for token in nlp(text)]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("U.S.-led coalition airstrikes hit Raqqa on Monday.", "USA", "SYR"),
        ("U.S.-led coalition jets bombed Mosul.", "USA", "IRQ"),
    ],
)
def test_a_dotted_leader_leads_the_attack(text: str, source: str, target: str) -> None:
    events = extract(text, published="2016-11-20").events
    assert [(event.source.code[:3], event.target.code[:3]) for event in events if event.source and event.target] == [
        (source, target)
    ]


def test_a_quote_after_a_glued_comma_is_found() -> None:
    result = extract("The minister said,“We will not sign this treaty.”", published="2024-05-02")
    assert [(quote.content.text, quote.speaker.text if quote.speaker else None) for quote in result.quotes] == [
        ("We will not sign this treaty.", "The minister")
    ]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Donald Trump‘s campaign began.", "Trump"),
        ("The country‘s army advanced.", "country"),
        ("RUSSIA‘S ENVOY LEAVES", "RUSSIA"),
    ],
)
def test_a_misprinted_possessive_is_split_and_parsed_as_one(nlp, text: str, owner: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    word = next(token for token in doc if token.text == owner)
    possessive = doc[word.i + 1]
    assert possessive.text.lower() == "‘s"
    assert possessive.lower_ == "’s"
    assert doc.text == text


def test_an_opening_mark_before_a_word_still_opens_a_quotation(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [token.text for token in nlp("‘Sure,’ he said.")][:2] == ["‘", "Sure"]
