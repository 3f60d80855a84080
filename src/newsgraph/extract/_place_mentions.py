"""Candidate place-name mentions in a parsed document, before resolution.

Owns deciding which spans of text name a place. Sources, in order:

1. spaCy place entities (GPE, LOC, FAC), split at commas and newlines
   ("Washington, DC") and trimmed of "the" and "'s"; names inside a longer
   place entity ("the East Steps of the US Capitol") when well known.
2. Other entities that are or contain an unmistakable place: "Aleppo" tagged
   NORP, "Russia" glued to a heading as ORG, "Kentucky" in "the Kentucky
   Department of Education" (a place name inside an organisation's name is
   still a mention of the place; :func:`newsgraph.extract.places.sentence_locations`
   never takes it as where something happened).
3. Demonyms in a place-meaning context only ("Syrian territory"); "Syrian
   troops" or "the Iranian government" are actors.
4. Constructions of local news that say a name is a town or county, whatever
   the tagger made of it: datelines ("CROMWELL —"), a word of local life
   after it ("Roselle police", "a Chapin man", "Litchfield Superior Court"),
   where a person lives ("James Tauber of Nelson"), a legislator's home town
   ("R-Elbow Lake"), names listed before "counties" ("Walton and Oconee
   counties"), "in" or "north of" before it.
5. Capitalised proper nouns outside entities that the model missed ("flew to
   Kyiv"): accepted after a locative preposition, before ", State", or when
   well known; and every other occurrence of a name already accepted.
6. State abbreviations after a town ("Paris, Tenn.") as qualifiers, and
   dotted ones ("S.C.") anywhere.

Place names of streets ("Memphis St.") are dropped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsgraph.extract._gazetteer import Entry, Gazetteer, Hit, name_key

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels that never hide a place name worth a lookup.
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
# Nouns that make a demonym mean the place: "Syrian territory", "the Turkish capital".
PLACE_NOUNS = frozenset(
    """territory territories soil border borders capital city town village province region coast
    coastline airspace waters mainland countryside desert mountains frontier port enclave island
    islands peninsula""".split()
)
LOCATIVE = frozenset({"in", "at", "near", "from", "to", "outside", "inside", "across", "into", "around", "via"})
CONNECTORS = frozenset({"of", "de", "del", "do", "da", "dos", "das", "la", "le", "el", "al", "upon", "on"})
FEATURE_WORDS = frozenset(
    """sea ocean gulf bay lake river creek strait channel canal mountain mountains mount valley
    island islands peninsula desert forest park street road avenue highway boulevard bridge
    square plaza""".split()
)
MAX_NAME_TOKENS = 4
# Words that make a part of a place ("Western Pennsylvania", "Central Florida") and are
# also the names of small towns.
REGION_WORDS = frozenset(
    "north south east west northern southern eastern western central upper lower greater".split()
)
STRONG_LOCATIVE = frozenset({"in", "near", "outside", "inside"})
DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest outside".split()
)
DOTTED = re.compile(r"^[A-Z]\.(?:[A-Z][a-z]?\.)?$")  # "S.C.", "W.Va.", "W." of "W. Va."
# "Walton and Oconee counties": the plural after a list of names, and the singular each name takes.
COUNTY_PLURALS = {"counties": "County", "parishes": "Parish"}
# US party letters before a legislator's home town: "D-Fairfax", "DFL-Cook" (Minnesota).
PARTY_LETTERS = frozenset({"D", "R", "I", "DFL"})
SENTENCE_ENDS = frozenset({".", "!", "?", "\u201d", '"'})
DATELINE_MARKS = frozenset({"\u2014", "\u2013", "-", "--", ":", "("})
WELL_KNOWN_POPULATION = 100_000


@dataclass(slots=True)
class Mention:
    """A span that names a place, with every gazetteer entry the name could mean."""

    start: int
    end: int
    key: str
    hits: tuple[Hit, ...]
    sure: bool  # the model or an unmistakable name says it is a place
    in_name: bool = False  # inside an organisation's or event's name
    qualifier: Entry | None = None  # the state or country after "Town, "
    resolved: Entry | None = None


def find_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """Candidate mentions in text order, without overlaps, qualifiers attached."""
    covered = bytearray(len(doc))  # tokens inside a mention
    inside = bytearray(len(doc))  # tokens inside any entity
    mentions: list[Mention] = []
    for ent in doc.ents:
        for index in range(ent.start, ent.end):
            inside[index] = 1
        if ent.label_ in NOT_NAMES:
            continue
        for piece in _pieces(ent):
            mentions.extend(_from_entity(piece, ent.label_, gazetteer))
    for token in doc:
        if not inside[token.i] and token.text[:1].isupper():
            code = gazetteer.demonyms.get(name_key(token.text))
            if code is not None and _place_meaning(token) and code in gazetteer.countries:
                mentions.append(_mention(doc[token.i : token.i + 1], (Hit(gazetteer.countries[code], 2),), sure=True))
    # Constructions that say what a name is outright win over the entity reading:
    # "Walton and Oconee counties" are counties, not the towns of those names.
    framed = _county_lists(doc, gazetteer) + _district_towns(doc, gazetteer)
    if framed:
        mentions = [mention for mention in mentions if not any(_overlap(mention, other) for other in framed)]
        mentions.extend(framed)
    _mark(doc, mentions, covered)
    mentions.extend(_dotted_states(doc, covered, gazetteer))
    _mark(doc, mentions, covered)
    mentions.extend(_scan(doc, covered, inside, gazetteer))
    _mark(doc, mentions, covered)
    mentions.extend(_repeats(doc, covered, mentions, gazetteer))
    mentions.extend(_state_abbreviations(doc, mentions, gazetteer))
    mentions.sort(key=lambda m: (m.start, -m.end))
    kept = [mention for mention in _without_overlaps(mentions) if not _names_street(doc, mention, gazetteer)]
    _qualify(doc, kept)
    for mention in kept:
        _dateline_is_a_town(doc, mention, gazetteer)
    return kept


def _dateline_is_a_town(doc: Doc, mention: Mention, gazetteer: Gazetteer) -> None:
    """A dateline names a town ("MALTA \u2013" in an Illinois paper), so its towns outrank a country of that name.

    City-states keep their city entry ("SINGAPORE -").
    """
    if not any(hit.entry.feature == "country" for hit in mention.hits):
        return
    towns = tuple(hit for hit in mention.hits if hit.entry.feature == "city")
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if towns and span is not None and _is_dateline(span, gazetteer):
        mention.hits = towns


def _overlap(one: Mention, other: Mention) -> bool:
    return one.start < other.end and other.start < one.end


def _county_lists(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """Each name in "Barrow, Jackson and Madison counties" as its county, in the state they share."""
    found: list[Mention] = []
    for token in doc:
        suffix = COUNTY_PLURALS.get(token.lower_)
        if suffix is not None:
            found.extend(_in_shared_state(_county_list(doc, token.i, suffix, gazetteer)))
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
    end = plural
    while end > 0:
        start = end
        while start > 0 and end - start < MAX_NAME_TOKENS and doc[start - 1].text[:1].isupper():
            start -= 1
        if start == end:
            break
        name = doc[start:end]
        if any(hit.entry.feature == "admin1" for hit in gazetteer.lookup(name.text)):
            break  # "Indiana counties" are the state's counties, not Indiana County, Pennsylvania
        hits = tuple(hit for hit in gazetteer.lookup(f"{name.text} {suffix}") if hit.entry.feature == "admin2")
        if not hits:
            break
        found.append(Mention(name.start_char, name.end_char, name_key(f"{name.text} {suffix}"), hits, True))
        end = start
        while end > 0 and doc[end - 1].lower_ in (",", "and", "or"):
            end -= 1
    return found


def _district_towns(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """The home town after a legislator's party letter: "Rep. Torrey Westrom, R-Elbow Lake,"."""
    found: list[Mention] = []
    for token in doc[:-2]:
        if token.text not in PARTY_LETTERS or token.whitespace_ or doc[token.i + 1].text != "-":
            continue
        start = end = token.i + 2
        while end < len(doc) and end - start < MAX_NAME_TOKENS and doc[end].text[:1].isupper():
            end += 1
        if start == end or end >= len(doc) or doc[end].text not in (",", ")", ";", "."):
            continue
        name = doc[start:end]
        hits = gazetteer.lookup(name.text)
        if hits and name_key(name.text) not in gazetteer.demonyms:
            found.append(_mention(name, hits, sure=True))
    return found


