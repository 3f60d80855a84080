""""The two countries", "both sides", "the two leaders": the pair the story has just named.

Diplomatic news names two parties and then goes on about them as a pair ("India and
China held talks on Monday. The two countries agreed to resume patrols"). Such a phrase
(a plural of a party noun with "two" or "both") is both of them when the sentence and the
two before it name exactly two parties of its kind, last named in one sentence: countries for "countries",
"nations", "states", "governments", "neighbours"; people for "leaders", "presidents",
"ministers"; either for "sides". With more, or fewer, or two named apart ("leverage over Russia
... In the Iran case, the two countries" means the US and Iran), it stays what it was.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract._actor_scene import Mention, Scene
from newsgraph.records import unplaced_code

# Plural party nouns, by the kind of mention they take up.
_COUNTRY_NOUNS = frozenset({"countries", "nations", "states", "governments", "neighbours", "neighbors", "allies"})
_PERSON_NOUNS = frozenset({"leaders", "presidents", "ministers", "premiers"})
_EITHER_NOUNS = frozenset({"sides", "parties"})
# How far back the pair may be named: this sentence and the two before it.
_SENTENCES_BACK = 2


def named_pairs(scene: Scene) -> list[tuple[int, int, list[Mention]]]:
    """(start, end, one mention of each party) for each pair phrase whose two parties the story has just named."""
    found = []
    for token in scene.doc:
        kinds = _kinds(token)
        if kinds is None or not _paired(token):
            continue
        parties = _last_named(scene, token, kinds)
        if len(parties) == 2 and scene.sentence[parties[0].start] == scene.sentence[parties[1].start]:
            start = min(child.i for child in token.children if _pair_word(child))
            found.append((start, token.i + 1, parties))
    return found


def _kinds(token: Token) -> frozenset[str] | None:
    word = token.lower_
    if word in _COUNTRY_NOUNS:
        return frozenset({"country"})
    if word in _PERSON_NOUNS:
        return frozenset({"person"})
    if word in _EITHER_NOUNS:
        return frozenset({"country", "person"})
    return None


def _pair_word(child: Token) -> bool:
    return (child.dep_ == "nummod" and child.lower_ == "two") or (child.dep_ in ("det", "predet") and child.lower_ == "both")


def _paired(token: Token) -> bool:
    # "the two countries", "both sides"; not "two other countries" or "the two countries' ministers" (an owner).
    return (
        token.dep_ != "poss"
        and any(_pair_word(child) for child in token.children)
        and not any(child.dep_ == "amod" and child.lower_ in ("other", "more", "further") for child in token.children)
    )


def _last_named(scene: Scene, token: Token, kinds: frozenset[str]) -> list[Mention]:
    """The latest mention of each distinct coded party of ``kinds`` named shortly before ``token``; all of them."""
    first_sentence = scene.sentence[token.i] - _SENTENCES_BACK
    latest: dict[tuple[str, str], Mention] = {}
    for mention in sorted(scene.mentions, key=lambda m: m.start):
        if mention.start >= token.i or scene.sentence[mention.start] < first_sentence:
            continue
        if mention.kind in kinds and mention.code and not unplaced_code(mention.code):
            latest[mention.key] = mention
    return list(latest.values())
