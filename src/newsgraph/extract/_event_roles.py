"""Event triggers one word at a time: which verb or noun codes an event, and its argument tokens.

A trigger is a verb matched by ``verbs.tsv`` ("brokered", "invited") or a
noun matched by ``nouns.tsv`` ("voiced opposition", "in talks with"; found
by ``_event_nouns``). For each verb this module finds the argument tokens:
subject, object, preposition objects; "received X from" reverses them, an
attack with no named author gets an unknown source. Passives are ``_event_passive``'s;
uses of a trigger word that code nothing ("declined to comment") are ``_event_nonevents``'.
How the triggers of one sentence govern each other is ``_event_triggers``' job.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from newsgraph.extract._event_authors import (
    FORCE_POSTURE_ROOT,
    VERBAL_ROOTS,
    attack_nouns,
    authors_for,
    crowds,
    holder_subjects,
    names_attack,
    unclaimed_attempt,
)
from newsgraph.extract._event_lexicon import Pattern, cues, match, verb_patterns
from newsgraph.extract._event_nonevents import no_event_use, own_wish, trades
from newsgraph.extract._event_passive import passive_roles, reduced_passive, shared_passive
from newsgraph.extract._event_recipients import names_recipient
from newsgraph.extract._event_syntax import (
    PLACE_ENTITIES,
    for_clause,
    headline_subject,
    infinitive,
    own_subjects,
    parties,
    pobjs,
    prep_objects,
    relative_object,
    subjects,
)
from newsgraph.extract._event_warnings import warned_attack

_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
_PREP_DEPS = frozenset({"prep", "agent", "dative", "prt"})
# CAMEO roots of appeals and demands, which a "for ... to" clause says what they ask for.
_ASKING_ROOTS = frozenset({"02", "10"})
# Particles the parser often attaches as adverbs ("stepped down", "pulled out"): they still
# complete a phrasal verb's pattern; so does "together" ("worked together" is a verb of its own).
_PARTICLES = frozenset({"down", "out", "off", "up", "back", "away", "home", "aside", "together"})
# Particles the parser may read as "more than" or "about" before a number ("handed over 20 soldiers").
_QUANTITY_PARTICLES = frozenset({"over", "back", "up", "out"})
# Adjectives that complete a verb as a secondary predicate ("set the hostages free", "were set free");
# the parser makes them objects' predicates or adverbial clauses, but they work as particles.
_RESULT_ADJECTIVES = frozenset({"free", "loose"})
_RESULT_DEPS = frozenset({"oprd", "acomp", "advcl", "xcomp", "advmod"})
# Answers one says to a proposal or a party ("said no to the plan"), which the parser makes interjections.
_ANSWER_WORDS = frozenset({"no"})
# Words fused onto a verb before it ("test-fired": the parser makes "test" a noun-phrase adverb of "fired").
_VERB_MODIFIER_DEPS = frozenset({"npadvmod"})
# Prepositions that introduce the one acted upon; "outside" and "near" a site name its owner, when
# nobody closer is named ("a bomb exploded outside the embassy of Turkey", "massed troops near the border with X").
TARGET_PREPS = frozenset(
    {"with", "to", "against", "at", "on", "upon", "into", "toward", "towards", "for", "over", "from", "of", "about",
     "outside", "near"}
)
# Loose-tier prepositions that often give a cause rather than a party ("imposed sanctions on X over Y").
_CAUSE_PREPS = frozenset({"over"})
# Prepositions that name the counterpart directly ("talks with", "invitation to", "attack against").
CLOSE_PREPS = frozenset({"with", "to", "against", "at", "between", "into", "upon", "toward", "towards"})
# Roots of cooperation (intent, consultation, diplomatic and material cooperation, aid): their "against"
# phrase names what the parties stand together against, not the party dealt with (yielding, 08, keeps
# it: "lifted sanctions against Iran").
_COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07"})
# Prepositions and entity types of the place an event happens in.
_PLACE_PREPS = frozenset({"in", "inside", "across", "throughout"})
# Prepositions of the site an event happens at, whose own "in" phrase names the place ("at a mosque in Kabul",
# "ripped through a market in Karachi").
_SITE_PREPS = frozenset({"at", "near", "outside", "inside", "through"})
# Protests (CAMEO 14) and the purpose phrases that say what they are against ("in protest at", "in solidarity
# against" is no aim: solidarity is with someone).
_PROTEST_ROOT = "14"
_PROTEST_NOUNS = frozenset({"protest", "opposition", "defiance", "outrage", "anger"})
_PROTEST_AIM_PREPS = ("against", "at", "over", "of")
# The hyphenated prefix of a verb done again ("re-imposed", "re-deployed").
_AGAIN_PREFIX = "re-"
# Aid (CAMEO 07): help against someone is no help to them.
_AID_ROOT = "07"
# Intent to cooperate (03) and aid (07): what they give or promise is for a party ("pledged aid for Ukraine").
_GIVING_ROOTS = frozenset({"03", "07"})
# Roots of words and stances (statements to rejections, demands, threats): nothing is moved "into" anyone by
# them, so an "into" phrase the parser hung on the verb is where its object goes ("rejected any displacement of
# Palestinians into Sinai"), never the party acted upon, as it is for force ("fired rockets into Israel").
_SPOKEN_ROOTS = VERBAL_ROOTS | {"09"}  # and investigations ("an inquiry into the deaths")
# Where a show of force (CAMEO 15) is posted, on the verb or on the forces moved: "massed troops near Taiwan",
# "deployed warships along the Indian border" are aimed at whom the place names.
_POSTING_PREPS = frozenset({"near", "along", "on", "outside", "toward", "towards"})


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
    # A noun that is the purpose of its support verb's trip ("flew to Moscow for talks"): it is the event.
    purpose: bool = False
    # Tried, not (known to be) done: "attempted to assassinate" (modality.tsv "attempt").
    attempted: bool = False
    # Made ready, not (known to be) done: "the army prepared to storm the town" (cues readying_verbs).
    readied: bool = False
    # Agreed on together: "Sudan and the rebels agreed to allow aid" (a wrapper flagged 'recip'); coordinated
    # subjects with nobody else named then agree with each other.
    agreed_together: bool = False
    # A mutual noun between others that the support verb's subject is not party to ("hosted talks
    # between Israel and Hamas"): an event beside the verb's own.
    between_others: bool = False
    # The speakers who report this attack by another party and so accuse its author ("Israel said a shell was
    # fired at it"; ``_event_reported``), and whether their verb contests it ("claimed"): the attack is their word.
    claimed_by: list[Token] = field(default_factory=list)
    contested: bool = False
    # The reporters of a sentence-final reporting clause the parser hung on this act's clause ("..., a rights
    # group reported on Friday"; ``_event_trailing``): who reports the act when no quote holds it.
    told_by: list[Token] = field(default_factory=list)
    # An appeal that took over the event it asks of another ("hopes China will release the crew"): a pattern
    # flagged 'asks' is an event only so.
    asks_for_event: bool = False

    @property
    def standalone(self) -> bool:
        """Whether the trigger can be an event without a target: a verb, a noun with a support verb, or a
        noun with a named author ("North Korea's rejection of the talks", "the arrest of X by police";
        "its ban" may be mere background)."""
        owned = any(self._names_author(source) for source in self.sources if source.pos_ != "PRON")
        return not self.needs_target and (self.token.pos_ == "VERB" or self.support is not None or owned)

    def _names_author(self, source: Token) -> bool:
        """Whether ``source`` is the noun trigger's own possessor, "from" author or "by" agent (on the noun or
        its "of" object: "the arrest of X by police"). A participle's agent ("the attack carried out by Hamas
        killed ...") acts through the clause's own verb instead."""
        noun = self.token
        if noun.dep_ == "compound":
            return False  # "the opposition leader": the head noun is what the author has
        if source.dep_ == "poss":
            return source.head.i == noun.i
        if source.dep_ == "pobj" and source.head.lower_ == "from":
            # "aid from Japan arrived": the noun's own "from" author (_event_nouns._from_agents).
            return source.head.head.i == noun.i
        if source.dep_ != "pobj" or source.head.lower_ != "by":
            return False
        holder = source.head.head
        return holder.i == noun.i or (holder.dep_ == "pobj" and holder.head.i in _of_preps(noun))


