"""Whom a warning of an attack threatens: "warned of a nuclear strike against South Korea".

A threat verb whose "of" phrase names an attack with no author of its own threatens that attack, aimed at the
object of the attack's "against", "on" or "at" phrase ("North Korea warned of a nuclear strike against South
Korea": a North Korean threat to South Korea). An attack with its own author ("warned of a Russian attack on
Ukraine", "of an attack by Hamas", "of Iran's strikes") is someone else's act the speaker foresees: no threat of
the speaker's, and so no event of the warning. Used by ``_event_roles`` for verb triggers.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.extract._event_authors import authors_for, names_attack
from newsgraph.extract._event_syntax import actor_modifiers, prep_objects

# CAMEO root of threats: only a threat verb ("warned", "threatened") makes the attack it speaks of its own.
_THREAT_ROOT = "13"
# Prepositions of whom an attack is aimed at.
_AIMED = ("against", "on", "at")


@dataclass(frozen=True)
class WarnedAttack:
    """An attack a threat verb's "of" phrase names: whether it has an author of its own, and whom it is aimed at."""

    authored: bool
    aimed_at: list[Token]


def warned_attack(verb: Token, cameo: str) -> WarnedAttack | None:
    """The attack ``verb`` (coded ``cameo``) warns of in its "of" phrase, if it is a threat verb with one."""
    if not cameo.startswith(_THREAT_ROOT):
        return None
    attacks = [noun for noun in prep_objects(verb, ("of",)) if names_attack(noun)]
    if not attacks:
        return None
    return WarnedAttack(
        authored=any(_has_author(attack) for attack in attacks),
        aimed_at=[obj for attack in attacks for obj in prep_objects(attack, _AIMED)],
    )


def _has_author(attack: Token) -> bool:
    """Whether an attack noun names who makes it: a possessor, a modifier naming an actor ("a Russian drone
    attack"), or an agent (a "by" phrase, "carried out by", a claim)."""
    return (
        any(child.dep_ == "poss" for child in attack.children)
        or bool(actor_modifiers(attack))
        or authors_for([attack]) != [attack]
    )
