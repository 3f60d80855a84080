"""Place names a story uses as a person's surname.

Owns one rule of discourse: once a story names "Doug Wilder" or "Thomas
Ravenel", a bare "Wilder" or "Ravenel" elsewhere in it is that person, not
the small town of the name, even where the tagger called it a place ("Bail
set in Ravenel drug case"). Names that can be a country, state or county, or
a city of 100,000 people, stay: "Washington" in a story about George
Washington, "Houston" beside Sam Houston; unless the bare name says or does
something ("Reno said", "Reno's decision" after "Janet Reno").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from newsgraph.extract._gazetteer import Entry, name_key
from newsgraph.extract._place_columns import title_texts
from newsgraph.extract._place_cues import says_or_decides
from newsgraph.extract._place_record import Mention, clear_majority

BIG_CITY = 100_000
# Nouns of a person's act or decision: "Reno's failure", "Reno's decision", "Reno's ruling".
_ACTS = frozenset({"failure", "decision", "ruling", "refusal", "order", "request", "statement", "remark",
                   "announcement", "decree", "choice", "plan", "proposal", "demand", "warning", "comment"})


@dataclass(frozen=True, slots=True)
class StoryPeople:
    """The names of a story's people that its place names may be, read once per story (:func:`story_people`)."""

    surnames: frozenset[str]  # name keys of the last word of every person's full name
    given: frozenset[str]  # name keys of first names whose surname the story uses alone
    split_name_ends: frozenset[int]  # start offsets of one-word places the tagger cut off a person's name


def story_people(doc: Doc) -> StoryPeople:
    """The people's names of ``doc`` (its entities are read once: ``Doc.ents`` builds them anew each time)."""
    entities = doc.ents
    split = _split_surnames(entities)
    return StoryPeople(
        surnames=frozenset(_surnames(entities, split)),
        given=frozenset(_given_names(doc, entities)),
        split_name_ends=frozenset(place.start_char for place in split),
    )


def without_surnames(mentions: list[Mention], people: StoryPeople) -> list[Mention]:
    """``mentions`` less the small towns whose name ends a person's full name in the story, and less any
    name the tagger split off the end of a person's name ("Superintendent Pedro" + "Toledo")."""
    return [
        mention
        for mention in mentions
        if mention.start not in people.split_name_ends
        and (mention.key not in people.surnames or not all(_small_town(hit.entry) for hit in mention.hits))
    ]


def _split_surnames(entities: tuple[Span, ...]) -> list[Span]:
    """One-word place entities right after a person's entity, with no comma between ("Superintendent
    Pedro" + "Toledo"): the person's surname the tagger cut off."""
    found: list[Span] = []
    for person, place in zip(entities, entities[1:]):
        if person.label_ == "PERSON" and place.label_ in ("GPE", "LOC") and place.start == person.end:
            if len(place) == 1 and person[-1].is_title and person[-1].whitespace_ == " ":
                found.append(place)
    return found


def without_surnamed_towns(doc: Doc, mentions: list[Mention], people: StoryPeople) -> list[Mention]:
    """``mentions`` less those resolved to a small town whose name ends a person's full name in ``doc``.

    After resolution: "Paris" could be the French capital, so it stays through
    :func:`without_surnames`, but once the story settles it on the Texas town,
    a "Paris" in a story about the late Jerry Paris is the man. So is a city
    of any size that would be alone of its country in a story about another
    country's places: "Melton Lewis Paris" of a Texas county, then "Paris had
    been shot", is not the French capital; nor is a name whose entries all lie
    far from the story's places a local place (``Mention.stray``).
    """
    surnames, given = people.surnames, people.given
    if not surnames and not given:
        return mentions
    return [
        mention
        for mention in mentions
        if not (mention.key in surnames and (_surnamed(mention, mentions) or _acts_as_person(doc, mention)))
        and not (mention.key in given and _unsupported_town(mention, mentions))
    ]


def _acts_as_person(doc: Doc, mention: Mention) -> bool:
    """A bare surname that says or does something, or owns an act, is the person even when a big city has
    the name: "Attorney General Janet Reno ..." then "Reno said", "Reno's failure to set a deadline"."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    if any(child.dep_ in ("conj", "cc") for child in token.children):
        return False  # "Houston and Dallas grew": places listed together
    if says_or_decides(token):
        return True
    return token.dep_ == "poss" and token.head.lemma_.lower() in _ACTS


def _surnamed(mention: Mention, mentions: list[Mention]) -> bool:
    """The mention, whose name is a surname of the story, is the person: no gazetteer entry near the story fits."""
    if mention.resolved is None:
        return mention.stray
    return _small_town(mention.resolved) or _alone_abroad(mention, mentions)


def _alone_abroad(mention: Mention, mentions: list[Mention]) -> bool:
    """No other name of the story is in the mention's country, and most of them are in one other country."""
    countries = Counter(
        other.resolved.country2
        for other in mentions
        if other.key != mention.key and other.resolved is not None and other.resolved.country2
    )
    if mention.resolved is None or countries[mention.resolved.country2]:
        return False
    return clear_majority(countries) is not None


def _surnames(entities: tuple[Span, ...], split: list[Span]) -> set[str]:
    """Name keys of the last word of every person's full name ("Marco Rubio’s" gives "rubio"), and of
    the ``split`` surnames."""
    found = set()
    for ent in entities:
        if ent.label_ != "PERSON":
            continue
        words = [token for token in ent if token.tag_ != "POS" and not token.is_punct]
        if len(words) >= 2 and words[-1].is_title:
            found.add(name_key(words[-1].text))
    # A surname the tagger cut off the person's name is one too: "Superintendent Pedro" + "Toledo",
    # then "Toledo said" is the man.
    found.update(name_key(place.text) for place in split)
    return found


def _unsupported_town(mention: Mention, mentions: list[Mention]) -> bool:
    """A small town in a state (or country) none of the story's other places is in: "the Bernie field
    campaign" after "Bernie Sanders" is the man's, not Bernie, Missouri, in a story of Iowa and Vermont;
    "Logan" in a story of West Virginia stays the town even when a Logan Smith speaks."""
    town = mention.resolved
    if town is None or not _small_town(town):
        return False
    return not any(
        other.key != mention.key and other.resolved is not None
        and (other.resolved.admin1 or other.resolved.country2) == (town.admin1 or town.country2)
        for other in mentions
    )


def _given_names(doc: Doc, entities: tuple[Span, ...]) -> set[str]:
    """Name keys of the first word of every person's full name whose surname the story uses alone
    ("Bernie Sanders" then "Sanders" gives "bernie"; "Bicester Village", never "Village", gives none)."""
    people = [ent for ent in entities if ent.label_ == "PERSON" and len(ent) >= 2 and ent[0].is_title]
    if not people:
        return set()
    alone = Counter(title_texts(doc))
    return {name_key(ent[0].text) for ent in people if alone[ent[-1].text] > sum(
        1 for other in people if other[-1].text == ent[-1].text)}


def _small_town(entry: Entry) -> bool:
    return entry.feature == "city" and entry.population < BIG_CITY
