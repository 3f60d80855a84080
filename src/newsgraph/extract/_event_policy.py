"""Stances on a policy: backing, rejecting or calling for a measure is no act towards a party.

Campaign news is full of positions on measures: a candidate "backs a biofuel
mandate", "called for stricter regulation", "rejects the term", "calls for
scrapping the estate tax", "supports two ballot measures". CAMEO codes
support, appeals and rejections between parties; aimed at a policy and at
nobody named, they are a position, not an event (``cues.txt``
policy_nouns). Decided on the dyad, after the parties are found: a stance
that names a party ("backed Obama", "rejected Iran's offer") still codes.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract._event_lexicon import cues
from newsgraph.records import CodedSpan

# Appeals, intents, demands, support, criticism and rejection: the roots a position is coded with.
_STANCE_ROOTS = frozenset({"02", "03", "05", "10", "11", "12"})
# What a stance is taken on: the verb's object, what is called or asked for, or what a noun of
# stance is of ("support for the mandate", "opposition to the bill").
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
_STANCE_PREPS = frozenset({"for", "of", "to", "behind", "by"})
# Acts done to a measure, not positions on it: signing a plan binds its parties ("the two presidents
# signed the plan"), a judge blocking a bill stops it.
_ACTS_ON_MEASURES = frozenset({"sign", "block"})
# Prepositions that name whom a stance on a measure is aimed at ("blamed the law on Democrats").
_AIMING_PREPS = frozenset({"on", "against"})


def policy_stance(code: str, word: Token, target: CodedSpan | None) -> bool:
    """Whether the trigger ``word`` (coded ``code``) takes a stance on a measure and no party: its
    object, or what it calls for, is a policy noun ("back a biofuel mandate", "called for
    stricter regulation", "calls for scrapping the estate tax", "would not rule out a sales tax")."""
    if target is not None or code[:2] not in _STANCE_ROOTS or word.lemma_.lower() in _ACTS_ON_MEASURES:
        return False
    if any(_aims(child) for child in word.children):
        return False
    return any(_a_policy(obj) for obj in _objects(word))


def _aims(child: Token) -> bool:
    """A preposition that names whom the stance is aimed at ("on Democrats"), not when ("on Monday")."""
    if child.dep_ != "prep" or child.lower_ not in _AIMING_PREPS:
        return False
    objects = [obj for obj in child.children if obj.dep_ == "pobj"]
    # Quote marks may leave the parse without an object ('blamed the law on "reckless lawmakers"').
    return not objects or any(obj.ent_type_ not in ("DATE", "TIME") for obj in objects)


def _objects(word: Token) -> list[Token]:
    """What the trigger acts on: its objects, the objects of its stance prepositions and, through an
    infinitive or gerund ("would not rule out a sales tax", "calls for scrapping the tax"), theirs."""
    found: list[Token] = []
    for child in word.children:
        if child.dep_ in _OBJECT_DEPS:
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in _STANCE_PREPS:
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    found.append(obj)
                    if obj.pos_ == "VERB":
                        found.extend(c for c in obj.children if c.dep_ in _OBJECT_DEPS)
        elif child.dep_ == "xcomp" and child.pos_ == "VERB":
            found.extend(c for c in child.children if c.dep_ in _OBJECT_DEPS)
    return found


def _a_policy(obj: Token) -> bool:
    """A policy noun that names no party ("the mandate", "a tax"; not "Obama's mandate": its owner is
    what a stance on it is aimed at, and the parse then names the owner as the target)."""
    if obj.pos_ not in ("NOUN",) or obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    return obj.lemma_.lower() in cues().get("policy_nouns", frozenset())
