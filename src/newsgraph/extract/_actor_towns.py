"""The country of a town or province that a role noun's own phrase names: "Kharkiv residents",
"Lviv's mayor", "the governor of the Kharkiv region", "police in Mosul".

The actor lexicon codes countries and capitals, not every town, so a role
placed only by a town ("residents of Loudoun County") was left without a
country. The places extractor resolves such towns to their country; a role
its own phrase ties to one (a compound or possessive before it, an "of",
"in", "from" or "at" phrase after it) is that country's. Only the town the
phrase names counts, never a town elsewhere in the sentence: "Russian troops
shelled Kharkiv" says nothing of whose the troops are.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsgraph.extract._actor_match import Match
from newsgraph.extract._actor_scene import Description, Scene, right_phrases
from newsgraph.records import Place

# Kinds of place a town-owned role takes its country from; a country is the lexicon's to code,
# and a continent or a region ("the Middle East") has no one country.
_TOWN_FEATURES = frozenset({"city", "admin1", "admin2", "locality"})
# How a town hangs on its role noun before it: "Kharkiv residents", "Lviv's mayor".
_BEFORE_DEPS = frozenset({"compound", "poss", "nmod"})
# Prepositions whose object says where a role belongs: "the mayor of Kharkiv", "police in Mosul".
_OWNING_PREPOSITIONS = frozenset({"of", "in", "from", "at"})
# Prepositions of where an act took place ("killed five civilians in Kherson") or where the people it moved
# lived ("evacuated civilians from Mariupol").
_SCENE_PREPOSITIONS = frozenset({"in", "at", "near", "from"})
# The prepositions of where a body abroad stands (roles.tsv "abroad").
_WHERE_ABROAD = frozenset({"in", "at"})


def town_countries(doc: Doc, places: Sequence[Place]) -> dict[int, str]:
    """The alpha-3 country of each token inside a resolved town or province of ``places``."""
    found: dict[int, str] = {}
    for place in places:
        if place.country is None or place.feature not in _TOWN_FEATURES:
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None:
            for token in span:
                found[token.i] = place.country
    return found


def town_country(scene: Scene, head: Token, role: Match) -> str | None:
    """The country of the one town the own phrase of ``head`` (the noun of ``role``) names, if exactly
    one country is so named. People away from home are not the town's ("Miami's exiles"), nor is a
    body abroad by where it stands ("the embassy in Kyiv")."""
    towns = scene.towns
    if not towns or role.entry.uprooted:
        return None
    found: set[str] = set()
    for child in head.lefts:
        if child.dep_ in _BEFORE_DEPS:
            # "the Kharkiv region governor": the town may modify the word before the role
            found.update(towns[i] for i in range(child.left_edge.i, child.i + 1) if i in towns)
    for preposition, span in right_phrases(head):
        if preposition in _OWNING_PREPOSITIONS and not (role.entry.abroad and preposition in _WHERE_ABROAD):
            found.update(towns[i] for i in span if i in towns)
    return next(iter(found)) if len(found) == 1 else None


def names_a_town(scene: Scene, start: int, end: int) -> bool:
    """Whether words ``start`` to ``end`` are all a resolved town's: "Odesa" tagged as an organisation
    in "officials in Odesa" is the city, no organisation of the story."""
    return all(i in scene.towns for i in range(start, end))


def role_town_country(scene: Scene, description: Description) -> str | None:
    """The country of the town a person's title names: "Kharkiv Mayor Ihor Terekhov", "Lviv resident X"."""
    role = description.role
    if role is None or not description.has_role or description.organisation:
        return None
    return town_country(scene, scene.doc[role.start : role.end].root, role)


def act_town_country(scene: Scene, head: Token) -> str | None:
    """The country of the one town where the act ``head`` is the object of took place: "killed five civilians in
    Kherson", "evacuated civilians from Mariupol" (the verb's own "in", "at", "near" or "from" phrase)."""
    if head.dep_ != "dobj":
        return None
    found = {
        scene.towns[obj.i]
        for child in head.head.children
        if child.dep_ == "prep" and child.lower_ in _SCENE_PREPOSITIONS
        for obj in child.children
        if obj.dep_ == "pobj" and obj.i in scene.towns
    }
    return next(iter(found)) if len(found) == 1 else None