def _names_street(doc: Doc, mention: Mention, gazetteer: Gazetteer) -> bool:
    """True for a place name that is part of a street's name: "Memphis St.", "Lakeview and Harrison streets"."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span[-1].lower_ == "county":
        return False  # "Freestone County Road 360" is a road of the county
    following = span.end
    if following + 1 < len(doc) and doc[following].lower_ == "and" and doc[following + 1].text[:1].isupper():
        following += 2  # "Lakeview and Harrison streets": the first name is a street too
    return following < len(doc) and name_key(doc[following].text) in gazetteer.street_words


def _mention(span: Span, hits: tuple[Hit, ...], *, sure: bool, in_name: bool = False) -> Mention:
    return Mention(span.start_char, span.end_char, name_key(span.text), hits, sure, in_name)


def _mark(doc: Doc, mentions: list[Mention], covered: bytearray) -> None:
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None:
            for index in range(span.start, span.end):
                covered[index] = 1


def _pieces(ent: Span) -> list[Span]:
    """An entity split at newlines and commas ("Washington, DC"), trimmed of "the" and "'s"."""
    doc = ent.doc
    pieces: list[Span] = []
    begin = ent.start
    for index in range(ent.start, ent.end + 1):
        if index == ent.end or doc[index].text == "," or "\n" in doc[index].text:
            start, end = begin, index
            while start < end and (doc[start].lower_ in ("the", "a") or doc[start].is_space):
                start += 1
            while end > start and (doc[end - 1].text in ("'s", "\u2019s", "'", "\u2019") or doc[end - 1].is_space):
                end -= 1
            if end > start:
                pieces.append(doc[start:end])
            begin = index + 1
    return pieces


def _from_entity(piece: Span, label: str, gazetteer: Gazetteer) -> list[Mention]:
    piece = _extended(_with_title_word(piece, gazetteer), gazetteer)
    key = name_key(piece.text)
    if len(piece) == 1 and key in gazetteer.demonyms:
        code = gazetteer.demonyms[key]
        if _place_meaning(piece[0]) and code in gazetteer.countries:
            return [_mention(piece, (Hit(gazetteer.countries[code], 2),), sure=True)]
        return []
    hits = gazetteer.lookup(piece.text)
    state = _state_abbreviation(piece.text, gazetteer)
    if state is not None and not any(hit.rank == 2 for hit in hits):  # "D.C." is the city
        return [_mention(piece, (Hit(state, 2),), sure=True)]
    if hits:
        if key in gazetteer.stopwords and not (
            (label in PLACE_LABELS and (any(_area(hit) for hit in hits) or _after_locative(piece)))
            or _framed_as_town(piece, gazetteer)
        ):
            return []
        if label in PLACE_LABELS:
            return [_mention(piece, hits, sure=True)]
        # A person's name is a place only when unmistakable ("Georgia" tagged PERSON);
        # "Bush" must not become the Egyptian town.
        person_ok = label != "PERSON" or _after_locative(piece) or _listed_with_place(piece)
        if any(_unmistakable(hit) or (_well_known(hit) and person_ok) for hit in hits):
            return [_mention(piece, hits, sure=_unmistakable_any(hits))]
        if _framed_as_town(piece, gazetteer) or (
            key not in gazetteer.stopwords
            and (_before_local_noun(piece, gazetteer) or _home_town(piece) or _inside_place(piece))
        ):
            return [_mention(piece, hits, sure=True)]
        return []
    # "the Athens Police Department", "Gainesville Mayor Myrtle Figueras": a town
    # heading a local institution's name or an official's title.
    leading = _leading_town(piece, gazetteer)
    if leading is not None:
        return [_mention(leading[0], leading[1], sure=True, in_name=label not in PLACE_LABELS)]
    # Names inside a longer entity: "the East Steps of the US Capitol", "the Kentucky
    # Department of Education". Only well-known names: "Islamic Republic" must not
    # yield the Missouri town of Republic. A named natural feature is its own place:
    # "the Sea of Japan" is not Japan, "Lake Vermont" not Vermont.
    if any(token.lower_ in FEATURE_WORDS for token in piece):
        return []
    if label in ("PERSON", "NORP"):
        return []  # "Sydney Powell", "Jordan Peterson": a place name inside a person's is no place
    in_name = label not in PLACE_LABELS
    return [
        _mention(span, found, sure=_unmistakable_any(found), in_name=in_name)
        for span, found in _longest_matches(piece, gazetteer)
        if name_key(span.text) not in gazetteer.stopwords
        and any(_unmistakable(hit) or _well_known(hit) for hit in found)
    ]


def _joining_hyphen(token: Token) -> bool:
    """A hyphen inside a word ("Winston-Salem"), not a dash between words."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _with_title_word(piece: Span, gazetteer: Gazetteer) -> Span:
    """The name with the "St." the tokenizer split off before it ("ST. PAUL" read as "ST", ".", "PAUL")."""
    doc = piece.doc
    start = piece.start
    if start < 2 or doc[start - 1].text != "." or doc[start - 2].whitespace_:
        return piece
    if doc[start - 2].lower_ not in ("st", "mt", "ft"):
        return piece
    longer = doc[start - 2 : piece.end]
    return longer if gazetteer.lookup(longer.text) else piece


