"""A person whose country the article gives apart from their office: "Jordan's Hussein", "Malawi's
Mutharika ... President Mutharika".

A possessive country before a name ("Jordan's Hussein") or a nationality
title ("the Malawian Mutharika") alone codes the person with the country
only (``JOR``): a nationality does not make a government actor. Two things
make it the state's:

- the dated lists know a namesake of that country on the story's day:
  "Jordan's Hussein" in 1998 is the Hussein bin Talal of ``people_world.tsv``
  (``JORGOV``), whatever other Hussein the lists hold;
- the country is a possessive before the name and another mention gives the
  person a state office without a country ("President Mutharika"): the
  office is that country's (``MWIGOV``). A nationality alone does not do
  it: "U.S. nominates Jim Yong Kim" does not make the World Bank's
  "President Kim" American.

``_actor_people`` asks this once all of a person's mentions are known.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from newsgraph.extract._actor_entries import INTERNATIONAL, LexEntry, word_key
from newsgraph.extract._actor_lexicon import ActorLexicon
from newsgraph.extract._actor_scene import STATE_OFFICE_SECTORS, Scene, compose, describe

_POSSESSIVE = frozenset({"'s", "\u2019s"})


def ruler_code(
    scene: Scene, code: str | None, words: set[str], spans: Sequence[tuple[int, int]], titles: Sequence[range]
) -> str | None:
    """The state code of a person known only by nationality (``code`` of three letters, or None with
    a possessive country before one of the ``spans``), or None when nothing makes it the state's.
    ``words`` are the word keys of the person's fullest name; ``titles`` the words before each span
    that may hold a title ("President")."""
    if code is not None and (len(code) != 3 or code.startswith(INTERNATIONAL)):
        return None
    possessive = _possessive_country(scene, spans)
    country = code or possessive
    if country is None:
        return None
    listed = _listed_namesake(scene, words, country)
    if listed is not None:
        return listed
    if possessive != country:
        return None  # a nationality from elsewhere ("U.S. nominates Kim") places no "President Kim"
    for title in titles:
        if not _uncountried_office(scene, title):
            continue
        placed = compose(scene, describe(scene, title, []), country)
        if placed is not None and len(placed) > 3 and placed[3:6] in STATE_OFFICE_SECTORS:
            return placed
    return None


def _possessive_country(scene: Scene, spans: Sequence[tuple[int, int]]) -> str | None:
    """The one country whose possessive stands right before a mention ("Malawi's Mutharika")."""
    found: set[str] = set()
    doc = scene.doc
    for start, end in spans:
        while start > 0 and doc[start - 1].dep_ in ("compound", "flat") and start <= doc[start - 1].head.i < end:
            start -= 1  # "Zambia's Rupiah Banda" when the surname alone is the mention
        if start < 2 or doc[start - 1].lower_ not in _POSSESSIVE:
            continue
        match = scene.match_at[start - 2]
        code = scene.code(match) if match is not None and match.kind == "country" else None
        if code and match is not None and match.end == start - 1 and not code.startswith(INTERNATIONAL):
            found.add(code[:3])
    return next(iter(found)) if len(found) == 1 else None


def _uncountried_office(scene: Scene, title: range) -> bool:
    """Whether a title holds a one-person state office and no country, seat or body of its own."""
    office = False
    for i in title:
        match = scene.match_at[i]
        if match is None:
            continue
        if match.kind != "role":
            return False
        code = match.entry.codes[0].code if match.entry.codes else None
        office = office or (match.entry.single and bool(code) and (code or "")[1:4] in STATE_OFFICE_SECTORS)
    return office


def _listed_namesake(scene: Scene, words: set[str], country: str) -> str | None:
    """The one state code the lists give, on the story's day, to people of ``country`` whose listed
    name holds every word of the person's ("Hussein bin Talal" for "Jordan's Hussein"; never for
    an "Iraqi writer Ali Hussein", whose given name Saddam Hussein's lacks), or None."""
    if not words:
        return None
    codes: set[str] = set()
    for entry in _people_by_word(scene.lexicon).get(min(words), ()):
        code = entry.code_on(scene.day)
        if code and code[:3] == country and code[3:6] in STATE_OFFICE_SECTORS and words <= set(entry.words):
            codes.add(code)
    return next(iter(codes)) if len(codes) == 1 else None


@lru_cache(maxsize=4)
def _people_by_word(lexicon: ActorLexicon) -> dict[str, tuple[LexEntry, ...]]:
    found: dict[str, list[LexEntry]] = {}
    for entries in lexicon.index.values():
        for entry in entries:
            if entry.kind == "person":
                for word in set(entry.words):
                    found.setdefault(word_key(word), []).append(entry)
    return {key: tuple(entries) for key, entries in found.items()}
