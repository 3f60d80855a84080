"""Passive event verbs: the agent acts on the passive subject.

"France was invaded by Germany", "sanctions were imposed on Iran", "were
killed in Israeli tank shelling" (the attack's own actor), "a missionary was
arrested in Lebanon" (only the state arrests there), "A Turkish military
convoy was attacked in Syria" (an unknown attacker).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsgraph.extract._event_authors import (
    MATERIAL_CONFLICT_ROOTS,
    STATE_COERCION_ROOT,
    UNATTRIBUTED_ROOTS,
    attack_nouns,
)
from newsgraph.extract._event_lexicon import cues, noun_patterns
from newsgraph.extract._event_syntax import PLACE_ENTITIES, actor_modifiers, parties, pobjs, subjects
from newsgraph.extract._event_victims import custodians

if TYPE_CHECKING:
    from newsgraph.extract._event_roles import Trigger

# Prepositions of what a weapon is aimed at ("fired at", "launched against").
_AIMED_PREPS = frozenset({"at", "against", "on", "upon", "toward", "towards", "into"})


def passive_roles(trigger: Trigger, children: list[Token]) -> None:
    """Source and target of a passive trigger: the agent acts on the passive subject."""
    token = trigger.token
    accidents = cues().get("accident_nouns", frozenset())
    # "victims killed by the MH17 crash": an accident is nobody's act.
    agents = [child for child in children if child.dep_ == "agent"] or _stray_agents(children)
    trigger.sources = [obj for agent in agents for obj in pobjs(agent) if obj.lemma_.lower() not in accidents]
    if not trigger.sources:
        # "were killed in Israeli tank shelling": the attack's own actor did it.
        trigger.sources = [
            modifier
            for child in children
            if child.dep_ == "prep" and child.lower_ in ("in", "during", "by")
            for obj in pobjs(child)
            if obj.lemma_.lower() in noun_patterns()
            for modifier in actor_modifiers(obj)
        ]
    if not trigger.sources and trigger.pattern.cameo[:2] in MATERIAL_CONFLICT_ROOTS:
        # "a mortar bomb was fired at Israel from the Gaza Strip": fire comes from where the attackers are.
        trigger.sources = [
            obj
            for child in children
            if child.dep_ == "prep" and child.lower_ == "from"
            for obj in pobjs(child)
            if obj.ent_type_ in PLACE_ENTITIES
        ]
    if not trigger.sources and trigger.pattern.cameo[:2] in UNATTRIBUTED_ROOTS:
        # "was tortured in Israeli police custody": whoever held the victim did it.
        trigger.sources = custodians(token)
    if not trigger.sources and trigger.pattern.has("self"):
        # "guerrillas have been demobilized": they stand down; nobody else is acted upon.
        trigger.sources = [child for child in children if child.dep_ == "nsubjpass"]
        return
    if not trigger.sources and trigger.pattern.cameo[:2] == STATE_COERCION_ROOT:
        # "a missionary was arrested in Lebanon": only the state arrests, detains or deports there.
        trigger.sources = [
            obj
            for child in children
            if child.dep_ == "prep" and child.lower_ in ("in", "from")
            for obj in pobjs(child)
            if obj.ent_type_ == "GPE"
        ]
    # "were killed by an improvised explosive device", "in a suicide car bombing": no author named.
    trigger.unattributed = attack_nouns(
        trigger.pattern.cameo,
        [
            obj
            for child in children
            if child.dep_ in ("agent", "prep") and child.lower_ in ("in", "during", "by")
            for obj in pobjs(child)
        ],
    )
    if not (trigger.sources or trigger.unattributed or agents) and _unnamed_violence(trigger, children):
        # "A Turkish military convoy was attacked in Syria": violence is someone's, unnamed here.
        trigger.unattributed = [token]
    # "was fired at Israel": the pattern's own preposition names the target, not the thing fired.
    own_preps = [child for child in children if child.dep_ == "prep" and child.lower_ in trigger.pattern.preps]
    patients = [child for child in children if child.dep_ == "nsubjpass"]
    if trigger.pattern.cameo[:2] in MATERIAL_CONFLICT_ROOTS or any(
        patient.lemma_.lower() in trigger.pattern.objects for patient in patients
    ):
        # "a mortar bomb was fired at Israel", "sanctions were imposed on Iran": the thing fired or
        # imposed is not the one acted upon.
        own_preps += [child for child in children if child.dep_ == "prep" and child.lower_ in _AIMED_PREPS]
    trigger.targets = parties([obj for prep in own_preps for obj in pobjs(prep)]) or [
        child for child in children if child.dep_ == "nsubjpass"
    ]
    if not trigger.targets and token.dep_ in ("acl", "relcl"):
        trigger.targets = [token.head]
    if not trigger.targets and token.dep_ == "advcl":
        trigger.targets = subjects(token.head)


def _stray_agents(children: list[Token]) -> list[Token]:
    """"by" phrases the parser hung on a gerund after the passive verb: in "was accused
    of misusing funds by officials" the officials are the accusers, not the misusers."""
    return [
        grandchild
        for child in children
        if child.dep_ == "prep" and child.lower_ in ("of", "for")
        for gerund in child.children
        if gerund.dep_ == "pcomp" and gerund.tag_ == "VBG"
        for grandchild in gerund.children
        if grandchild.dep_ == "prep" and grandchild.lower_ == "by"
    ]


def _unnamed_violence(trigger: Trigger, children: list[Token]) -> bool:
    """A passive act of violence whose phrases name no accident ("were killed in a car crash" is none)."""
    if trigger.pattern.cameo[:2] not in MATERIAL_CONFLICT_ROOTS:
        return False
    accidents = cues().get("accident_nouns", frozenset())
    return not any(
        obj.lemma_.lower() in accidents for child in children if child.dep_ == "prep" for obj in pobjs(child)
    )