def find_place_targets(trigger: Trigger) -> list[Token]:
    """Named places of the trigger's "in" phrases, on the verb (or support verb) and its object."""
    heads = [trigger.token] if trigger.support is None else [trigger.token, trigger.support]
    if trigger.token.dep_ == "advcl" and trigger.token.tag_ == "VBG":
        # "blew himself up in a market in Baghdad, killing 20 people": the clause's place is the adjunct's.
        heads.append(trigger.token.head)
    objects = [child for head in list(heads) for child in head.children if child.dep_ == "dobj"]
    if trigger.pattern.cameo[:2] in VERBAL_ROOTS:
        # "condemned the bombings in Kenya": words about an attack are not aimed at where it happened.
        objects = [obj for obj in objects if not names_attack(obj)]
    heads += objects
    # "killed 20 people at a mosque in Kabul", "in a market in Baghdad": the site's own "in" phrase.
    heads += [
        obj
        for head in list(heads)
        for prep in head.children
        if prep.dep_ == "prep" and (prep.lower_ in _SITE_PREPS or prep.lower_ in _PLACE_PREPS)
        for obj in pobjs(prep)
        if obj.ent_type_ not in PLACE_ENTITIES
    ]
    places = [obj for head in heads for prep in head.children if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS
              for obj in pobjs(prep)]
    # "a mall in Kenya's capital", "fighting in Syria's north": a part of a named place is in that place.
    parts = cues().get("place_parts", frozenset())
    places += [
        owner
        for place in places
        if place.ent_type_ not in PLACE_ENTITIES and place.lemma_.lower() in parts
        for owner in place.children
        if owner.dep_ == "poss"
    ]
    return [place for place in places if place.ent_type_ in PLACE_ENTITIES]


