"""A party named after "ruling" or "governing" is its country's government.

CAMEO codes a ruling party as the government (GOV). The roles lexicon reads
"the ruling party" so; a named one ("the ruling ANC", "Hungary's ruling Fidesz
party", "the ruling Georgian Dream party") was left uncoded or coded as its
country alone. Its country comes from the name's own words ("Georgian"), else
the possessor before "ruling" ("Hungary's"), else the sentence's one country,
else the country the story is about; with none, the name is left to the other
finders.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from newsgraph.extract._actor_entries import INTERNATIONAL
from newsgraph.extract._actor_lexicon import data_rows
from newsgraph.extract._actor_scene import Mention, Scene
from newsgraph.records import GOVERNMENT_ROLE

_STATE_KINDS = frozenset({"country", "seat", "actor", "organization"})
_POSSESSIVES = frozenset({"'s", "\u2019s"})
# Entity labels that are no party's name ("the ruling Tuesday" of a court).
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    rows = list(data_rows("ruling_words.tsv", 2))
    return {kind: frozenset(row[1] for row in rows if row[0] == kind) for kind in ("ruling", "noun")}


def find_ruling_parties(scene: Scene) -> None:
    """Add each name right after an adjective "ruling" or "governing" as its country's government."""
    doc = scene.doc
    words = _words()
    for word in doc[:-1]:
        if word.lower_ not in words["ruling"] or word.dep_ != "amod":
            continue
        start = end = word.i + 1
        while end < len(doc) and _name_word(doc[end]):
            end += 1
        while end > start and doc[end - 1].lower_ == "and":
            end -= 1
        if end == start or not scene.free(start, end) or doc[start].ent_type_ in _NOT_NAMES:
            continue
        after = doc[end] if end < len(doc) else None
        # "ruling" qualifies the name itself or the party noun after it, not a later noun.
        if word.head.i not in range(start, end) and not (after is not None and word.head == after
                                                          and after.lower_ in words["noun"]):
            continue
        country = _country(scene, word, start, end)
        if country is None:
            continue
        name = doc[start:end].text
        scene.add(Mention(start, end, ("country", country), country + GOVERNMENT_ROLE, "organization", name))


def _name_word(token: Token) -> bool:
    """A word of a party's name: a proper noun, "and" or a hyphen between two ("Law and Justice", "ZANU-PF")."""
    if token.pos_ == "PROPN" or (token.text[:1].isupper() and token.pos_ in ("NOUN", "ADJ")):
        return True
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.lower_ in ("and", "-") and following is not None and following.pos_ == "PROPN"


def _country(scene: Scene, word: Token, start: int, end: int) -> str | None:
    for i in range(start, end):
        country = _state_country(scene, i)
        if country is not None:
            return country  # "the ruling Georgian Dream party"
    if word.i >= 2 and scene.doc[word.i - 1].lower_ in _POSSESSIVES:
        country = _state_country(scene, word.i - 2)
        if country is not None:
            return country  # "Hungary's ruling Fidesz party"
    countries = scene.sentence_countries.get((scene.sentence[word.i], not scene.quoted[word.i]), set())
    if len(countries) == 1:
        return next(iter(countries))
    return scene.main_country


def _state_country(scene: Scene, i: int) -> str | None:
    match = scene.match_at[i]
    if match is None or match.kind not in _STATE_KINDS:
        return None
    code = scene.code(match)
    if not code or code.startswith(INTERNATIONAL) or len(code) < 3:
        return None
    return code[:3]
