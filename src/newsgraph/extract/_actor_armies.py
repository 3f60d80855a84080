"""Whose armed force a bare force noun is: the one army named before, or the state that keeps it.

A story that names one country's army (or military, or armed forces) and goes on
with "the army" or an "Army spokesman" means that army again: news does not
bring in a second country's army without saying whose. The sentence's other
country does not place it ("Egypt, which backs the army" is Sudan's army,
not Egypt's). Two countries' armies named before place no one. Troops a state
has, keeps or sends are that state's, wherever they are ("The United States,
which has 1,100 troops in Niger").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract._actor_match import Match
from newsgraph.extract._actor_scene import INTERNATIONAL, Scene, kept_force

_ARMED_FORCE = "~MIL"
# Nouns for a state's whole armed force: any force named before ("Russian soldiers ... the regular
# army") is part of it. Other force nouns name again only their own kind ("Mali's junta ... the
# junta"): a junta named after "1,500 French soldiers" is another country's.
_WHOLE_FORCE_NOUNS = frozenset({"army", "military", "force", "forces"})
_RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})


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
    return one_army_named_before(scene, role.start, scene.doc[role.start : role.end].root.lemma_.lower())


def one_army_named_before(scene: Scene, before: int, noun: str = "army") -> str | None:
    """The country of the one army a story named with its country before token ``before``: "Sudan's
    army agreed to a truce ... Gen. X denied it". Two armies named ("Israel's army and Egypt's")
    place no one. ``noun`` names the force now: a whole force's noun takes any force named before,
    another noun ("junta") only its own kind."""
    any_kind = noun in _WHOLE_FORCE_NOUNS
    countries: set[str] = set()
    for match in scene.matches:
        if match.start >= before or match.kind != "role" or not match.entry.codes:
            continue
        if match.entry.codes[0].code != _ARMED_FORCE or match.entry.single:
            continue
        named = scene.doc[match.start : match.end].root
        if not any_kind and noun not in (named.lemma_.lower(), named.lower_):
            continue
        for child in named.children:
            owner = scene.match_at[child.i]
            if child.dep_ in ("poss", "amod", "compound") and owner is not None and owner.kind == "country":
                country = scene.code(owner)
                if country and not country.startswith(INTERNATIONAL):
                    countries.add(country[:3])
    return countries.pop() if len(countries) == 1 else None


def country_keeping(scene: Scene, head: Token, role: Match) -> str | None:
    """The country that has, keeps or sends a force: "The United States, which has about 1,100 troops
    in Niger": its troops, not Niger's."""
    if not kept_force(head, role):
        return None
    verb = head.head
    for subject in verb.children:
        if subject.dep_ != "nsubj":
            continue
        if subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subject = verb.head  # "the United States, which has troops"
        match = scene.match_at[subject.i]
        code = scene.code(match) if match is not None and match.kind in ("country", "seat", "actor") else None
        if code and not code.startswith(INTERNATIONAL):
            return code[:3]
    return None
