"""State forces placed by the office holder who commands them.

"President Muhammadu Buhari ordered the army to pursue the attackers": a
bare "the army" that no country in its sentence places is the army of the
president who orders it. A state's leader commands, sends and deploys its
own forces (``commanding_verbs.txt``); a leader who deals with another
state's forces does so by talking, not ordering.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsgraph.extract._actor_lexicon import data_rows
from newsgraph.extract._actor_match import Match
from newsgraph.extract._actor_entries import INTERNATIONAL
from newsgraph.extract._actor_scene import Scene

# Sectors of forces a leader commands: armed forces, police, intelligence.
_FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})
# Sectors of the office holders who command them: the executive and the military, not lawmakers or judges.
_COMMANDING_SECTORS = frozenset({"GOV", "MIL"})


def commanders_country(scene: Scene, head: Token, role: Match) -> str | None:
    """The country of the state office holder who orders, sends or deploys the forces ``head`` names; None when
    the forces are no object of such a verb or its subject holds no placed executive or military office."""
    sector = (role.entry.code_on(scene.day) or "")[-3:]
    if sector not in _FORCE_SECTORS or head.dep_ not in ("dobj", "dative"):
        return None
    verb = head.head
    if verb.lemma_.lower() not in _commanding_verbs():
        return None
    for subject in _subjects(verb):
        code = scene.person_code_at(subject.i)
        if code and code[3:6] in _COMMANDING_SECTORS and not code.startswith(INTERNATIONAL) and not code.startswith("---"):
            return code[:3]
    return None


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, shared with the verb it is coordinated with ("condemned the attack and ordered the
    army ..."); never a passive's."""
    node = verb
    while True:
        found = [child for child in node.children if child.dep_ == "nsubj"]
        if found or node.dep_ != "conj":
            return found
        node = node.head


@lru_cache(maxsize=1)
def _commanding_verbs() -> frozenset[str]:
    return frozenset(row[0].lower() for row in data_rows("commanding_verbs.txt", 1))
