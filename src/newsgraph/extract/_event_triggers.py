"""Event triggers over the dependency parse: which words code an event, and their roles.

A trigger is a verb matched by ``verbs.tsv`` ("brokered", "invited") or a
noun matched by ``nouns.tsv`` ("voiced opposition", "in talks with"). For
each trigger this module finds the argument tokens (subject, object,
preposition objects; passives swap them, "received X from" reverses them)
and the clause facts the record needs: negation and modality. A verb
governing another trigger settles which of the two is the event (wrappers,
refusals, threats, appeals); a reported attack by another party adds the
reporter's accusation. Turning argument tokens into actors is
``_event_args``' job.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsgraph.extract._event_lexicon import Pattern, cues, match, noun_patterns, recode, verb_patterns
from newsgraph.extract._event_syntax import actor_modifiers, climb, own_subjects, pobjs, subjects

_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
_PREP_DEPS = frozenset({"prep", "agent", "dative", "prt"})
# Particles the parser often attaches as adverbs ("stepped down", "pulled out"): they still
# complete a phrasal verb's pattern.
_PARTICLES = frozenset({"down", "out", "off", "up", "back", "away"})
# Prepositions that introduce the one acted upon.
_TARGET_PREPS = frozenset(
    {"with", "to", "against", "at", "on", "upon", "into", "toward", "towards", "for", "over", "from", "of", "about"}
)
# Prepositions that name the counterpart directly ("talks with", "invitation to", "attack against").
_CLOSE_PREPS = frozenset({"with", "to", "against", "at", "between", "into", "upon", "toward", "towards"})
_NOUN_TARGET_PREPS = frozenset({"with", "to", "against", "at", "on", "between", "toward", "towards", "over", "for"})
# The pattern of a reported obligation whose verb is not itself an event word.
_DEMAND = Pattern(lemma="must", cameo="100")
# The pattern of a reported attack by another party: the reporter accuses the attacker.
_ACCUSE = Pattern(lemma="say", cameo="112")
_MATERIAL_CONFLICT_ROOTS = frozenset({"18", "19", "20"})
# Coercion (arrests, detentions, expulsions, bans): with no agent, the authorities of the place did it.
_STATE_COERCION_ROOT = "17"
# Unspecified appeal and demand codes, and the modality.tsv kind that says what they ask for.
_UNSPECIFIED_ASKS = {"020": "appeal", "100": "demand"}
# CAMEO roots of cooperation, which a refusal turns into a rejection.
_COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
# Prepositions whose object can be an event noun of the verb above ("is in talks", "on alert").
_ENGAGEMENT_PREPS = frozenset({"in", "into", "on", "as"})
# Prepositions and entity types of the place an event happens in.
_PLACE_PREPS = frozenset({"in", "inside", "across", "throughout"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Entity types that are never a party to an event ("resigned on Sunday").
_NOT_PARTIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
# Finite verb tags: a conjunct with one of these does not share the first conjunct's auxiliaries.
_FINITE = frozenset({"VBP", "VBZ", "VBD"})
# How a governed verb hangs from the verb that governs it ("agreed to lift").
_EMBED_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "advcl"})
# Pattern flags of verbs whose infinitive complement, even parsed as a purpose clause, is governed.
_GOVERNING_FLAGS = frozenset({"wrap", "obj2", "refusal", "threat"})


@dataclass(slots=True)
class Trigger:
    """One event trigger with its argument tokens and clause facts."""

    token: Token
    pattern: Pattern
    start: int
    end: int
    # The CAMEO code when the clause makes it more specific than the pattern's ("asked X to help": 023).
    code: str | None = None
    sources: list[Token] = field(default_factory=list)
    modifier_sources: list[Token] = field(default_factory=list)
    targets: list[Token] = field(default_factory=list)
    loose_targets: list[Token] = field(default_factory=list)
    fallback_targets: list[Token] = field(default_factory=list)
    # The place the event happens in ("conducting exercises in Alaska"): the target when nobody else is.
    place_targets: list[Token] = field(default_factory=list)
    negated: bool = False
    hypothetical: bool = False
    support: Token | None = None
    future: bool = False
    conditional: bool = False
    possible: bool = False
    intent: bool = False
    refused: bool = False
    threatened: bool = False
    obligation: bool = False
    speakers: list[Token] = field(default_factory=list)
    # Token indices of clauses that spell out what a noun trigger is about ("an accord to supply ...").
    content: list[int] = field(default_factory=list)

    # The weapon or attack noun that did it when nobody is named ("a roadside bombing killed"):
    # an unknown attacker, used only when no actor is found among the sources.
    unattributed: list[Token] = field(default_factory=list)
    # An accusation read off a reported attack needs a coded accused: never an event without a target.
    needs_target: bool = False

    @property
    def standalone(self) -> bool:
        """Whether the trigger can be an event without a target: a verb or a noun with a support verb."""
        return not self.needs_target and (self.token.pos_ == "VERB" or self.support is not None)


def find_triggers(sentence: SpacySpan) -> list[Trigger]:
    """Every event trigger of one sentence, embedded and wrapper verbs already resolved."""
    verbs = [trigger for token in sentence if (trigger := _verb_trigger(token)) is not None]
    by_token = {trigger.token.i: trigger for trigger in verbs}
    dropped: set[int] = set()
    for trigger in verbs:
        _resolve_governor(trigger, trigger.token, by_token, dropped)
    kept = [trigger for trigger in verbs if trigger.token.i not in dropped]
    kept.extend(_reported_obligations(sentence, by_token))
    kept = _with_noun_triggers(sentence, kept, by_token)
    for trigger in kept:
        _mark_clause(trigger)
        trigger.place_targets = _place_targets(trigger)
    # Read off the marked attacks: a denied or hypothetical attack accuses nobody.
    accusations = _reported_attacks(kept, by_token)
    for accusation in accusations:
        _mark_clause(accusation)
    # In text order: the record lists events as the sentence tells them.
    return sorted(kept + accusations, key=lambda trigger: trigger.start)


def _with_noun_triggers(sentence: SpacySpan, kept: list[Trigger], by_token: dict[int, Trigger]) -> list[Trigger]:
    """``kept`` with the sentence's noun triggers added, and the verbs they stand for removed."""
    verb_heads = set(by_token)
    support_verbs = cues().get("support_verbs", frozenset())
    for token in sentence:
        noun = _noun_trigger(token, verb_heads)
        if noun is None:
            continue
        support = noun.support
        if support is not None and support.i not in by_token:
            # "threatened to launch an offensive", "agreed to hold talks": the support verb is governed.
            governor_dropped: set[int] = set()
            _resolve_governor(noun, support, by_token, governor_dropped)
            if support.i in governor_dropped:
                continue
            kept = [trigger for trigger in kept if trigger.token.i not in governor_dropped]
        if support is not None and support.i in by_token:
            verb = by_token[support.i]
            if verb.pattern.specificity or support.lemma_.lower() not in support_verbs:
                continue  # "launched missiles", "condemned an attack": the verb pattern codes it
            # "gave a warm welcome": the noun says what the generic verb did.
            kept = [trigger for trigger in kept if trigger is not verb]
        kept.append(noun)
        if noun.content:
            kept = [trigger for trigger in kept if trigger.token.i not in noun.content]
        if noun.pattern.has("obj2"):
            kept = _demanded_of(noun, kept)
    return kept


