"""Stances on a policy: backing, rejecting or calling for a measure is no act towards a party.

Campaign news is full of positions on measures: a candidate "backs a biofuel
mandate", "called for stricter regulation", "rejects the term", "calls for
scrapping the estate tax", "supports two ballot measures". CAMEO codes
support, appeals and rejections between parties; aimed at a policy and at
nobody named, they are a position, not an event (``cues.txt``
policy_nouns). Decided on the dyad, after the parties are found: a stance
that names a party ("backed Obama", "rejected Iran's offer") still codes. So
does a promise of reforms of the political order ("the king promised reforms":
an intent to reform, 034), but not of a policy's ("promised tax reform").

A restriction proposed, planned or vowed on a kind of people ("proposed barring
foreign Muslims from entering", "vowed to block Syrian refugees", "a proposal to bar
suspects from buying guns") is a policy too: the people it would restrict are no
party it acts on. A country's own ("Israel plans to bar Palestinian workers") and a
restriction done ("the judge blocked the law") still code.

A measure's own name is no party either: a stance whose only target is an uncoded
name of a law or work ("opposed the Affordable Care Act", "supports the Common
Core"; cues.txt measure_names) or of what a measure is on ("supported Medicare cuts") is a position. So is a
stance told in a relative clause on the measure it qualifies ("the trade deal she
lobbied for", "the tax, which Moreland supported").
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from newsgraph.extract._event_lexicon import cues
from newsgraph.extract._event_syntax import pobjs
from newsgraph.records import CodedSpan

# Appeals, intents, demands, support, criticism and rejection: the roots a position is coded with.
_STANCE_ROOTS = frozenset({"02", "03", "05", "10", "11", "12"})
# What a stance is taken on: the verb's object, what is called or asked for, or what a noun of
# stance is of ("support for the mandate", "opposition to the bill").
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# "at" and "with" carry what an idiom of stance is on: "takes aim at a provision", "takes issue with the tax".
_STANCE_PREPS = frozenset({"for", "of", "to", "behind", "by", "at", "with"})
# Acts done to a measure, not positions on it: signing a plan binds its parties ("the two presidents
# signed the plan"), a judge blocking a bill stops it.
_ACTS_ON_MEASURES = frozenset({"sign", "block"})
# Prepositions of what a change noun changes ("an end to", "the repeal of", "a cap on").
_CHANGED_PREPS = frozenset({"to", "of", "on"})
# Express intent to institute political reform: the CAMEO code of a promise of reforms.
_REFORM_INTENT = "034"
# Prepositions that name whom a stance on a measure is aimed at ("blamed the law on Democrats").
_AIMING_PREPS = frozenset({"on", "against"})
# Entity types of names of measures and works, never of a party ("the Affordable Care Act", "the Common Core").
_MEASURE_ENTITIES = frozenset({"LAW", "WORK_OF_ART"})
# How a name qualifies the measure noun it names the subject of ("Medicare cuts", "Medicare and Social Security cuts").
_NAME_MODIFIER_DEPS = frozenset({"compound", "nmod"})
# Relative words that stand for the noun a relative clause qualifies ("the tax which he supports").
_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def policy_stance(code: str, word: Token, target: CodedSpan | None) -> bool:
    """Whether the trigger ``word`` (coded ``code``) takes a stance on a measure and no party: its
    object, or what it calls for, is a policy noun ("back a biofuel mandate", "called for
    stricter regulation", "calls for scrapping the estate tax", "would not rule out a sales tax"),
    or it is a restriction on a kind of people that someone proposes ("vowed to ban refugees")."""
    return _stance_on_measure(code, word, target) or _proposed_restriction(word, target)


def _stance_on_measure(code: str, word: Token, target: CodedSpan | None) -> bool:
    """A stance whose object is a policy noun ("called for an end to cotton subsidies"), aimed at no party or
    only at the kind of people the measure is about ("calling for a shutdown of Muslims entering")."""
    if code[:2] not in _STANCE_ROOTS or word.lemma_.lower() in _ACTS_ON_MEASURES:
        return False
    if any(_aims(child) for child in word.children):
        return False
    policies = [obj for obj in _objects(word) if _a_policy(obj)]
    if code.startswith(_REFORM_INTENT) and policies and not any(_a_policys_reform(obj) for obj in policies):
        return False  # "the king promised reforms": an intent to reform the political order, no policy stance
    if target is None:
        return bool(policies)
    span = word.doc.char_span(target.start, target.end, alignment_mode="expand")
    if span is not None and target.code is None and _a_measures_name(span.root, policies):
        return True
    if not policies:
        return False
    return span is not None and _people(span.root) and any(
        policy.left_edge.i <= span.root.i <= policy.right_edge.i for policy in policies
    )


def _a_measures_name(name: Token, policies: list[Token]) -> bool:
    """An uncoded name that is a measure's own ("the Affordable Care Act") or names what a measure the stance is
    on is about ("Medicare cuts"): no party the stance is aimed at."""
    if _a_named_measure(name):
        return True
    while name.dep_ == "conj":  # "Medicare and Social Security cuts"
        name = name.head
    return name.dep_ in _NAME_MODIFIER_DEPS and name.head in policies


def _aims(child: Token) -> bool:
    """A preposition that names whom the stance is aimed at ("on Democrats"), not when ("on Monday") nor
    what measure it is on ("his attacks on the nomination process")."""
    if child.dep_ != "prep" or child.lower_ not in _AIMING_PREPS:
        return False
    objects = [obj for obj in child.children if obj.dep_ == "pobj"]
    # Quote marks may leave the parse without an object ('blamed the law on "reckless lawmakers"').
    return not objects or any(obj.ent_type_ not in ("DATE", "TIME") and not _a_policy(obj) for obj in objects)


def _objects(word: Token) -> list[Token]:
    """What the trigger acts on: its objects, the objects of its stance prepositions (and of "on" and
    "against": "attacks on the nomination process") and, through an
    infinitive or gerund ("would not rule out a sales tax", "calls for scrapping the tax"), theirs."""
    found: list[Token] = []
    for child in word.children:
        if child.dep_ in _OBJECT_DEPS:
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in _STANCE_PREPS | _AIMING_PREPS:
            for obj in child.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    found.append(obj)
                    if obj.pos_ == "VERB":
                        found.extend(c for c in obj.children if c.dep_ in _OBJECT_DEPS)
        elif child.dep_ == "xcomp" and child.pos_ == "VERB":
            found.extend(c for c in child.children if c.dep_ in _OBJECT_DEPS)
    if _qualifies_its_object(word):
        found.append(word.head)
    # What a change is made to ("an end to cotton subsidies", "the reinstatement of a ban", "doubling the caps").
    changes = cues().get("change_nouns", frozenset())
    for obj in list(found):
        if obj.lemma_.lower() in changes:
            preps = [prep for prep in obj.children if prep.dep_ == "prep" and prep.lower_ in _CHANGED_PREPS]
            found.extend(changed for prep in preps for changed in pobjs(prep))
    return found


def _qualifies_its_object(word: Token) -> bool:
    """A relative clause whose own subject takes the stance on the noun it qualifies: "the deal that she lobbied for",
    "the tax, which Moreland supported"; not "senators who back the bill", whose noun is the subject."""
    if word.dep_ != "relcl":
        return False
    subjects = [child for child in word.children if child.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(subject.tag_ in _RELATIVE_TAGS for subject in subjects):
        return False
    return not any(child.dep_ in _OBJECT_DEPS and child.tag_ not in _RELATIVE_TAGS for child in word.children)


def _a_policy(obj: Token) -> bool:
    """A policy noun that names no party ("the mandate", "a tax"; not "Obama's mandate": its owner is
    what a stance on it is aimed at, and the parse then names the owner as the target), or a measure's name
    ("the Farm Bill")."""
    if _a_named_measure(obj):
        return True
    if obj.pos_ not in ("NOUN",) or obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    nouns = cues().get("policy_nouns", frozenset())
    # The small model lemmatises some plurals wrongly ("taxes" -> "taxis"): the word less its plural ending too.
    word = obj.lower_
    singulars = {word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word}
    return obj.lemma_.lower() in nouns or (obj.tag_ == "NNS" and bool(singulars & nouns))


def _a_named_measure(name: Token) -> bool:
    """The head of a law's or work's name: "the Affordable Care Act", "the Farm Bill" (cues.txt measure_names),
    "the Common Core" (a work, to the parse); not "Bill Clinton"."""
    if name.ent_type_ in _MEASURE_ENTITIES:
        return True
    return (
        name.pos_ == "PROPN"
        and name.ent_type_ not in ("PERSON", "NORP", "GPE")
        and name.lemma_.lower() in cues().get("measure_names", frozenset())
        and any(child.dep_ in _NAME_MODIFIER_DEPS for child in name.children)
    )


def _a_policys_reform(obj: Token) -> bool:
    """A reform of a policy ("tax reform", "economic reforms"; cues.txt policy_domains), or a measure that is no
    reform: a promise of one is a stance on it."""
    if obj.lemma_.lower() not in ("reform", "democratization", "democratisation"):
        return True
    domains = cues().get("policy_domains", frozenset())
    return any(
        child.dep_ == "compound" or (child.dep_ == "amod" and child.lemma_.lower() in domains)
        for child in obj.children
    )


def _proposed_restriction(word: Token, target: CodedSpan | None) -> bool:
    """A ban, bar or block (cues restriction_verbs) on a kind of people ("Muslims", "Syrian refugees", "the
    refugees' arrival"), proposed, planned, vowed or foreseen (cues intent_heads, hypothetical_heads, or
    would, could, should, can: not "will", which an army's threat to block protesters takes) by anyone but a country
    named as such."""
    words = cues()
    if word.lemma_.lower() not in words.get("restriction_verbs", frozenset()) or not _proposed(word, words):
        return False
    if any(subject.ent_type_ == "GPE" for subject in _subjects_up(word)):
        return False
    if target is not None:
        span = word.doc.char_span(target.start, target.end, alignment_mode="expand")
        return span is not None and _people(_whose_movement(span.root, words))
    # Nobody coded: the words must say it is people ("ban immigrants", not "block the things he opposed").
    people = words.get("restricted_people", frozenset())
    restricted = [child for child in word.children if child.dep_ in _OBJECT_DEPS]
    on = [child for child in word.children if child.dep_ == "prep" and child.lower_ == "on"]
    restricted += [obj for child in on for obj in pobjs(child)]
    return any(
        _people(noun) and (noun.ent_type_ == "NORP" or noun.lemma_.lower() in people)
        for noun in (_whose_movement(noun, words) for noun in restricted)
    )


# How far up a proposal may govern the restriction: "proposed barring", "a plan to temporarily ban",
# "tried to have the county block them", "her call for a ban on".
_PROPOSAL_DEPS = frozenset({"xcomp", "ccomp", "acl", "pcomp", "pobj", "prep", "advcl", "dobj"})
_PROPOSAL_AUX = frozenset({"would", "could", "should", "might", "can", "ca"})


def _proposed(word: Token, words: Mapping[str, frozenset[str]]) -> bool:
    heads = words.get("intent_heads", frozenset()) | words.get("hypothetical_heads", frozenset())
    node = word
    for _ in range(4):
        if any(child.dep_ == "aux" and child.lower_ in _PROPOSAL_AUX for child in node.children):
            return True
        if node.dep_ not in _PROPOSAL_DEPS or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in heads:
            return True
    return False


def _subjects_up(word: Token) -> list[Token]:
    """The subjects of the restriction and of the clauses above it ("Israel plans to bar ...")."""
    found: list[Token] = []
    node = word
    for _ in range(4):
        found += [child for child in node.children if child.dep_ in ("nsubj", "nsubjpass")]
        if node.head.i == node.i:
            break
        node = node.head
    return found


def _whose_movement(noun: Token, words: Mapping[str, frozenset[str]]) -> Token:
    """The people a noun of movement is of ("the migrants' arrival", "the resettlement of any migrant")."""
    if noun.lemma_.lower() not in words.get("movement_nouns", frozenset()):
        return noun
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in pobjs(child):
                return obj
    return noun


def _people(noun: Token) -> bool:
    """A kind of people: a plural noun ("refugees", "Muslims", "terrorists") or one any member of it
    ("any Syrian refugee"), no named state, firm or person."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ in ("GPE", "ORG", "PERSON", "FAC", "LOC"):
        return False
    if noun.tag_ in ("NNS", "NNPS"):
        return True
    return any(child.dep_ == "det" and child.lower_ in ("any", "every", "all") for child in noun.children)
