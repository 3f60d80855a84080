"""Events told from the victim's side: who died of what, who held them, what they were put under.

"A detainee died as a result of beatings in police custody", "three
civilians died in a US drone strike": the death verb is not an event, but
the attack or abuse noun that caused it is, done to the one who died. The
author is the noun's own actor ("US drone strike") or else whoever held the
victim ("in Israeli police custody"), which also answers for a passive
abuse with no agent ("was tortured in police custody"). "Was put under
investigation in Italy": the subject undergoes the noun's act, done by the
agent or else by the state of the place.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract._event_lexicon import cues
from newsgraph.extract._event_syntax import actor_modifiers, pobjs, prep_objects, subjects

# Prepositions that introduce a cause of death ("died of torture", "died in a drone strike").
_CAUSE_PREPS = frozenset({"of", "from", "in", "after", "during"})
# Acts that, done to someone with no agent named, are the state's: investigations and coercion.
_STATE_ACT_ROOTS = frozenset({"09", "17"})


def death_cause_verb(noun: Token) -> Token | None:
    """The death verb whose cause phrase holds ``noun``, through "as a result of" if need be."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in _CAUSE_PREPS:
        return None
    head = noun.head.head
    if head.lemma_.lower() in ("result", "consequence") and head.dep_ == "pobj":
        head = head.head.head  # "died as a result of beatings"
    if head.pos_ == "VERB" and head.lemma_.lower() in cues().get("death_verbs", frozenset()):
        return head
    return None


def custodians(verb: Token) -> list[Token]:
    """Who held the victim: "in Israeli police custody", "in the custody of X", "in an Egyptian prison"."""
    holding = cues().get("custody_nouns", frozenset())
    found: list[Token] = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "while"):
            continue
        for place in pobjs(prep):
            if place.lemma_.lower() not in holding:
                continue
            found += actor_modifiers(place) or prep_objects(place, ("of",))
    return found


def undergone_roles(node: Token, support: Token, cameo: str) -> tuple[list[Token], list[Token]]:
    """(sources, targets) of an event noun the subject is put under ("was placed under arrest by police").

    The agent acts on the subject; with no agent, an arrest or an
    investigation is the act of the state of the place it happens in
    ("was put under investigation in Italy").
    """
    targets = [subject for subject in subjects(support) if subject.i != node.i]
    sources = [obj for child in support.children if child.dep_ == "agent" for obj in pobjs(child)]
    if not sources and support.lemma_.lower() == "come":
        # "came under attack from rebels": who it comes from does it (the parser hangs "from" on either word).
        sources = [obj for head in (node, support) for obj in prep_objects(head, ("from",))]
    if sources or cameo[:2] not in _STATE_ACT_ROOTS:
        return sources, targets
    places = [obj for head in (node, support) for obj in prep_objects(head, ("in", "by")) if obj.ent_type_ == "GPE"]
    return places, targets
