"""A body's spokesman named by a bare role: "The Foreign Ministry of Freedonia protested. A
spokesman, Jan Hollis, said ...".

News names a ministry or agency, then its spokesman with no owner of his own.
Such a role (``voice_roles.txt``) in apposition to a name is the voice of
the one body named just before it: in its own sentence before it or in the
sentence before that. Only a body counts (an organisation, or a state's
office, force or court: a code with a state sector), and only when there is
exactly one; a country named as a place, a people or two bodies say nothing.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from newsgraph.extract._actor_lexicon import data_rows
from newsgraph.extract._actor_scene import Mention, Scene

# Sectors of a state's own bodies, whose spokesmen speak for them.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
_ARTICLES = frozenset({"a", "an", "the"})
# How a body that acts stands in its clause: "Iran's foreign ministry summoned the British envoy".
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@lru_cache(maxsize=1)
def _voices() -> frozenset[str]:
    return frozenset(row[0] for row in data_rows("voice_roles.txt", 1))


def speak_for_bodies(scene: Scene) -> None:
    """Give an uncoded person named after a bare spokesman role the code of the one body just named."""
    by_key: dict[tuple[str, str], list[Mention]] = {}
    for mention in scene.mentions:
        if mention.kind == "person" and mention.code is None:
            by_key.setdefault(mention.key, []).append(mention)
    for key, mentions in by_key.items():
        role = next((m for m in mentions if _bare_voice(scene, m, mentions)), None)
        if role is None:
            continue
        code = _one_body_before(scene, role)
        if code is not None:
            scene.mentions = [replace(m, code=code) if m.key == key else m for m in scene.mentions]


def _bare_voice(scene: Scene, mention: Mention, mentions: list[Mention]) -> bool:
    """"spokesman" alone (after "a" or "the") with the person's name right after it and a comma, or as
    the title of the name itself ('..., spokesman Matthew Miller told reporters')."""
    doc = scene.doc
    title = mention.start - 1
    if title >= 0 and doc[title].lower_ in _voices() and (doc[title].text.islower() or doc[title].is_sent_start):
        # "Spokeswoman Mao Ning said ...": capitalised only as the sentence's first word.
        before = doc[title - 1] if title > 0 else None
        return before is None or before.lower_ in _ARTICLES or before.is_punct or doc[title].is_sent_start
    if mention.end - mention.start != 1 or doc[mention.start].lower_ not in _voices():
        return False
    before = doc[mention.start - 1] if mention.start > 0 else None
    if before is not None and before.lower_ not in _ARTICLES and not before.is_sent_start and not before.is_punct:
        return False  # "Kremlin spokesman": the owner is in the phrase
    after = mention.end + 1
    return after < len(doc) and doc[mention.end].text == "," and any(m.start == after for m in mentions)


def _one_body_before(scene: Scene, role: Mention) -> str | None:
    """The code of the one body named in the role's sentence before it or in the sentence before."""
    sentence = scene.sentence[role.start]
    codes: set[str] = set()
    acting: set[str] = set()
    for mention in scene.mentions:
        if mention.end > role.start or scene.sentence[mention.start] < sentence - 1 or mention.code is None:
            continue
        if mention.kind == "person":
            return None  # someone named since may be the one he speaks for
        if _a_body(scene, mention):
            codes.add(mention.code)
            root = scene.doc[mention.start : mention.end].root
            if root.dep_ in _SUBJECTS or (root.dep_ == "conj" and root.head.dep_ in _SUBJECTS):
                acting.add(mention.code)
    if len(codes) == 1:
        return next(iter(codes))
    # "Iran's foreign ministry summoned the British envoy. Spokesman Nasser Kanaani said ...": of two bodies,
    # the spokesman speaks for the one that acted, not the one it acted on.
    return next(iter(acting)) if len(acting) == 1 else None


def _a_body(scene: Scene, mention: Mention) -> bool:
    """An organisation, or a state's body named by more than the country ("the Foreign Ministry",
    "China's foreign ministry"; not "China" alone, whatever China does elsewhere)."""
    code = mention.code or ""
    if mention.kind == "organization":
        return True
    if mention.end - mention.start < 2 and scene.match_at[mention.start] is not None:
        entry = scene.match_at[mention.start].entry
        if entry.demonym or scene.match_at[mention.start].kind == "country":
            return False
    return len(code) >= 6 and code[3:6] in _STATE_SECTORS