def _misread_agent_objects(children: list[Token]) -> list[Token]:
    """The object the parser folded into a "by" phrase of an active verb: in "Lund got by courier cash
    from X" it read "by courier cash", so "cash" is what was received."""
    if not any(child.dep_ == "nsubj" for child in children):
        return []
    if any(child.dep_ in ("nsubjpass", "auxpass", "dobj") for child in children):
        return []
    phrases = [child for child in children if child.dep_ in ("agent", "prep") and child.lower_ == "by"]
    return [obj for phrase in phrases for obj in pobjs(phrase)]


def _of_preps(noun: Token) -> list[int]:
    return [child.i for child in noun.children if child.dep_ == "prep" and child.lower_ == "of"]


def verb_trigger(token: Token) -> Trigger | None:
    if token.pos_ != "VERB" and not _stance_adjective(token):
        return None
    patterns = verb_patterns().get(token.lemma_.lower()) or _done_again(token)
    if not patterns:
        return None
    children = list(token.children)
    object_tokens = [child for child in children if child.dep_ in _OBJECT_DEPS] or _misread_agent_objects(children)
    # "allowed UN peacekeepers to deploy": the complement's subject is what is allowed, ordered or sent.
    object_tokens += [sub for child in children if child.dep_ in ("xcomp", "ccomp") for sub in own_subjects(child)]
    # "found the journalists guilty": the predicate adjective says what the verb does to them; so does a bare
    # predicate noun ("took twelve foreigners hostage").
    object_tokens += [
        child
        for child in children
        if child.dep_ in ("xcomp", "ccomp", "oprd", "acomp")
        and (child.pos_ == "ADJ" or (child.pos_ == "NOUN" and child.dep_ != "ccomp" and not any(child.children)))
    ]
    # "said no to the plan": the answer given is what is said, whether the parser hangs it on the verb or on the
    # "to" phrase it answers.
    object_tokens += [
        answer
        for child in children
        for answer in (child, *(child.children if child.dep_ == "prep" and child.lower_ == "to" else ()))
        if answer.dep_ == "intj" and answer.lower_ in _ANSWER_WORDS
    ]
    # "took 40 foreigners hostage at the plant": after a counted object the parser may hang the bare noun as an
    # adverbial clause, with the place phrase on it.
    object_tokens += [
        child
        for child in children
        if child.dep_ == "advcl" and child.pos_ == "NOUN" and all(grand.dep_ == "prep" for grand in child.children)
    ]
    # "trained thousands of soldiers": a counted object also names what its "of" phrase names.
    # "received Foreign Minister Shimon Peres", "sent peacekeeping troops": a named object's title counts too.
    titles = [child for token in object_tokens for child in token.children if child.dep_ in ("compound", "amod")]
    # "cut $300 million in military aid": a sum names what it is a sum of in its "in" phrase.
    sums_of = [obj for token in object_tokens if token.ent_type_ == "MONEY" for obj in prep_objects(token, ("in",))]
    # "imposed a 14th package of sanctions", "launched a wave of arrests": a group names what it groups.
    measures = cues().get("measure_nouns", frozenset())
    grouped = [obj for token in object_tokens if token.lemma_.lower() in measures for obj in prep_objects(token, ("of",))]
    objects = frozenset(
        token.lemma_.lower() for token in (*object_tokens, *parties(object_tokens), *titles, *sums_of, *grouped)
    )
    if token.dep_ == "acl" and token.tag_ == "VBN":
        # "an employment bill signed by the minister", "the curfew imposed on X": the noun is its object.
        objects |= {token.head.lemma_.lower()}
    gap = relative_object(token)
    if gap is not None:
        # "an agreement Clinton had struck": the noun the relative clause hangs on is what was struck.
        objects |= {gap.lemma_.lower()}
    preps = frozenset(
        child.lower_
        for child in children
        if (
            child.dep_ in _PREP_DEPS
            or (child.dep_ == "advmod" and child.lower_ in _PARTICLES)
            or (child.dep_ in _RESULT_DEPS and child.lower_ in _RESULT_ADJECTIVES)
        )
        and not dates_only(child)
    ) | _particle_read_as_quantity(token)
    # "took to the streets": an idiom's preposition counts together with its object ("to street"), also
    # one level down ("pulled out of the deal": "of deal"); so does a passive's agent ("blown up by a missile":
    # "by missile"). A particle the parser gives an object of its own ("turned in their weapons") is such a
    # phrase too.
    phrases = [
        child for child in children if child.dep_ in ("prep", "agent") or (child.dep_ == "prt" and pobjs(child))
    ]
    phrases += [grandchild for child in phrases for grandchild in child.children if grandchild.dep_ == "prep"]
    # "walked away from the deal": the parser hangs the phrase on the particle it completes.
    phrases += [
        grandchild
        for child in children
        if child.dep_ == "advmod" and child.lower_ in _PARTICLES
        for grandchild in child.children
        if grandchild.dep_ == "prep"
    ]
    preps |= {f"{prep.lower_} {obj.lemma_.lower()}" for prep in phrases for obj in pobjs(prep)}
    complements = [child for child in children if child.dep_ in ("xcomp", "ccomp")]
    has_xcomp = bool(complements)
    # verbs.tsv 'verb=': the complement's verb ("ordered the diplomats to leave" is an expulsion).
    complement = complements[0].lemma_.lower() if complements else None
    # The parser often hangs the "to" phrase on the object ("exported rifles to Libya"): whom the thing goes to
    # all the same.
    direct_objects = [child for child in children if child.dep_ == "dobj"]
    recipient = names_recipient(children) or names_recipient(
        grandchild for obj in direct_objects for grandchild in obj.children
    )
    # verbs.tsv 'mod=': a word fused onto the verb names its kind ("test-fired a missile": test, fired).
    modifiers = frozenset(child.lemma_.lower() for child in children if child.dep_ in _VERB_MODIFIER_DEPS)
    pattern = match(
        patterns, objects=objects, preps=preps, verb=complement, has_xcomp=has_xcomp, recipient=recipient,
        modifiers=modifiers,
    )
    if "for" not in preps and any(for_clause(child) for child in children):
        # "called for the prime minister to step down" asks for what the clause says, as "called for talks" does;
        # the clause's "for" is no destination ("the runner is leaving for Japan to join a new team").
        asking = match(
            patterns, objects=objects, preps=preps | {"for"}, verb=complement, has_xcomp=has_xcomp,
            recipient=recipient, modifiers=modifiers,
        )
        if asking is not None and asking.cameo[:2] in _ASKING_ROOTS:
            pattern = asking
    if pattern is None or not pattern.is_event:
        return None
    if pattern.has("transitive") and not (object_tokens or has_xcomp):
        return None  # "returned to Cuba", "profits declined": nothing given back or turned down
    if pattern.has("done") and _aimed_at(token):
        return None  # "rebels fighting to topple the government", "plotted to overthrow him": an aim, no coup
    if no_event_use(token, pattern, children):
        return None  # "declined to comment", "asked whether", "agree this was a crime"
    trigger = Trigger(
        token=token,
        pattern=pattern,
        start=token.idx,
        end=token.idx + len(token.text),
        # "agreed to acquire Hunter's businesses", "offered to buy back notes": a deal is an event only
        # with a party on the other side ("agreed to sell oil to China").
        needs_target=pattern.has("dyad") or (pattern.has("wrap") and trades(children)),
    )
    _verb_roles(trigger, children)
    if _acts_on_itself(children):
        # "Pakistan armed itself with Chinese missiles", "said Iraq had attacked themselves": the subject is what
        # it acts on, and an actor does nothing to itself; no other party is acted upon.
        trigger.targets, trigger.loose_targets, trigger.fallback_targets = [], [], []
        trigger.needs_target = True
    return trigger