def _extended(piece: Span, gazetteer: Gazetteer) -> Span:
    """The entity stretched over the rest of a longer name the model cut short.

    "Rio Grande" + "do Sul", "Winston" + "-Salem".
    """
    doc = piece.doc
    stop = piece.end
    if stop < len(doc) and doc[stop].lower_ in ("state", "province", "region"):
        longer = doc[piece.start : stop + 1]
        if gazetteer.lookup(longer.text):
            return longer  # "Washington state", "Borno state"
    while stop < len(doc) and stop - piece.end < 3 and (
        doc[stop].text[:1].isupper() or doc[stop].lower_ in CONNECTORS or _joining_hyphen(doc[stop])
    ):
        stop += 1
    for end in range(stop, piece.end, -1):
        if doc[end - 1].text[:1].isupper() and gazetteer.lookup(doc[piece.start : end].text):
            return doc[piece.start : end]
    return piece


def _dotted_states(doc: Doc, covered: bytearray, gazetteer: Gazetteer) -> list[Mention]:
    """State abbreviations with a period inside ("S.C.", "N.Y.", "W. Va."): no word looks like them.

    Wherever they stand, even inside an organisation's name ("the S.C. Department
    of Revenue"); "Pa." or "Miss." alone may be other words and are not taken here.
    """
    found: list[Mention] = []
    for token in doc:
        if covered[token.i] or not DOTTED.match(token.text):
            continue
        span = doc[token.i : token.i + 1]
        if token.i + 1 < len(doc) and token.text.endswith(".") and doc[token.i + 1].text[:1].isupper():
            longer = doc[token.i : token.i + 2]  # "W. Va."
            if longer.text.endswith(".") and _state_abbreviation(longer.text, gazetteer) is not None:
                span = longer
        state = _state_abbreviation(span.text, gazetteer)
        if state is not None and (len(span) == 2 or "." in span.text[:-1]):
            found.append(_mention(span, (Hit(state, 2),), sure=True))
    return found