def _demanded_of(noun: Trigger, kept: list[Trigger]) -> list[Trigger]:
    """"its demand that Israel ease restrictions": a demand of Israel, not Israel's act."""
    clauses = [child for child in noun.token.children if child.dep_ in ("acl", "ccomp")]
    support = noun.support
    if support is not None and noun.token.dep_ == "dobj":
        # "reiterated its demand that Israel ease ...": the clause may hang from the support verb.
        clauses += [child for child in support.children if child.dep_ == "ccomp" and _that_clause(child)]
    noun.targets = [sub for clause in clauses for sub in own_subjects(clause)] or noun.targets
    embedded = {clause.i for clause in clauses}
    return [trigger for trigger in kept if trigger.token.i not in embedded]


def _place_targets(trigger: Trigger) -> list[Token]:
    """Named places of the trigger's "in" phrases, on the verb (or support verb) and its object."""
    heads = [trigger.token] if trigger.support is None else [trigger.token, trigger.support]
    heads += [child for head in list(heads) for child in head.children if child.dep_ == "dobj"]
    return [
        obj
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS
        for obj in pobjs(prep)
        if obj.ent_type_ in _PLACE_ENTITIES
    ]


def _resolve_governor(trigger: Trigger, governed: Token, triggers: dict[int, Trigger], dropped: set[int]) -> None:
    """Settle a trigger governed by another trigger verb: which of the two is the event.

    ``governed`` is the trigger's verb, or a noun trigger's support verb. Adds
    the token index of the one that is not an event to ``dropped``.
    """
    governor = _governing_trigger(governed, triggers)
    if governor is None:
        return
    if governor.pattern.has("refusal") and trigger.pattern.cameo[:2] in _COOPERATIVE_ROOTS:
        # "refused to meet": a rejection of the embedded event (CAMEO 12x).
        dropped.add(governor.token.i)
        trigger.refused = True
    elif governor.pattern.has("threat"):
        # "threatened to launch an offensive": a threat of that act (CAMEO 13x).
        dropped.add(governor.token.i)
        trigger.hypothetical = True
        trigger.threatened = True
        trigger.negated = trigger.negated or governor.negated
    elif _wraps(governor, trigger, governed):
        # "agreed to lift": the embedded verb is the event; the wrapper marks intent.
        dropped.add(governor.token.i)
        trigger.hypothetical = True
        trigger.intent = not governor.pattern.has("obj2")
        trigger.negated = trigger.negated or governor.negated
    else:
        # "urged Bree to help", "invited the US to attend": the governing verb is the event;
        # an unspecified appeal or demand says what it asks for ("asked Obama to help Iran": 023).
        dropped.add(trigger.token.i if governed is trigger.token else governed.i)
        kind = _UNSPECIFIED_ASKS.get(governor.pattern.cameo)
        if kind is not None and governor.code is None:
            governor.code = recode(kind, trigger.pattern.cameo)


