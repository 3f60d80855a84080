"""Verbs written with a hyphenated prefix ("re-imposed", "co-operate", "de-escalate") stay one word.

spaCy's English tokenizer splits every hyphen between letters, and the small
model then reads "re" as the verb: "The EU re-imposed sanctions on Iran"
parses with "re" as its root and "imposed" as an adjective of "sanctions",
so the sentence has no event and "re-iterated" no quote cue. Kept whole, the
model tags and parses such words as the verbs they are. Their lemmas are the
stem's lemma with the prefix joined on ("reimpose", "cooperate",
"reiterate"), the spelling the cue and event lexicons list; the text and
offsets are untouched.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "prefixed_word_lemmas"
# Prefixes news writes with a hyphen before a verb; "anti-", "pro-" and "ex-" make adjectives
# and titles the model already reads well when split ("anti-war", "ex-president").
_PREFIXED_WORD = re.compile(r"(?i)^(re|co|pre|de|counter)-([a-z]{3,})$")


def keep_prefixed_words(nlp: Language) -> None:
    """Make the tokenizer keep prefixed words whole and lemmatise them after the lemmatizer."""
    previous = nlp.tokenizer.token_match  # type: ignore[attr-defined]

    def token_match(text: str) -> Any:
        return _PREFIXED_WORD.match(text) or (previous(text) if previous is not None else None)

    nlp.tokenizer.token_match = token_match  # type: ignore[attr-defined]
    if COMPONENT not in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, after="lemmatizer")


class PrefixedWordLemmas:
    """Gives each prefixed word its stem's lemma, as the pipeline's own lemmatizer reads the stem."""

    def __init__(self, nlp: Language) -> None:
        self._nlp = nlp
        self._cache: dict[tuple[str, str, str], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if "-" not in token.text:
                continue
            match = _PREFIXED_WORD.match(token.text)
            if match is not None:
                prefix, stem = match.group(1).lower(), match.group(2).lower()
                token.lemma_ = prefix + self._stem_lemma(stem, token.pos_, token.tag_)
        return doc

    def _stem_lemma(self, stem: str, pos: str, tag: str) -> str:
        key = (stem, pos, tag)
        if key not in self._cache:
            self._cache[key] = self._lemmatise(stem, pos, tag)
        return self._cache[key]

    def _lemmatise(self, stem: str, pos: str, tag: str) -> str:
        lemmatizer = self._nlp.get_pipe("lemmatizer")
        word = Doc(self._nlp.vocab, words=[stem])
        word[0].pos_ = pos
        word[0].tag_ = tag
        lemmas = lemmatizer.rule_lemmatize(word[0])  # type: ignore[attr-defined]
        return lemmas[0] if lemmas else stem


@Language.factory(COMPONENT)
def make_prefixed_word_lemmas(nlp: Language, name: str) -> PrefixedWordLemmas:
    return PrefixedWordLemmas(nlp)
