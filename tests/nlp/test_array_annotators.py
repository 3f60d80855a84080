"""The array attribute ruler gives exactly the stock component's annotations."""

from __future__ import annotations

import pytest
import spacy

from newsgraph.nlp import resolve_model_name
from newsgraph.nlp.array_annotators import AttributeTable, use_array_annotators
from newsgraph.nlp.paragraph_breaks import break_at_paragraphs

# Sentences that reach the ruler's exception patterns: regex and multi-token
# patterns (ain't, y'all, nothin'), NOT_IN tests on DEP and TAG, the
# whitespace token rules, pronoun lemmas, 'd as would, determiners as pronouns.
TEXTS = [
    "Y'all ain't seen nothin' yet, and we aint done.",
    "He'd said that those were the ones he wanted; this is what that did.",
    "Russia said on Monday it would attend talks in Astana.\n\n  The Kremlin   has not invited them.",
    "Something happened to everybody: nobody knew, but anyone could have been there.",
    "I told her it's theirs, not ours, and she herself may decide whether to sign.",
    "   ",
    "",
]


def _annotations(doc: spacy.tokens.Doc) -> list[tuple[str, ...]]:
    return [(token.text, token.pos_, str(token.morph), token.lemma_, token.tag_, token.dep_) for token in doc]


@pytest.fixture(scope="module")
def stock() -> spacy.language.Language:
    # The stock ruler with the same sentence starts at paragraph breaks, so only the ruler differs.
    nlp = spacy.load(resolve_model_name())
    break_at_paragraphs(nlp)
    return nlp


def test_the_pipeline_uses_the_array_version(nlp) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeTable)
    # Swapped in place: the names and the order are the model's (acronyms are read as names before anything
    # embeds words, prefixed-word lemmas follow the lemmatizer, paragraph breaks are marked before the parser).
    assert nlp.pipe_names == [
        "newsgraph_acronym_suffixes", "tok2vec", "tagger", "newsgraph_paragraph_breaks", "parser", "attribute_ruler", "lemmatizer",
        "prefixed_word_lemmas", "ner",
    ]


def test_every_token_is_annotated_as_the_stock_pipeline_does(stock, nlp, astana_text) -> None:  # type: ignore[no-untyped-def]
    texts = [*TEXTS, astana_text]
    for expected, got in zip(stock.pipe(texts), nlp.pipe(texts)):
        assert _annotations(got) == _annotations(expected)


def test_answers_are_the_same_when_the_token_cache_starts_again(stock, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("newsgraph.nlp.array_annotators._CACHE_LIMIT", 5)
    nlp = spacy.load(resolve_model_name())
    break_at_paragraphs(nlp)
    assert use_array_annotators(nlp) == ["attribute_ruler"]
    for expected, got in zip(stock.pipe(TEXTS), nlp.pipe(TEXTS)):
        assert _annotations(got) == _annotations(expected)
    assert len(nlp.get_pipe("attribute_ruler")._effects) <= 5 + len(max(TEXTS, key=len).split()) * 2


def test_a_pattern_it_cannot_compile_keeps_the_stock_ruler() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "x", "OP": "+"}]], {"POS": "X"})
    assert use_array_annotators(nlp) == []
    assert type(nlp.get_pipe("attribute_ruler")).__name__ == "AttributeRuler"


def _ruled_pipeline() -> spacy.language.Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["a", "b"]}}]], {"POS": "NOUN"})
    ruler.add([[{"LOWER": "b"}, {"LOWER": {"REGEX": "^c+$"}}]], {"POS": "VERB", "LEMMA": "bee"}, index=-2)
    ruler.add([[{"LOWER": {"NOT_IN": ["a", "b"]}}]], {"POS": "ADJ", "TAG": "JJ"})
    return nlp


def test_a_compiled_table_applies_later_patterns_over_earlier_ones() -> None:
    nlp = _ruled_pipeline()
    assert use_array_annotators(nlp) == ["attribute_ruler"]
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeTable
    text = "a b ccc b d"
    assert _annotations(nlp(text)) == _annotations(_ruled_pipeline()(text))
    assert [(token.pos_, token.lemma_, token.tag_) for token in nlp(text)] == [
        ("NOUN", "", ""), ("VERB", "bee", ""), ("ADJ", "", "JJ"), ("NOUN", "", ""), ("ADJ", "", "JJ"),
    ]
