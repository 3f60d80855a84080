"""A name that is both a US state and its big city ("New York"): the state or the city, by the story's words.

Owns the choice between the two senses after ``_place_resolve`` has made
its own from the story's other places. Words right around a mention decide
for the name ("upstate New York", "New York state" are the state; "New York
police" the city); else the story's words vote ("the governor" for the
state, "the mayor" for the city), and so do its places inside the city
("Manhattan", "Brooklyn"). A tie leaves the resolver's choice. The words are
data (``state_city_cues.tsv``).

A mention right after "in" or "at" ("a court in New York", "a reporter in New
York") is the city whatever the others are, unless its own words say otherwise
or its sentence speaks of the state ("the primary in New York"), or it says
where a town lies ("a city in New York"): world and
national news say "in New York" of the city, and a story may name both ("western
New York state"; "held in a jail in New York").
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc

from newsgraph.extract._gazetteer import Entry, data_rows, name_key
from newsgraph.extract._place_record import Mention
from newsgraph.extract.geo import km_between

# A place this close to the city's point is one of its boroughs or neighbourhoods ("Brooklyn").
_INSIDE_KM = 25.0


@lru_cache(maxsize=1)
def _cues() -> dict[str, dict[str, str]]:
    """where ("before", "after", "story", "locative", "settlement", "sentence") -> word -> sense."""
    cues: dict[str, dict[str, str]] = {
        where: {} for where in ("before", "after", "story", "locative", "settlement", "sentence")
    }
    for word, sense, where in data_rows("state_city_cues.tsv"):
        cues[where][word] = sense
    return cues


def _pair(mention: Mention) -> tuple[Entry, Entry] | None:
    """The state and the city of that state a name could both mean, when it could."""
    states = [hit.entry for hit in mention.hits if hit.entry.feature == "admin1" and hit.entry.country2 == "US"]
    for state in states:
        city = next((hit.entry for hit in mention.hits if hit.entry.feature == "city"
                     and hit.entry.admin1 == state.admin1 and hit.rank == 2), None)
        if city is not None:
            return state, city
    return None


def settle_state_or_city(doc: Doc, mentions: list[Mention]) -> None:
    """Set ``resolved`` of each mention of a state-and-city name to the sense its story's words give."""
    cues = _cues()
    story: Counter[str] | None = None  # the story's cue words, counted only for a name that needs them
    keys = {mention.key for mention in mentions if mention.resolved is not None and _pair(mention) is not None}
    for key in keys:
        group = [mention for mention in mentions if mention.key == key]
        state, city = _pair(group[0]) or (None, None)
        if state is None or city is None:
            continue
        votes = Counter(_local_sense(doc, mention, cues) for mention in group)
        votes.pop(None, None)
        if not votes:
            if story is None:
                story = Counter(cues["story"][token.lower_.rstrip(".")] for token in doc
                                if token.lower_.rstrip(".") in cues["story"])
            votes = story.copy()
            if _inside(city, mentions, key):
                votes["city"] += 1
        if votes["state"] != votes["city"]:
            chosen = state if votes["state"] > votes["city"] else city
            for mention in group:
                if mention.resolved in (state, city) and not _qualifies(doc, mention):
                    mention.resolved = chosen
        for mention in group:
            if mention.resolved is state and _in_the_city(doc, mention, cues):
                mention.resolved = city


def _qualifies(doc: Doc, mention: Mention) -> bool:
    """Whether the mention qualifies a town before it ("Buffalo, New York"): then it is the state."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.start > 1 and doc[span.start - 1].text == "," and doc[span.start - 2].is_title


def _in_the_city(doc: Doc, mention: Mention, cues: dict[str, dict[str, str]]) -> bool:
    """Whether the mention follows a locative ("in New York") and neither its own words nor its sentence's
    speak of the state ("the primary in New York", "in New York state")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0 or cues["locative"].get(doc[span.start - 1].lower_) != "city":
        return False
    if span.start > 1 and doc[span.start - 2].lower_ in cues["settlement"]:
        return False  # "a city in New York", "towns in New York" are in the state
    if _local_sense(doc, mention, cues) is not None or _qualifies(doc, mention):
        return False
    words = (token.lower_.rstrip(".") for token in span.sent)
    return not any(cues["story"].get(word) == "state" or word in cues["sentence"] for word in words)


def _local_sense(doc: Doc, mention: Mention, cues: dict[str, dict[str, str]]) -> str | None:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    if span.start > 0 and (sense := cues["before"].get(doc[span.start - 1].lower_)) is not None:
        return sense
    after = span.end
    if after + 1 < len(doc) and doc[after].text == "-" and not doc[after].whitespace_:
        after += 1  # "New York-based"
    if after < len(doc):
        return cues["after"].get(doc[after].lower_)
    return None


def _inside(city: Entry, mentions: list[Mention], key: str) -> bool:
    """Whether another of the story's places lies inside the city ("Brooklyn").

    The city itself under another name does not count: a story that writes "New York City" in
    full may keep "New York" for the state.
    """
    if city.lat is None or city.lon is None:
        return False
    return any(
        mention.key != key and (entry := mention.resolved) is not None and entry.feature == "city"
        and entry is not city
        and entry.lat is not None and entry.lon is not None
        and km_between(city.lat, city.lon, entry.lat, entry.lon) <= _INSIDE_KM
        for mention in mentions
    )
