"""Constructions of local news that say a name is a town, county or state.

Owns the rules that read a name from its local-news frame, whatever the tagger
made of it; :mod:`newsgraph.extract._place_mentions` calls them:

- datelines ("CROMWELL —", "CHARLESTON, W.Va. --"), whose towns outrank a
  country of the same name;
- a word of local life after the name ("Roselle police", "a Chapin man",
  "Litchfield Superior Court"), also heading an institution's name ("the
  Athens Police Department"); there a county may go without "County"
  ("DuPage Sheriff", "Kanawha Circuit Court"), and "City" may be the
  institution's ("Dublin City Council");
- where a person lives ("James Tauber of Nelson") and a legislator's home town
  or county ("R-Elbow Lake", "D-Kanawha");
- names listed before "counties" ("Walton and Oconee counties"), in the state
  they share;
- state abbreviations: after a town ("Paris, Tenn.") and dotted ones ("S.C.")
  anywhere; "Town, State", "Town, Country" and "County, State" qualifiers
  attached to the town or county;
- street names ("Memphis St."), whose place names are dropped, and longer place
  names the gazetteer lacks ("Meadow Grove"), which replace their first name.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from newsgraph.extract._gazetteer import Entry, Gazetteer, Hit, name_key
from newsgraph.extract._place_columns import doc_text, lower_indices, shape_indices, text_indices
from newsgraph.extract._place_record import MAX_NAME_TOKENS, Mention, mention_of

DOTTED = re.compile(r"^[A-Z]\.(?:[A-Z][a-z]?\.)?$")  # "S.C.", "W.Va.", "W." of "W. Va."
# The shapes of the words ``DOTTED`` may match ("X.Xx." for "W.Va."), to find them on the doc's arrays.
DOTTED_SHAPES = frozenset({"X.", "X.X.", "X.Xx."})
# "Walton and Oconee counties": the plural after a list of names, and the singular each name takes.
COUNTY_PLURALS = {"counties": "County", "parishes": "Parish"}
# Words between the names of such a list: "Walton, Barrow and Oconee", "from Ellsworth to Riley counties".
LIST_WORDS = frozenset({",", "and", "or", "to", "through"})
# US party letters before a legislator's home town: "D-Fairfax", "DFL-Cook" (Minnesota).
PARTY_LETTERS = frozenset({"D", "R", "I", "DFL"})
SENTENCE_ENDS = frozenset({".", "!", "?", "\u201d", '"'})
DATELINE_MARKS = frozenset({"\u2014", "\u2013", "-", "--", ":", "("})


def is_dateline(name: Span, gazetteer: Gazetteer) -> bool:
    """A capitalised name opening a story or paragraph before a dash or colon: "CROMWELL —", "BEIRUT:".

    Also with its state: "CHARLESTON, W.Va. --". The name must be in capitals
    (a dateline's style), so that "Police said - " is no dateline.
    """
    doc = name.doc
    letters = [char for char in name.text if char.isalpha()]
    if len(letters) < 3 or sum(char.isupper() for char in letters) < 0.7 * len(letters):
        return False
    if name.start > 0:
        before = doc[name.start - 1]
        after_date = before.like_num and len(before.text) == 4  # "March 29, 2009 PATASKALA --"
        if before.text not in SENTENCE_ENDS and "\n" not in before.text + before.whitespace_ and not after_date:
            return False
    after = name.end
    if after + 2 < len(doc) and doc[after].text == "," and state_abbreviation(doc[after + 1].text, gazetteer):
        after += 2
    return after < len(doc) and doc[after].text in DATELINE_MARKS


def dateline_is_a_town(doc: Doc, mention: Mention, gazetteer: Gazetteer) -> None:
    """A dateline names a town ("MALTA \u2013" in an Illinois paper), so its towns outrank a country of that name.

    City-states keep their city entry ("SINGAPORE -").
    """
    if not any(hit.entry.feature == "country" for hit in mention.hits):
        return
    towns = tuple(hit for hit in mention.hits if hit.entry.feature == "city")
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if towns and span is not None and is_dateline(span, gazetteer):
        mention.hits = towns


def before_local_noun(name: Span, gazetteer: Gazetteer) -> bool:
    """Right before a word of local life: "Roselle police", "a Chapin man", "Athens Mayor", "Kent's Board"."""
    doc = name.doc
    following = name.end
    if following + 1 < len(doc) and doc[following].text in ("'s", "\u2019s"):
        following += 1
    return following < len(doc) and name_key(doc[following].text) in gazetteer.local_nouns


def leading_town(piece: Span, gazetteer: Gazetteer) -> tuple[Span, tuple[Hit, ...]] | None:
    """The gazetteer name that opens ``piece`` when a local noun follows it inside the piece."""
    doc = piece.doc
    for stop in range(min(piece.end - 1, piece.start + MAX_NAME_TOKENS), piece.start, -1):
        name = doc[piece.start : stop]
        if not before_local_noun(name, gazetteer) or name_key(name.text) in gazetteer.stopwords:
            continue
        if institution_city(name, gazetteer):
            continue  # "Dublin City Council": the town is "Dublin"
        hits = local_hits(name, gazetteer) or gazetteer.lookup(name.text)
        if hits:
            return name, hits
    return None


# A town this size or larger is what its name means before a word of local life, even where a
# county shares the name; a smaller one competes with the county ("Kanawha Circuit Court").
SMALL_TOWN = 10_000


def local_hits(name: Span, gazetteer: Gazetteer) -> tuple[Hit, ...]:
    """What a name before a word of local life may stand for, counties said without "County" included.

    "DuPage Sheriff", "Kanawha Circuit Court", "Powhatan High School": the
    county, when no town of ``SMALL_TOWN`` people bears the name (the story's
    state picks among namesakes). Empty unless a local noun follows, and for a
    saint's possessive ("St. Mary's school"): the plain lookup then decides.
    """
    doc = name.doc
    if name.end < len(doc) and doc[name.end].text in ("'s", "\u2019s"):
        return ()  # "St. Mary's school" is a saint's, not St. Mary Parish's
    if not before_local_noun(name, gazetteer):
        return ()
    towns = gazetteer.lookup(name.text)
    if any(hit.entry.feature != "city" or hit.entry.population >= SMALL_TOWN for hit in towns):
        return ()
    return towns + _counties_named(name.text, gazetteer)


def institution_city(name: Span, gazetteer: Gazetteer) -> bool:
    """"Dublin City" in "Dublin City Schools" or "the Alexandria City Council": "City" is the institution's.

    Only where "X City" is no town's own name, just an alternate name of a big
    city ("Dublin City" of Ireland's capital), "X" alone is a name, and a name
    or a word of local life goes on after it; "Kansas City", "Boulder City"
    and "Mexico City" stay whole.
    """
    doc = name.doc
    if len(name) < 2 or name[-1].lower_ != "city" or name.end >= len(doc):
        return False
    following = doc[name.end]
    if not following.text[:1].isupper() and name_key(following.text) not in gazetteer.local_nouns:
        return False
    if any(hit.rank >= 1 for hit in gazetteer.lookup(name.text)):
        return False
    return bool(gazetteer.lookup(doc[name.start : name.end - 1].text))


def home_town(name: Span) -> bool:
    """Where a named person lives: "James Tauber of Nelson", "Rebecca Sears, 41, of Grovetown"."""
    doc = name.doc
    index = name.start - 1
    if index < 1 or doc[index].lower_ != "of":
        return False
    before = doc[index - 1]
    if before.text == "," and index > 1:
        before = doc[index - 2]
    return before.ent_type_ == "PERSON" or (before.like_num and before.i > 1 and doc[before.i - 1].text == ",")


def district_towns(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """The home after a legislator's party letter: "Rep. Dana Hale, R-Marlow,", "Carrie Webster, D-Kanawha,".

    A town or a county: some states' legislatures name a member's county
    (West Virginia's "D-Kanawha", "R-Berkeley"), so the counties of the name
    are candidates beside its towns and the story's state picks among them;
    not a county in a state that has a town of ``SMALL_TOWN`` people so named.
    """
    found: list[Mention] = []
    for index in text_indices(doc, PARTY_LETTERS):
        token = doc[index]
        if index >= len(doc) - 2 or token.whitespace_ or doc[index + 1].text != "-":
            continue
        start = end = token.i + 2
        while end < len(doc) and end - start < MAX_NAME_TOKENS and doc[end].text[:1].isupper():
            end += 1
        if start == end or end >= len(doc) or doc[end].text not in (",", ")", ";", "."):
            continue
        name = doc[start:end]
        state = _written_state(name.text, gazetteer)
        if state is not None:
            # "Sen. Bob Casey, D-Pa.", "Rep. Nancy Pelosi, D-Calif": a member of Congress's state.
            found.append(mention_of(name, (Hit(state, 2),), sure=True))
            continue
        towns = gazetteer.lookup(name.text)
        # "R-Charleston": where the county's state has a town of the name, the town.
        big = {hit.entry.admin1 for hit in towns if hit.entry.feature == "city" and hit.entry.population >= SMALL_TOWN}
        hits = towns + tuple(hit for hit in _counties_named(name.text, gazetteer) if hit.entry.admin1 not in big)
        if hits and name_key(name.text) not in gazetteer.demonyms:
            found.append(mention_of(name, hits, sure=True))
    return found


def _written_state(text: str, gazetteer: Gazetteer) -> Entry | None:
    """The state a written abbreviation names, with or without its period ("Pa.", "Calif"): after a party
    letter no ordinary word stands there, so the period that :func:`state_abbreviation` asks for is not needed."""
    key = name_key(text)
    code = gazetteer.state_codes.get(key) if key in gazetteer.abbreviations else None
    return gazetteer.states.get(code) if code else None


def _counties_named(name: str, gazetteer: Gazetteer) -> tuple[Hit, ...]:
    """The counties (and parishes) called ``name`` without their "County": "Kanawha", "DuPage"."""
    return tuple(
        hit
        for suffix in COUNTY_PLURALS.values()
        for hit in gazetteer.lookup(f"{name} {suffix}")
        if hit.entry.feature == "admin2"
    )


def county_lists(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """Each name in "Lund, Marlow and Ashby counties" as its county, in the state they share."""
    found: list[Mention] = []
    for index in lower_indices(doc, frozenset(COUNTY_PLURALS)):
        suffix = COUNTY_PLURALS[doc[index].lower_]
        found.extend(_in_shared_state(_county_list(doc, index, suffix, gazetteer)))
    return found


def _in_shared_state(listed: list[Mention]) -> list[Mention]:
    """The counties of one list narrowed to the state most of them share ("Walton and Oconee": Georgia)."""
    shared = Counter(state for mention in listed for state in {hit.entry.admin1 for hit in mention.hits})
    if not shared:
        return listed
    top = max(shared.values())
    if top < 2:
        return listed
    states = {state for state, count in shared.items() if count == top}
    for mention in listed:
        narrowed = tuple(hit for hit in mention.hits if hit.entry.admin1 in states)
        if narrowed:
            mention.hits = narrowed
    return listed


def _county_list(doc: Doc, plural: int, suffix: str, gazetteer: Gazetteer) -> list[Mention]:
    """The names listed before the plural at ``plural``, each with the counties it may be."""
    found: list[Mention] = []
    states: list[Mention] = []  # listed names that are also a state's
    end = plural
    while end > 0:
        start = end
        while start > 0 and end - start < MAX_NAME_TOKENS and doc[start - 1].text[:1].isupper():
            start -= 1
        if start == end:
            break
        name = doc[start:end]
        hits = tuple(hit for hit in gazetteer.lookup(f"{name.text} {suffix}") if hit.entry.feature == "admin2")
        if not hits:
            break
        mention = Mention(name.start_char, name.end_char, name_key(f"{name.text} {suffix}"), hits, True)
        is_state = any(hit.entry.feature == "admin1" for hit in gazetteer.lookup(name.text))
        (states if is_state else found).append(mention)
        end = start
        while end > 0 and doc[end - 1].lower_ in LIST_WORDS:
            end -= 1
    # "Indiana counties" are the state's counties, not Indiana County, Pennsylvania; but
    # "Dakota, Otoe and Washington counties" list counties, Washington among them. One name
    # before the plural, in no list, names what the counties belong to: "the four metro
    # Athens counties" (but "Small Hitchcock and Hayes counties" is a list).
    listed = found + states if found else []
    in_list = len(listed) > 1 or (end > 0 and doc[end].lower_ in LIST_WORDS)
    return listed if in_list else []


def framed_as_town(name: Span, gazetteer: Gazetteer) -> bool:
    """A dateline ("FAIRFIELD --") or a town before its state or country ("Fairfield, Conn.")."""
    return is_dateline(name, gazetteer) or _before_state(name, gazetteer)


def _before_state(name: Span, gazetteer: Gazetteer) -> bool:
    doc = name.doc
    if name.end + 1 >= len(doc) or doc[name.end].text != ",":
        return False
    following = doc[name.end + 1]
    if state_abbreviation(following.text, gazetteer) is not None:
        return True
    return any(hit.entry.feature in ("admin1", "country") for hit in gazetteer.lookup(following.text))


def dotted_place(text: str, gazetteer: Gazetteer) -> Entry | None:
    """The city dotted initials name ("L.A." is Los Angeles, not Louisiana), else the state abbreviated."""
    return gazetteer.city_initials.get(text) or state_abbreviation(text, gazetteer)


def state_abbreviation(text: str, gazetteer: Gazetteer) -> Entry | None:
    """"Tenn.", "N.C.": abbreviations are taken only with their period (bare "Miss" is a word).

    Only the written forms of our table: a postal code with a period is a title
    or initial ("Ms. Moayyad", "D.E. Smith").
    """
    if "." not in text:
        return None
    key = name_key(text)
    code = gazetteer.state_codes.get(key) if key in gazetteer.abbreviations else None
    return gazetteer.states.get(code) if code else None


def dotted_states(doc: Doc, covered: bytearray, gazetteer: Gazetteer) -> list[Mention]:
    """State abbreviations with a period inside ("S.C.", "N.Y.", "W. Va."): no word looks like them.

    Wherever they stand, even inside an organisation's name ("the S.C. Department
    of Revenue"); "Pa." or "Miss." alone may be other words and are not taken here.
    """
    found: list[Mention] = []
    for index in shape_indices(doc, DOTTED_SHAPES):
        token = doc[index]
        if covered[index] or not DOTTED.match(token.text):
            continue
        span = doc[token.i : token.i + 1]
        if token.i + 1 < len(doc) and token.text.endswith(".") and doc[token.i + 1].text[:1].isupper():
            longer = doc[token.i : token.i + 2]  # "W. Va."
            if longer.text.endswith(".") and state_abbreviation(longer.text, gazetteer) is not None:
                span = longer
        state = dotted_place(span.text, gazetteer)
        if state is not None and (len(span) == 2 or "." in span.text[:-1]):
            found.append(mention_of(span, (Hit(state, 2),), sure=True))
    return found


def state_abbreviations(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Paris, Tenn.": the abbreviation after a capitalised word and a comma is the state."""
    starts = {mention.start for mention in mentions}
    found: list[Mention] = []
    for comma in text_indices(doc, frozenset({","})):
        if comma < 1 or comma + 1 >= len(doc):
            continue
        token = doc[comma + 1]
        if token.idx in starts or not doc[comma - 1].text[:1].isupper():
            continue
        text = token.text
        if "." not in text and token.i + 1 < len(doc) and doc[token.i + 1].text == "." and not token.whitespace_:
            text += "."
        if ".-" in text:
            text = text[: text.index(".-") + 1]  # "Wilmington, Del.-based Star States": the state is "Del."
        state = state_abbreviation(text, gazetteer)
        if state is not None:
            found.append(Mention(token.idx, token.idx + len(text), name_key(text), (Hit(state, 2),), True))
    return found


def names_street(doc: Doc, mention: Mention, gazetteer: Gazetteer) -> bool:
    """True for a place name that is part of a street's name: "Memphis St.", "Lakeview and Harrison streets"."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span[-1].lower_ == "county":
        return False  # "Freestone County Road 360" is a road of the county
    following = span.end
    if following + 1 < len(doc) and doc[following].lower_ == "and" and doc[following + 1].text[:1].isupper():
        following += 2  # "Lakeview and Harrison streets": the first name is a street too
    return following < len(doc) and name_key(doc[following].text) in gazetteer.street_words


def longer_place(doc: Doc, mention: Mention, gazetteer: Gazetteer) -> Mention | None:
    """The longer place name the gazetteer lacks that ``mention`` only begins: "Meadow Grove", not "Meadow".

    The next word is a capitalised settlement word ("Grove", "Colony",
    "Springs"): "a Tennessee Colony man" is from a Texas village, not the
    state. The longer name has no entry: it is marked ``stray``, a local place
    located at the story's town.
    """
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return None
    following = doc[span.end]
    if not following.text[:1].isupper() or name_key(following.text) not in gazetteer.settlement_words:
        return None
    start = span.start + 1 if span[0].lower_ == "the" and len(span) > 1 else span.start
    longer = doc[start : span.end + 1]  # "The Meadow Grove man": not "The"
    if gazetteer.lookup(longer.text):
        return None
    place = mention_of(longer, (), sure=True)
    place.stray = True
    return place


_POSSESSIVES = frozenset({"'s", "\u2019s"})


def qualify(doc: Doc, mentions: list[Mention]) -> None:
    """Attach "Town, State", "Town, Country", "County, State" and "State's Town" qualifiers to the town or county.

    "Jefferson County, Colo." is Colorado's of the 25 Jefferson Counties.
    """
    text = doc_text(doc)
    qualifiers: dict[str, tuple[Hit, ...]] = {}
    for mention, following in zip(mentions, mentions[1:]):
        between = text[mention.end : following.start]
        if between.strip() in _POSSESSIVES:
            # "New Jersey's Newark International Airport", "Ohio's Cuyahoga County": the state owns the place.
            mention, following = following, mention
        elif between.strip() != ",":
            continue
        features = {hit.entry.feature for hit in mention.hits}
        if "city" in features:
            areas: tuple[str, ...] = ("admin1", "country")
        elif "admin2" in features:
            areas = ("admin1",)
        else:
            continue
        area = next((hit.entry for hit in following.hits if hit.entry.feature in areas), None)
        if area is not None:
            mention.qualifier = area
            if area.feature == "admin1":  # a country after a comma may be the next town of a list
                qualifiers[following.key] = tuple(hit for hit in following.hits if hit.entry is area)
    # "Buffalo, New York": the name that qualifies a town is the state, not the city of that name,
    # and one name has one sense in a story.
    for mention in mentions:
        if mention.key in qualifiers:
            mention.hits = qualifiers[mention.key]
