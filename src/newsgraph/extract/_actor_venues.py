"""Where talks are held: a country named only as the venue of a meeting places nobody in it.

"Rebels met government envoys in Oslo", "held talks in Nairobi", "talks opened
in Geneva": the venue of talks is often a third country's, and says nothing of
whose the group meeting there is (``_actor_context`` asks before placing a role
by its sentence's one country). A gathering of one group ("Rebels met in
Kampala to plan attacks") or a clash ("Protesters met police in Istanbul") is
no talks: there the place is theirs. A country named only where words were said
("told reporters in Jakarta") places nobody the quotation names either. ``_actor_titles`` asks the same of a titled
party to the meeting ("Foreign Minister X met his counterpart in Almaty, the Kazakh
capital"), whose host ("talks hosted by President Y") the venue still places.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract._actor_match import Match
from newsgraph.extract._actor_scene import Scene

# Verbs and nouns of meeting: a place they happen "in" or "at" is a venue, often a third country's.
_MEETING_VERBS = frozenset({"meet", "negotiate", "confer", "talk"})
# Sectors whose agents hold talks: a group that meets one at a place meets it at a venue.
_TALKING_SECTORS = frozenset({"GOV", "LEG", "MIL", "JUD", "REB"})
_MEETING_NOUNS = frozenset(
    {"talks", "talk", "meeting", "negotiation", "negotiations", "conference", "summit", "round", "session"}
)
# Verbs of speaking and the occasions of the press they happen at: a place they happen "in" or "at" is where
# words were said.
_SPEAKING_VERBS = frozenset({"say", "tell", "speak", "announce", "add", "state", "declare", "insist"})
_PRESS_NOUNS = frozenset(
    {"reporter", "journalist", "conference", "briefing", "interview", "statement", "press"}
)
# Nouns for a settlement: a country on them ("the Kazakh capital") names a place, as the city's name does.
_SETTLEMENT_NOUNS = frozenset({"capital", "city", "town", "village", "resort", "port"})


def only_where_talks_are_held(scene: Scene, named: list[Match]) -> bool:
    """Whether a country's mentions ``named`` in a sentence all say where talks are held ("met
    government envoys in Oslo", "held talks in Nairobi", "talks opened in Geneva")."""
    for match in named:
        token = scene.doc[match.end - 1]
        preposition = token.head
        if token.dep_ != "pobj" or preposition.lower_ not in ("in", "at"):
            return False
        if not _talks(scene, preposition.head):
            return False
    return bool(named)


def venue_of_its_meeting(scene: Scene, token: Token, party: Token) -> bool:
    """Whether a country's word ``token`` names only where ``party``, the subject of a verb of meeting
    with a party to talks, meets ("met his counterpart in Almaty, the Kazakh capital"): a third
    country's often, not the party's."""
    verb = party.head
    if party.dep_ != "nsubj" or verb.lemma_.lower() not in _MEETING_VERBS or not _meets_a_party_to_talks(scene, verb):
        return False
    if not verb.left_edge.i <= token.i <= verb.right_edge.i:
        return False
    place = token
    if token.dep_ in ("amod", "compound") and token.head.lower_ in _SETTLEMENT_NOUNS:
        place = token.head  # "the Kazakh capital"
        if place.dep_ == "appos":
            return True  # "in Almaty, the Kazakh capital": the place named again
    return place.dep_ == "pobj" and place.head.lower_ in ("in", "at")


def only_where_it_was_said(scene: Scene, named: list[Match]) -> bool:
    """Whether a country's mentions ``named`` in a sentence all say where words were spoken ("told reporters in
    Jakarta", "said at a news conference in Kabul"): the speaker's venue, which places nobody the quotation
    names."""
    for match in named:
        token = scene.doc[match.end - 1]
        preposition = token.head
        if token.dep_ != "pobj" or preposition.lower_ not in ("in", "at"):
            return False
        anchor = preposition.head
        while (anchor.lemma_.lower() in _PRESS_NOUNS or anchor.dep_ == "prep") and anchor.head.i != anchor.i:
            anchor = anchor.head  # "told reporters in Jakarta", "said at a news conference in Kabul"
        if anchor.lemma_.lower() not in _SPEAKING_VERBS:
            return False
    return bool(named)


def _talks(scene: Scene, token: Token) -> bool:
    """Whether a word is talks, a party met in them ("met envoys"), or an act whose subject or object
    is talks ("held talks", "talks opened")."""
    if token.lower_ in _MEETING_NOUNS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "with":
        token = token.head  # "met with government envoys in Oslo"
    if token.dep_ in ("dobj", "prep", "conj") and token.head.lemma_.lower() in _MEETING_VERBS:
        return _meets_a_party_to_talks(scene, token.head)
    if token.lemma_.lower() in _MEETING_VERBS:
        return _meets_a_party_to_talks(scene, token)
    return token.pos_ in ("VERB", "AUX") and any(
        child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lower_ in _MEETING_NOUNS for child in token.children
    )


def _meets_a_party_to_talks(scene: Scene, verb: Token) -> bool:
    """Whether a verb of meeting names a party to talks besides its subject: a state's or armed
    group's agent as its object, in its "with" phrase or beside its subject ("met envoys", "rebels
    and envoys met"). "Rebels met in Kampala to plan attacks" is a group's own gathering, and
    "Protesters met police in Istanbul" a clash, where they are."""
    parties = []
    for child in verb.children:
        if child.dep_ == "dobj":
            parties.append(child)
        elif child.dep_ == "prep" and child.lower_ == "with":
            parties.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ in ("nsubj", "nsubjpass"):
            parties.extend(c for c in child.children if c.dep_ == "conj")
    return any(_party_to_talks(scene, party) for party in parties)


def _party_to_talks(scene: Scene, token: Token) -> bool:
    role = scene.role_at(token.i)
    if role is not None and role.entry.codes:
        return role.entry.codes[0].code.lstrip("~")[:3] in _TALKING_SECTORS
    match = scene.match_at[token.i]
    return match is not None and match.kind in ("country", "seat", "actor", "person")
