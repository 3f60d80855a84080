"""Whom a thing sent goes to: a party named by the verb's "to" phrase, or only a place.

"Germany agreed to send tanks to Ukraine" arms Ukraine (military aid, 072);
"Russia sent tanks to the Ukrainian border" moves force to a place near
Ukraine (a show of force, 15x). The two differ only in the object of "to":
a state, a capital, a government or a group ("to Kyiv", "to the rebels")
receives, while a place phrase about a state ("to the Ukrainian border",
"to the region near Ukraine") is somewhere, not someone. Place nouns are
``cues.txt`` destination_places; names the tagger calls a location or a
facility are places too. A row of ``verbs.tsv`` with the condition
``recipient`` holds only when a party receives.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsgraph.extract._event_lexicon import cues
from newsgraph.extract._event_syntax import pobjs

# Entity types of a name that is a place and never a party ("the Black Sea", "Incirlik Air Base").
_PLACE_NAMES = frozenset({"LOC", "FAC"})
# Parts of speech of an object that can name who receives ("Ukraine", "the rebels", "them").
_PARTY_POS = frozenset({"PROPN", "NOUN", "PRON"})


def names_recipient(children: Iterable[Token]) -> bool:
    """Whether a verb's "to" phrase (``children`` are the verb's) names a party, no member of it a place."""
    places = cues().get("destination_places", frozenset())
    objects = [
        obj for child in children if child.dep_ in ("prep", "dative") and child.lower_ == "to" for obj in pobjs(child)
    ]
    members = [member for obj in objects for member in _coordinated(obj)]
    if not members:
        return False
    return all(
        member.pos_ in _PARTY_POS and member.ent_type_ not in _PLACE_NAMES and member.lemma_.lower() not in places
        for member in members
    )


def _coordinated(token: Token) -> list[Token]:
    """``token`` and its conjuncts ("to Ukraine and the Baltic coast")."""
    return [token, *(member for child in token.children if child.dep_ == "conj" for member in _coordinated(child))]
