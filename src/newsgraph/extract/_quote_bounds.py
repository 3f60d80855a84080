"""Where a reported content ends: the author's additions hung on its last words are cut off.

Owns one rule shared by every quote pass: PolNeAR's contents stop before a
trailing ", who ...", ", which ...", ", saying ..." or an appositive the
writer adds to the last noun (", a state she hoped to carry", ", the
Republican front-runner", or after a spaced dash " — a message that
..."): those describe, they are not what the speaker said (a name after a
description stays: "praised her son, Tomas Ruiz" says whom they meant); so does a
relative clause right after a closing quotation mark that runs to the end
('"... our friend Tomas," who died in the fire'), however the parser hung it.
A conjunction left dangling at the end ("honest and trustworthy, and") goes too.
Words inside quotation marks are never cut. And a content stops at the end of its
sentence when a quotation opens the next one ("said the plan was late.
''It always is,'' she added"): the parser often reads a sentence end before
typewriter marks as no end at all, and the quotation is a quote of its own.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.extract._quote_marks import DASHES, MarkIndex

_HANGING = frozenset({"nsubj", "mark", "advmod"})
# "..., a mass layoff rivaling ...": the parser reads a sentence-final appositive as a modifier of the verb too
_APPOSITIVES = frozenset({"appos", "npadvmod"})
_ARTICLES = frozenset({"a", "an", "the"})
_INDEFINITE = frozenset({"a", "an"})
# How a name in apposition opens: with itself ("Tomas Ruiz") or its article ("the Clean Air Act")
_NAME_OPENERS = frozenset({"PROPN", "DET"})
# A relative pronoun right after a closing quotation mark opens the writer's words about the quote's last noun
_RELATIVE_TAGS = frozenset({"WP", "WDT", "WP$"})
# A sentence ending in a word of two or more small letters ("late.", not "Mr." or "U.S."), and a quotation
# opening the next one
_QUOTE_OPENS_SENTENCE = re.compile(r"(?<=[a-z]{2})[.?!]\s+(?=''|``|[\"“])")


def own_sentence(text: str, marks: MarkIndex, start: int, end: int, anchor: int) -> tuple[int, int]:
    """A content's range cut at a sentence end that a quotation opens right after, on its cue's side."""
    for match in _QUOTE_OPENS_SENTENCE.finditer(text, start, end):
        if marks.containing(match.start()) is not None:
            continue  # the speaker's own sentence end
        cut = match.start() + 1
        if anchor < cut:
            return start, cut
        start = match.end()
    return start, end


def trim_tail(doc: Doc, start: int, end: int, marks: MarkIndex | None = None) -> int:
    """Content end without a tail hung on its last words after a comma, nor a conjunction left dangling."""
    return _without_dangling_conjunction(doc, start, _tail_trimmed(doc, start, end, marks), marks)


def _without_dangling_conjunction(doc: Doc, start: int, end: int, marks: MarkIndex | None) -> int:
    """Content end before a last "and", "or", "but" (and its comma or dash) whose second conjunct the
    parser cut off: "said the senator is honest and capable, and" ends at "capable"."""
    if end <= start:
        return end
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return end
    last = span[-1]
    while last.i > span.start and (last.is_punct or last.is_space) and not last.is_quote:
        last = doc[last.i - 1]
    if last.pos_ != "CCONJ" or last.i <= span.start or (marks is not None and marks.containing(last.idx)):
        return end
    kept = doc[last.i - 1]
    while kept.i > span.start and (kept.is_punct or kept.is_space) and not kept.is_quote:
        kept = doc[kept.i - 1]
    return min(end, kept.idx + len(kept))


def _tail_trimmed(doc: Doc, start: int, end: int, marks: MarkIndex | None) -> int:
    if end <= start:
        return end
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return end
    last = span[-1].i
    for token in span[1:]:
        kept = _before_comma(doc, token)
        if token.i >= last or kept is None:
            continue
        if marks is not None and marks.containing(token.idx) is not None:
            continue  # the speaker's own words
        if doc[token.i - 1].is_quote and _relative_to_the_end(token, last):
            return min(end, kept.idx + len(kept))  # '"... our friend Tomas," who died ...': however it parsed
        root = _tail_root(token, last)
        if root is not None:
            return min(end, kept.idx + len(kept))
    return end


def _relative_to_the_end(token: Token, last: int) -> bool:
    """True for a relative pronoun whose clause runs to the content's last word, whatever relation the
    parser gave the clause ('"...," who died in the fire' as the cue's complement); not '"Dune," which came
    out in 1965, was among ...'."""
    if token.tag_ not in _RELATIVE_TAGS:
        return False
    clause = token.head.head if token.tag_ == "WP$" else token.head
    return clause.right_edge.i >= last


def _before_comma(doc: Doc, token: Token) -> Token | None:
    """The last word kept when a comma or a spaced dash comes right before ``token``: '..., claiming',
    '... - his negatives' or '... party,” claiming' (the closing mark stays with the quoted words)."""
    opener = doc[token.i - 1] if token.i >= 2 else None
    if opener is not None and (opener.text == "," or (opener.text in DASHES and doc[token.i - 2].whitespace_)):
        return doc[token.i - 2]  # a dash opens a tail only between spaces: "re-evaluating" is one word
    if token.i >= 2 and doc[token.i - 1].is_quote and doc[token.i - 2].text == ",":
        return doc[token.i - 1]
    return None


def _tail_root(token: Token, last: int) -> Token | None:
    """The head of a tail opening at ``token`` and running to the end of the content, if it is one."""
    root = token.head if token.dep_ in _HANGING else token
    if token.left_edge.i == token.i or root.i != token.i:
        if root.right_edge.i >= last and root.left_edge.i == token.i and _is_tail(root):
            return root
    # The phrase ``token`` opens: a clause (", whose findings will be released ...") or an appositive.
    phrase = _phrase_head(token)
    if phrase is None or phrase.right_edge.i < last:
        return None
    if _is_tail(phrase):
        return phrase
    if phrase.dep_ not in _APPOSITIVES:
        return None
    if any(child.dep_ in ("cc", "conj") for child in phrase.children):
        return None  # "her brother, Tom, and two cousins": a list, not an appositive
    if phrase.dep_ == "npadvmod" and token.lower_ not in _ARTICLES:
        return None
    if names_the_description(phrase):
        return None  # "praised her son, Tomas Ruiz": who the speaker spoke of
    return phrase  # an appositive the writer adds


def names_the_description(appositive: Token) -> bool:
    """True for a name in apposition to a description ("her son, Tomas Ruiz", "the party's nominee, Donald
    Trump", "his signature law, the Clean Air Act"): it says whom or what the speaker's own words meant, and
    PolNeAR's contents keep it. A description after a name ("Ruiz, her son") or an indefinite one ("a
    Republican") is the writer's aside."""
    if appositive.dep_ != "appos" or appositive.pos_ != "PROPN" or appositive.head.pos_ != "NOUN":
        return False
    if appositive.left_edge.pos_ not in _NAME_OPENERS:
        return False  # "his rivals, particularly Govs. ...": an example picked out, not who is meant
    return not any(child.dep_ == "det" and child.lower_ in _INDEFINITE for child in appositive.children)


def _phrase_head(token: Token) -> Token | None:
    """The head of the phrase ``token`` opens: ", a state she hoped to carry" gives "state"."""
    head = token
    while head.head != head and head.head.i > token.i - 1 and head.head.left_edge.i == token.i:
        head = head.head
    return head if head.left_edge.i == token.i else None


def _is_tail(root: Token) -> bool:
    """A relative clause, or a participle clause (", saying ...", ", casting herself as ...")."""
    return root.dep_ == "relcl" or (root.dep_ in ("advcl", "conj", "acl") and root.tag_ == "VBG")
