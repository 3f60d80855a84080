"""A nationality on a thing: whose the thing is, not whose a group in the same sentence is.

A role its own phrase does not place may take the one country its sentence
names (``_actor_context``). A nationality on a thing in a clause of another
noun does not count: "Police arrested a man who stole an Afghan hound" are
not Afghan police, nor are "authorities" Syrian in a sentence about
"migrants traveling on false Syrian passports". On a role, on one of the
country's places, on the nation or on a person ("a rally of Cuban
scientists", ``placing_nouns.txt`` and the person and people nouns of
``name_contexts.tsv``), or in the group's own clause, it still places the
group.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Token

from newsgraph.extract._actor_lexicon import data_rows
from newsgraph.extract._actor_match import Match
from newsgraph.extract._actor_scene import Scene

# Dependencies of a nationality on its noun ("an Afghan hound", "U.S. passports").
_ON_A_NOUN = frozenset({"amod", "compound"})
# Dependencies of a clause or apposition that says something of its own.
_OTHER_CLAUSES = frozenset({"relcl", "acl", "ccomp", "advcl", "appos"})


def only_on_a_thing(scene: Scene, head: Token, named: Sequence[Match]) -> bool:
    """Whether every one of ``named`` (one country's matches in ``head``'s sentence) is a nationality
    on a thing in a clause of another noun than ``head``."""
    doc = scene.doc
    for match in named:
        token = doc[match.end - 1]
        noun = token.head
        if not match.entry.demonym or token.dep_ not in _ON_A_NOUN or noun.i == token.i:
            return False
        if noun.pos_ != "NOUN" or scene.match_at[noun.i] is not None or _placing(noun):
            return False  # "Afghan officials", "an Afghan village", "Cuban scientists"
        if not _in_another_nouns_clause(noun, head):
            return False
    return bool(named)


def _in_another_nouns_clause(token: Token, head: Token) -> bool:
    """Whether ``token`` stands in a clause or apposition that neither holds ``head`` nor hangs on it:
    a relative or participle clause of another noun ("a man who stole an Afghan hound"), what is
    said or why ("Police said the man had stolen an Afghan hound"), or another noun's apposition
    ("the dog, an Afghan hound")."""
    while token.head.i != token.i:
        token = token.head
        if token.dep_ in _OTHER_CLAUSES and token.head.i != head.i:
            if not token.left_edge.i <= head.i <= token.right_edge.i:
                return True
    return False


def _placing(noun: Token) -> bool:
    words = _placing_nouns()
    return noun.lower_ in words or noun.lemma_.lower() in words


@lru_cache(maxsize=1)
def _placing_nouns() -> frozenset[str]:
    words = {row[0].lower() for row in data_rows("placing_nouns.txt", 1)}
    words |= {row[0].lower() for row in data_rows("name_contexts.tsv", 2) if row[1] in ("person", "people")}
    return frozenset(words)