def _aimed_at(token: Token) -> bool:
    """Whether the verb is an infinitive or a complement of another ("to overthrow", "help him oust"): what
    someone aims at, tries or plans, not what is done."""
    return token.dep_ == "xcomp" or infinitive(token)


def _acts_on_itself(children: list[Token]) -> bool:
    """Whether the verb's direct object is a reflexive pronoun (``cues.txt`` reflexive_pronouns)."""
    reflexive = cues().get("reflexive_pronouns", frozenset())
    return any(child.dep_ == "dobj" and child.lower_ in reflexive for child in children)


def _particle_read_as_quantity(token: Token) -> frozenset[str]:
    """The verb's particle that the parser took for a modifier of the number after it ("handed over 20 captured
    soldiers": "over" read as "more than"); right after the verb and before a number, it completes the verb."""
    if token.i + 2 >= len(token.doc):
        return frozenset()
    word, number = token.nbor(1), token.nbor(2)
    if word.dep_ == "quantmod" and word.lower_ in _QUANTITY_PARTICLES and number.like_num:
        return frozenset({word.lower_})
    return frozenset()


def _stance_adjective(token: Token) -> bool:
    """An adjective of stance predicated of its subject by a linking verb, which acts as a verb does ("Beijing is
    critical of the sale", "Hungary remains opposed to the quotas"; cues stance_adjectives, linking_verbs).
    Only listed ones: a verb's lemma that is also an adjective ("the border is open") is no act."""
    words = cues()
    return (
        token.pos_ == "ADJ"
        and token.dep_ == "acomp"
        and token.lemma_.lower() in words.get("stance_adjectives", frozenset())
        and token.head.lemma_.lower() in words.get("linking_verbs", frozenset())
    )


