"""The country of a bare one-holder office ("the president", "The Prime Minister said").

A state has one president, one prime minister, one king, one Senate and one
Supreme Court (``sole`` in ``roles.tsv``). A story about one country that
names the office with "the" and nothing else means that country's holder
(or body; a body the rule leaves unplaced is still placed as a local role
is, by its sentence's one country), as a local role takes the
article's country (``_actor_context``). It is placed so only when the story
is clearly about one state's leaders: the article has a main country, no
other country's office holder or officials are named anywhere in it, and
the sentence names no other country as anything but a party dealt with
("The president criticised Ruritania"), nor the main one as a destination
or counterpart ("the president arrived in Spain": perhaps a visitor).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract._actor_match import Match
from newsgraph.extract._actor_scene import (
    INTERNATIONAL,
    STATE_OFFICE_SECTORS,
    Scene,
    compose,
    describe,
    left_start,
    right_phrases,
)

# Modifiers that make the office one not (or no longer) held by the present holder:
# "the next president" is a candidate, "the late king" dead. A former holder stays CAMEO's
# unknown country's elite: a story names many elites, and its former presidents need not be
# its country's.
_NOT_THE_HOLDER = frozenset(
    {"next", "future", "first", "last", "late", "previous", "prospective", "potential", "possible", "eventual",
     "would-be", "former", "ex", "erstwhile", "ousted", "deposed", "toppled", "overthrown", "then", "outgoing"}
)
# Prepositions whose country is someone the holder deals with or goes to.
_COUNTERPART_PREPS = frozenset({"to", "for", "with", "against", "toward", "towards", "into", "from", "at", "in", "on"})


def sole_office_country(scene: Scene, head: Token, role: Match) -> str | None:
    """The article's main country for a bare "the president", or None when it may be another's."""
    country = scene.main_country
    if country is None or not _bare(scene, head, role):
        return None
    if not _sentence_allows(scene, head, country):
        return None
    if scene.other_leaders is None:
        scene.other_leaders = _countries_of_office_holders(scene)
    return None if scene.other_leaders - {country} else country


def _bare(scene: Scene, head: Token, role: Match) -> bool:
    """"the president" with nothing else in its phrase: no "of" or "for" phrase and no modifier
    but the role's own words and "the" (a possessive, "a president" or "the next president" are
    not the state's holder by guesswork)."""
    if head.tag_ not in ("NN", "NNP"):
        return False
    lefts = [child for child in head.lefts if not role.start <= child.i < role.end and not child.is_punct]
    if not any(child.dep_ == "det" and child.lower_ == "the" for child in lefts):
        return False
    if any(child.dep_ != "det" and child.lower_ in _NOT_THE_HOLDER for child in lefts):
        return False
    if any(child.ent_type_ == "ORDINAL" or child.like_num for child in lefts):
        return False  # "the 43rd president": one of the office's holders, not today's
    if any(child.dep_ in ("poss", "compound", "nmod", "nummod") for child in lefts):
        return False
    # The role's own "of" ("the House of Representatives") is no phrase of its own.
    return not [span for _, span in right_phrases(head) if not role.start <= span.start - 1 < role.end]


def _sentence_allows(scene: Scene, head: Token, country: str) -> bool:
    """Whether the sentence leaves the office to the main country: another country may be named
    only as an object or partner; the main one not as one ("met the Spanish king in Madrid")."""
    sentence = scene.sentence[head.i]
    for match in scene.matches:
        if scene.sentence[match.start] != sentence or match.kind not in ("country", "seat", "actor"):
            continue
        if not scene.places(match.start, head.i):
            continue  # a country the president names in a quote is not a rival office
        code = scene.code(match)
        if not code or code.startswith(INTERNATIONAL):
            continue
        counterpart = _counterpart(scene.doc[match.start : match.end].root)
        if (code[:3] == country) == counterpart:
            return False
    return True


def _counterpart(token: Token) -> bool:
    while token.dep_ in ("conj", "compound", "amod", "poss") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ in _COUNTERPART_PREPS:
        return True
    return token.dep_ in ("dobj", "dative")


def _countries_of_office_holders(scene: Scene) -> set[str]:
    """The countries whose state office holders or officials the article names: people found
    with a title or from the dated lists, and role groups whose phrase names their country."""
    found: set[str] = set()
    for mention in scene.mentions:
        if mention.kind == "person" and mention.code and _state_office(mention.code):
            found.add(mention.code[:3])
    for match in scene.matches:
        if match.kind == "person":
            code = scene.code(match)
            if code and _state_office(code):
                found.add(code[:3])
        if match.kind != "role" or not (match.entry.single or match.entry.personal):
            continue
        role_head = scene.doc[match.start : match.end].root
        description = describe(scene, range(left_start(role_head), role_head.i + 1), right_phrases(role_head))
        code = compose(scene, description) if description.affiliation is not None else None
        if code and _state_office(code):
            found.add(code[:3])
    return found


def _state_office(code: str) -> bool:
    return len(code) >= 6 and not code.startswith(INTERNATIONAL) and code[3:6] in STATE_OFFICE_SECTORS