def _state_abbreviation(text: str, gazetteer: Gazetteer) -> Entry | None:
    """"Tenn.", "N.C.": abbreviations are taken only with their period (bare "Miss" is a word).

    Only the written forms of our table: a postal code with a period is a title
    or initial ("Ms. Moayyad", "D.E. Smith").
    """
    if "." not in text:
        return None
    key = name_key(text)
    code = gazetteer.state_codes.get(key) if key in gazetteer.abbreviations else None
    return gazetteer.states.get(code) if code else None


def _after_locative(span: Span) -> bool:
    """After "in", "near"..., "the town of" or "north of": what follows is a place."""
    doc = span.doc
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.lower_ in LOCATIVE:
        return True
    if before.lower_ != "of" or span.start < 2:
        return False
    # "the town of Goma", "north of Moorhead", "45 miles southeast of Champaign"
    return doc[span.start - 2].lemma_.lower() in PLACE_NOUNS or doc[span.start - 2].lower_ in DIRECTIONS


def _inside_place(span: Span) -> bool:
    """After "in", "near" or "north of": "in Glastonbury" is a place even tagged as an organisation.

    Not after "to", "from" or "at", which take people and companies as well
    ("led detectives to Henry", "from Jones", "at Culver's").
    """
    doc = span.doc
    if span.start == 0:
        return False
    before = doc[span.start - 1].lower_
    return before in STRONG_LOCATIVE or (before == "of" and span.start > 1 and doc[span.start - 2].lower_ in DIRECTIONS)


