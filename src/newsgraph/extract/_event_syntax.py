"""Parse helpers the event coder shares: subjects, inherited subjects, preposition objects, parties.

Pure functions over spaCy tokens; no lexicon, no records.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Token

# How a verb inherits its subject from the clause above ("is about to restore").
_CLIMB_DEPS = frozenset({"xcomp", "acomp", "conj"})
# Verbs whose object speaks for their subject ("issued a declaration demanding ...").
_AUTHORING_VERBS = frozenset(
    {"issue", "release", "publish", "adopt", "pass", "approve", "sign", "send", "deliver", "make", "draft",
     "circulate", "put", "present", "submit", "table", "announce", "unveil", "produce", "write", "lodge", "file"}
)
# Finite verb tags, and entity types of a name that can be a subject.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_NAME_ENTITIES = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# Entity types of an adjective that names an actor ("Israeli shelling"), unlike "the first such attack".
_ACTOR_ENTITIES = frozenset({"NORP", "GPE", "ORG"})
# Entity types that are never a party to an event ("resigned on Sunday"), and those of a place.
_NOT_PARTIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Prepositions that say where something is ("embassies in Kenya", "the bombing at the embassy").
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside"})

# Adverbs that make a "with" phrase a companion acting alongside the subject ("France, along with Germany,
# condemned", "Italy together with Spain rejected").
_COMPANION_ADVERBS = frozenset({"along", "together"})
# Prepositions whose gerund is something the clause's subject did then ("after meeting", "before leaving").
_TIME_PREPOSITIONS = frozenset({"after", "before", "since", "upon", "while", "when"})
# Verbs whose object does not do what their infinitive says: "promised Iran to withdraw" (the promiser
# will), "used the territory of Azerbaijan to bomb Iran", "spent $1 million to help him" (a purpose).
_SUBJECT_CONTROL = frozenset(
    {"promise", "vow", "pledge", "swear", "use", "spend", "invest", "take", "need", "have", "pay", "raise", "join"}
)

def climb(token: Token) -> Iterator[Token]:
    """The clauses ``token`` inherits its subject from ("is about to restore" -> about, is)."""
    node = token
    for _ in range(4):
        if _adjective_complement(node):
            # "is committed to supplying arms": the gerund inherits through the adjective.
            node = node.head.head
        elif (node.dep_ not in _CLIMB_DEPS and not _misparsed_progressive(node)) or node.head.i == node.i:
            return
        else:
            node = node.head
        yield node


def infinitive(verb: Token) -> bool:
    """Whether ``verb`` has its own "to" ("to attend")."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def _misparsed_progressive(token: Token) -> bool:
    """A gerund parsed as the attribute of "be" ("Qatar is mediating between ..."): a progressive verb."""
    return token.dep_ == "attr" and token.tag_ == "VBG" and token.head.lemma_ == "be"


def _misparsed_gerund_subject(gerund: Token) -> bool:
    """A gerund the parser made a clause of the verb after it, though it is the subject of its own finite verb
    ("Shelling hit Kharkiv overnight, officials said": the shelling hit; the officials only report it)."""
    return any(child.dep_ == "dep" and child.tag_ in _FINITE_TAGS and child.i > gerund.i for child in gerund.children)


def _adjective_complement(token: Token) -> bool:
    """A gerund after an adjective's preposition ("committed to supplying", "intent on destroying")."""
    return token.dep_ == "pcomp" and token.head.dep_ == "prep" and token.head.head.pos_ == "ADJ"


