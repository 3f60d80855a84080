"""A possessive written with an opening single quotation mark ("Trump‘s") reads as "Trump’s" does.

Scraped text sometimes prints the possessive's apostrophe as the opening mark
U+2018 instead of U+2019. spaCy's English tokenizer splits "’s" and "'s" off
a word but keeps "Trump‘s" whole, so the name is read as one unknown word and
its owner is lost. Split off, "‘s" must also look like "’s" to the tagger and
parser, whose embeddings read a word's norm, prefix, suffix and shape: with
its own ("‘" as prefix, "‘x" as shape) they take it for a quotation mark.
The extractors find possessives by their lower-case form ("'s" or "’s"), so
the misprint takes that of "’s" too. A mark that opens a quotation ("‘We will win") follows a space or a punctuation
mark, never a letter, so quotations are untouched.
"""

from __future__ import annotations

from spacy.language import Language

from newsgraph.nlp.infixes import add_suffixes

# "‘s" right after a letter ends a word as the possessive "’s" does.
MISPRINTED_POSSESSIVE_SUFFIXES = (r"(?<=[^\W\d_])‘[sS]$",)
# Each misprinted possessive and the possessive whose features it takes.
READ_AS = {"‘s": "’s", "‘S": "’S"}


def split_misprinted_possessives(nlp: Language) -> None:
    """Split the misprinted possessive off its word and give it the features of the right one."""
    add_suffixes(nlp, MISPRINTED_POSSESSIVE_SUFFIXES)
    for misprint, possessive in READ_AS.items():
        lexeme, model = nlp.vocab[misprint], nlp.vocab[possessive]
        lexeme.norm_, lexeme.lower_ = model.norm_, model.lower_
        lexeme.prefix_, lexeme.suffix_, lexeme.shape_ = model.prefix_, model.suffix_, model.shape_