def _listed_with_place(span: Span) -> bool:
    """In a list with a place the model did recognise: "in Birmingham and Manchester"."""
    root = span.root
    return root.dep_ in ("conj", "appos") and root.head.ent_type_ in PLACE_LABELS


def _area(hit: Hit) -> bool:
    return hit.entry.feature in ("country", "admin1", "continent")


def _unmistakable(hit: Hit) -> bool:
    entry = hit.entry
    if entry.feature in ("country", "admin1", "admin2", "continent", "region"):  # "County" says it is one
        return hit.rank >= 1
    return hit.rank == 2 or (hit.rank == 1 and entry.population >= 1_000_000)


def _unmistakable_any(hits: tuple[Hit, ...]) -> bool:
    return any(_unmistakable(hit) for hit in hits)


def _well_known(hit: Hit) -> bool:
    # Alternate names count for big cities only: they carry the English exonyms
    # ("Cologne"); a small town's alternates are local spellings.
    return hit.entry.population >= WELL_KNOWN_POPULATION * (1 if hit.rank >= 1 else 10)


def _longest_matches(span: Span, gazetteer: Gazetteer) -> list[tuple[Span, tuple[Hit, ...]]]:
    doc = span.doc
    found: list[tuple[Span, tuple[Hit, ...]]] = []
    index = span.start
    while index < span.end:
        if not doc[index].text[:1].isupper():
            index += 1
            continue
        for stop in range(min(span.end, index + MAX_NAME_TOKENS), index, -1):
            if doc[stop - 1].lower_ in CONNECTORS:
                continue
            if stop - index == 1 and doc[index].lower_ in REGION_WORDS:
                continue  # "Western Pennsylvania": the state, not a town called Western
            hits = gazetteer.lookup(doc[index:stop].text)
            if hits:
                found.append((doc[index:stop], hits))
                index = stop
                break
        else:
            index += 1
    return found


