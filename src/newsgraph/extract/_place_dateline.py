"""The places of a wire story's dateline, which the cleaner cut from the text the parser reads.

"DAR ES SALAAM, Tanzania (AP) _", "INDEPENDENCE, Mo. _", "WASHINGTON, August
11 (Xinhua) --", "MOSCOW (AP)_": where the story was filed, named before the
story begins. The cleaner records the dateline as a removed span and blanks it,
so the tagger never sees it; :func:`dateline_places` reads its words directly.
The town is the first comma-separated piece; a piece after it that is a US
state's short form or a country qualifies it ("Mo." picks Independence,
Missouri) and is a mention of its own. A bare town is the capital or the most
populous city of the name: a dateline names a town the reader knows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.extract._gazetteer import Entry, Gazetteer, name_key

# Where the place words end: the agency's parenthesis, a dash or underscore, a date.
_END = re.compile(r"\(|\s[_\u2014\u2013-]|--|_|\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d")
_PIECE = re.compile(r"[^,]+")
_TOWN_FEATURES = frozenset({"city"})


@dataclass(frozen=True, slots=True)
class DatelinePlace:
    start: int  # offsets into the story's text
    end: int
    entry: Entry


def dateline_places(start: int, words: str, gazetteer: Gazetteer) -> list[DatelinePlace]:
    """The town of a dateline that begins at ``start`` and reads ``words``, and its qualifier if any."""
    cut = _END.search(words)
    head = words[: cut.start()] if cut else words
    pieces = [(found.start(), found.group()) for found in _PIECE.finditer(head)]
    pieces = [(offset + len(text) - len(text.lstrip()), text.strip()) for offset, text in pieces if text.strip()]
    if not pieces:
        return []
    town_offset, town = pieces[0]
    qualifier: tuple[int, str, Entry] | None = None
    if len(pieces) > 1:
        offset, text = pieces[1]
        entry = _region(text, gazetteer)
        if entry is not None:
            qualifier = (offset, text, entry)
    entry = _town(town, qualifier[2] if qualifier else None, gazetteer)
    if entry is None:
        return []
    found = [DatelinePlace(start + town_offset, start + town_offset + len(town), entry)]
    if qualifier is not None:
        offset, text, region = qualifier
        found.append(DatelinePlace(start + offset, start + offset + len(text), region))
    return found


def _region(text: str, gazetteer: Gazetteer) -> Entry | None:
    """A US state by short form or name ("Mo.", "N.J.", "Texas"), or a country ("Tanzania")."""
    code = gazetteer.state_codes.get(name_key(text))
    if code is not None and code in gazetteer.states:
        return gazetteer.states[code]
    for hit in gazetteer.lookup(text):
        if hit.entry.feature in ("country", "admin1"):
            return hit.entry
    return None


def _town(name: str, region: Entry | None, gazetteer: Gazetteer) -> Entry | None:
    towns = [hit.entry for hit in gazetteer.lookup(name) if hit.entry.feature in _TOWN_FEATURES]
    if region is not None:
        if region.feature == "admin1":
            towns = [town for town in towns if town.country2 == region.country2 and town.admin1 == region.admin1]
        else:
            towns = [town for town in towns if town.country2 == region.country2]
    if not towns:
        return None
    # "WASHINGTON" is the capital, not the larger namesakes' sum; then the most populous.
    return max(towns, key=lambda town: (town.geonameid in gazetteer.capitals, town.population))