def _reported_attacks(kept: list[Trigger], triggers: dict[int, Trigger]) -> list[Trigger]:
    """"The US said ISIL had attacked Iraq": the speaker accuses the attacker (CAMEO 112).

    The reported attack stays an event of its own; a speaker reporting its own
    attack claims it, which codes nothing here (same party on both sides).
    """
    reporting = cues().get("reporting_verbs", frozenset())
    found = []
    for trigger in kept:
        token = trigger.token
        if trigger.pattern.cameo[:2] not in _MATERIAL_CONFLICT_ROOTS or token.dep_ != "ccomp":
            continue
        if trigger.negated or trigger.hypothetical:
            continue
        head = token.head
        if head.lemma_.lower() not in reporting or head.i in triggers or not trigger.sources:
            continue
        speakers = subjects(head)
        if not speakers:
            continue
        accusation = Trigger(
            token=head,
            pattern=_ACCUSE,
            start=head.idx,
            end=head.idx + len(head.text),
            sources=speakers,
            targets=list(trigger.sources),
            needs_target=True,
        )
        found.append(accusation)
    return found


def _reported_obligations(sentence: SpacySpan, triggers: dict[int, Trigger]) -> Iterator[Trigger]:
    """"China must drop barriers", said by someone else: a demand (CAMEO 100) whatever the verb.

    Verbs the lexicon codes are handled through their own trigger (recoded in
    ``events``); this adds the clauses whose verb is not an event word.
    """
    words = cues()
    obligation = words.get("obligation_aux", frozenset())
    speech = words.get("speech_verbs", frozenset())
    for token in sentence:
        if token.pos_ not in ("VERB", "AUX") or token.i in triggers or token.dep_ != "ccomp":
            continue
        if not any(child.dep_ == "aux" and child.lower_ in obligation for child in token.children):
            continue
        if token.head.lemma_.lower() not in speech or token.head.i in triggers:
            continue
        trigger = Trigger(
            token=token,
            pattern=_DEMAND,
            start=token.idx,
            end=token.idx + len(token.text),
            sources=subjects(token),
            obligation=True,
            speakers=subjects(token.head),
        )
        yield trigger