def _scan(doc: Doc, covered: bytearray, inside: bytearray, gazetteer: Gazetteer) -> list[Mention]:
    """Capitalised proper nouns outside any entity that name a place the model missed."""
    found: list[Mention] = []
    index, length = 0, len(doc)
    while index < length:
        token = doc[index]
        # Words in capitals may be a dateline the tagger did not read as a name ("BYESVILLE --").
        proper = token.pos_ == "PROPN" or (token.is_upper and len(token) > 2)
        if covered[index] or inside[index] or not proper or not token.text[:1].isupper() or _in_byline(token):
            index += 1
            continue
        if _inside_name(token):
            index += 1
            continue
        stop = index + 1
        while stop < length and stop - index < MAX_NAME_TOKENS and not covered[stop] and not inside[stop] and (
            doc[stop].text[:1].isupper() or doc[stop].lower_ in CONNECTORS
        ):
            stop += 1
        for end in range(stop, index, -1):
            name = doc[index:end]
            if doc[end - 1].lower_ in CONNECTORS:
                continue
            titled = _with_title_word(name, gazetteer)
            if titled.start < name.start and not any(covered[titled.start : name.start]):
                name = titled  # "ST. PARIS", not Paris
            if name_key(name.text) in gazetteer.stopwords and not _framed_as_town(name, gazetteer):
                continue
            hits = gazetteer.lookup(name.text)
            if hits and _scan_accepts(name, hits, gazetteer):
                sure = (
                    _unmistakable_any(hits)
                    or _is_dateline(name, gazetteer)
                    or _before_local_noun(name, gazetteer)
                    or _home_town(name)
                )
                found.append(_mention(name, hits, sure=sure))
                index = end
                break
        else:
            index += 1
    return found


def _in_byline(token: Token) -> bool:
    """"BY KENT MALLETT": a name in capitals after "By" is the writer's."""
    return token.is_upper and token.i > 0 and token.doc[token.i - 1].lower_ == "by"


def _scan_accepts(name: Span, hits: tuple[Hit, ...], gazetteer: Gazetteer) -> bool:
    if _framed_as_town(name, gazetteer) or _before_local_noun(name, gazetteer) or _home_town(name):
        return True
    if _after_locative(name):
        return True
    return any(_unmistakable(hit) or _well_known(hit) for hit in hits)


def _framed_as_town(name: Span, gazetteer: Gazetteer) -> bool:
    """A dateline ("FAIRFIELD --") or a town before its state or country ("Fairfield, Conn.")."""
    return _is_dateline(name, gazetteer) or _before_state(name, gazetteer)


def _before_state(name: Span, gazetteer: Gazetteer) -> bool:
    doc = name.doc
    if name.end + 1 >= len(doc) or doc[name.end].text != ",":
        return False
    following = doc[name.end + 1]
    if _state_abbreviation(following.text, gazetteer) is not None:
        return True
    return any(hit.entry.feature in ("admin1", "country") for hit in gazetteer.lookup(following.text))


def _before_local_noun(name: Span, gazetteer: Gazetteer) -> bool:
    """Right before a word of local life: "Roselle police", "a Chapin man", "Athens Mayor", "Kent's Board"."""
    doc = name.doc
    following = name.end
    if following + 1 < len(doc) and doc[following].text in ("'s", "\u2019s"):
        following += 1
    return following < len(doc) and name_key(doc[following].text) in gazetteer.local_nouns


def _home_town(name: Span) -> bool:
    """Where a named person lives: "James Tauber of Nelson", "Rebecca Sears, 41, of Grovetown"."""
    doc = name.doc
    index = name.start - 1
    if index < 1 or doc[index].lower_ != "of":
        return False
    before = doc[index - 1]
    if before.text == "," and index > 1:
        before = doc[index - 2]
    return before.ent_type_ == "PERSON" or (before.like_num and before.i > 1 and doc[before.i - 1].text == ",")


def _leading_town(piece: Span, gazetteer: Gazetteer) -> tuple[Span, tuple[Hit, ...]] | None:
    """The gazetteer name that opens ``piece`` when a local noun follows it inside the piece."""
    doc = piece.doc
    for stop in range(min(piece.end - 1, piece.start + MAX_NAME_TOKENS), piece.start, -1):
        name = doc[piece.start : stop]
        if not _before_local_noun(name, gazetteer) or name_key(name.text) in gazetteer.stopwords:
            continue
        hits = gazetteer.lookup(name.text)
        if hits:
            return name, hits
    return None


