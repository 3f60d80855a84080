"""Verbs with a hyphenated prefix stay one word, parsed as verbs and lemmatised without the hyphen."""

from __future__ import annotations

import pytest

from newsgraph.records import RawDocument


@pytest.mark.parametrize(
    ("text", "word", "tag_start", "lemma"),
    [
        ("The European Union re-imposed sanctions on Iran.", "re-imposed", "VB", "reimpose"),
        ("Russia re-established ties with Georgia.", "re-established", "VB", "reestablish"),
        ("The senator was re-elected in March.", "re-elected", "VB", "reelect"),
        ("Both sides agreed to de-escalate the fighting.", "de-escalate", "VB", "deescalate"),
        ("The two armies will co-operate closely.", "co-operate", "VB", "cooperate"),
        ("She is a co-founder of the party.", "co-founder", "NN", "cofounder"),
    ],
)
def test_a_prefixed_word_is_one_token(nlp, text: str, word: str, tag_start: str, lemma: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    (token,) = [token for token in doc if token.text == word]
    assert token.tag_.startswith(tag_start)
    assert token.lemma_ == lemma
    assert doc.text == text


@pytest.mark.parametrize("text", ["an anti-war protest", "the ex-president", "a well-known pro-Western party"])
def test_other_hyphenated_words_split_as_before(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "-" in [token.text for token in nlp(text)]


def test_an_event_and_a_quote_cue_in_prefixed_verbs(engine) -> None:  # type: ignore[no-untyped-def]
    text = "The foreign minister re-iterated that the European Union re-imposed sanctions on Iran."
    (result,) = list(engine.run([RawDocument(doc_id="case", text=text, published="2017-01-19")]))
    assert ("163", "re-imposed") in [(event.cameo, event.trigger.text) for event in result.events]
    assert [quote.cue.text for quote in result.quotes if quote.cue] == ["re-iterated"]
