"""Whether the sentence's place is where this event happened, or where another event it speaks of did.

The places extractor gives each sentence one location ("talks in Astana"). A
statement about an event elsewhere is not made there: in "Kenya condemned
the attacks in Nairobi" Nairobi is where the attacks were, not the
condemnation; in "invited the US to attend the talks in Astana" the
invitation was not issued in Astana. Taking part in the event named is
different: whoever attends "the talks in Astana" is in Astana, and so is one who
speaks "at a rally in Hartford".

A place also belongs to its own clause. In "Israel bombed Gaza and shelled
towns in Lebanon" Lebanon is where the shelling was, not the bombing; in
"Lavrov told journalists in Moscow that Russia had invited Iran" Moscow is
where Lavrov spoke, not where the invitation was made.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract._event_lexicon import cues, noun_patterns

# Relations of the trigger's own complements: what it speaks of, not who acts.
_COMPLEMENT_DEPS = frozenset({"dobj", "prep", "pobj", "xcomp", "ccomp", "attr", "dative", "oprd", "acomp"})
# Meeting and consulting (CAMEO 04) happen where the meeting they name does.
_PRESENT_AT_ROOTS = frozenset({"04"})
_MAX_CLIMB = 8
# An event noun after these on the trigger itself is the occasion the trigger happened at.
_OCCASION_PREPOSITIONS = frozenset({"at", "during", "in", "amid"})
# Verbs that head a clause of their own, with its own event and its own place. Adverbial and
# relative clauses are left out: "killed when a bomb exploded in Kabul" and "clashed with
# demonstrators who gathered in Lagos" happened where those clauses say.
_OWN_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "conj", "parataxis"})


def place_of_another_clause(place: Token, trigger: Token) -> bool:
    """True when ``place`` stands in a clause of its own that ``trigger`` is not part of, or in a
    clause that reports ``trigger``'s event ("said in Moscow that Russia had invited Iran")."""
    if place.sent != trigger.sent:
        return False
    owner = _owning_clause(place)
    chain = [trigger, *trigger.ancestors]
    if owner not in chain:
        return True  # "bombed Gaza and shelled towns in Lebanon": the place is the shelling's
    if any(word.dep_ == "nsubj" and word.head == owner for word in [place, *place.ancestors]):
        return False  # "Police in Kabul said a bomb killed 12": local officials report local events
    if _where_a_trip_ends(place, owner) and _clause_of_its_own(trigger, owner):
        # "agents traveled to Cuba ... before the INS rejected the application": the trip ends in Cuba,
        # the rejection is the INS's own act, wherever it was.
        return True
    if _sets_the_scene(place, owner):
        return False  # "In Virginia, party leaders say Trump's visits ...": the whole sentence is there
    reporting = cues().get("reporting_verbs", frozenset())
    between = chain[: chain.index(owner) + 1]
    return any(
        word.dep_ in _OWN_CLAUSE_DEPS - {"conj"} and word.head.lemma_.lower() in reporting
        for word in between
        if word != owner
    )


def _sets_the_scene(place: Token, owner: Token) -> bool:
    """A bare "In <place>," put before the clause's subject: the setting of all the sentence tells."""
    preposition = place.head
    if place.dep_ != "pobj" or preposition.lower_ != "in" or preposition.head != owner:
        return False
    return all(preposition.i < word.i for word in owner.children if word.dep_ in ("nsubj", "nsubjpass"))


def _where_a_trip_ends(place: Token, owner: Token) -> bool:
    """The place is the "to" object of the clause's own verb ("traveled to Cuba")."""
    return place.dep_ == "pobj" and place.head.lower_ == "to" and place.head.head == owner and owner.pos_ == "VERB"


def _clause_of_its_own(trigger: Token, owner: Token) -> bool:
    """The trigger stands in an adverbial or relative clause under ``owner`` that has a subject of its own
    ("before the INS rejected", "the bombings that targeted"), not in the traveller's purpose ("to meet")."""
    for word in [trigger, *trigger.ancestors]:
        if word == owner:
            return False
        if word.dep_ in ("advcl", "relcl") and any(child.dep_ in ("nsubj", "nsubjpass") for child in word.children):
            return True
    return False


def _owning_clause(place: Token) -> Token:
    """The verb whose clause ``place`` stands in: the nearest one heading a clause of its own, else the root."""
    for word in place.ancestors:
        if word.pos_ in ("VERB", "AUX") and word.dep_ in _OWN_CLAUSE_DEPS:
            return word
        if word.dep_ == "ROOT":
            return word
    return place


def place_of_another_event(place: Token, trigger: Token, cameo: str) -> bool:
    """True when ``place`` hangs on an event noun inside ``trigger``'s complement, so that it says where
    that other event happened and not where the trigger's did."""
    path: list[Token] = []
    token = place
    for _ in range(_MAX_CLIMB):
        head = token.head
        if head is token:
            return False  # the place does not hang below the trigger: the sentence's default stands
        if head == trigger:
            break
        path.append(head)
        token = head
    else:
        return False
    if not path or token.dep_ not in _COMPLEMENT_DEPS:
        return False  # "in Moscow" on the trigger itself, or on its subject ("a bombing in Kabul killed")
    events = [word for word in path if word.pos_ in ("NOUN", "PROPN") and word.lemma_.lower() in noun_patterns()]
    if not events:
        return False  # "told journalists in Moscow": a party, not an event, carries the place
    occasion = events[-1]  # the event noun nearest the trigger
    if occasion.dep_ == "pobj" and occasion.head.lower_ in _OCCASION_PREPOSITIONS and occasion.head.head == trigger:
        return False  # "criticized her at a rally in Hartford": the trigger happened at that event
    verbs_between = [word for word in path if word.pos_ in ("VERB", "AUX")]
    if cameo[:2] in _PRESENT_AT_ROOTS and not verbs_between:
        return False  # "attended the talks in Astana": present where they were held
    return True
