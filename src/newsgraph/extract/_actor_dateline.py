"""The country of a story's dateline, and the bare police it places.

Wire stories open with where they were filed: "NEWARK, N.J. -- Police said
...", "JERUSALEM (AP) _ ...", "ISTANBUL, Turkey --". The cleaner cuts the
dateline from the text the parser reads; the orchestrator passes its words,
whose one country (a country, a capital, or a US state's short form) is the
dateline's. A bare "police" in such a story is that place's police, as a
bare "the president" is the article's country's (``_actor_offices``). It is
placed so only when nothing says otherwise: the sentence names no country
(one country there already places it, ``_actor_context``), the article's
main country, if any, is the dateline's, the police phrase names no place of
its own ("District of Columbia police" is no dateline's), and the article
names no other country's police nor any bare police next to a place not
known to be in the dateline's country (a Havana story's "riot police" right
after "the Port of Miami"): then none of its bare police are placed, so that
one story's police stay one actor. Courts, legislatures and officials are
not placed so: a Havana story's "federal court" is American, a Hague story's
court international.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from newsgraph.extract._actor_entries import INTERNATIONAL, word_key
from newsgraph.extract._actor_lexicon import ActorLexicon, data_rows
from newsgraph.extract._actor_match import match_lexicon
from newsgraph.extract._actor_scene import Scene, compose, describe, left_start, right_phrases
from newsgraph.records import UNKNOWN_COUNTRY

POLICE = "COP"
# Entities that name a place: one the lexicon does not place in the dateline's country may be anywhere.
_PLACES = frozenset({"GPE", "LOC", "FAC"})
# Words of a dateline: names, short forms with their dots ("N.J."), single marks.
_WORDS = re.compile(r"[^\W\d_][\w.'\u2019-]*|\S")
# A US state's short form ("N.J.", "Calif."), kept with the other name contexts.
_US = "USA"


@lru_cache(maxsize=1)
def _state_short_forms() -> frozenset[str]:
    return frozenset(word_key(word) for word, kind in (row[:2] for row in data_rows("name_contexts.tsv", 2))
                     if kind == "state")


def dateline_country(vocab: Vocab, dateline: str | None, lexicon: ActorLexicon, day: str | None) -> str:
    """The one country a dateline's words name ("NEWARK, N.J. --" USA, "HAVANA _" CUB), or ""."""
    if not dateline:
        return ""
    words = _WORDS.findall(dateline)
    if not words:
        return ""
    if any(word_key(word) in _state_short_forms() for word in words[1:]):
        return _US  # "NEWARK, N.J.", and "ROME, Ga." is no Italian town
    codes = [match.entry.code_on(day) for match in match_lexicon(Doc(vocab, words=words), lexicon)
             if match.kind in ("country", "seat")]
    countries = {code[:3] for code in codes if code and not code.startswith(INTERNATIONAL)}
    return next(iter(countries)) if len(countries) == 1 else ""


def dateline_police_country(scene: Scene, head: Token) -> str | None:
    """The dateline's country for a bare "police" no sentence places, or None."""
    country = scene.dateline
    if not country or (scene.main_country is not None and scene.main_country != country):
        return None
    if scene.police_countries is None:
        scene.police_countries = _countries_of_police(scene, country)
    if scene.police_countries - {country}:
        return None
    modifiers = [token for child in head.lefts for token in child.subtree]
    if any(token.pos_ == "PROPN" and token.i not in scene.capital_only for token in modifiers):
        # "District of Columbia traffic police", "Capitol police": a place of its own; not "Riot police" opening
        # a sentence, capitalised only by its place.
        return None
    return country


def named_elsewhere(scene: Scene, head: Token, country: str, *, sentences_before: int = 1) -> bool:
    """Whether the police's sentence or the one before names a place that is not known to be
    ``country``'s: a Havana story's "riot police" right after "the Port of Miami" are Miami's."""
    sentence = scene.sentence[head.i]
    for ent in scene.doc.ents:
        if ent.label_ in _PLACES and sentence - sentences_before <= scene.sentence[ent.start] <= sentence:
            match = scene.match_at[ent.root.i]
            code = scene.code(match) if match is not None else None
            if not code or code[:3] != country:
                return True
    return False


def _countries_of_police(scene: Scene, country: str) -> set[str]:
    """The countries whose police the article names: police roles whose phrase names their country
    ("Israeli police", "the police of Ruritania") and police bodies ("Scotland Yard"); the unknown
    country when a bare police is next to a place not known to be ``country``'s."""
    found: set[str] = set()
    for match in scene.matches:
        code: str | None = None
        if match.kind == "seat":
            code = scene.code(match)
        elif match.kind == "role" and match.entry.codes and (match.entry.codes[0].code or "").endswith(POLICE):
            role_head = scene.doc[match.start : match.end].root
            description = describe(scene, range(left_start(role_head), role_head.i + 1), right_phrases(role_head))
            code = compose(scene, description) if description.affiliation is not None else None
            if code is None and named_elsewhere(scene, role_head, country):
                found.add(UNKNOWN_COUNTRY)
        if code and code[3:6] == POLICE and not code.startswith(INTERNATIONAL):
            found.add(code[:3])
    return found
