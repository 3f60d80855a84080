"""Find lexicon phrases in a parsed document: longest match first, left to right.

Tokens are compared by their word key (lower case, letters and digits), so
"U.S." matches "US" and "al-Qaeda" matches "Al Qaeda". Hyphens and
apostrophes between the words of a phrase are skipped. Proper names need a
capital letter in the text and short forms ("UN", "WHO") all capitals, so
"us", "who" and "male" stay words. A short form that also names something
else counts only in a document that holds one of its cue words.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.extract._actor_entries import STEM_SUFFIXES, LexEntry, word_key
from newsgraph.extract._actor_lexicon import ActorLexicon

_SKIPPABLE = frozenset({"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "'", "\u2019"})
_SUFFIXES_BY_LENGTH = sorted(STEM_SUFFIXES, key=len)


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon phrase found at tokens ``start`` to ``end`` (exclusive)."""

    start: int
    end: int
    entry: LexEntry

    @property
    def kind(self) -> str:
        return self.entry.kind


def match_lexicon(doc: Doc, lexicon: ActorLexicon, texts: list[str] | None = None) -> list[Match]:
    """Every non-overlapping lexicon match in ``doc``, in text order (``texts``: the token texts, if known)."""
    keys = [word_key(text) for text in (texts if texts is not None else [token.text for token in doc])]
    found: list[Match] = []
    index = lexicon.index
    stems = lexicon.stems
    count = len(keys)
    i = 0
    while i < count:
        key = keys[i]
        if not key:
            i += 1
            continue
        candidates: list[LexEntry] = list(index.get(key, ()))
        if stems:
            for suffix in _SUFFIXES_BY_LENGTH:
                if key.endswith(suffix) and len(key) > len(suffix) + 2:
                    candidates.extend(stems.get(key[: -len(suffix)], ()))
        best: Match | None = None
        for entry in candidates:
            end = _match_at(doc, keys, i, entry)
            if end is not None and (best is None or end > best.end):
                best = Match(i, end, entry)
        if best is None:
            i += 1
            continue
        if not _negated_name(doc, i):
            found.append(best)
        i = best.end
    if any(match.entry.cues for match in found):
        found = [match for match in found if not match.entry.cues or holds_cue(keys, match.entry.cues)]
    return found


def _negated_name(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` follows a glued "non-" ("non-Muslims", "non-Western nations"): everyone but
    that party, who is no party the name codes."""
    if start < 2:
        return False
    hyphen, prefix = doc[start - 1], doc[start - 2]
    return hyphen.text == "-" and prefix.lower_ == "non" and not prefix.whitespace_ and not hyphen.whitespace_


def holds_cue(keys: list[str], cues: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the document's words hold one of ``cues`` ("IRA" counts in a story naming Belfast)."""
    for cue in cues:
        width = len(cue)
        for i, key in enumerate(keys):
            if key == cue[0] and tuple(keys[i : i + width]) == cue:
                return True
    return False


def _match_at(doc: Doc, keys: list[str], start: int, entry: LexEntry) -> int | None:
    words = entry.words
    last = len(words) - 1
    j = start
    position = 0
    while position <= last:
        word = words[position]
        if position:
            while j < len(keys) and doc[j].text in _SKIPPABLE:
                j += 1
        if j >= len(keys):
            return None
        key = keys[j]
        if key != word and not (
            entry.stem and position == last and key.startswith(word) and key[len(word) :] in STEM_SUFFIXES
        ):
            glued = _glued(doc[j].text, key, words, position)
            if glued is None:
                return None
            position = glued
        position += 1
        j += 1
    tokens = doc[start:j]
    if entry.acronym and not all(_all_capitals(token) for token in tokens):
        return None
    if entry.title and not doc[start].text[:1].isupper():
        return None
    if entry.proper and not entry.title and not any(token.text[:1].isupper() for token in tokens):
        return None
    if entry.common and any(token.text[:1].isupper() and not token.is_sent_start for token in tokens):
        return None
    return j


def _glued(text: str, key: str, words: tuple[str, ...], position: int) -> int | None:
    """Last phrase position covered by a token that glues words with underscores
    ("Dol_Amroth", PETRARCH's way of writing a multi-word name), or None."""
    if "_" not in text:
        return None
    joined = words[position]
    for end in range(position + 1, len(words)):
        joined += words[end]
        if joined == key:
            return end
        if not key.startswith(joined):
            return None
    return None


def _all_capitals(token: Token) -> bool:
    letters = [ch for ch in token.text if ch.isalpha()]
    return not letters or all(ch.isupper() for ch in letters)
