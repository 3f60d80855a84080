"""Firms among a document's actors, whatever kind the actor layer gave them.

Business news names a company once in full ("Halvard Foods Corp.", "Brenner amp Co.") and then by a bare
name that reads like a surname ("Halvard", "Brenner") or by "it". The actor layer may take the bare
name for a person, and "it" carries no name at all, so the event coder asks here, per actor, whether any
of its mentions is a firm's name: one that ends with a corporate suffix, or that the text follows with
one ("Halvard Corp.", ``cues.txt`` firm_suffixes). A person named as a firm's officer ("Halvard Foods
Corp.'s chief financial officer") acts for the firm. Only actors without a code are asked: a coded
actor's code already says what it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsgraph.extract._event_lexicon import cues
from newsgraph.records import Actor

# Characters a corporate suffix may follow a name by: a space, or a comma ("Halvard, Inc.").
_GAP = re.compile(r",?\s{1,2}")


def firm_actors(actors: Sequence[Actor], text: str) -> frozenset[str]:
    """The ids of the uncoded actors that are firms, or officers named by a firm's title."""
    suffixes = cues().get("firm_suffixes", frozenset())
    if not suffixes:
        return frozenset()
    return frozenset(
        actor.id
        for actor in actors
        if not actor.code and any(_names_a_firm(text, m.start, m.end, suffixes) for m in actor.mentions)
    )


def _names_a_firm(text: str, start: int, end: int, suffixes: frozenset[str]) -> bool:
    words = text[start:end].lower().split()
    if not words:
        return False
    if words[-1] in suffixes:
        return True  # "Halvard Foods Corp."
    # "Halvard Foods Corp.'s chief financial officer": a title held at a firm.
    if any(word.endswith(("'s", "\u2019s")) and word[:-2] in suffixes for word in words[:-1]):
        return True
    gap = _GAP.match(text, end)
    if gap is None:
        return False
    following = text[gap.end() : gap.end() + 10].split()
    return bool(following) and re.sub(r"(?:'s|\u2019s|,)$", "", following[0].lower()) in suffixes