def _verb_trigger(token: Token) -> Trigger | None:
    if token.pos_ != "VERB":
        return None
    patterns = verb_patterns().get(token.lemma_.lower())
    if not patterns:
        return None
    children = list(token.children)
    objects = frozenset(child.lemma_.lower() for child in children if child.dep_ in _OBJECT_DEPS)
    preps = frozenset(
        child.lower_
        for child in children
        if child.dep_ in _PREP_DEPS or (child.dep_ == "advmod" and child.lower_ in _PARTICLES)
    )
    has_xcomp = any(child.dep_ in ("xcomp", "ccomp") for child in children)
    pattern = match(patterns, objects=objects, preps=preps, verb=None, has_xcomp=has_xcomp)
    if pattern is None:
        return None
    trigger = Trigger(token=token, pattern=pattern, start=token.idx, end=token.idx + len(token.text))
    _verb_roles(trigger, children)
    return trigger


def _verb_roles(trigger: Trigger, children: list[Token]) -> None:
    token = trigger.token
    has_agent = any(child.dep_ == "agent" for child in children)
    passive_marks = any(child.dep_ in ("nsubjpass", "auxpass") for child in children)
    if has_agent and not passive_marks and any(child.dep_ == "nsubj" for child in children):
        # "has received by courier money from X": an active perfect with a "by" phrase.
        has_agent = False
    passive = has_agent or passive_marks
    if (
        passive
        and not has_agent
        and trigger.pattern.preps & {child.lower_ for child in children}
        and trigger.pattern.cameo[:2] not in _MATERIAL_CONFLICT_ROOTS  # "was fired at" is a real passive
    ):
        passive = False  # "Israel is opposed to French mediation": a state of the subject
    if passive:
        _passive_roles(trigger, children)
        return
    subject_tokens = subjects(token) or _verbless_subject(token, trigger.pattern)
    if trigger.pattern.has("rev"):
        objects = [child for child in children if child.dep_ == "dobj"]
        trigger.sources = [
            obj
            for node in (token, *objects)
            for child in node.children
            if child.lower_ == "from" and child.dep_ == "prep"
            for obj in pobjs(child)
        ]
        trigger.targets = subject_tokens
        return
    trigger.sources = subject_tokens
    trigger.unattributed = _attack_nouns(trigger, subject_tokens)
    trigger.targets = _verb_targets(token, trigger.pattern)
    trigger.loose_targets = _verb_targets(token, trigger.pattern, tier=1)
    # Fallbacks, tried only when the first choice names no actor (see ``fallback_targets``):
    # "demanded that the US match ..." targets the complement's subject; "refused to
    # commit to any assistance to the US" the complement's own objects.
    complements = [child for child in children if child.dep_ in ("xcomp", "ccomp")]
    trigger.fallback_targets = [sub for child in complements for sub in own_subjects(child)] + [
        obj for child in complements if child.dep_ == "xcomp" for obj in _verb_targets(child, None)
    ]
    if not trigger.targets and not trigger.loose_targets:
        # "donated and delivered goods to X": coordinated verbs share the object and its recipient.
        trigger.fallback_targets += [
            obj
            for child in children
            if child.dep_ == "conj" and child.pos_ == "VERB" and not own_subjects(child)
            for obj in _verb_targets(child, None)
        ]