def _done_again(token: Token) -> tuple[Pattern, ...]:
    """The patterns of the verb a hyphenated "re-" repeats ("re-established ties", "re-deployed troops"): doing
    it again is the same act. Only with the hyphen: "react" or "resign" are no repeats of "act" or "sign"."""
    lemma = token.lemma_.lower()
    if not token.lower_.startswith(_AGAIN_PREFIX):
        return ()
    return verb_patterns().get(lemma.removeprefix("re").lstrip("-"), ())


def _verb_roles(trigger: Trigger, children: list[Token]) -> None:
    token = trigger.token
    has_agent = any(child.dep_ == "agent" for child in children)
    passive_marks = any(child.dep_ in ("nsubjpass", "auxpass") for child in children) or shared_passive(token)
    reduced = not passive_marks and reduced_passive(token, children, trigger.pattern.cameo)
    if has_agent and not passive_marks and not reduced and any(child.dep_ == "nsubj" for child in children):
        # "has received by wire funds from X": an active perfect with a "by" phrase.
        has_agent = False
    passive = has_agent or passive_marks or reduced
    if (
        passive
        and not has_agent
        and not reduced
        and trigger.pattern.preps & {child.lower_ for child in children}
        and token.lemma_.lower() in cues().get("state_participles", frozenset())
    ):
        # "Chile is opposed to Peruvian arbitration": a state of the subject. "Lund was charged with
        # fraud", "were rounded up", "was handed over to" stay passives: someone did it to them.
        passive = False
    if passive:
        passive_roles(trigger, children, reduced=reduced)
        return
    subject_tokens = (
        subjects(token)
        or _verbless_subject(token, trigger.pattern)
        or holder_subjects(token)
        or _protesting_people(token, trigger.pattern)
    )
    # "party bylaws oblige members to vote", "online ads targeting Clinton": a thing the party made does not act.
    things = cues().get("thing_subjects", frozenset())
    subject_tokens = [subject for subject in subject_tokens if subject.lemma_.lower() not in things]
    if trigger.pattern.has("rev"):
        objects = [child for child in children if child.dep_ == "dobj"] or _misread_agent_objects(children)
        trigger.sources = [
            obj
            for node in (token, *objects)
            for child in node.children
            if child.lower_ == "from" and child.dep_ == "prep"
            for obj in pobjs(child)
        ]
        trigger.targets = subject_tokens
        return
    trigger.sources = authors_for(subject_tokens)
    cameo = trigger.pattern.cameo
    trigger.unattributed = (
        attack_nouns(cameo, subject_tokens)
        or unclaimed_attempt(cameo, token, subject_tokens)
        or crowds(cameo, subject_tokens)
    )
    trigger.targets = verb_targets(token, trigger.pattern)
    trigger.loose_targets = verb_targets(token, trigger.pattern, tier=1)
    warned = warned_attack(token, cameo)
    if warned is not None and warned.authored:
        # "Britain warned of a Russian attack on Ukraine": another's attack foreseen, no threat of the speaker's.
        trigger.needs_target = True
        trigger.targets = trigger.loose_targets = []
        return
    if warned is not None and warned.aimed_at:
        # "North Korea warned of a nuclear strike against South Korea": it threatens whom the strike is aimed at.
        trigger.targets = warned.aimed_at
    if trigger.pattern.has("crowd"):
        # "thronged the square near the embassy in Cairo": the place filled is no party; a protest is aimed
        # at whom it is against, or at the office it gathers near ("gathered outside the Israeli embassy").
        trigger.targets = prep_objects(token, ("against", "outside", "near", "at"))
        trigger.loose_targets = []
    # Fallbacks, tried only when the first choice names no actor (see ``fallback_targets``):
    # "demanded that the US match ..." targets the complement's subject; "refused to
    # commit to any assistance to the US" the complement's own objects.
    complements = [child for child in children if child.dep_ in ("xcomp", "ccomp") or for_clause(child)]
    trigger.fallback_targets = [sub for child in complements for sub in own_subjects(child)]
    if not own_wish(trigger.pattern):
        trigger.fallback_targets += [
            obj
            for child in complements
            if child.dep_ == "xcomp" and not _helps_against(trigger.pattern, child)
            for obj in verb_targets(child, None)
        ]
    trigger.fallback_targets += protest_aims(token, trigger.pattern)
    # "The bombing of the US embassy killed 200 people": what the attack was aimed at.
    trigger.fallback_targets += [
        obj for noun in trigger.unattributed for obj in prep_objects(noun, ("of", "on", "against", "at"))
    ]
    if not trigger.targets and not trigger.loose_targets:
        # "donated and delivered goods to X": coordinated verbs share the object and its recipient.
        trigger.fallback_targets += [
            obj
            for child in children
            if child.dep_ == "conj" and child.pos_ == "VERB" and not own_subjects(child)
            for obj in verb_targets(child, None)
        ]


