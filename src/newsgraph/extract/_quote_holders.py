"""Quotes carried by a noun for someone who holds a stance: "X is a loyal supporter of Y", "X has
long been a sharp critic of Y", "X rose to fame as an advocate for Y".

Owns one cue shape of pass 1 (see ``_quote_clauses``): a holder noun
(resources: holder_nouns) with an "of" or "for" phrase, which is the
content; the speaker is whom the noun describes, through a copula or
"as". A holder noun that describes nobody in its sentence ("supporters of
the bill rallied") gives no quote: it names a group, not a view someone
voiced; nor does one in apposition ("X, an early backer of Y, said ..."),
the writer's introduction of a speaker, which PolNeAR mostly leaves
unmarked.
"""

from __future__ import annotations

from spacy.symbols import VERB
from spacy.tokens import Token

from newsgraph.extract._quote_drafts import Draft, Paragraphs, child_with_dep, token_range_chars
from newsgraph.extract._quote_speakers import subject_of

_CONTENT_PREPS = frozenset({"of", "for"})


def holder_draft(noun: Token, paragraphs: Paragraphs) -> Draft | None:
    """The draft for a holder noun ``noun``, or None when it has no "of"/"for" phrase or describes nobody."""
    prep = next((child for child in noun.rights if child.dep_ == "prep" and child.lower_ in _CONTENT_PREPS), None)
    content = child_with_dep(prep, "pobj") if prep is not None else None
    if prep is None or content is None:
        return None
    holder = _described(noun)
    if holder is None:
        return None
    start, end = paragraphs.clip(noun.idx, *token_range_chars(content.left_edge, content.right_edge))
    if end <= start:
        return None
    return Draft(start, end, (noun.idx, prep.idx + len(prep)), holder, noun.idx)


def _described(noun: Token) -> Token | None:
    """Whom the noun describes: the copula's subject ("X is a supporter of"), the subject of a verb it is
    "as" of ("rose to fame as an advocate for")."""
    head = noun.head
    if noun.dep_ == "attr" and head.lemma_ == "be":
        return subject_of(head)
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.pos == VERB:
        return subject_of(head.head)
    return None