def _attack_nouns(trigger: Trigger, tokens: list[Token]) -> list[Token]:
    """The weapons, attacks and unnamed attackers among ``tokens`` that did a material-conflict act
    without an author the text names ("a roadside bombing", "gunmen")."""
    if trigger.pattern.cameo[:2] not in _MATERIAL_CONFLICT_ROOTS:
        return []
    words = cues()
    unnamed = words.get("attack_nouns", frozenset()) | words.get("unnamed_attackers", frozenset())
    return [
        token
        for token in tokens
        if token.pos_ == "NOUN" and (token.lemma_.lower() in unnamed or token.lower_ in unnamed)
    ]


def _verbless_subject(token: Token, pattern: Pattern) -> list[Token]:
    """The subject of a main verb misparsed as a participle of the sentence's noun root.

    "An official Syrian newspaper called Thursday on Arabs to ...", "Doctors from
    two aid groups donated and delivered goods to ...": a sentence without a verb
    root whose participle takes an object or its pattern's preposition is active,
    and the root noun acts; "Three soldiers killed in a bombing" stays passive.
    """
    root = token.sent.root
    if token.dep_ != "acl" or token.tag_ not in ("VBN", "VBD") or root.pos_ not in ("NOUN", "PROPN"):
        return []
    if any(ancestor.pos_ in ("VERB", "AUX") for ancestor in token.ancestors):
        return []
    clauses = [token, *(child for child in token.children if child.dep_ == "conj" and child.pos_ == "VERB")]
    active = any(
        child.dep_ == "dobj" or (child.dep_ in ("prep", "prt") and child.lower_ in pattern.preps)
        for clause in clauses
        for child in clause.children
    )
    return [root] if active else []


def _passive_roles(trigger: Trigger, children: list[Token]) -> None:
    """Source and target of a passive trigger: the agent acts on the passive subject."""
    token = trigger.token
    accidents = cues().get("accident_nouns", frozenset())
    # "victims killed by the MH17 crash": an accident is nobody's act.
    trigger.sources = [
        obj
        for child in children
        if child.dep_ == "agent"
        for obj in pobjs(child)
        if obj.lemma_.lower() not in accidents
    ]
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
    if not trigger.sources and trigger.pattern.cameo[:2] in _MATERIAL_CONFLICT_ROOTS:
        # "a mortar bomb was fired at Israel from the Gaza Strip": fire comes from where the attackers are.
        trigger.sources = [
            obj
            for child in children
            if child.dep_ == "prep" and child.lower_ == "from"
            for obj in pobjs(child)
            if obj.ent_type_ in _PLACE_ENTITIES
        ]
    if not trigger.sources and trigger.pattern.cameo[:2] == _STATE_COERCION_ROOT:
        # "a missionary was arrested in Lebanon": only the state arrests, detains or deports there.
        trigger.sources = [
            obj
            for child in children
            if child.dep_ == "prep" and child.lower_ in ("in", "from")
            for obj in pobjs(child)
            if obj.ent_type_ == "GPE"
        ]
    # "were killed by an improvised explosive device", "in a suicide car bombing": no author named.
    trigger.unattributed = _attack_nouns(
        trigger,
        [
            obj
            for child in children
            if child.dep_ in ("agent", "prep") and child.lower_ in ("in", "during", "by")
            for obj in pobjs(child)
        ],
    )
    # "was fired at Israel": the pattern's own preposition names the target, not the thing fired.
    own_preps = [child for child in children if child.dep_ == "prep" and child.lower_ in trigger.pattern.preps]
    trigger.targets = _parties([obj for prep in own_preps for obj in pobjs(prep)]) or [
        child for child in children if child.dep_ == "nsubjpass"
    ]
    if not trigger.targets and token.dep_ in ("acl", "relcl"):
        trigger.targets = [token.head]
    if not trigger.targets and token.dep_ == "advcl":
        trigger.targets = subjects(token.head)


