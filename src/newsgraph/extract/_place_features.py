"""Named roads, parks, waters, land and townships, found by their generic word and placed at the story's town.

Owns a second kind of place mention: names no gazetteer we ship lists, read
from the generic word that says what they are ("Mayfield Road", "County Road
43", "Knox Park", "Dolly Sods Wilderness", "Jerome Township"; the words, their
kinds and where the name stands are data in ``resources/places/feature_words.tsv``,
waters too: "Neches River", "Lake Lanier", "River Moy"). A gazetteer name
spanning the whole of one wins ("Battle Creek" the city, "Clinton Township" the
town); a feature wins over a shorter gazetteer name inside it ("Memphis Street"
is no mention of Memphis).

Where such a place lies is not known, so it takes the point of the town the
story is about (:func:`story_locality`: its most-named town, else county or
state; none when the story names only countries). The approximation is
flagged in the record: the place's ``feature`` is its kind ("road", "park",
"land", "township", or "water") and its ``geonameid`` is None.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from newsgraph.extract._gazetteer import Entry
from newsgraph.extract._place_columns import digit_indices
from newsgraph.extract._place_record import MAX_NAME_TOKENS, Mention

FEATURE_KINDS = frozenset({"road", "water", "land", "park", "township"})
_RESOURCES = "newsgraph.extract.resources.places"
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
# Parts of speech that end a name read backwards from its generic word: "on Main Street",
# "the Neches River", "and Lakeview Drive".
_NOT_NAME_POS = frozenset({"DET", "ADP", "PRON", "CCONJ", "SCONJ", "PART", "PUNCT", "AUX", "NUM", "SYM"})
_LOCALITY_ORDER = ("city", "admin2", "admin1")


@dataclass(frozen=True, slots=True)
class FeatureWords:
    """The lexicon: generic words by kind and position, and the words that never make a name alone."""

    after: dict[str, str]  # "river" -> "water": "Neches River"
    before: dict[str, str]  # "lake" -> "water": "Lake Lanier"
    numbered: dict[tuple[str, str], str]  # ("county", "road") -> "road": "County Road 43"
    generic: frozenset[str]  # "city", "national": "City Park" is no particular park
    admin: frozenset[str]  # "county", "township": "Lake County" is a county


@dataclass(frozen=True, slots=True)
class Feature:
    """A named road, park, stretch of land or township: its character span and kind."""

    start: int
    end: int
    kind: str


@lru_cache(maxsize=1)
def feature_words() -> FeatureWords:
    text = resources.files(_RESOURCES).joinpath("feature_words.tsv").read_text(encoding="utf-8")
    after: dict[str, str] = {}
    before: dict[str, str] = {}
    numbered: dict[tuple[str, str], str] = {}
    generic: set[str] = set()
    admin: set[str] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, kind, where = line.split("\t")
        if kind == "generic":
            generic.add(word)
        elif kind == "admin":
            admin.add(word)
        elif where == "number":
            first, second = word.split()
            numbered[(first, second)] = kind
        else:
            if where in ("after", "both"):
                after[word] = kind
            if where in ("before", "both"):
                before[word] = kind
    return FeatureWords(after, before, numbered, frozenset(generic), frozenset(admin))


def find_features(doc: Doc, capitalised: list[int]) -> list[Feature]:
    """Named roads, parks, stretches of land and townships in text order, without overlaps.

    ``capitalised`` holds the indices of the tokens that begin with a capital (``capitalised_indices``).
    """
    words = feature_words()
    # One pass for the capitalised generic words; names after one ("Neches River") go first.
    trailing: list[tuple[Token, str]] = []
    leading: list[tuple[Token, str]] = []
    for index in capitalised:
        token = doc[index]
        word = _word(token)
        if word in words.after:
            trailing.append((token, words.after[word]))
        if word in words.before:
            leading.append((token, words.before[word]))
    found: list[Feature] = []
    taken = bytearray(len(doc))
    for token, kind in _numbered(doc, words):
        # "Mahnomen County Road 3": the county's name before the words goes with them.
        named = _name_start(doc, token.i - 2, words)
        start = token.i - 2 if named is None else named
        found.append(Feature(doc[start].idx, token.idx + len(token), kind))
        taken[start : token.i + 1] = b"\x01" * (token.i + 1 - start)
    for token, kind in trailing:
        if taken[token.i] or (_inside_longer_name(token, token.i + 1) and not _water_in_a_name(token, words)):
            continue
        start = _name_start(doc, token.i, words)
        if start is not None:
            found.append(Feature(doc[start].idx, token.idx + len(token), kind))
            taken[start : token.i + 1] = b"\x01" * (token.i + 1 - start)
    for token, kind in leading:
        if taken[token.i]:
            continue
        end = _name_end(doc, token.i, words, taken)
        if end is not None and not _inside_longer_name(token, end):
            found.append(Feature(token.idx, doc[end - 1].idx + len(doc[end - 1]), kind))
            taken[token.i : end] = b"\x01" * (end - token.i)
    found.sort(key=lambda feature: feature.start)
    return found


def _numbered(doc: Doc, words: FeatureWords) -> list[tuple[Token, str]]:
    """Route numbers after the two capitalised words of a numbered road's kind ("County Road 43")."""
    found: list[tuple[Token, str]] = []
    for index in digit_indices(doc):
        if index < 2:
            continue
        token = doc[index]
        first, second = doc[token.i - 2], doc[token.i - 1]
        kind = words.numbered.get((_word(first), _word(second)))
        if kind is not None and first.text[:1].isupper() and second.text[:1].isupper():
            found.append((token, kind))
    return found