def subjects(token: Token) -> list[Token]:
    """The subject of ``token``, inherited through xcomp/acomp/conj chains when it has none.

    A participle modifying an object inherits the clause's subject ("released a
    statement urging that ...": the releaser urges).
    """
    node = token
    below: Token | None = None
    # "ordered the troops to leave and suspended all agreements": a finite verb the parser joined to the
    # infinitive is the ordering subject's second act, not more of what the object is to do.
    finite_conjunct = token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ") and infinitive(token.head)
    for node in (token, *climb(token)):
        if (
            below is not None and below.dep_ == "xcomp" and node.lemma_.lower() not in _SUBJECT_CONTROL
            and not finite_conjunct
        ):
            # "Athens expected Turkey to withdraw": the object of the verb above does it, not Athens.
            found = [child for child in node.children if child.dep_ == "dobj" and child.i < below.i]
            if found and infinitive(below):
                return found
        below = node
        found = [antecedent(child, node) for child in node.children if child.dep_ in ("nsubj", "nsubjpass")]
        if found:
            return found + _companions(node, found)
        found = _misparsed_subjects(node)
        if found:
            return found
    purpose = infinitive(node)
    if node.dep_ in ("acl", "relcl") and purpose:
        # "Russia's decision to expel 23 diplomats": the noun's possessor acts.
        owners = [child for child in node.head.children if child.dep_ == "poss"]
        if owners:
            return owners
    if (
        node.dep_ in ("acl", "relcl")
        and node.head.dep_ == "dobj"
        and node.head.head.pos_ in ("VERB", "AUX")
        and node.head.head.lemma_.lower() in _AUTHORING_VERBS
    ):
        # "issued a declaration demanding ...": the issuer demands; not "vetoed a resolution condemning X".
        return subjects(node.head.head)
    if node.dep_ in ("acl", "relcl") and purpose and node.head.dep_ == "pobj":
        # "were converging for a rally to protest X": the noun's clause holds the protesters.
        governor = node.head.head.head
        if governor.pos_ in ("VERB", "AUX"):
            return subjects(governor)
    if node.dep_ == "pcomp" and node.tag_ == "VBG" and node.head.lower_ in _TIME_PREPOSITIONS:
        # "told reporters after meeting his Greek counterpart": the teller met him.
        governor = node.head.head
        if governor.pos_ in ("VERB", "AUX") and not any(child.dep_ == "nsubjpass" for child in governor.children):
            return subjects(governor)
    if node.dep_ == "advcl" and (node.tag_ == "VBG" or purpose):
        # "staged rallies ..., saying he must resign", "shunned work to protest";
        # never the victims of a passive head.
        if any(child.dep_ == "nsubjpass" for child in node.head.children):
            return []
        if _misparsed_gerund_subject(node):
            return []
        # "is ready to ship parts to help repair X": the head's own subject may be inherited.
        return subjects(node.head)
    if _misparsed_reduced_relative(node):
        return subjects(node.head)
    return []


