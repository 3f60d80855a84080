"""What "its" before a role noun stands for: "Iran rejected the offer, and its foreign minister ...".

A role noun owned by "its" names no country or body of its own; the owner is
the clause's subject when that comes first ("the nation of Bangladesh said its
troops ..."), and nothing when that subject is no actor ("every plan has its
critics"). Otherwise it is the nearest state or body named before it in its
sentence, else the subject of the sentence before ("The agency said Iran had
added to its stockpile. Its director general ..." is the agency's, not Iran's:
a sentence that opens with "its" goes on about what the last one was about;
when that subject is no actor, "its" means nobody known).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract._actor_match import Match
from newsgraph.extract._actor_scene import Scene

# What "its" may stand for: a state, its seat of government or a body ("its foreign minister").
_ITS_KINDS = frozenset({"country", "seat", "organization"})
_SUBJECTS = ("nsubj", "nsubjpass")


def its_antecedent(scene: Scene, head: Token) -> Match | None:
    """The country or body "its" before the role noun ``head`` stands for, or None."""
    if not any(child.dep_ == "poss" and child.lower_ == "its" for child in head.children):
        return None
    subject = _clause_subject(head)
    if subject is not None:
        return _named_in(scene, subject)
    doc = scene.doc
    sentence = head.sent
    for i in range(head.i - 1, sentence.start - 1, -1):
        match = scene.match_at[i]
        if match is not None and match.end <= head.i and _owner(scene, match):
            return match
    if sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    main = next((child for child in before.root.children if child.dep_ in _SUBJECTS), None)
    if main is not None:
        # "The company said Iran was a market. Its chief executive ...": the company's, actor or not.
        return _named_in(scene, main)
    for i in range(before.end - 1, before.start - 1, -1):
        match = scene.match_at[i]
        if match is not None and _owner(scene, match):
            return match
    return None


def _owner(scene: Scene, match: Match) -> bool:
    return match.kind in _ITS_KINDS and bool(scene.code(match))


def _named_in(scene: Scene, phrase: Token) -> Match | None:
    matches = (scene.match_at[token.i] for token in phrase.subtree)
    return next((match for match in matches if match is not None and _owner(scene, match)), None)


def _clause_subject(head: Token) -> Token | None:
    """The subject before ``head`` of the clause ``head`` stands in, when ``head`` is not in that subject."""
    verb = next((token for token in head.ancestors if token.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subject = next((child for child in verb.children if child.dep_ in _SUBJECTS), None)
    if subject is None or subject.i > head.i or head in subject.subtree:
        return None
    return subject
