"""A quotation mark glued to the words around it ("said,“We", "talks.”The") is split off.

Scraped pages often lose the space between a cue's comma and the opening
quotation mark, or between a closing mark and the next sentence. spaCy's
English tokenizer keeps "said,“We" as one word, so the cue "said", the mark
that opens the quotation and its first word are lost together, and the quote
with them. The text and offsets are untouched: only the split points change.
"""

from __future__ import annotations

from spacy.language import Language

from newsgraph.nlp.infixes import add_infixes

_OPENING_MARKS = "“\"‘"
_MARKS = "“”\"‘’"
GLUED_QUOTE_INFIXES = (
    # "said,“We": the cue's comma, colon or semicolon before an opening mark.
    rf"(?<=[A-Za-z])[,:;](?=[{_OPENING_MARKS}])",
    # ",“We", ".”The": a mark between a punctuation mark and a word.
    rf"(?<=[,:;.!?])[{_MARKS}](?=[A-Za-z])",
    # "talks.”": the full stop of a word before the closing mark.
    r"(?<=[a-z])[.!?](?=[”\"’])",
)


def split_glued_quotes(nlp: Language) -> None:
    """Add the glued-quotation infixes to the tokenizer's own."""
    add_infixes(nlp, GLUED_QUOTE_INFIXES)