def _misparsed_reduced_relative(verb: Token) -> bool:
    """"Jihadists linked to al Qaeda attacked a base": the parser made the participle describing the
    subject the sentence's verb and the finite verb right after its phrase a subjectless clause of it;
    the subject does the finite verb's act."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or head.dep_ != "ROOT" or head.tag_ not in ("VBN", "VBD"):
        return False
    if any(child.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass") for child in verb.children):
        return False
    phrase = [child for child in head.rights if child.dep_ in ("prep", "agent") and child.i < verb.i]
    has_subject = any(child.dep_ == "nsubj" for child in head.lefts)
    return has_subject and bool(phrase) and phrase[-1].right_edge.i + 1 == verb.left_edge.i


def actor_modifiers(noun: Token, sites: Collection[str] = frozenset()) -> list[Token]:
    """Adjective and compound modifiers that may name the actor of an event noun ("Israeli shelling").

    ``sites``: lemmas of the places an attack hits, whose own modifier names the victim ("the U.S.
    embassy bombing"), not the attacker.
    """
    found = []
    for child in noun.children:
        if child.dep_ not in ("amod", "compound"):
            continue
        if child.pos_ == "PROPN" or (child.pos_ == "ADJ" and child.ent_type_ in _ACTOR_ENTITIES):
            found.append(child)
        elif child.pos_ == "NOUN" and child.dep_ == "compound" and child.lemma_.lower() not in sites:
            # "Israeli tank shelling", "US drone strikes": the actor modifies the weapon.
            found.extend(actor_modifiers(child, sites))
        elif child.lower_ == "led" and child.dep_ == "amod":
            # "Saudi-led airstrikes", "U.S.-led strikes": the leader's; "Russian-backed" names a patron, no author.
            found.extend(leader for leader in child.lefts if leader.pos_ in ("PROPN", "ADJ") and leader.dep_ != "punct")
    return found


def governing_subject(pronoun: Token) -> Token | None:
    """The noun subject of a clause above ``pronoun`` ("Militants said they ..." -> Militants)."""
    for ancestor in list(pronoun.ancestors)[1:4]:
        for child in ancestor.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i != pronoun.i and child.pos_ != "PRON":
                return child
    return None


def _misparsed_subjects(verb: Token) -> list[Token]:
    """A name before a finite verb that the parser took for an adverbial ("Turkey massed troops"): its subject."""
    if verb.tag_ not in _FINITE_TAGS:
        return []
    return [
        child
        for child in verb.lefts
        if child.dep_ == "npadvmod" and child.pos_ == "PROPN" and child.ent_type_ in _NAME_ENTITIES
    ]


def content_noun(token: Token) -> Token | None:
    """The noun whose content clause ``token`` is: "willingness to cooperate", "intention of apologizing"."""
    if token.dep_ == "acl" and infinitive(token):
        return token.head
    preposition = token.head
    if token.dep_ == "pcomp" and token.tag_ == "VBG" and preposition.lower_ in ("of", "to", "on"):
        noun = preposition.head
        return noun if noun.pos_ == "NOUN" else None
    return None


def antecedent(subject: Token, clause: Token) -> Token:
    """The noun a relative pronoun stands for ("Turkey, which accused Syria" -> Turkey), else ``subject``."""
    if clause.dep_ == "relcl" and subject.tag_ in ("WDT", "WP") and clause.head.pos_ in ("NOUN", "PROPN"):
        if subject.tag_ == "WDT" and clause.head.ent_type_ in PLACE_ENTITIES:
            # "the bombings at US embassies in Kenya, which killed 250": the parser hangs the clause on
            # the place; "which" stands for what the place phrase locates.
            return _located(clause.head)
        return clause.head
    return subject


def _located(place: Token) -> Token:
    """The noun a chain of place phrases locates ("bombings" for "bombings at embassies in Kenya")."""
    node = place
    while node.dep_ == "pobj" and node.head.lower_ in _LOCATIVE_PREPS and node.head.head.pos_ == "NOUN":
        node = node.head.head
    return node


def own_subjects(token: Token) -> list[Token]:
    """The subjects ``token`` itself governs, inherited ones aside."""
    return [child for child in token.children if child.dep_ in ("nsubj", "nsubjpass")]


def content_clauses(noun: Token, support: Token | None) -> list[Token]:
    """The clauses that spell out what a noun of asking or hoping says ("its demand that Israel ease
    restrictions"); the parser may hang the "that" clause on the noun's support verb ("reiterated its demand
    that ...", "expressed hopes on Thursday that ...")."""
    clauses = [child for child in noun.children if child.dep_ in ("acl", "ccomp")]
    if support is not None and noun.dep_ == "dobj":
        clauses += [
            child
            for child in support.children
            if child.dep_ == "ccomp" and any(mark.dep_ == "mark" and mark.lower_ == "that" for mark in child.children)
        ]
    return clauses


def for_clause(token: Token) -> bool:
    """Whether ``token`` heads a "for ... to" clause ("called for the prime minister to step down"): the parser
    hangs it on the verb as a clause with "for" as its mark, where "called for talks" has a "for" phrase."""
    return (
        token.dep_ in ("advcl", "ccomp", "xcomp")
        and any(child.dep_ == "mark" and child.lower_ == "for" for child in token.children)
        and infinitive(token)
    )


def _companions(verb: Token, subjects_found: list[Token]) -> list[Token]:
    """Parties a "along with" or "together with" phrase adds to the subjects ("France, along with Germany, condemned
    ...", "Italy together with Spain rejected ..."), on a subject or on the verb before it: after the verb the
    phrase may add to the object ("condemned Germany along with Italy")."""
    found = []
    for head in (verb, *subjects_found):
        for prep in head.children:
            if prep.dep_ != "prep" or (head is verb and prep.i > verb.i):
                continue
            if prep.lower_ in _COMPANION_ADVERBS:
                found += [obj for child in prep.children if child.lower_ == "with" for obj in pobjs(child)]
            elif prep.lower_ == "with" and any(child.lower_ in _COMPANION_ADVERBS for child in prep.children):
                found += pobjs(prep)
    return found


def pobjs(prep: Token) -> list[Token]:
    """The objects of a preposition."""
    return [child for child in prep.children if child.dep_ == "pobj"]


def prep_objects(token: Token, prepositions: Collection[str] | None = None) -> list[Token]:
    """The objects of ``token``'s prepositions: all of them, or those of ``prepositions`` ("from X", "by Y")."""
    return [
        obj
        for child in token.children
        if child.dep_ == "prep" and (prepositions is None or child.lower_ in prepositions)
        for obj in pobjs(child)
    ]


def parties(tokens: list[Token]) -> list[Token]:
    """Tokens that may name a party: "thousands of refugees" counts the refugees; dates never do."""
    found = []
    for token in tokens:
        if token.ent_type_ in _NOT_PARTIES:
            token = next(iter(prep_objects(token, ("of",))), token)
        if token.ent_type_ not in _NOT_PARTIES:
            found.append(token)
    return found


_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def relative_object(verb: Token) -> Token | None:
    """The noun a relative clause leaves its object gap to ("the deal [that] Clinton had struck": the deal
    is what was struck), or None when the relative clause has its own object or the noun is its subject
    ("the rebels who struck the town")."""
    if verb.dep_ != "relcl":
        return None
    children = list(verb.children)
    has_subject = any(child.dep_ == "nsubj" and child.tag_ not in _RELATIVE_TAGS for child in children)
    has_object = any(child.dep_ == "dobj" and child.tag_ not in _RELATIVE_TAGS for child in children)
    return verb.head if has_subject and not has_object else None


_HEADLINE_DEPS = frozenset({"ROOT", "acl", "advcl", "relcl"})
_NAME_ENTITIES = frozenset({"PERSON", "GPE", "ORG", "NORP"})


def headline_subject(verb: Token) -> Token | None:
    """The subject of a headline's bare infinitive ("Putin to meet Xi", "Prime Minister Modi to visit Washington"):
    the name that ends right before its "to", the infinitive's own subject or, when the parser hangs the infinitive on
    it, the root of a sentence with no other verb. None for any other infinitive ("riot police, deployed in Lagos, to
    break up a rally", "his aim was to press the king")."""
    to = next((child for child in verb.children if child.dep_ == "aux" and child.lower_ == "to"), None)
    if to is None or verb.tag_ != "VB" or verb.dep_ not in _HEADLINE_DEPS or to.i == verb.sent.start:
        return None
    subject = verb.doc[to.i - 1]
    if verb.dep_ == "ROOT":
        named = subject.dep_ == "nsubj" and subject.head.i == verb.i
    else:
        named = subject.i == verb.head.i == verb.sent.root.i
    # A name, not a common noun whose infinitive says what it is for ("her bill to curb drug prices").
    named = named and (subject.pos_ == "PROPN" or subject.ent_type_ in _NAME_ENTITIES)
    own = {token.i for token in verb.subtree}
    others = any(token.pos_ in ("VERB", "AUX") and token.i not in own for token in verb.sent)
    if not named or others or any(token.pos_ in ("VERB", "AUX") for token in subject.subtree if token.i not in own):
        return None
    return subject
