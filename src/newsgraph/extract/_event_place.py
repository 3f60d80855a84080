"""Whether the sentence's place is where this event happened, or where another event it speaks of did.

The places extractor gives each sentence one location ("talks in Astana"). A
statement about an event elsewhere is not made there: in "Kenya condemned
the attacks in Nairobi" Nairobi is where the attacks were, not the
condemnation; in "invited the US to attend the talks in Astana" the
invitation was not issued in Astana. Taking part in the event named is
different: whoever attends "the talks in Astana" is in Astana, and so is one who
speaks "at a rally in Hartford".
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract._event_lexicon import noun_patterns

# Relations of the trigger's own complements: what it speaks of, not who acts.
_COMPLEMENT_DEPS = frozenset({"dobj", "prep", "pobj", "xcomp", "ccomp", "attr", "dative", "oprd", "acomp"})
# Meeting and consulting (CAMEO 04) happen where the meeting they name does.
_PRESENT_AT_ROOTS = frozenset({"04"})
_MAX_CLIMB = 8
# An event noun after these on the trigger itself is the occasion the trigger happened at.
_OCCASION_PREPOSITIONS = frozenset({"at", "during", "in", "amid"})


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