def _word(token: Token) -> str:
    return token.lower_.replace(".", "")


def _inside_longer_name(token: Token, following: int) -> bool:
    """The generic word is inside a person's name ("Ricki Lake"), or the name runs on at ``following``.

    "Florida Highway Patrol", "Licking Valley High School", "the National Park Service".
    """
    if token.ent_type_ == "PERSON":
        return True
    doc = token.doc
    return following < len(doc) and doc[following].text[:1].isupper() and not doc[following].is_sent_start


def _water_in_a_name(token: Token, words: FeatureWords) -> bool:
    """A river or lake named inside a longer name is still the water: "the Neches River National Wildlife
    Refuge", "the St. Marys River Celebration". Read from its generic word after the name, not as "River
    National" or "River Celebration" from the same word before one. Not a person's name ("Ricki Lake"), nor
    a name that runs on into a road's or a valley's."""
    word = _word(token)
    if token.ent_type_ == "PERSON" or word not in words.before or words.after.get(word) != "water":
        return False
    # "the Red River Valley", "Indian Lake Road": the name runs on into another place's, found from its own word.
    following = _word(token.doc[token.i + 1]) if token.i + 1 < len(token.doc) else ""
    return following not in words.after and following not in words.before


def _is_name_word(token: Token) -> bool:
    if _ORDINAL.match(token.text):
        return True  # "West 11th Street"
    return token.text[:1].isupper() and token.pos_ not in _NOT_NAME_POS and not token.is_sent_start


def _name_start(doc: Doc, generic: int, words: FeatureWords) -> int | None:
    """The first token of the name before the generic word at ``generic``, or None when it has none."""
    start = generic
    while start > 0 and generic - start < MAX_NAME_TOKENS:
        previous = doc[start - 1]
        if _is_name_word(previous) or (previous.is_sent_start and previous.text[:1].isupper()
                                       and previous.pos_ == "PROPN"):
            start -= 1
        elif _joins(previous) and start > 1 and _is_name_word(doc[start - 2]) and not doc[start - 2].is_upper:
            start -= 2  # "Hyland-Croy Road", "Governors' Parkway"; not "R-Elbow Lake" (a party letter)
        else:
            break
    if start == generic or all(_word(token) in words.generic for token in doc[start:generic]):
        return None
    return start


def _joins(token: Token) -> bool:
    """A hyphen inside a name or a plural possessive's apostrophe: "Hyland-Croy", "Governors'".

    Not "'s": "Virginia's Jefferson National Forest" names the state apart.
    """
    if token.text == "-":
        return not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_
    return token.text in ("'", "\u2019")


def _name_end(doc: Doc, generic: int, words: FeatureWords, taken: bytearray) -> int | None:
    """The end of the name after a generic word that leads it ("Lake Lanier"), or None."""
    end = generic + 1
    while end < len(doc) and end - generic <= MAX_NAME_TOKENS - 1 and not taken[end] and _is_name_word(doc[end]):
        end += 1
    names = [_word(token) for token in doc[generic + 1 : end]]
    if not names or any(name in words.admin or name in words.after for name in names):
        return None  # "Lake County", "Lake Street" (the street of that name is found from "Street")
    if all(name in words.generic for name in names):
        return None
    return end


def settle(mentions: list[Mention], features: list[Feature]) -> tuple[list[Mention], list[Feature]]:
    """Drop the feature a gazetteer name spans whole, and the gazetteer names inside a feature.

    "Elbow Lake" is the town; "Vermont" in "Lake Vermont" is no mention of the state.
    """
    kept_features = [
        feature for feature in features
        if not any(mention.start <= feature.start and feature.end <= mention.end for mention in mentions)
    ]
    kept_mentions = [
        mention for mention in mentions
        if not any(mention.start < feature.end and feature.start < mention.end for feature in kept_features)
    ]
    return kept_mentions, kept_features


def story_locality(mentions: list[Mention]) -> Entry | None:
    """The place the story is about: its most-named town, else county or state (first named on a tie).

    Not a country: a road at a country's centre would be a point far from anywhere it could be.
    """
    for feature in _LOCALITY_ORDER:
        counts: Counter[int] = Counter()
        entries: dict[int, Entry] = {}
        for mention in mentions:
            entry = mention.resolved
            if entry is not None and entry.feature == feature and entry.lat is not None:
                counts[id(entry)] += 1
                entries.setdefault(id(entry), entry)
        if counts:
            return entries[counts.most_common(1)[0][0]]
    return None
