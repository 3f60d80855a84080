"""The two pieces of a reported sentence around a cue set off by commas, read from the commas.

Owns a fallback of pass 1 (see ``_quote_clauses``): "This kind of commentary,
the network claimed, breaks its rules" is one reported sentence the cue
interrupts, and PolNeAR gives it as two pieces, the words before the first
comma and those after the second. ``_quote_clauses`` finds these pieces
through the parse; in long sentences the parser often hangs the cue so
that no complement is found, and then the commas still say where the
pieces are. Not after a closing quotation mark or before an opening one
(direct quotes are ``_quote_orphans``'s), nor around a relative pronoun
(", which, she said, ...") or a conjunction (", and, he argued, ..."), nor
when what follows the cue is another cue ("..., she said, adding ...") or
has no verb to go on with.

Also owns where the piece before such a cue begins, for both ways of finding
it: after a fronted adverbial that a comma closes ("Linked by trade, the two
provinces, she said, share ..." gives "the two provinces"). That opener sets
the scene for the reported sentence; the speaker's words start at its
subject. A piece that is nothing but the opener ("Even then, he said, ...")
keeps it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract._quote_drafts import Draft, Paragraphs, cue_chars

# Relations of a fronted opener the piece before a mid-sentence cue starts after
_OPENERS = frozenset({"advcl", "prep", "npadvmod", "advmod"})
# Words that may stand between a speaker and its cue: "she also said", "he has argued"
_BETWEEN_SPEAKER_AND_CUE = frozenset({"ADV", "AUX", "PART"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


def comma_pieces(verb: Token, subject: Token, paragraphs: Paragraphs) -> list[Draft]:
    """The pieces before and after ", <speaker> <cue>," (or ", <cue> <speaker>,") in the cue's sentence,
    or no piece when the cue is not set off so."""
    doc = verb.doc
    sentence = verb.sent
    if subject.i < verb.i:
        if any(doc[i].pos_ not in _BETWEEN_SPEAKER_AND_CUE for i in range(subject.right_edge.i + 1, verb.i)):
            return []
        first, last = subject.left_edge.i, verb.i
    else:
        first, last = verb.i, subject.right_edge.i
    while last + 1 < len(doc) and doc[last + 1].dep_ == "prt":
        last += 1  # "pointed out"
    opening, closing = first - 1, last + 1
    if opening <= sentence.start or closing + 1 >= sentence.end:
        return []
    if doc[opening].text != "," or doc[closing].text != ",":
        return []
    before, after = doc[opening - 1], doc[closing + 1]
    if before.is_quote or before.tag_ in _RELATIVE_TAGS or before.lower_ == "that" or before.pos_ == "CCONJ":
        return []
    if after.is_quote or after.is_space or after.pos_ == "CCONJ" or after.tag_ == "VBG":
        return []
    start = doc[sentence.start]
    while start.i < opening and (start.is_space or (start.is_punct and not start.is_quote)):
        start = doc[start.i + 1]
    end = doc[sentence.end - 1]
    while end.i > closing and (end.is_space or (end.is_punct and not end.is_quote)):
        end = doc[end.i - 1]
    if not any(token.pos_ in ("VERB", "AUX") for token in doc[closing + 1 : end.i + 1]):
        return []
    start = doc[after_opener(doc, start.i, before.i)]
    drafts = []
    for first_token, last_token in ((start, before), (after, end)):
        piece_start, piece_end = paragraphs.clip(verb.idx, first_token.idx, last_token.idx + len(last_token))
        if piece_end <= piece_start:
            return []
        drafts.append(Draft(piece_start, piece_end, cue_chars(verb), subject, verb.idx))
    return drafts


def after_opener(doc: Doc, first: int, last: int, *, into_quotation: bool = False) -> int:
    """Index where the piece of tokens ``first`` .. ``last`` before a mid-sentence cue begins: after a
    fronted adverbial closed by a comma ("Linked by trade, the two provinces"), when words follow it; a
    quotation after the comma counts only with ``into_quotation``."""
    for token in doc[first : last + 1]:
        if token.left_edge.i != first or token.dep_ not in _OPENERS or token.head.i <= token.right_edge.i:
            continue
        comma = token.right_edge.i + 1
        if comma < last and doc[comma].text == "," and (into_quotation or not doc[comma + 1].is_quote):
            return comma + 1
        return first
    return first