def _is_dateline(name: Span, gazetteer: Gazetteer) -> bool:
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
    if after + 2 < len(doc) and doc[after].text == "," and _state_abbreviation(doc[after + 1].text, gazetteer):
        after += 2
    return after < len(doc) and doc[after].text in DATELINE_MARKS


def _repeats(doc: Doc, covered: bytearray, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Other occurrences of names already accepted as places ("Gainesville Police" after "in Gainesville")."""
    accepted = {mention.key: mention.hits for mention in mentions if mention.sure or not mention.in_name}
    if not accepted:
        return []
    longest = max(len(key.split()) for key in accepted)
    found: list[Mention] = []
    for token in doc:
        if covered[token.i] or not token.text[:1].isupper() or _inside_name(token):
            continue
        person = token.ent_type_ == "PERSON"
        for stop in range(min(len(doc), token.i + longest), token.i, -1):
            if any(covered[token.i : stop]):
                continue
            span = doc[token.i : stop]
            key = name_key(span.text)
            hits = accepted.get(key)
            # A stopword is a place only where its own context says so ("Fairfield, Conn.",
            # not the Mr. Fairfield of the next paragraph). A name the tagger took for a
            # person's is the place only when the "person" is just that name ("Gainesville"
            # alone), never part of a longer one ("Paris Hilton").
            if hits is None or key in gazetteer.stopwords or (person and not _whole_entity(span)):
                continue
            found.append(_mention(span, hits, sure=False, in_name=token.ent_type_ not in ("", *PLACE_LABELS)))
            for index in range(token.i, stop):
                covered[index] = 1
            break
    return found


def _whole_entity(span: Span) -> bool:
    doc = span.doc
    return span[0].ent_iob_ == "B" and (span.end == len(doc) or doc[span.end].ent_iob_ != "I")


def _inside_name(token: Token) -> bool:
    """True after a capitalised word of the same name: "David Hopkins", "Elizabeth Fairfield".

    Not after a word that makes a part of a place: "Western Pennsylvania".
    """
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.lower_ in REGION_WORDS:
        return False
    return before.pos_ == "PROPN" and before.text[:1].isupper() and not before.is_sent_start


def _state_abbreviations(doc: Doc, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """"Paris, Tenn.": the abbreviation after a capitalised word and a comma is the state."""
    starts = {mention.start for mention in mentions}
    found: list[Mention] = []
    for token in doc[2:]:
        if token.idx in starts or doc[token.i - 1].text != "," or not doc[token.i - 2].text[:1].isupper():
            continue
        text = token.text
        if "." not in text and token.i + 1 < len(doc) and doc[token.i + 1].text == "." and not token.whitespace_:
            text += "."
        state = _state_abbreviation(text, gazetteer)
        if state is not None:
            found.append(Mention(token.idx, token.idx + len(text), name_key(text), (Hit(state, 2),), True))
    return found


def _place_meaning(token: Token) -> bool:
    """True when a demonym names the place ("Syrian territory"), not its people or government."""
    return token.dep_ in ("amod", "compound") and token.head.lemma_.lower() in PLACE_NOUNS


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    kept: list[Mention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            if mention.end - mention.start > kept[-1].end - kept[-1].start:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


def _qualify(doc: Doc, mentions: list[Mention]) -> None:
    """Attach "Town, State" and "Town, Country" qualifiers to the town."""
    text = doc.text  # built from the tokens on every access: once
    for mention, following in zip(mentions, mentions[1:]):
        between = text[mention.end : following.start]
        if between.strip() != "," or not any(hit.entry.feature == "city" for hit in mention.hits):
            continue
        area = next((hit.entry for hit in following.hits if hit.entry.feature in ("admin1", "country")), None)
        if area is not None:
            mention.qualifier = area