def _helps_against(pattern: Pattern, clause: Token) -> bool:
    """Whether help is given against the complement's objects ("to help ward off a rival's bid", "helped
    defeat the rebels"): they are the adversary, not the one helped (cues resisting_verbs); "help rebuild
    Iraq" still aids Iraq."""
    return pattern.cameo[:2] == _AID_ROOT and clause.lemma_.lower() in cues().get("resisting_verbs", frozenset())


def protest_aims(token: Token, pattern: Pattern) -> list[Token]:
    """What a protest is against when a purpose phrase says it: "marched in protest against the government's
    plan", "blocked roads in protest at X's decision", "rallied to protest X's raid". Only protests (CAMEO 14)."""
    if pattern.cameo[:2] != _PROTEST_ROOT:
        return []
    aims = [
        obj
        for noun in prep_objects(token, ("in",))
        if noun.lemma_.lower() in _PROTEST_NOUNS
        for obj in prep_objects(noun, _PROTEST_AIM_PREPS)
    ]
    aims += [
        obj
        for clause in token.children
        if clause.dep_ in ("advcl", "xcomp") and clause.lemma_.lower() in _PROTEST_NOUNS
        for obj in clause.children
        if obj.dep_ == "dobj"
    ]
    return aims


def _protesting_people(token: Token, pattern: Pattern) -> list[Token]:
    """The people a protest participle describes ("pictures of striking nurses protesting in Oslo", "students
    protesting against the war"): they protest. Only protests (CAMEO 14): "a resolution condemning X" is no author."""
    if token.dep_ == "acl" and token.tag_ == "VBG" and pattern.cameo[:2] == "14":
        return [token.head]
    return []


