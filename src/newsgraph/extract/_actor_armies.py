"""The one army a story named before: "Sudan's army rejected the call ... the army said".

A story that names one country's army (or military, or armed forces) and goes on
with "the army" or an "Army spokesman" means that army again: news does not
bring in a second country's army without saying whose. The sentence's other
country does not place it ("Egypt, which backs the army" is Sudan's army,
not Egypt's). Two countries' armies named before place no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract._actor_match import Match
from newsgraph.extract._actor_scene import INTERNATIONAL, Scene

_ARMED_FORCE = "~MIL"


def armed_force(role: Match | None) -> bool:
    """Whether a role names a state's whole armed force ("army", "military"), not one soldier or unit."""
    return (
        role is not None and role.entry.local and not role.entry.single
        and bool(role.entry.codes) and role.entry.codes[0].code == _ARMED_FORCE
    )


def army_named_again(scene: Scene, head: Token, role: Match) -> str | None:
    """The country of "the army" when the story named exactly one country's army before it."""
    if not armed_force(role) or not any(child.dep_ == "det" and child.lower_ == "the" for child in head.children):
        return None
    return one_army_named_before(scene, role.start)


def one_army_named_before(scene: Scene, before: int) -> str | None:
    """The country of the one army a story named with its country before token ``before``: "Sudan's
    army agreed to a truce ... Gen. X denied it". Two armies named ("Israel's army and Egypt's")
    place no one."""
    countries: set[str] = set()
    for match in scene.matches:
        if match.start >= before or match.kind != "role" or not match.entry.codes:
            continue
        if match.entry.codes[0].code != _ARMED_FORCE or match.entry.single:
            continue
        noun = scene.doc[match.start : match.end].root
        for child in noun.children:
            owner = scene.match_at[child.i]
            if child.dep_ in ("poss", "amod", "compound") and owner is not None and owner.kind == "country":
                country = scene.code(owner)
                if country and not country.startswith(INTERNATIONAL):
                    countries.add(country[:3])
    return countries.pop() if len(countries) == 1 else None
