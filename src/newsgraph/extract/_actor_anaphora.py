"""Common nouns that name again a body just named: "NATO ... the alliance", "Hezbollah ... the group".

A story that names NATO goes on with "the alliance", one that names the EU with
"the bloc", OPEC with "the cartel", any IGO or NGO with "the organization", an
armed group or an NGO with "the group", an armed group with "the militia" or
"the movement" (``body_nouns.tsv``). Such a noun after "the", with no name or "of" phrase of its
own ("the opposition alliance", "the Organization of American States" are
others), is matched as the nearest organisation named before it, when that one
is of a kind the noun names; an organisation the dictionaries do not know in
between ("the Trump Organization") takes the noun instead.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph.extract._actor_lexicon import data_rows
from newsgraph.extract._actor_match import Match
from newsgraph.records import UNKNOWN_COUNTRY

# Modifiers the noun may keep and still be the body named ("the western military alliance",
# "the 19-member alliance"); a noun or a name before it makes another one ("the opposition alliance").
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "CD", "HYPH"})
# A noun that names any intergovernmental body ("the organization"): any organisation named
# since, known or not, may be the one it names again.
_GENERIC = "IGO"


# Verbs whose "of" phrase says what someone is charged with: "accused the alliance of aggression".
_CHARGING_VERBS = frozenset({"accuse", "suspect", "convict", "acquit", "absolve", "clear"})


@lru_cache(maxsize=1)
def _nouns() -> dict[str, tuple[str, ...]]:
    return {noun: tuple(prefixes.split("|")) for noun, prefixes in data_rows("body_nouns.tsv", 2)}


def body_anaphora(doc: Doc, matches: list[Match], day: str | None) -> list[Match]:
    """``matches`` plus one for each noun that names again the organisation just named."""
    nouns = _nouns()
    if not any(match.kind == "organization" for match in matches):
        return matches
    at = {i: match for match in matches for i in range(match.start, match.end)}
    added: list[Match] = []
    replaced: set[int] = set()  # ids of generic matches a named body takes over
    latest: Match | None = None
    by_head: dict[str, Match] = {}  # organisations named in two or more words, by their last word
    unknown = False  # an organisation no dictionary knows named since ``latest``
    # Nouns another body has headed since ``latest`` ("the ICJ ruled. A federal court said the court ..."):
    # "the court" is then that one.
    shadowed: set[str] = set()
    for token in doc:
        match = at.get(token.i)
        if match is not None:
            if match.kind == "organization" and match.start == token.i:
                latest, unknown = match, False
                shadowed = set()
                if match.end - match.start > 1:
                    by_head[doc[match.end - 1].text] = match
            elif latest is not None and _generic_head(match, token, day) and token.lower_ in nouns:
                # "the militant group" is some militants to the lexicon, but the Taliban just named
                if token.lower_ in shadowed:
                    continue
                body = _body_named_again(token, latest, by_head, nouns[token.lower_], day) if _bare(token) else None
                if body is not None:
                    replaced.add(id(match))
                    added.append(Match(match.start, match.end, body.entry))
                else:
                    shadowed.add(token.lower_)
            elif match.kind == "role" and match.end == token.i + 1 and token.lower_ in nouns:
                shadowed.add(token.lower_)  # "Venezuela's Supreme Court": a court of its own
            continue
        named = by_head.get(token.text)
        if named is not None and _head_word_again(doc, token):
            added.append(Match(token.i, token.i + 1, named.entry))  # "the European Commission ... the Commission"
            continue
        if token.ent_type_ == "ORG" and token.ent_iob_ == "B":
            unknown = True
            continue
        prefixes = nouns.get(token.lower_)
        if prefixes is None or latest is None or not token.text.islower() or not _bare(token):
            continue
        if unknown and _GENERIC in prefixes:
            continue  # "the organization" after "the Trump Organization" is that one
        body = _body_named_again(token, latest, by_head, prefixes, day)
        if body is not None:
            added.append(Match(token.i, token.i + 1, body.entry))
    if not added:
        return matches
    kept = [match for match in matches if id(match) not in replaced]
    return sorted([*kept, *added], key=lambda match: match.start)


def _body_named_again(
    token: Token, latest: Match, by_head: dict[str, Match], prefixes: tuple[str, ...], day: str | None
) -> Match | None:
    """The organisation a bare body noun names again: the latest one named, when its code opens with one of the
    noun's ``prefixes``; else the nearest whose name ends in the noun ("The U.N. Security Council demanded a
    ceasefire. The RSF accused the council of bias"), though another was named since."""
    for body in (latest, by_head.get(token.text.capitalize())):
        if body is not None and any(_opens_with(body.entry.code_on(day) or "", prefix) for prefix in prefixes):
            return body
    return None


def _head_word_again(doc: Doc, token: Token) -> bool:
    """"the Commission" (capitalised, after "the", alone) after "the European Commission": the last word of
    an organisation named before, on its own, names it again."""
    if not token.text[:1].isupper():
        return False
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.pos_ == "PROPN":
        return False  # "the Commission President": a title; "the Council Chamber"
    return token.i > 0 and doc[token.i - 1].lower_ == "the" and not any(
        child.dep_ in ("compound", "amod", "poss") or (child.dep_ == "prep" and child.lower_ == "of")
        for child in token.children)


def _generic_head(match: Match, token: Token, day: str | None) -> bool:
    """Whether ``token`` ends a match of no one in particular: a role the context places ("militant
    group": ~UAF) or leaves unplaced (---UAF)."""
    code = match.entry.code_on(day) or ""
    return match.end == token.i + 1 and match.kind == "role" and code.startswith(("~", UNKNOWN_COUNTRY))


def _opens_with(code: str, prefix: str) -> bool:
    """Whether ``code`` opens with ``prefix``, where "?" stands for any one letter: "???REB" is any
    country's rebels (PSEREBHMS, LBNREBHEZ)."""
    return len(code) >= len(prefix) and all(want in ("?", have) for want, have in zip(prefix, code, strict=False))


def _bare(token: Token) -> bool:
    """"the alliance" with no name, noun or "of" phrase of its own; adjectives and numbers may stand."""
    children = list(token.children)
    if not any(child.dep_ == "det" and child.lower_ == "the" for child in children):
        return False
    if any(child.dep_ == "prep" and child.lower_ == "of" for child in token.rights) and not charged(token):
        return False
    return all(child.dep_ in ("det", "punct") or child.tag_ in _MODIFIER_TAGS for child in token.lefts)


def charged(token: Token) -> bool:
    """Whether ``token`` is the object of a verb whose "of" phrase is the charge, which the parser may hang on
    the object ("accused the council of bias")."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in _CHARGING_VERBS
