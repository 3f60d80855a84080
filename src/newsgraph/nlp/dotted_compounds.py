"""A compound adjective made on a dotted abbreviation ("U.S.-led", "U.N.-backed", "U.K.-based") is split
at its hyphen, as "US-led" is.

spaCy's English tokenizer splits a hyphen only between letters or digits, so "U.S.-led" stays one word: the
country inside it is lost to the actor lexicon, and "U.S.-led coalition airstrikes hit Raqqa" has no author.
Split, the abbreviation is the word the lexicon knows and "-led" the mark of who leads, exactly as in the
undotted spelling. The text and offsets are untouched: only the split points change.
"""

from __future__ import annotations

from spacy.language import Language

from newsgraph.nlp.infixes import add_infixes

# The hyphen after a capital's full stop and before a lower-case word: "U.S.-led", not "Jan.-Feb." or "p.m.-".
DOTTED_COMPOUND_INFIXES = (r"(?<=[A-Z]\.)-(?=[a-z])",)


def split_dotted_compounds(nlp: Language) -> None:
    """Add the dotted-compound infix to the tokenizer's current ones."""
    add_infixes(nlp, DOTTED_COMPOUND_INFIXES)
