"""Companies whose name holds a possessive: "Hudson's Bay Co.", "McDonald's Corp.".

The tagger finds such a name as one organisation, but the actor finders read
the words before the "'s" as someone's name: "Hudson" became a person, and
every later "Hudson's Bay said" that person. A name the parser tags as an
organisation, with a possessive inside and a company's legal ending
(``firm_words.txt``: Co., Corp., Inc., Ltd., ...), is one business, coded
with CAMEO's business sector and the unknown country (``---BUS``: the name
does not say whose firm it is). Its name without the ending ("Hudson's Bay")
and its words up to the possessive ("Moody's" of "Moody's Investors Service
Inc.") are the same company wherever the story repeats them. Found before
people, so no name finder splits it.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from newsgraph.extract._actor_entries import word_key
from newsgraph.extract._actor_scene import Mention, Scene
from newsgraph.records import UNKNOWN_COUNTRY

_PACKAGE = "newsgraph.extract.resources.actors"
_POSSESSIVE = frozenset({"'s", "\u2019s"})
BUSINESS = UNKNOWN_COUNTRY + "BUS"


@lru_cache(maxsize=1)
def firm_words() -> frozenset[str]:
    """Word keys that end a company's legal name."""
    text = resources.files(_PACKAGE).joinpath("firm_words.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def find_possessive_firms(scene: Scene) -> None:
    """Add one business actor for each possessive company name and its short repeats."""
    doc = scene.doc
    short_names: dict[tuple[str, ...], tuple[tuple[str, str], str]] = {}
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        start, end = ent.start, ent.end
        while start < end - 1 and doc[start].lower_ == "the":
            start += 1
        while end > start and doc[end - 1].is_punct:
            end -= 1
        while start >= 2 and doc[start - 1].lower_ in _POSSESSIVE and _name_word(scene, start - 2):
            start -= 2  # the tagger's entity may begin after the possessive: "Merrow" + "'s Bay Co."
        keys = [word_key(token.text) for token in doc[start:end]]
        if end - start < 3 or keys[-1] not in firm_words() or not doc[start].text[:1].isupper():
            continue
        if not any(doc[i].lower_ in _POSSESSIVE for i in range(start + 1, end - 1)) or not scene.free(start, end):
            continue
        name = doc[start:end].text
        key = ("name", name.lower())
        scene.add(Mention(start, end, key, BUSINESS, "organization", name))
        short_names[tuple(keys[:-1])] = (key, name)
        # "Moody's said" after "Moody's Investors Service Inc.": the words up to the first possessive.
        cut = next(i for i in range(start + 1, end - 1) if doc[i].lower_ in _POSSESSIVE)
        short_names.setdefault(tuple(keys[: cut + 1 - start]), (key, name))
    # Longest first: "Hudson's Bay shares" is "Hudson's Bay", not "Hudson's".
    for words, (key, name) in sorted(short_names.items(), key=lambda item: -len(item[0])):
        for start in range(len(doc) - len(words) + 1):
            end = start + len(words)
            if doc[start].text[:1].isupper() and scene.free(start, end) and (
                tuple(word_key(token.text) for token in doc[start:end]) == words
            ):
                scene.add(Mention(start, end, key, BUSINESS, "organization", name))


def _name_word(scene: Scene, i: int) -> bool:
    """A capitalised word no dictionary knows ("Hudson", not "Britain" of "Britain's Acme Corp.")."""
    token = scene.doc[i]
    return token.text[:1].isupper() and token.is_alpha and scene.match_at[i] is None and not scene.taken[i]