def _verb_targets(token: Token, pattern: Pattern | None, *, tier: int = 0) -> list[Token]:
    """Target tokens of a verb: tier 0 objects and close prepositions, tier 1 looser ones."""
    children = list(token.children)
    targets: list[Token] = []
    if tier == 0:
        # "gave the Ivory Coast 5.1 million dollars": the indirect object is the one given to.
        targets = [child for child in children if child.dep_ == "dative" and child.pos_ != "ADP"]
        targets += [child for child in children if child.dep_ == "dobj"]
        if not targets and pattern is not None and pattern.has("obj2"):
            targets = [sub for child in children if child.dep_ in ("xcomp", "ccomp") for sub in own_subjects(child)]
        # A pattern's own prepositions name its target ("arrived in Amman", "departs from Libya").
        allowed = _CLOSE_PREPS | (pattern.preps if pattern is not None else frozenset())
    else:
        allowed = _TARGET_PREPS - _CLOSE_PREPS - (pattern.preps if pattern is not None else frozenset())
    preps = [child for child in children if child.dep_ in ("prep", "dative") and child.lower_ in allowed]
    targets.extend(obj for prep in preps for obj in pobjs(prep))
    return _parties(targets)


def _noun_trigger(token: Token, verb_heads: set[int]) -> Trigger | None:
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    patterns = noun_patterns().get(token.lemma_.lower()) or noun_patterns().get(token.lower_)
    if not patterns:
        return None
    words = cues()
    support: Token | None = None
    engaged = False
    start = token.idx
    # "launched a mediation effort between": the compound's head stands in for the noun.
    compound = token.dep_ == "compound" and token.head.pos_ == "NOUN"
    if compound and token.head.lemma_.lower() in noun_patterns():
        return None  # "war games": the head noun is the event word
    node = token.head if compound else token
    if _measured(node):
        # "launched ten days of war games", "a series of attacks": the measure stands in for the noun.
        node = node.head.head
    support_verbs = words.get("support_verbs", frozenset())
    if node.dep_ in ("dobj", "nsubjpass", "attr") and node.head.pos_ in ("VERB", "AUX"):
        support = node.head
    elif node.dep_ == "nsubj" and node.head.lemma_.lower() in words.get("ongoing_verbs", frozenset()):
        # "Palestinian riots against Israeli policies are continuing"
        support = node.head
    elif (
        node.dep_ == "pobj"
        and node.head.lower_ in _ENGAGEMENT_PREPS
        and node.head.head.pos_ in ("VERB", "AUX")
        and node.head.head.lemma_.lower() in words.get("engagement_verbs", frozenset())
    ):
        # "is in talks with", "engaged in negotiations with", "remained on alert", "held refugees as
        # human shields"; not "launched an offensive in its war"
        support = node.head.head
        start = node.head.idx
        engaged = True
    # "Iran's opposition to ...": a possessor makes the noun an event without a support verb,
    # but not through a compound ("Gondor's main opposition groups" are a group, not an act).
    possessor = None if compound else next((child for child in node.children if child.dep_ == "poss"), None)
    light = support_verbs | words.get("ongoing_verbs", frozenset())
    if engaged:
        light = light | words.get("engagement_verbs", frozenset())
    if support is not None and support.lemma_.lower() not in light:
        if support.i in verb_heads or possessor is None:
            return None  # "condemned an attack": the verb itself is the event
        support = None
    if support is None and possessor is None:
        return None
    preps = frozenset(child.lower_ for child in node.children if child.dep_ == "prep")
    verb = support.lemma_.lower() if support is not None else None
    pattern = match(patterns, objects=frozenset(), preps=preps, verb=verb, has_xcomp=False)
    if pattern is None:
        return None
    trigger = Trigger(token=token, pattern=pattern, start=start, end=token.idx + len(token.text), support=support)
    by_agent = [obj for child in node.children if child.lower_ == "by" for obj in pobjs(child)]
    if possessor is not None:
        trigger.sources = [possessor]
    elif by_agent:
        trigger.sources = by_agent
    if support is not None and not trigger.sources:
        # "Israeli air strikes", "the Russian invasion": tried first, if they name an actor.
        trigger.modifier_sources = actor_modifiers(node)
        if node.dep_ == "nsubjpass":
            trigger.sources = [obj for child in support.children if child.dep_ == "agent" for obj in pobjs(child)]
        else:
            trigger.sources = [subject for subject in subjects(support) if subject.i != node.i]
    own = [(child.lower_, obj) for child in node.children if child.dep_ == "prep" for obj in pobjs(child)]
    # "in talks with Iranian officials on preparations for ...": "with" names the counterpart.
    targets = [obj for prep, obj in own if prep in _CLOSE_PREPS]
    loose = [obj for prep, obj in own if prep in _NOUN_TARGET_PREPS and prep not in _CLOSE_PREPS]
    if support is not None and engaged:
        # "held Tamil refugees as human shields": the support verb's object is acted upon.
        targets += [child for child in support.children if child.dep_ == "dobj"]
    if support is not None:
        targets += [
            obj
            for child in support.children
            if child.dep_ in ("prep", "dative") and child.lower_ in _CLOSE_PREPS and child.i != node.head.i
            for obj in pobjs(child)
        ]
        loose += [
            obj
            for child in support.children
            if child.dep_ == "prep" and child.lower_ in _TARGET_PREPS - _CLOSE_PREPS and child.i != node.head.i
            for obj in pobjs(child)
        ]
    trigger.targets = _parties(targets)
    trigger.loose_targets = _parties(loose)
    # "signed an accord to supply Gondor with wheat": the accord's clause names the other party.
    clauses = [child for child in node.children if child.dep_ in ("acl", "relcl")]
    if support is not None:
        clauses += [child for child in support.children if child.dep_ in ("advcl", "xcomp") and child.tag_ == "VB"]
    trigger.fallback_targets = [obj for clause in clauses for obj in _verb_targets(clause, None)]
    # A relative clause ("the attack, which killed five") is an event of its own; the rest spell out the noun.
    trigger.content = [clause.i for clause in clauses if clause.dep_ != "relcl"]
    return trigger


