"""Rebels a state arms or backs are not that state's own.

"Russia armed the separatists", "Iran supplied weapons to the rebels", "the United States backs
the rebels": a state that arms, funds or backs a rebel or separatist group is its patron, so
the one country the sentence names is not the group's. The group takes the country the story
is about when that is another, or none (``---REB``, ``---SEP``). A state fighting rebels
("Russia attacked the separatists") may be fighting its own, and keeps its sentence's country.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from newsgraph.extract._actor_match import Match
from newsgraph.extract._actor_scene import only_in_subjects

# Verbs by which a patron arms or backs a group it is the object of ("armed the separatists").
_PATRON_VERBS = frozenset(
    {"arm", "rearm", "back", "support", "fund", "finance", "bankroll", "sponsor", "train", "equip", "supply",
     "resupply", "aid", "assist", "help"}
)
# Verbs by which a patron gives a group arms or money named in their object ("sent tanks to the separatists").
_GIVING_VERBS = frozenset(
    {"supply", "send", "give", "provide", "deliver", "ship", "sell", "funnel", "smuggle", "transfer", "channel",
     "hand", "airlift"}
)
# Role codes of armed groups against a state: rebels and separatists.
_ARMED_OPPOSITION = frozenset({"~REB", "~SEP"})


def armed_by(head: Token, role: Match | None, named: Sequence[Match]) -> bool:
    """Whether the rebel or separatist group ``head`` is the object of a verb of arming or backing
    (or of giving, through its "to" phrase) whose subject holds every mention ``named`` of the
    sentence's one country: that country is the group's patron, not its country."""
    code = role.entry.codes[0].code if role is not None and role.entry.codes else None
    if code not in _ARMED_OPPOSITION or not named:
        return False
    verb = _patron_verb(head)
    if verb is None:
        return False
    return only_in_subjects(named, [verb])


def _patron_verb(head: Token) -> Token | None:
    """The verb of arming, backing or giving whose object, or whose "to" phrase, ``head`` is."""
    token = head
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "armed the rebels and the militias"
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _PATRON_VERBS:
        return token.head
    if token.dep_ != "pobj" or token.head.lower_ != "to":
        return None
    # "supplied weapons to the rebels": the "to" phrase hangs on the verb or on its object.
    holder = token.head.head
    verb = holder.head if holder.dep_ == "dobj" else holder
    return verb if verb.lemma_.lower() in _GIVING_VERBS and verb.pos_ == "VERB" else None
