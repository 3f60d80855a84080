"""Passive event verbs: the agent acts on the passive subject.

"France was invaded by Germany", "sanctions were imposed on Iran", "were
killed in Turkish artillery fire" (the attack's own actor), "a missionary was
arrested in Lebanon" (only the state arrests there), "A Turkish military
convoy was attacked in Syria" (an unknown attacker). Headlines drop the
auxiliary ("Three soldiers killed in ambush", "Russia accused of meddling"):
``reduced_passive`` tells such a verb from an active one.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from spacy.tokens import Token

from newsgraph.extract._event_authors import (
    FORCE_POSTURE_ROOT,
    MATERIAL_CONFLICT_ROOTS,
    STATE_COERCION_ROOT,
    UNATTRIBUTED_ROOTS,
    attack_nouns,
    authors_for,
    names_attack,
)
from newsgraph.extract._event_lexicon import cues, noun_patterns
from newsgraph.extract._event_syntax import (
    PLACE_ENTITIES,
    actor_modifiers,
    antecedent,
    parties,
    pobjs,
    prep_objects,
    subjects,
)
from newsgraph.extract._event_victims import custodians

if TYPE_CHECKING:
    from newsgraph.extract._event_roles import Trigger

# Dependents that only an active clause has (an object, a perfect's "has", a clause said).
_ACTIVE_DEPS = frozenset({"dobj", "dative", "aux", "auxpass", "nsubjpass", "ccomp", "attr"})
# Roots of acts that put someone out of a body: coercion (expel, deport) and reduced relations (suspend).
_EXCLUDING_ROOTS = frozenset({STATE_COERCION_ROOT, "16"})
# Roots of acts done by someone the passive need not name: coercion and reduced relations.
_UNSIGNED_ROOTS = frozenset({STATE_COERCION_ROOT, "16"})
# Prepositions of what a weapon is aimed at ("fired at", "launched against").
_AIMED_PREPS = frozenset({"at", "against", "on", "upon", "toward", "towards", "into"})
# CAMEO 112: accuse.
_ACCUSATION = "112"
# A present-tense auxiliary, a plural common noun and the words that pick out particular ones ("the women",
# "three women", "their children"): a bare plural under a present passive names a kind of people.
_PRESENT = frozenset({"VBP", "VBZ"})
_PLURAL_NOUNS = frozenset({"NNS"})
_DETERMINING = frozenset({"det", "poss", "nummod"})


def reduced_passive(token: Token, children: list[Token], cameo: str) -> bool:
    """A passive without its auxiliary, parsed as an active verb with a subject.

    The verb has a subject but no object, auxiliary or coordinated verb ("arrested
    and beat several activists" share the object), and it is an act of force the
    tagger saw as a participle ("Three soldiers killed in ambush": force is done to
    someone, so without an object its subject suffers it; "people protested" may be
    tagged so too, but acts on nobody), or has a "by" agent
    ("Israel accused of war crimes by UN panel"), or goes straight on to the phrase
    that in the active follows its object ("Russia accused of meddling";
    ``cues.txt`` object_first_phrases). "Russia has accused Ukraine" is active. A
    verbless headline's participle on its root noun is one too ("Two journalists
    arrested in Cairo"), unless it takes an object (see ``_verbless_subject``).
    """
    if not any(child.dep_ == "nsubj" for child in children):
        return _headline_participle(token, children)
    if any(child.dep_ in _ACTIVE_DEPS or (child.dep_ == "conj" and child.pos_ == "VERB") for child in children):
        return False
    if token.tag_ == "VBN" and cameo[:2] in UNATTRIBUTED_ROOTS:
        return True
    return any(child.dep_ == "agent" for child in children) or _object_first(token, children)


def _object_first(token: Token, children: list[Token]) -> bool:
    """Whether the verb goes straight on to the phrase its object would precede ("accused of")."""
    phrases = cues().get("object_first_phrases", frozenset())
    lemma = token.lemma_.lower()
    for child in children:
        if child.dep_ == "prep" and f"{lemma} {child.lower_}" in phrases:
            return True
        # "Iran urged to halt enrichment": the infinitive's "to" hangs on the complement.
        if child.dep_ == "xcomp" and f"{lemma} to" in phrases and any(
            mark.dep_ == "aux" and mark.lower_ == "to" for mark in child.children
        ):
            return True
    return False


def _headline_participle(token: Token, children: list[Token]) -> bool:
    root = token.sent.root
    if token.dep_ != "acl" or token.head.i != root.i or root.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(child.dep_ in ("dobj", "dative", "agent") for child in children):
        return False
    return token.tag_ == "VBN" or (token.tag_ == "VBD" and _object_first(token, children))


def shared_passive(token: Token) -> bool:
    """A participle coordinated with a passive verb shares its auxiliary and subject ("Kopp was
    indicted and convicted", "were arrested and charged with rioting"), unless it has its own subject."""
    head = token.head
    return (
        token.dep_ == "conj"
        and token.tag_ == "VBN"
        and not any(child.dep_ in ("nsubj", "nsubjpass", "aux") for child in token.children)
        and any(child.dep_ in ("nsubjpass", "auxpass") for child in head.children)
    )


def patients(children: list[Token], reduced: bool) -> list[Token]:
    """The passive subject: the one acted upon (a reduced passive's parsed subject). A relative pronoun stands
    for its noun ("the rebels, who are backed by Rwanda": the rebels are backed)."""
    deps = ("nsubjpass", "nsubj") if reduced else ("nsubjpass",)
    return [antecedent(child, child.head) for child in children if child.dep_ in deps]


def _forces_shifted(trigger: Trigger, children: list[Token], reduced: bool) -> bool:
    """Whether a passive with no agent shifts armed units ("Troops were moved to the border", "thousands of
    soldiers were rushed to the capital"): the forces show force themselves (CAMEO 15), as whoever ordered
    them is not named."""
    if trigger.pattern.cameo[:2] != FORCE_POSTURE_ROOT:
        return False
    units = cues().get("armed_units", frozenset())
    moved = [noun for patient in patients(children, reduced) for noun in (patient, *prep_objects(patient, ("of",)))]
    return any(noun.lemma_.lower() in units for noun in moved)


def passive_roles(trigger: Trigger, children: list[Token], *, reduced: bool = False) -> None:
    """Source and target of a passive trigger: the agent acts on the passive subject."""
    token = trigger.token
    accidents = cues().get("accident_nouns", frozenset())
    # "victims killed by the MH17 crash": an accident is nobody's act.
    agents = (
        [child for child in children if child.dep_ == "agent"]
        or _stray_agents(children)
        or _shared_agents(token)
        or _retained_object_agents(children)
    )
    # "were killed by a bomb planted by rebels": a weapon's own participle names who used it (as in the active voice).
    trigger.sources = authors_for(
        [obj for agent in agents for obj in pobjs(agent) if obj.lemma_.lower() not in accidents]
    )
    if not trigger.sources:
        # "were killed in Turkish artillery fire": the attack's own actor did it.
        trigger.sources = [
            modifier
            for obj in prep_objects(trigger.token, ("in", "during", "by"))
            if obj.lemma_.lower() in noun_patterns() or names_attack(obj) or _before_gerund_attack(obj, token)
            for modifier in actor_modifiers(obj, cues().get("attack_sites", frozenset()))
        ]
    if not trigger.sources and trigger.pattern.cameo[:2] in MATERIAL_CONFLICT_ROOTS:
        # "a shell was fired at Armenia from across the border": fire comes from where the attackers are.
        trigger.sources = _entities_of(trigger.token, ("from",), PLACE_ENTITIES)
    if not trigger.sources and trigger.pattern.cameo[:2] in UNATTRIBUTED_ROOTS:
        # "was tortured in Israeli police custody": whoever held the victim did it.
        trigger.sources = custodians(token)
    if not trigger.sources and (trigger.pattern.has("self") or _forces_shifted(trigger, children, reduced)):
        # "guerrillas have been demobilized": they stand down; nobody else is acted upon.
        trigger.sources = patients(children, reduced) or _shared_patients(token)
        return
    if not trigger.sources and trigger.pattern.cameo[:2] == STATE_COERCION_ROOT:
        # "a missionary was arrested in Lebanon": only the state arrests, detains or deports there.
        trigger.sources = _entities_of(trigger.token, ("in", "from"), ("GPE",))
    if not trigger.sources and trigger.pattern.cameo[:2] in _EXCLUDING_ROOTS:
        # "Qatar was expelled from the Gulf Cooperation Council", "Mali was suspended from the African
        # Union": only the body one is put out of does it.
        trigger.sources = _entities_of(trigger.token, ("from",), ("ORG", "GPE"))
    # "were killed by a roadside bomb", "in a suicide car bombing": no author named.
    trigger.unattributed = attack_nouns(
        trigger.pattern.cameo,
        [
            obj
            for child in children
            if child.dep_ in ("agent", "prep") and child.lower_ in ("in", "during", "by")
            for obj in pobjs(child)
        ],
    )
    if not (trigger.sources or trigger.unattributed or agents) and (
        _unnamed_violence(trigger, children)
        or _unnamed_coercion(trigger, children)
        or _unnamed_accusation(trigger, children)
    ):
        # "A Turkish military convoy was attacked in Syria": violence is someone's, unnamed here; so is
        # a jailing or a cut in relations ("Three journalists were jailed", "relations were severed"), and so is
        # an accusation ("was accused of misusing funds").
        trigger.unattributed = [token]
    # "was fired at Israel": the pattern's own preposition names the target, not the thing fired.
    own_preps = [child for child in children if child.dep_ == "prep" and child.lower_ in trigger.pattern.preps]
    if trigger.pattern.has("legal"):
        own_preps = []  # "was charged with treason": a legal act's preposition names the crime
    acted_upon = patients(children, reduced) or _shared_patients(token)
    if trigger.pattern.cameo[:2] in MATERIAL_CONFLICT_ROOTS or any(
        patient.lemma_.lower() in trigger.pattern.objects for patient in acted_upon
    ):
        # "a shell was fired at Armenia", "sanctions were imposed on Iran": the thing fired or
        # imposed is not the one acted upon.
        own_preps += [child for child in children if child.dep_ == "prep" and child.lower_ in _AIMED_PREPS]
    if any(patient.lemma_.lower() in trigger.pattern.objects for patient in acted_upon):
        # "money was sent to Kenya": the thing given is the subject, the one it goes to its "to" phrase.
        own_preps += [child for child in children if child.dep_ in ("prep", "dative") and child.lower_ == "to"]
    trigger.targets = parties([obj for prep in own_preps for obj in pobjs(prep)]) or acted_upon
    if not trigger.targets and token.dep_ in ("acl", "relcl"):
        trigger.targets = [token.head]
    if not trigger.targets and token.dep_ == "advcl":
        trigger.targets = subjects(token.head)


def _before_gerund_attack(obj: Token, verb: Token) -> bool:
    """Whether a preposition's object is the weapon of an attack noun the parser read as a gerund of the verb
    ("two died in Ruritanian tank shelling": "tank" the object, "shelling" a clause of "died")."""
    if obj.i + 1 >= len(obj.doc):
        return False
    after = obj.doc[obj.i + 1]
    return after.tag_ == "VBG" and after.head.i == verb.i and after.lower_ in noun_patterns()


def _shared_agents(token: Token) -> list[Token]:
    """The agent of the passive participle coordinated with ``token``, when ``token`` has none: in
    "were arrested and deported by police" the police did both (the parser hangs the agent on the last)."""
    if shared_passive(token):
        partners = [token.head]
    else:
        partners = [child for child in token.children if child.dep_ == "conj" and shared_passive(child)]
    return [child for partner in partners for child in partner.children if child.dep_ == "agent"]


def _shared_patients(token: Token) -> list[Token]:
    """The passive subject a coordinated participle shares with the verb it hangs on ("three men were
    arrested and deported": the men were deported too)."""
    if not shared_passive(token):
        return []
    return [child for child in token.head.children if child.dep_ == "nsubjpass"]


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


def _retained_object_agents(children: list[Token]) -> list[Token]:
    """"by" phrases of a passive that keeps its object, which the parser reads as a plain preposition on the
    verb or on that object (or on its "with" object): in "Ukraine was promised aid by Germany" and "was granted
    asylum by Sweden" Germany and Sweden give. A date is no giver ("was promised aid by March")."""
    if not any(child.dep_ == "nsubjpass" for child in children):
        return []
    objects = [child for child in children if child.dep_ == "dobj"]
    # "Syria was threatened with military action by Turkey": the parser hangs the agent on the "with" object too.
    objects += [obj for child in children if child.dep_ == "prep" and child.lower_ == "with" for obj in pobjs(child)]
    if not objects:
        return []
    return [
        phrase
        for holder in (children, *(list(obj.children) for obj in objects))
        for phrase in holder
        if phrase.dep_ == "prep" and phrase.lower_ == "by" and parties(pobjs(phrase))
    ]


def _unnamed_coercion(trigger: Trigger, children: list[Token]) -> bool:
    """A passive act of coercion or of reduced relations, not one of necessity with an infinitive
    ("guards were forced to fire warning shots": nobody coerced them)."""
    return trigger.pattern.cameo[:2] in _UNSIGNED_ROOTS and not any(child.dep_ == "xcomp" for child in children)


def _unnamed_accusation(trigger: Trigger, children: list[Token]) -> bool:
    """A party accused of a named wrong ("has been accused of misusing public funds"): the accusation is someone's,
    unnamed here, as a jailing is. Only with what it is accused of, and not of a kind of people."""
    return (
        trigger.pattern.cameo == _ACCUSATION
        and any(child.dep_ == "prep" and child.lower_ == "of" for child in children)
        and not _kind_of_people(trigger.token)
    )


def _unnamed_violence(trigger: Trigger, children: list[Token]) -> bool:
    """A passive act of violence whose phrases or clauses name no accident ("were killed in a car crash", "were
    killed when their bus overturned" are none: cues accident_nouns, accident_verbs)."""
    if trigger.pattern.cameo[:2] not in MATERIAL_CONFLICT_ROOTS or _kind_of_people(trigger.token):
        return False
    words = cues()
    accidents = words.get("accident_nouns", frozenset())
    if any(child.dep_ == "advcl" and child.lemma_.lower() in words.get("accident_verbs", ()) for child in children):
        return False  # "were killed when two helicopters crashed": the clause says how, and it was nobody's act
    return not any(
        obj.lemma_.lower() in accidents for child in children if child.dep_ == "prep" for obj in pobjs(child)
    )


def _kind_of_people(token: Token) -> bool:
    """A present-tense passive in a relative clause on a bare plural ("girls who are raped in the camps",
    "prisoners who are beaten"): it speaks of a kind of people, not of an act someone unnamed did."""
    if token.dep_ != "relcl" or not any(child.dep_ == "auxpass" and child.tag_ in _PRESENT for child in token.children):
        return False
    head = token.head
    return head.tag_ in _PLURAL_NOUNS and not any(child.dep_ in _DETERMINING for child in head.children)


def _entities_of(token: Token, prepositions: tuple[str, ...], entity_types: Collection[str]) -> list[Token]:
    """The objects of ``token``'s ``prepositions`` that are entities of ``entity_types``."""
    return [obj for obj in prep_objects(token, prepositions) if obj.ent_type_ in entity_types]
