"""Who did it when the text names nobody, or names them only indirectly.

An attack by weapons or unnamed attackers ("a roadside bombing killed",
"armed men abducted"), an attempt nobody claims, a protest by a crowd
nobody codes: the author is an unknown party, not absent. And the one who
shows willingness or takes steps acts in the noun's clause ("Iran expressed
willingness to cooperate"). Used by ``_event_roles`` for verb triggers.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract._event_lexicon import cues, noun_patterns
from newsgraph.extract._event_syntax import content_noun, governing_subject, pobjs, subjects

# CAMEO roots of material conflict: assault, fight, unconventional mass violence.
MATERIAL_CONFLICT_ROOTS = frozenset({"18", "19", "20"})
# Coercion (arrests, detentions, expulsions, bans): with no agent, the authorities of the place did it.
STATE_COERCION_ROOT = "17"
# A show of force or mobilisation: moved with no agent named, forces show it themselves ("Troops were moved to the
# border"); posted near a place, they are aimed at whom it names ("massed troops near Taiwan").
FORCE_POSTURE_ROOT = "15"
# Political dissent (CAMEO 14): crowds nobody codes protest against someone coded.
PROTEST_ROOT = "14"
# Verbal CAMEO roots: what they act on is often someone's act or word, whose author is the party
# ("welcomed the proposals sent by Bree", "condemned the attack by Hamas"), unlike a material act
# ("released the sailors detained by X").
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})
# Acts an unnamed attacker can do ("gunmen killed", "hackers defaced the sites"): violence and coercion.
UNATTRIBUTED_ROOTS = MATERIAL_CONFLICT_ROOTS | {STATE_COERCION_ROOT}
# Prepositions of what an attack noun is aimed at, on whose object the parser may hang the attack's "by" agent.
_AIMED = ("of", "on", "against", "at")


def names_attack(token: Token) -> bool:
    """Whether the noun ``token`` names an attack (``cues.txt`` attack_nouns, or an event noun of
    violence: "the killing of", "the invasion of")."""
    if token.pos_ != "NOUN":
        return False
    lemma = token.lemma_.lower()
    if lemma in cues().get("attack_nouns", frozenset()):
        return True
    if lemma == "fire":
        # "Turkish artillery fire"; a bare fire may be a blaze
        weapons = cues().get("weapon_fire", frozenset())
        return any(child.lemma_.lower() in weapons for child in token.children)
    return any(pattern.cameo[:2] in MATERIAL_CONFLICT_ROOTS for pattern in noun_patterns().get(lemma, ()))


def attack_nouns(cameo: str, tokens: list[Token]) -> list[Token]:
    """The weapons, attacks and unnamed attackers among ``tokens`` that did a material-conflict act
    without an author the text names ("a roadside bombing", "gunmen")."""
    if cameo[:2] not in UNATTRIBUTED_ROOTS:
        return []
    words = cues()
    unnamed = words.get("attack_nouns", frozenset()) | words.get("unnamed_attackers", frozenset())
    third_person = words.get("third_person", frozenset())
    # "Militants said they attempted to assassinate ...": the pronoun stands for the speaker.
    nouns = [governing_subject(token) if token.lower_ in third_person else token for token in tokens]
    modifiers = words.get("unnamed_attacker_modifiers", frozenset())
    return [
        token
        for token in nouns
        if token is not None
        and token.pos_ == "NOUN"
        and (
            token.lemma_.lower() in unnamed
            or token.lower_ in unnamed
            # "armed men abducted", "masked assailants"
            or any(child.dep_ == "amod" and child.lower_ in modifiers for child in token.children)
        )
    ]


def holder_subjects(token: Token) -> list[Token]:
    """Who acts in the infinitive clause of an agentive noun a verb takes as object.

    "Iran expressed willingness to cooperate", "Bashir has taken steps to enhance
    freedoms": the one who shows the willingness or takes the steps acts.
    """
    noun = content_noun(token)
    words = cues()
    if noun is None or noun.dep_ != "dobj" or noun.lemma_.lower() not in words.get("agentive_nouns", frozenset()):
        return []
    if noun.head.lemma_.lower() not in words.get("holding_verbs", frozenset()):
        return []  # "rejected a plan to withdraw troops": someone else's plan
    return subjects(noun.head)


def crowds(cameo: str, subject_tokens: list[Token]) -> list[Token]:
    """Protesters nobody codes ("Thousands of people protested against the government"): an unknown party.

    Protests are made by crowds the text rarely ties to a country or group;
    the event still needs a coded party on the other side.
    """
    if cameo[:2] != PROTEST_ROOT:
        return []
    # "Tens of thousands marched": a number stands for the crowd it counts.
    return [token for token in subject_tokens if token.pos_ in ("NOUN", "NUM") and token.ent_type_ != "DATE"]


def unclaimed_attempt(cameo: str, token: Token, subject_tokens: list[Token]) -> list[Token]:
    """"An attempt to assassinate the governor was thwarted": an attack tried by someone unnamed."""
    if subject_tokens or cameo[:2] not in UNATTRIBUTED_ROOTS or token.dep_ != "acl":
        return []
    attempt = token.head
    return [attempt] if attempt.lemma_.lower() in cues().get("attempt_heads", frozenset()) else []


def authoring_participles(noun: Token) -> list[Token]:
    """The participles with a "by" agent that say who made ``noun`` ("the attack carried out by Hamas", "which was
    carried out by Hamas").

    Only participles of making or carrying out count (``cues.txt`` authoring_participles):
    "the proposal rejected by Iran" is not Iran's proposal. A hedge (``cues.txt`` hedging_participles) keeps the
    author it reports ("the shells believed to have been fired by the army").
    """
    words = cues()
    participles = words.get("authoring_participles", frozenset())
    clauses = [clause for clause in noun.children if clause.dep_ == "acl" or _passive_relative(clause)]
    # "a missile believed to have been fired by rebels": a hedge passes the making on to its infinitive (the
    # tagger often reads "thought" there as a past tense).
    hedges = words.get("hedging_participles", frozenset())
    clauses += [
        made
        for clause in clauses
        if clause.dep_ == "acl" and clause.lemma_.lower() in hedges
        for made in clause.children
        if made.dep_ == "xcomp"
    ]
    return [
        clause
        for clause in clauses
        if clause.tag_ == "VBN"
        and clause.lemma_.lower() in participles
        and any(child.dep_ == "agent" for child in clause.children)
    ]


def _passive_relative(clause: Token) -> bool:
    """A passive relative clause on its noun ("the attack, which was carried out by Hamas"): a participle too."""
    return clause.dep_ == "relcl" and any(
        child.dep_ == "nsubjpass" and child.tag_ in ("WDT", "WP") for child in clause.children
    )


def participle_authors(noun: Token) -> list[Token]:
    """The agents of the participles saying who made ``noun`` ("the attack carried out by Hamas" -> Hamas)."""
    return [
        obj
        for clause in authoring_participles(noun)
        for agent in clause.children
        if agent.dep_ == "agent"
        for obj in pobjs(agent)
    ]


def blamed_authors(noun: Token) -> list[Token]:
    """The ones an act is blamed on ("the massacre was blamed on militias", "officials blamed the bombing on
    rebels", "attributed to"): ``cues.txt`` blaming_verbs with the act as object."""
    head = noun.head
    if noun.dep_ not in ("nsubjpass", "dobj") or head.lemma_.lower() not in cues().get("blaming_verbs", frozenset()):
        return []
    return [obj for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("on", "to") for obj in pobjs(prep)]


def claimed_authors(noun: Token) -> list[Token]:
    """Who claimed an attack ("al-Shabab claimed responsibility for the attack on the mall", "took credit for
    the bombing"): the subject of a verb of claiming (``cues.txt`` claiming_verbs) whose 'responsibility' or
    'credit' (claimed_nouns) is for the attack, or who claimed it outright ("the Taliban claimed the attack";
    attack_claiming_verbs); not one denied ("did not claim responsibility")."""
    words = cues()
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in words.get("attack_claiming_verbs", frozenset()):
        # "the Taliban claimed the attack on the base": claimed outright.
        denied = any(child.dep_ == "neg" for child in verb.children)
        return [] if denied or not names_attack(noun) else subjects(verb)
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or not names_attack(noun):
        return []
    claimed_nouns = words.get("claimed_nouns", frozenset())
    # The parser hangs "for" on the claimed noun or on the verb ("took credit for the raid").
    verb = noun.head.head
    if verb.dep_ == "dobj" and verb.lemma_.lower() in claimed_nouns:
        verb = verb.head
    elif not any(child.dep_ == "dobj" and child.lemma_.lower() in claimed_nouns for child in verb.children):
        return []
    if verb.lemma_.lower() not in words.get("claiming_verbs", frozenset()):
        return []
    if any(child.dep_ == "neg" for child in verb.children):
        return []
    return subjects(verb)


def authors_for(nouns: list[Token]) -> list[Token]:
    """``nouns`` with each made thing replaced by the ones its participle says made it
    ("The attack carried out by Hamas killed ...": Hamas acts), each attack by its "by" agent
    ("The attack by Hamas killed ...") and by whoever claims it ("claimed the bombing that killed ...")."""
    return [
        author
        for noun in nouns
        for author in (participle_authors(noun) or _attack_agents(noun) or claimed_authors(noun) or [noun])
    ]


def _attack_agents(noun: Token) -> list[Token]:
    """The "by" agents of an attack noun, also where the parser hung them on what it was aimed at ("an
    attack on an army base by rebels")."""
    if not names_attack(noun):
        return []
    aims = [obj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in _AIMED for obj in pobjs(prep)]
    return [
        obj
        for head in (noun, *aims)
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "by"
        for obj in pobjs(prep)
    ]
