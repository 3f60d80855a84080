"""Which of a sentence's dates dates an event: one said in the event's own clause or a clause above it.

"The WFP suspended operations after three staff were killed last month": last
month is when the staff were killed, not when the WFP suspended anything. A
date in a clause the event's clause governs ("accused the army of shelling
Omdurman on Friday", "agreed to hold talks on Monday") is another event's. A
date in a clause above it ("said on Friday that rebels attacked") stands for
the event as well as the story can: the day it was reported. A date that
qualifies a noun ("the 1995 shooting") dates that noun's event only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_CLAUSE_HEADS = frozenset({"VERB", "AUX"})
_NOUNS = frozenset({"NOUN", "PROPN"})
# A date that only qualifies a noun ("the 1995 shooting", "Wednesday's ruling", "the March 6 deadline").
_NOUN_MODIFIERS = frozenset({"compound", "nummod", "amod", "poss", "nmod"})
# Clauses that hang on a noun, which may be the date itself ("early December, when ...").
_RELATIVE = frozenset({"relcl", "acl", "advcl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SAYING = frozenset({"say", "tell", "announce", "state", "note", "report"})
# Words opening an adverbial clause of the same time as the clause it hangs on.
_SAME_TIME = frozenset({"when", "while"})


def clause_head(token: Token) -> Token:
    """The verb whose clause ``token`` is in (the token itself when it is a verb; the root when none)."""
    while token.pos_ not in _CLAUSE_HEADS and token.head.i != token.i:
        token = token.head
    return token


def dates_the_event(doc: Doc, start: int, end: int, trigger: Token) -> bool:
    """Whether the date written at characters ``start``..``end`` is said in the trigger's clause or in
    a clause that governs it."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    own = clause_head(trigger)
    if own.dep_ in _RELATIVE and span.start <= own.head.i < span.end:
        return True  # "since early December, when Castro promised ...": the date the clause tells of
    if any(child.lower_ == "when" and _right_after(doc, span.end, child.i) for child in own.children):
        return True  # the same, parsed as a clause of the sentence's verb
    if root.dep_ in _NOUN_MODIFIERS and root.head.pos_ in _NOUNS:
        # "the 1995 shooting", "Wednesday's ruling": that noun's date; the event's too when the noun
        # is the event ("Monday's talks"), does it ("Friday's blasts killed 200") or is what the
        # event's clause describes ("the Feb. 23 accord signed by ...").
        noun = root.head
        return noun.i == trigger.i or (noun.dep_ in _SUBJECTS and noun.head.i == own.i) or own.head.i == noun.i
    said_in = clause_head(root)
    if said_in.i == own.i or said_in.is_ancestor(own):
        return True
    if said_in.head.i == own.i and said_in.dep_ == "advcl" and _at_the_same_time(said_in):
        return True  # "12 were killed when a drone struck a wedding on Sunday": the killing was then too
    if said_in.head.i == own.i and said_in.dep_ == "advcl" and said_in.lemma_ in _SAYING:
        # "As I said yesterday, we have invited them": the aside that reports the event.
        return any(child.dep_ == "mark" and child.lower_ == "as" for child in said_in.children)
    return trigger.pos_ in _NOUNS and _describes(said_in, own, trigger)


def _at_the_same_time(clause: Token) -> bool:
    """Whether an adverbial clause is opened by "when" or "while": what it dates happened at the same time."""
    return any(child.dep_ in ("advmod", "mark") and child.lower_ in _SAME_TIME for child in clause.children)


def _describes(clause: Token, own: Token, noun: Token) -> bool:
    """Whether ``clause`` opens right after the event noun ("the negotiations due to begin on January
    23"), however the parser hung it: it says when that event is."""
    node = clause
    while node.head.i != own.i and node.head.i != node.i:
        node = node.head
    return node.head.i == own.i and node.left_edge.i == noun.right_edge.i + 1


def _right_after(doc: Doc, end: int, index: int) -> bool:
    """Whether token ``index`` follows token ``end - 1`` with at most a comma between."""
    return index == end or (index == end + 1 and doc[end].text == ",")
