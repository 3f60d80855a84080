"""Noun triggers: an event named by a noun ("held talks with", "is in talks", "Iran's opposition to").

A noun codes an event when a support verb carries it ("voiced opposition"),
when it sits in an engagement phrase ("engaged in negotiations", "put under
investigation"), is the purpose of a trip ("arrived for talks"), the cause
of a death ("died of torture") or has a possessor ("Iran's opposition to").
Verb triggers and the argument helpers both kinds share are ``_event_roles``'.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from newsgraph.extract._event_authors import (
    authoring_participles,
    blamed_authors,
    claimed_authors,
    holder_subjects,
    participle_authors,
)
from newsgraph.extract._event_lexicon import Pattern, cues, match, noun_patterns, verb_patterns
from newsgraph.extract._event_roles import (
    CLOSE_PREPS,
    TARGET_PREPS,
    Trigger,
    dates_only,
    protest_aims,
    verb_targets,
    verb_trigger,
)
from newsgraph.extract._event_syntax import (
    actor_modifiers,
    content_clauses,
    own_subjects,
    parties,
    pobjs,
    prep_objects,
    subjects,
)
from newsgraph.extract._event_victims import custodians, death_cause_verb, undergone_roles

# CAMEO code of an accusation, whose "that" clause names the accused as its subject.
_ACCUSATION_CODE = "112"
# Prepositions of a noun that name whom it is with, for or against ("talks with", "pressure on").
_NOUN_TARGET_PREPS = frozenset({"with", "to", "against", "at", "on", "between", "toward", "towards", "over", "for"})
# Prepositions whose object can be an event noun of the verb above ("is in talks", "on alert").
_ENGAGEMENT_PREPS = frozenset({"in", "into", "on", "as", "under"})
# Prepositions of where something arrives ("arrived in Gaza", "landed at Aden", "came to the refugees").
_ARRIVAL_PREPS = frozenset({"in", "at", "into", "to"})
# CAMEO roots of coercion and violence, whose noun's "of" phrase is the one acted upon ("the arrest of X").
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# CAMEO roots of protests and violence, which happen with no author named ("the bombing of the embassy").
_UNSIGNED_ROOTS = frozenset({"14", "18", "19", "20"})
# Roots of acts done with a partner (consult, cooperate diplomatically or materially, aid).
_COOPERATION_ROOTS = frozenset({"04", "05", "06", "07"})
# Dependents of a noun that qualify the event it names ("hunger strike", "joint exercises", "car bombing").
_MODIFIER_DEPS = frozenset({"amod", "compound"})
# A possessor that is a common noun names a kind, as a modifier does ("the miners' strike": "a miners strike").
_POSSESSOR_DEP = "poss"
# How the parser hangs the first of coordinated names before a noun ("Thai and Cambodian soldiers": nmod).
_SIDE_MODIFIER_DEPS = _MODIFIER_DEPS | {"nmod"}
# Of those, the ones whose event the subject undergoes ("is under investigation", "remains under arrest").
_UNDERGONE_PREPS = frozenset({"under"})
# Dependencies of a noun its clause is about ("The Iraqi attack on Kuwait was condemned", "Talks between
# the government and the rebels collapsed"): with its parties named there, the noun reports the event.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Prepositions of a force noun that name the one it is done to ("the assassination of the prime minister",
# "a crackdown on the opposition"): with no author named, someone unknown did it.
_ACTED_ON_PREPS = ("of", "on", "against")
# Prepositions of a noun whose object the parser may give the noun's own "by" agent ("the arrest of X by
# police", "an attack on an army base by rebels").
_AGENT_HOSTS = ("of", "on", "against", "at")
# Prepositions of the noun's aim that the parser may hang on its "by" agent ("a visit by the Chinese
# president to Nepal", "an attack by rebels on the base").
_AIMED_AT_AGENT = frozenset({"to", "with", "against", "on", "at", "into"})
# Roots of acts one gives, offers or voices to another, whose noun's "from" phrase names the author ("aid
# from Japan", "threats from Pyongyang", "an appeal from Kyiv"), unlike a withdrawal or a deportation "from" a place.
_FROM_AUTHOR_ROOTS = frozenset({"02", "03", "04", "05", "07", "10", "11", "13", "14"})
# Entity types of an amount that counts an event noun: "$200 million in aid", "20 tonnes of food aid".
_AMOUNT_ENTITIES = frozenset({"MONEY", "QUANTITY"})


def _hyphenated_patterns(token: Token) -> tuple[Pattern, ...] | None:
    """The patterns of the hyphenated word ``token`` ends ("sit-in", "walk-out"), which the tokenizer
    splits into three tokens (the last often parsed as a preposition), else None. "sit-in" is listed
    hyphenated; "walk-out", "cease-fire", "pull-out" as one word."""
    if token.i < 2:
        return None
    hyphen, first = token.doc[token.i - 1], token.doc[token.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_:
        return None
    # The last part's lemma counts too: "staged sit-ins" ("ins" -> "in").
    for word in (f"{first.lower_}-{token.lower_}", f"{first.lower_}-{token.lemma_.lower()}"):
        patterns = noun_patterns().get(word) or noun_patterns().get(word.replace("-", ""))
        if patterns:
            return patterns
    return None


def _single_word_patterns(token: Token) -> tuple[Pattern, ...] | None:
    return noun_patterns().get(token.lemma_.lower()) or noun_patterns().get(token.lower_)


# Entity types of a name that stands for a party (unlike a date or a sum).
_PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def noun_trigger(token: Token, verb_heads: set[int]) -> Trigger | None:
    """The trigger of an event noun with its argument tokens, or None when ``token`` codes no event here.

    ``verb_heads``: token indices of the sentence's verb triggers ("condemned
    an attack": the verb is the event, not the noun).
    """
    whole_word = _hyphenated_patterns(token)
    if whole_word is None and token.pos_ not in ("NOUN", "PROPN"):
        return None
    patterns = whole_word or _single_word_patterns(token)
    if not patterns:
        return None
    words = cues()
    support: Token | None = None
    engaged = False
    suffered = False
    purpose = False
    # A hyphenated trigger spans the whole word.
    start = token.doc[token.i - 2].idx if whole_word else token.idx
    # "launched a mediation effort between": the compound's head stands in for the noun.
    compound = token.dep_ == "compound" and token.head.pos_ == "NOUN"
    if compound and token.head.lemma_.lower() in noun_patterns():
        return None  # "war games": the head noun is the event word
    if compound and token.head.lemma_.lower() in words.get("topic_heads", frozenset()):
        return None  # "makes rape analogies", "the bombing victims": the event word only names a topic
    if _of_another_event(token):
        return None  # "the lifting of the embargo", "the suspension of talks": the outer noun is the event
    node = token.head if compound else token
    if _means_of_passive_event(node, verb_heads):
        return None  # "was threatened with sanctions by Turkey": the "by" party threatens, it imposes nothing
    counted: Token | None = None
    if _measured(node):
        # "launched ten days of war games", "a series of attacks": the measure stands in for the noun.
        counted, node = node, node.head.head
    support_verbs = words.get("support_verbs", frozenset())
    if node.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and node.head.pos_ in ("VERB", "AUX"):
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
    elif (
        node.dep_ == "pobj"
        and node.head.lower_ == "for"
        and node.head.head.lemma_.lower() in words.get("travel_verbs", frozenset())
    ):
        # "returned to Geneva for talks", "arrived in Moscow for talks with X": the trip's purpose.
        support = node.head.head
        purpose = True
    elif (dying := death_cause_verb(node)) is not None:
        # "died as a result of beatings", "was killed in a drone strike": the one who died suffered it.
        support = dying
        suffered = True
    # "Iran's opposition to ...": a possessor makes the noun an event without a support verb,
    # but not through a compound ("Gondor's main opposition groups" are a group, not an act).
    possessor = None if compound else next((child for child in node.children if child.dep_ == "poss"), None)
    # "Kopp's arrest", "Laden's extradition": the possessor undergoes the act; nobody is named doing it.
    undergoer = possessor if possessor is not None and _undergone_by_possessor(node) else None
    if possessor is not None and _names_a_group(node):
        return None
    if undergoer is not None:
        possessor = None
    light = support_verbs | words.get("ongoing_verbs", frozenset())
    # "won the backing of the army", "exerted pressure on": a verb that a row of the noun names carries it,
    # though it is no support verb for every noun ('won the release of the hostages').
    light |= frozenset(verb for row in patterns for verb in row.verbs)
    if engaged:
        light = light | words.get("engagement_verbs", frozenset())
    # "Egypt hosted talks between Israel and Hamas": the talks are the two's, beside the host's act.
    between = (
        support is not None
        and support.lemma_.lower() in words.get("hosting_verbs", frozenset())
        and _between_named(node)
    )
    # "the killing of three soldiers by militants": a "by" agent names the act's author as a possessor does.
    by_agent = _by_agents(node)
    # "the withdrawal of Soviet troops", "the resignation of the prime minister": the "of" phrase of a
    # noun of one's own act names its author, as a possessor does ("the Soviet troops' withdrawal").
    of_agents = [] if possessor is not None or by_agent or undergoer is not None else _of_agents(node)
    # "Aid from the European Union reached Gaza", "Threats from Pyongyang against Tokyo grew": the "from" party of
    # a subject noun of giving or voicing names its author as a "by" agent does.
    named = possessor is not None or by_agent or of_agents or undergoer is not None or compound
    from_agents = [] if named else _from_agents(node, patterns)
    owned = possessor is not None or bool(by_agent) or bool(of_agents) or bool(from_agents)
    # A subject noun whose parties are named is the event its clause talks about; which parties
    # count depends on the pattern (checked once it is matched). Under an event verb ("The bombing
    # killed 200"), the verb codes it.
    subject = not owned and not compound and node.dep_ in _SUBJECT_DEPS
    # "Clashes between police and rioters left ten dead", "Fighting between the army and the rebels killed
    # 40": a mutual noun names both its sides in its "between" phrase, which the event verb it is the subject
    # of cannot take as its author; the noun is then the event (checked for 'mutual' once matched).
    between_sides = subject and node.head.i in verb_heads and bool(prep_objects(node, ("between",)))
    topic = subject and (node.head.i not in verb_heads or between_sides)
    # "Russia's annexation of Crimea was condemned", "The Iraqi attack on Kuwait was welcomed by nobody
    # named": a reaction nobody is named for codes nothing, so the act reacted to is the event.
    reacted = not compound and _unsigned_reaction(node)
    topic = topic or (reacted and not owned)
    # "after the Israeli air raid on Beirut": a named actor modifying the noun is its author, as a
    # possessor is ("Israel's air raid").
    authored = not owned and not compound and bool(_modifier_authors(node))
    if support is not None and support.lemma_.lower() not in light and not (suffered or purpose or between):
        if (support.i in verb_heads and not reacted) or not (owned or topic or authored):
            return None  # "condemned an attack": the verb itself is the event
        support = None
    if support is None and not (owned or topic or authored):
        return None
    phrases = [child for child in node.children if child.dep_ == "prep" and not dates_only(child)]
    # As for verbs, a preposition also counts with its object ("appeals to the anxieties of ...": "to anxiety").
    preps = frozenset(child.lower_ for child in phrases) | {
        f"{prep.lower_} {obj.lemma_.lower()}" for prep in phrases for obj in pobjs(prep)
    }
    verb = support.lemma_.lower() if support is not None else None
    if verb is None and (topic or (owned and not compound and node.dep_ in _SUBJECT_DEPS)):
        # "Talks between the two sides collapsed", "the senator's appeal was greatest among older voters":
        # what the clause says of the noun can name its kind.
        verb = node.head.lemma_.lower()
    modifiers = frozenset(
        child.lemma_.lower()
        for member in {token, node}
        for child in member.children
        if child.dep_ in _MODIFIER_DEPS or _kind_of_people_possessor(child)
    )
    # nouns.tsv 'xcomp': a clause with its own subject spells the noun out ("expressed hope that China would
    # release the crew"); "expressed hope to visit China" is the holder's own plan.
    spelled_out = any(own_subjects(clause) for clause in content_clauses(node, support))
    pattern = match(
        patterns, objects=frozenset(), preps=preps, verb=verb, has_xcomp=spelled_out, modifiers=modifiers
    )
    if pattern is None or not pattern.is_event:
        return None
    if (between or between_sides) and not (pattern.has("recip") or pattern.has("mutual")):
        return None  # "brokered a ceasefire between X and Y": the verb is the event
    authors: list[Token] = []
    if support is None and not owned:
        # A named party modifying a meeting or a truce takes part in it ("a Security Council meeting"),
        # not authors it.
        mutual = pattern.has("recip") or pattern.has("mutual")
        authors = [] if mutual else _modifier_authors(node)
        if not authors and not _subject_parties(node, pattern):
            return None
    trigger = Trigger(
        token=token,
        pattern=pattern,
        start=start,
        end=token.idx + len(token.text),
        support=support,
        purpose=purpose,
        between_others=between,
        # nouns.tsv 'dyad': a promise or a release is an event only with someone it is made to or acts on
        # ("made public promises to give to charity" is none), as verbs.tsv 'dyad' is for verbs.
        # A noun named only with its "from" author is an event only with the party it is aimed at: "threats from
        # Pyongyang against Tokyo", not "warnings from meteorologists came too late".
        needs_target=pattern.has("dyad") or (bool(from_agents) and not support),
    )
    if support is None and not owned:
        # "Allied air raids on the port could cause great damage": what may follow from it is said of an
        # act only contemplated.
        # "would answer a Syrian raid on Lebanon": the same for the clause the noun is part of.
        modal = words.get("modal_aux", frozenset())
        governor = next((head for head in node.ancestors if head.pos_ in ("VERB", "AUX")), None)
        trigger.hypothetical = governor is not None and any(
            child.dep_ == "aux" and child.lower_ in modal for child in governor.children
        )
    if possessor is not None:
        trigger.sources = [possessor]
    elif authors:
        trigger.sources = authors
    elif by_agent:
        trigger.sources = by_agent
    elif of_agents:
        trigger.sources = of_agents
    elif from_agents:
        trigger.sources = from_agents
    if support is not None and not trigger.sources and not between:
        # "Israeli air strikes", "the Russian invasion": tried first, if they name an actor.
        trigger.modifier_sources = actor_modifiers(node, words.get("attack_sites", frozenset()))
        if node.dep_ == "nsubjpass":
            trigger.sources = [obj for child in support.children if child.dep_ == "agent" for obj in pobjs(child)]
        elif suffered:
            trigger.targets = [subject for subject in subjects(support) if subject.i != node.i]
            trigger.sources = custodians(support)
        elif engaged and node.head.lower_ in _UNDERGONE_PREPS:
            # "was put under investigation in Italy", "remains under arrest": the subject undergoes it
            # (unlike "is engaged in negotiations").
            trigger.sources, trigger.targets = undergone_roles(node, support, trigger.pattern.cameo)
        elif support.lemma_.lower() in _receiving(words):
            # "received a phone call from X", "got an apology from X": X acts on the receiver; so does the
            # "of" party of what is won ("won the backing of the army").
            won = support.lemma_.lower() in words.get("winning_verbs", frozenset())
            trigger.sources = [obj for head in (node, support) for obj in prep_objects(head, ("from",))]
            trigger.sources += prep_objects(node, ("of",)) if won else []
            trigger.targets = [subject for subject in subjects(support) if subject.i != node.i]
        else:
            # "Iran expressed readiness to hold talks": who shows the readiness holds the talks.
            trigger.sources = [subject for subject in subjects(support) if subject.i != node.i] or holder_subjects(
                support
            )
    own = [(child.lower_, obj) for child in node.children if child.dep_ == "prep" for obj in pobjs(child)]
    if counted is not None:
        # "$200 million in new aid for Sudan": the counted noun's phrases are the event's own too.
        own += [(child.lower_, obj) for child in counted.children if child.dep_ == "prep" for obj in pobjs(child)]
    # "the lifting of sanctions against Iraq": the phrases of the event noun it acts on are its own.
    own += [
        (child.lower_, obj)
        for prep, inner in list(own)
        if prep == "of" and _of_another_event(inner)
        for child in inner.children
        if child.dep_ == "prep"
        for obj in pobjs(child)
    ]
    # "sanctions imposed by the US on Iran": the made-by participle's phrases are the noun's own.
    own += [
        (child.lower_, obj)
        for clause in authoring_participles(node)
        for child in clause.children
        if child.dep_ == "prep"
        for obj in pobjs(child)
    ]
    # "a visit by the Chinese president to Nepal": the parser hangs the noun's aim on its "by" agent.
    own += [
        (child.lower_, obj)
        for agent in by_agent
        if agent.head.head.i == node.i
        for child in agent.children
        if child.dep_ == "prep" and child.lower_ in _AIMED_AT_AGENT
        for obj in pobjs(child)
    ]
    # "in talks with Iranian officials on preparations for ...": "with" names the counterpart.
    # "launched a joint operation against traffickers": a cooperative act's "against" party is the one it is
    # aimed at, never a partner in it.
    cooperative = trigger.pattern.cameo[:2] in _COOPERATION_ROOTS
    own = [(prep, obj) for prep, obj in own if not (cooperative and prep == "against")]
    targets = [obj for prep, obj in own if prep in CLOSE_PREPS]
    if undergoer is not None:
        targets.append(undergoer)
    acted_on = node.lemma_.lower() in words.get("acted_on_nouns", frozenset())
    if owned or authors or acted_on or trigger.pattern.cameo[:2] in _FORCE_ROOTS:
        # "Russia's bombardment of Aleppo", "the arrest of X by police", "launched an invasion of Iraq":
        # with its author named, or as an act of force, the noun's "of" phrase is the one acted upon;
        # so it is of a release or an extradition ("ordered the release of 40 prisoners").
        targets += [obj for prep, obj in own if prep == "of" and obj not in of_agents]
    loose = [obj for prep, obj in own if prep in _NOUN_TARGET_PREPS and prep not in CLOSE_PREPS]
    if support is not None and engaged:
        # "held Tamil refugees as human shields": the support verb's object is acted upon.
        targets += [child for child in support.children if child.dep_ == "dobj"]
    if support is not None:
        targets += [
            obj
            for child in support.children
            if child.dep_ in ("prep", "dative") and child.lower_ in CLOSE_PREPS and child.i != node.head.i
            for obj in pobjs(child)
        ]
        # "Washington gave Baghdad an ultimatum", "sent Tehran a warning": the indirect object is whom it is for.
        targets += [child for child in support.children if child.dep_ == "dative" and child.pos_ != "ADP"]
        loose += [
            obj
            for child in support.children
            if child.dep_ == "prep" and child.lower_ in TARGET_PREPS - CLOSE_PREPS and child.i != node.head.i
            for obj in pobjs(child)
        ]
    if support is not None and support.lemma_.lower() in _receiving(words):
        targets, loose = [], []  # the receiver is the one acted upon, not "from" X
    if node.dep_ == "nsubj" and pattern.cameo[:2] in _FORCE_ROOTS and node.head.lemma_.lower() in words.get(
        "striking_verbs", frozenset()
    ):
        # "Israeli strikes hit the port", "Russian shelling pounded Kharkiv": what the attack hit is its target.
        targets += [child for child in node.head.children if child.dep_ == "dobj"]
    if from_agents and node.dep_ == "nsubj" and node.head.lemma_.lower() in words.get("arrival_verbs", frozenset()):
        # "Aid from Japan arrived in Gaza", "Arms from Iran reached the Houthis": the gift goes where it arrives.
        targets += _reached(node.head)
    trigger.targets = parties(targets) or trigger.targets
    sides = _paired_sides(node) if pattern.has("recip") or pattern.has("mutual") else []
    if len(sides) > 1 and not trigger.sources:
        # "Israeli-Syrian peace talks resumed", "Indian-Pakistani talks broke down": the two sides talk.
        trigger.modifier_sources = []
        trigger.targets = sides
    trigger.loose_targets = parties(loose)
    # "signed an accord to supply Gondor with wheat": the accord's clause names the other party.
    clauses = [child for child in node.children if child.dep_ in ("acl", "relcl")]
    if support is not None:
        clauses += [child for child in support.children if child.dep_ in ("advcl", "xcomp") and child.tag_ == "VB"]
    trigger.fallback_targets = [
        obj for clause in clauses for obj in (_accused(clause, pattern) or _content_targets(clause))
    ]
    # "continued a sit-in in protest of Moscow's refusal": the noun's or its support verb's purpose phrase.
    trigger.fallback_targets += [
        obj for head in (node, support) if head is not None for obj in protest_aims(head, pattern)
    ]
    # A relative clause ("the attack, which killed five") is an event of its own; the rest spell out the noun.
    trigger.content = [clause.i for clause in clauses if clause.dep_ != "relcl"]
    unsigned = _UNSIGNED_ROOTS | (_FORCE_ROOTS if support is None and not owned else frozenset())
    if (
        not trigger.sources
        and trigger.pattern.cameo[:2] in unsigned
        and not (trigger.pattern.has("recip") or trigger.pattern.has("mutual"))
    ):
        # "The bombing of the US embassy killed 200", "violent protests against the government continued":
        # an attack or protest nobody is named for has an unknown author (used when no actor modifies it).
        trigger.unattributed = [node]
    return trigger


def _accused(clause: Token, pattern: Pattern) -> list[Token]:
    """The one an accusation's "that" clause says did it ("Kenya's allegations that Uganda had armed the rebels"):
    the clause's subject, not its object."""
    if pattern.cameo[:3] != _ACCUSATION_CODE or not any(
        child.dep_ == "mark" and child.lower_ == "that" for child in clause.children
    ):
        return []
    return [child for child in clause.children if child.dep_ in _SUBJECT_DEPS]


