"""What a relative pronoun that is a quote's whole content stands for.

In "Sanders's victory, which Clinton conceded" the words conceded are
"which": annotated news (PolNeAR) keeps that pronoun as the content, and it
is the span the text gives. The reader needs the noun phrase it refers to,
"Sanders's victory", which becomes the quote's ``content_resolved``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract._quote_drafts import token_range_chars

# "which", "that", "who", "whom" open a relative clause on a noun; "what" has
# no noun before it ("what economists call a bubble") and resolves to nothing.
_RELATIVE_WORDS = frozenset({"which", "that", "who", "whom"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
# A relative clause hangs its pronoun at most this far below its verb ("which he said he accepted").
_MAX_CLIMB = 4


def relative_antecedent(doc: Doc, pronoun: Token) -> tuple[int, int] | None:
    """Character range of the noun phrase ``pronoun`` refers to, or None when it is no relative pronoun
    of a clause on a noun."""
    if pronoun.lower_ not in _RELATIVE_WORDS or pronoun.tag_ not in {"WDT", "WP"}:
        return None
    clause = pronoun
    for _ in range(_MAX_CLIMB):
        if clause.dep_ == "relcl":
            break
        if clause.head is clause:
            return None
        clause = clause.head
    else:
        return None
    if clause.dep_ != "relcl" or clause.head.pos_ not in _NOMINAL:
        return None
    noun = clause.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in _NOMINAL:
        # "the plan of the ministry, which ...": the parser hangs the clause on the nearest noun, but
        # the pronoun as often means the phrase's head; the whole phrase holds the referent either way.
        noun = noun.head.head
    first = noun.left_edge.i
    last = clause.left_edge.i - 1  # the phrase ends before its relative clause ...
    while last > noun.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1  # ... and the comma that opens it
    if last < noun.i:
        last = noun.i
    if doc[first].pos_ == "PUNCT":
        first += 1
    return token_range_chars(doc[first], doc[last])