def _verbless_subject(token: Token, pattern: Pattern) -> list[Token]:
    """The subject of a main verb misparsed as a participle of the sentence's noun root.

    "A state-run Egyptian radio station called Monday on farmers to ...", "Doctors from
    two aid groups donated and delivered goods to ...": a sentence without a verb
    root whose participle takes an object or its pattern's preposition is active,
    and the root noun acts; "Three soldiers killed in a bombing" stays passive.
    """
    root = token.sent.root
    # A headline's infinitive is one too: "Obama to visit Cuba next month", also when the parser makes it an
    # adverbial or relative clause of the name ("Merkel to visit Moscow").
    bare_infinitive = token.tag_ == "VB" and infinitive(token)
    headline = bare_infinitive and token.dep_ in ("advcl", "relcl") and headline_subject(token) is not None
    misparsed = token.dep_ == "acl" or headline
    if not misparsed or not (token.tag_ in ("VBN", "VBD") or bare_infinitive) or root.pos_ not in ("NOUN", "PROPN"):
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


def verb_targets(token: Token, pattern: Pattern | None, *, tier: int = 0) -> list[Token]:
    """Target tokens of a verb: tier 0 objects and close prepositions, tier 1 looser ones."""
    children = list(token.children)
    targets: list[Token] = []
    if tier == 0:
        # "gave the province 2.4 million euros": the indirect object is the one given to.
        targets = [child for child in children if child.dep_ == "dative" and child.pos_ != "ADP"]
        objects = [child for child in children if child.dep_ == "dobj"]
        if not objects:
            # "Macron called Zelensky after the attack": the parser can read a lone object as a predicate.
            objects = [child for child in children if child.dep_ == "oprd"][:1]
        if not objects and _folded_into_its_object(token):
            objects = [token.head]
        # "pledged three billion euros in military aid for Ukraine": a sum given or promised goes to whom it is for.
        giving = pattern is not None and pattern.cameo[:2] in _GIVING_ROOTS
        targets += objects + _recipients(objects, ("to", "for") if giving else ("to",))
        if not targets and pattern is not None and pattern.has("obj2"):
            targets = [sub for child in children if child.dep_ in ("xcomp", "ccomp") for sub in own_subjects(child)]
        # A pattern's own prepositions name its target ("arrived in Amman", "departs from Libya").
        allowed = CLOSE_PREPS | (pattern.preps if pattern is not None else frozenset())
        if pattern is not None and pattern.cameo[:2] in _COOPERATIVE_ROOTS and "against" not in pattern.preps:
            allowed = allowed - {"against"}  # "pledged to cooperate against al-Shabaab": the common foe, no partner
        if pattern is not None and pattern.cameo[:2] in _SPOKEN_ROOTS and "into" not in pattern.preps:
            allowed = allowed - {"into"}
        if pattern is not None and pattern.cameo[:2] == FORCE_POSTURE_ROOT and "to" not in pattern.preps:
            # "sent troops to Saudi Arabia", "deployed jets to Poland": where forces go, often at the host's call, is
            # no one they face; "into", "against", "near the border with" name a foe.
            allowed = allowed - {"to"}
        if pattern is not None and pattern.cameo[:2] == _AID_ROOT and objects and "with" not in pattern.preps:
            allowed = allowed - {"with"}  # "supplied Syria with Iranian drones": what is given, not another party
        targets += _phrase_counterparts(children, pattern)
    else:
        allowed = TARGET_PREPS - CLOSE_PREPS - (pattern.preps if pattern is not None else frozenset())
        if _people_object(children):
            allowed = allowed - _SITE_PREPS  # "detained 20 people outside parliament": where, not whom
    preps = [
        child
        for child in children
        if child.dep_ in ("prep", "dative") and child.lower_ in allowed and not _at_the_behest(child)
    ]
    if tier and any(prep.lower_ not in _CAUSE_PREPS and pobjs(prep) for prep in preps):
        # "sanctions on 25 officials over a crackdown on protesters": the cause is nobody acted upon
        # when someone else is named.
        preps = [prep for prep in preps if prep.lower_ not in _CAUSE_PREPS]
    targets.extend(obj for prep in preps for obj in pobjs(prep))
    if tier and pattern is not None and pattern.cameo[:2] == FORCE_POSTURE_ROOT:
        targets += _posted_near(children)
    return parties(targets)