def _content_targets(clause: Token) -> list[Token]:
    """Who the clause spelling out a noun names as the other party. A clause of an event verb names it
    through its objects ("an accord to supply Gondor with wheat", "a plan to restore ties with Gondor");
    a clause of any other verb only by naming it outright ("his promise to rebuild Libya"), not through
    the thing it makes ("a pledge to put up a fence between Canada and the United States" is made to
    neither)."""
    found = verb_targets(clause, None)
    if verb_trigger(clause) is not None:
        return found
    return [token for token in found if token.ent_type_ or token.pos_ in ("PROPN", "PRON")]


# CAMEO roots and codes of reactions to an act: praise, criticism and accusation, rejection.
_REACTION_CODES = ("051", "11", "12")


def _unsigned_reaction(noun: Token) -> bool:
    """Whether ``noun`` is the passive subject of a verb of reaction with no agent ("was condemned",
    "was rejected"; not "was condemned by Iran", which codes the condemnation)."""
    verb = noun.head
    if noun.dep_ != "nsubjpass" or verb.pos_ != "VERB" or any(child.dep_ == "agent" for child in verb.children):
        return False
    return any(pattern.cameo.startswith(_REACTION_CODES) for pattern in verb_patterns().get(verb.lemma_.lower(), ()))


def _of_another_event(noun: Token) -> bool:
    """Whether ``noun`` is the "of" object of an event noun that acts on it (nouns.tsv flag ``acts_on``:
    "the lifting of the embargo", "the suspension of talks"), which is the event instead."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return False
    return any(pattern.has("acts_on") for pattern in noun_patterns().get(prep.head.lemma_.lower(), ()))


def _modifier_authors(noun: Token) -> list[Token]:
    """Named actors modifying an event noun, its authors ("The Iraqi attack on Kuwait", "a NATO air
    strike"), as a possessor would be; not a site hit ("the embassy bombing")."""
    sites = cues().get("attack_sites", frozenset())
    return [modifier for modifier in actor_modifiers(noun, sites) if modifier.ent_type_ in _PARTY_ENTITIES]


def _subject_parties(noun: Token, pattern: Pattern) -> bool:
    """Whether a subject event noun with no author names its parties: two or more "between" ones for
    a mutual act ("Talks between the government and the rebels collapsed"), or the one an act of force
    is done to ("The assassination of the prime minister plunged the country into crisis")."""
    if pattern.has("recip") or pattern.has("mutual"):
        # "The signing of the accord between Israel and Jordan": the sides of the event noun it acts on.
        if len(_paired_sides(noun)) > 1:
            return True
        heads = [noun, *(inner for inner in prep_objects(noun, ("of",)) if _of_another_event(inner))]
        sides = [side for head in heads for obj in prep_objects(head, ("between",)) for side in (obj, *obj.conjuncts)]
        # "Clashes between Indian and Pakistani troops": one noun whose coordinated modifiers name both sides.
        return len(parties(sides)) > 1 or any(len(_coordinated_sides(side)) > 1 for side in sides)
    if pattern.cameo[:2] not in _FORCE_ROOTS:
        return False
    return any(_names_a_party(obj) or obj.pos_ == "NOUN" for obj in prep_objects(noun, _ACTED_ON_PREPS))


def _paired_sides(noun: Token) -> list[Token]:
    """Two named sides joined by a hyphen before a noun ("Israeli-Syrian peace talks", "Indian-Pakistani
    talks"), else an empty list."""
    heads = [noun, *(child for child in noun.children if child.dep_ == "compound" and child.pos_ == "NOUN")]
    for head in heads:
        for second in head.children:
            if second.dep_ not in _MODIFIER_DEPS or not _side(second):
                continue
            for first in second.children:
                hyphen = noun.doc[first.i + 1]
                if first.i == second.i - 2 and hyphen.text == "-" and _side(first):
                    return [first, second]
    return []


def _coordinated_sides(noun: Token) -> list[Token]:
    """Named sides coordinated before one noun ("Indian and Pakistani troops", "Hutu and Tutsi militias"), each
    a group of its own (the actor layer gives one per side), else an empty list."""
    for modifier in noun.children:
        if modifier.dep_ in _SIDE_MODIFIER_DEPS and modifier.i < noun.i and _side(modifier):
            conjuncts = [other for other in modifier.conjuncts if other.i < noun.i and _side(other)]
            if conjuncts:
                return [modifier, *conjuncts]
    return []


def _side(token: Token) -> bool:
    return token.ent_type_ in _PARTY_ENTITIES or (token.is_title and token.pos_ in ("ADJ", "PROPN"))


def _names_a_group(noun: Token) -> bool:
    """Whether a possessed event noun is the group it also names: the subject of its clause with no
    complement but a time ("Turkey's opposition on Monday boycotted the vote"), per ``cues.txt`` group_nouns."""
    return (
        noun.lemma_.lower() in cues().get("group_nouns", frozenset())
        and noun.dep_ in _SUBJECT_DEPS
        and not any(child.dep_ == "prep" and not dates_only(child) for child in noun.children)
    )


def _undergone_by_possessor(noun: Token) -> bool:
    """Whether the noun names an act done to its possessor ("Kopp's arrest", "Mandela's release"):
    ``cues.txt`` undergone_nouns, without an "of" phrase that names the one it is done to ("the
    police's arrest of X")."""
    return noun.lemma_.lower() in cues().get("undergone_nouns", frozenset()) and not prep_objects(noun, ("of",))


def _by_agents(noun: Token) -> list[Token]:
    """The noun's "by" agents, also when the parser hung them on its "of" object ("the arrest of X by police"),
    on the object it is aimed at ("an attack on an army base by rebels") or on a participle of making ("a deal
    reached by X")."""
    heads = [noun, *prep_objects(noun, _AGENT_HOSTS)]
    # "a deal reached by Sudan and South Sudan": the agent of a participle of making.
    found = [agent for head in heads for agent in prep_objects(head, ("by",))]
    found = found or participle_authors(noun)
    # "The massacre was blamed on militias": whom the act is laid on made it; "Hamas claimed responsibility for
    # the attack": so did whoever claims it.
    return found or blamed_authors(noun) or claimed_authors(noun)


def _receiving(words: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """Support verbs whose subject is given the act by another party ("received", "won")."""
    return words.get("receiving_verbs", frozenset()) | words.get("winning_verbs", frozenset())


def _of_agents(noun: Token) -> list[Token]:
    """The "of" objects of a noun whose "of" phrase names who acts (cues ``self_acting_nouns``), when they name
    a party ("of Soviet troops", "of the United States"); "the withdrawal of Acme's takeover defence" withdraws a thing."""
    if noun.lemma_.lower() not in cues().get("self_acting_nouns", frozenset()):
        return []
    return [obj for obj in prep_objects(noun, ("of",)) if _names_a_party(obj)]


def _means_of_passive_event(noun: Token, verb_heads: set[int]) -> bool:
    """Whether the noun is the "with" object of a passive event verb ("was threatened with sanctions by X",
    "was charged with murder"): what the verb's act holds out or lays, whose "by" agent the parser often hangs on
    the noun; the verb is the event."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return False
    verb = noun.head.head
    return verb.i in verb_heads and any(child.dep_ == "nsubjpass" for child in verb.children)


def _from_agents(noun: Token, patterns: tuple[Pattern, ...]) -> list[Token]:
    """The "from" objects that name a party of a subject noun whose every sense is given or voiced by its
    author (_FROM_AUTHOR_ROOTS: "aid from", "threats from", "criticism from"); the "from" of a withdrawal or an
    expulsion names the place left."""
    if noun.dep_ != "nsubj" or not all(row.cameo[:2] in _FROM_AUTHOR_ROOTS for row in patterns if row.is_event):
        return []
    return [obj for obj in prep_objects(noun, ("from",)) if _names_a_party(obj)]


def _reached(verb: Token) -> list[Token]:
    """Where a verb of arriving arrives: its object ("reached Gaza") or its place phrase ("arrived in Gaza")."""
    return [child for child in verb.children if child.dep_ == "dobj"] + prep_objects(verb, _ARRIVAL_PREPS)


def _names_a_party(token: Token) -> bool:
    """Whether a noun is a named party or is qualified by one ("Soviet troops", "UN peacekeepers")."""
    if token.ent_type_ in _PARTY_ENTITIES:
        return True
    return any(child.dep_ in ("amod", "compound") and child.ent_type_ in _PARTY_ENTITIES for child in token.children)


def _between_named(noun: Token) -> bool:
    """Whether an object noun has its own "between" phrase ("hosted talks between Israel and Hamas")."""
    return noun.dep_ == "dobj" and any(child.dep_ == "prep" and child.lower_ == "between" for child in noun.children)


def _measured(noun: Token) -> bool:
    """Whether ``noun`` is counted by a measure noun that is a verb's object ("ten days of war games"), or
    by an amount of money or goods ("$200 million in new aid", "20 tonnes of food aid")."""
    measure = noun.head.head
    if noun.dep_ != "pobj" or measure.dep_ not in ("dobj", "nsubjpass", "attr"):
        return False
    if noun.head.lower_ in ("of", "in") and measure.ent_type_ in _AMOUNT_ENTITIES:
        return not noun.ent_type_  # not "paid $35,000 in March": a month names when, not what
    return (
        noun.head.lower_ == "of"
        and measure.pos_ == "NOUN"
        and measure.lemma_.lower() in cues().get("measure_nouns", frozenset())
    )


def _kind_of_people_possessor(child: Token) -> bool:
    """A possessor that is a common noun, not a name or pronoun: "the sanitation workers' strike" is a workers'
    strike (nouns.tsv mod=), as "a teachers strike" is."""
    return child.dep_ == _POSSESSOR_DEP and child.pos_ == "NOUN"
