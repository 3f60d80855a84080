"""Placing the members of a body named just before ("Peru's congress rejected the budget. Lawmakers said ...").

A bare plural of a seat in a state body ("lawmakers", "judges": ``member`` in ``roles.tsv``) names
no country. Right after a story names one country's body of the same sector ("Peru's congress",
"the Kenyan parliament"), those people are its members, as a reader takes them. Only the sentence before and the role's own
sentence are looked at, only one country's body of that sector may be named there, and the role's
own sentence may name no other country.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract._actor_match import Match
from newsgraph.extract._actor_scene import INTERNATIONAL, Scene, right_phrases
from newsgraph.records import unplaced_code

# Determiners that leave a plural group bare: "the lawmakers", "some lawmakers", not "those lawmakers" of another.
_BARE_DETERMINERS = frozenset({"the", "some", "many", "several", "most"})
# How many sentences back a body counts as just named: the role's own and the one before.
_WINDOW = 1


def members_of_a_body_named_before(scene: Scene, head: Token, role: Match) -> str | None:
    """The country of the one body of the role's sector named in its sentence or the one before, for a bare
    plural of a one-person role; None when none or several are."""
    if not (role.entry.personal and role.entry.member) or head.tag_ != "NNS" or not _bare(head, role):
        return None
    code = role.entry.codes[0].code if role.entry.codes else ""
    if len(code) != 4 or not code.startswith("~"):
        return None
    sentence = scene.sentence[head.i]
    countries = {
        mention.code[:3]
        for mention in scene.mentions
        if mention.end <= head.i and mention.kind != "person" and mention.code and len(mention.code) >= 6
        and mention.code[3:6] == code[1:] and not mention.code.startswith(INTERNATIONAL)
        and not unplaced_code(mention.code) and sentence - _WINDOW <= scene.sentence[mention.start]
    }
    if len(countries) != 1:
        return None
    country = countries.pop()
    # "Peru's congress passed it. In Chile, lawmakers said ...": the role's own sentence places it elsewhere.
    if scene.sentence_countries.get((sentence, not scene.quoted[head.i]), set()) - {country}:
        return None
    return country


def _bare(head: Token, role: Match) -> bool:
    """Whether the role's phrase has nothing but its own words and a plain determiner ("Lawmakers", "the
    lawmakers"): no owner, modifier or phrase of its own that may say whose they are."""
    if head.dep_ == "conj" or any(child.dep_ == "conj" for child in head.children):
        return False  # "a team of U.N. monitors and diplomats": the partner's phrase may say whose
    for child in head.children:
        if role.start <= child.i < role.end or child.is_punct:
            continue
        if child.dep_ in ("det", "amod") and child.lower_ in _BARE_DETERMINERS:  # "several" may parse as amod
            continue
        if child.dep_ in ("amod", "det", "poss", "compound", "nmod", "nummod", "prep", "acl", "relcl", "appos"):
            return False
    return not list(right_phrases(head))