def _governing_trigger(token: Token, triggers: dict[int, Trigger]) -> Trigger | None:
    """The trigger verb that governs ``token`` through a complement ("agreed to lift")."""
    if token.dep_ not in _EMBED_DEPS:
        return None
    head = token.head
    if head.dep_ == "prep":  # "accused Rwanda of making"
        head = head.head
    governor = triggers.get(head.i)
    if governor is None:
        return None
    if token.dep_ == "advcl" and not (_infinitive(token) and governor.pattern.flags & _GOVERNING_FLAGS):
        # "vowed to fight", "demanded the parties to allow" are often parsed as purpose clauses.
        return None
    if token.dep_ == "ccomp" and not governor.pattern.has("obj2") and not governor.pattern.has("wrap"):
        return None
    return governor


def _parties(tokens: list[Token]) -> list[Token]:
    """Tokens that may name a party: "thousands of refugees" counts the refugees; dates never do."""
    found = []
    for token in tokens:
        if token.ent_type_ in _NOT_PARTIES:
            token = next(
                (obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of" for obj in pobjs(prep)),
                token,
            )
        if token.ent_type_ not in _NOT_PARTIES:
            found.append(token)
    return found


def _measured(noun: Token) -> bool:
    """Whether ``noun`` is counted by a measure noun that is a verb's object ("ten days of war games")."""
    measure = noun.head.head
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and measure.pos_ == "NOUN"
        and measure.lemma_.lower() in cues().get("measure_nouns", frozenset())
        and measure.dep_ in ("dobj", "nsubjpass", "attr")
    )