def _folded_into_its_object(verb: Token) -> bool:
    """A finite verb with its own subject that the parser made a modifier of its object ("Iran armed Houthi
    rebels": "armed" read as an adjective of "rebels")."""
    return (
        verb.dep_ == "amod"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.head.i > verb.i
        and any(child.dep_ == "nsubj" for child in verb.children)
    )


def _posted_near(children: list[Token]) -> list[Token]:
    """Where forces are posted, told on the verb or on its object ("massed along the Ukrainian border", "deployed
    warships near Taiwan")."""
    heads = [child for child in children if child.dep_ == "dobj"]
    preps = [child for child in children if child.dep_ == "prep" and child.lower_ == "along"]
    preps += [child for head in heads for child in head.children if child.dep_ == "prep"]
    # "sent troops to the border with Ukraine": where they go is no foe, but what it borders is.
    goals = [
        obj for child in children if child.dep_ in ("prep", "dative") and child.lower_ == "to" for obj in pobjs(child)
    ]
    # "ordered troops to the Colombian border": a border (cues destination_places) names whose it is.
    borders = [goal for goal in goals if goal.lemma_.lower() in cues().get("destination_places", frozenset())]
    bordered = [child for goal in goals for child in goal.children if child.dep_ == "prep" and child.lower_ == "with"]
    return [obj for prep in preps if prep.lower_ in _POSTING_PREPS for obj in pobjs(prep)] + borders + [
        obj for prep in bordered for obj in pobjs(prep)
    ]


def _at_the_behest(prep: Token) -> bool:
    """"at the junta's request", "at the invitation of Kenya": who asked for the act, not whom it is done to
    (cues behest_nouns)."""
    behests = cues().get("behest_nouns", frozenset())
    return prep.lower_ == "at" and any(obj.lemma_.lower() in behests for obj in pobjs(prep))


def _people_object(children: list[Token]) -> bool:
    """Whether the verb's object is people (``cues.txt`` people_objects), though nobody the actors code."""
    people = cues().get("people_objects", frozenset())
    return any(child.dep_ == "dobj" and child.lemma_.lower() in people for child in children)


def _phrase_counterparts(children: list[Token], pattern: Pattern | None) -> list[Token]:
    """The counterpart the parser hung on a pattern's own prepositional phrase: in "spoke by
    telephone with Merkel" (pattern 'by telephone') "with Merkel" attaches to "telephone"."""
    if pattern is None:
        return []
    phrase_preps = {phrase.split()[0] for phrase in pattern.preps if " " in phrase}
    return [
        counterpart
        for prep in children
        if prep.dep_ == "prep" and prep.lower_ in phrase_preps
        for obj in pobjs(prep)
        for inner in obj.children
        if inner.dep_ == "prep" and inner.lower_ in CLOSE_PREPS
        for counterpart in pobjs(inner)
    ]


def dates_only(prep: Token) -> bool:
    """A preposition that only dates the act ("called on Tuesday"), never a pattern's own ("called on Iran")."""
    objects = pobjs(prep)
    return bool(objects) and all(obj.ent_type_ in ("DATE", "TIME") for obj in objects)


def _recipients(tokens: list[Token], preps: tuple[str, ...] = ("to",)) -> list[Token]:
    """Whom a sum given goes to, told inside its phrase ("pledged 50 million euros in aid to Ukraine")."""
    money = cues().get("money_nouns", frozenset())
    return [
        obj
        for token in tokens
        if token.ent_type_ == "MONEY" or token.lemma_.lower() in money
        for prep in token.subtree
        if prep.dep_ == "prep" and prep.lower_ in preps
        for obj in pobjs(prep)
    ]