def _that_clause(token: Token) -> bool:
    return any(child.dep_ == "mark" and child.lower_ == "that" for child in token.children)


def _infinitive(token: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in token.children)


def _wraps(governor: Trigger, embedded: Trigger, governed_token: Token) -> bool:
    if not governor.pattern.has("wrap"):
        return False
    if governor.pattern.has("obj2"):
        # "wants Putin to attack": an appeal to Putin, not Obama's own intent.
        governed = list(governed_token.children)
        has_own_subject = any(child.dep_ == "nsubj" for child in governed)
        has_object = any(child.dep_ == "dobj" for child in governor.token.children)
        return not (has_own_subject or has_object)
    return True


def _mark_clause(trigger: Trigger) -> None:
    """Negation and modality from the trigger, its support verb and the clauses above it."""
    words = cues()
    negators = words.get("negators", frozenset())
    modal = words.get("modal_aux", frozenset())
    future = words.get("future_aux", frozenset())
    obligation = words.get("obligation_aux", frozenset())
    possible = words.get("possibility_aux", frozenset())
    heads = words.get("hypothetical_heads", frozenset())
    intent_heads = words.get("intent_heads", frozenset())
    chain = [trigger.token]
    if trigger.support is not None:
        chain.append(trigger.support)
    for node in climb(chain[-1]):
        if chain[-1].dep_ == "conj" and chain[-1].tag_ in _FINITE:
            break  # "have not invited the US and oppose": a finite conjunct has its own negation
        chain.append(node)
    if chain[-1].dep_ == "advcl" and _infinitive(chain[-1]) and chain[-1].head.pos_ in ("VERB", "AUX"):
        # "is willing to send material to help defend X": a purpose shares its clause's intent.
        purpose_of = chain[-1].head
        chain.append(purpose_of)
        chain.extend(climb(purpose_of))
    for position, node in enumerate(chain):
        for child in node.children:
            low = child.lower_
            if child.dep_ == "neg" or (child.dep_ == "advmod" and low == "never"):
                trigger.negated = True
            if child.dep_ == "det" and low == "no" and node is trigger.token:
                trigger.negated = True
            if child.dep_ == "aux" and low in modal:
                trigger.hypothetical = True
                trigger.future = trigger.future or low in future
                trigger.possible = trigger.possible or low in possible
                trigger.obligation = trigger.obligation or low in obligation
        lemma = node.lemma_.lower()
        if position > 0 and (lemma in heads or lemma in intent_heads):
            trigger.hypothetical = True
            trigger.intent = trigger.intent or lemma in intent_heads
    if trigger.token.pos_ != "VERB" and trigger.token.head.lower_ in negators:
        trigger.negated = True
    denials = words.get("denial_verbs", frozenset())
    if any(node.dep_ in ("ccomp", "xcomp", "pcomp") and node.head.lemma_.lower() in denials for node in chain):
        # "Iran denied that it had attacked Israel": the denied event did not happen, as far as said.
        trigger.negated = True
    if trigger.obligation:
        trigger.speakers = _speakers(chain[-1], words.get("speech_verbs", frozenset()))
    conditions = words.get("threat_conditions", frozenset())
    trigger.conditional = any(
        child.dep_ == "advcl" and any(mark.dep_ == "mark" and mark.lower_ in conditions for mark in child.children)
        for node in chain
        for child in node.children
    )


def _speakers(clause: Token, speech_verbs: frozenset[str]) -> list[Token]:
    """The subject of the speech verb whose complement ``clause`` is ("Russia said Sudan must ...")."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in speech_verbs:
        return []
    return subjects(clause.head)
