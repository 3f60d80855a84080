"""Candidate place-name mentions in a parsed document, before resolution.

Owns deciding which spans of text name a place (:func:`find_mentions`), and the
sources that work from the tagger's entities and the gazetteer. Sources, in order:

1. spaCy place entities (GPE, LOC, FAC), split at commas and newlines
   ("Washington, DC") and trimmed of "the" and "'s"; names inside a longer
   place entity ("the East Steps of the US Capitol") when well known.
2. Other entities that are or contain an unmistakable place: "Aleppo" tagged
   NORP, "Russia" glued to a heading as ORG, "Kentucky" in "the Kentucky
   Department of Education" (a place name inside an organisation's name is
   still a mention of the place; :func:`newsgraph.extract.places.sentence_locations`
   never takes it as where something happened); not "United Russia", "Bank of America".
3. Demonyms in a place-meaning context only ("Syrian territory"); "Syrian
   troops" or "the Iranian government" are actors.
4. Constructions of local news that say a name is a town, county or state,
   whatever the tagger made of it: datelines, "Roselle police", "James Tauber
   of Nelson", "R-Elbow Lake", "Walton and Oconee counties", "Paris, Tenn.",
   "S.C." (owned by :mod:`newsgraph.extract._place_local`).
5. Capitalised proper nouns outside entities that the model missed ("flew to
   Kyiv"): accepted after a locative preposition ("in" or "north of"), before
   ", State", in a local-news construction, or when well known; and every other
   occurrence of a name already accepted.

Place names of streets ("Memphis St.") are dropped, and the first name of a longer
place name the gazetteer lacks ("Meadow" of "Meadow Grove") gives way to the whole,
a local place to locate at the story's town; "Town, State" qualifiers are
attached. The :class:`Mention` record lives in :mod:`newsgraph.extract._place_record`;
the tests that judge a name from its neighbours and entries (after a locative, in
a list with a place, unmistakable, well known) in :mod:`newsgraph.extract._place_cues`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsgraph.extract._gazetteer import Gazetteer, Hit, data_rows, name_key
from newsgraph.extract._place_columns import capitalised_indices
from newsgraph.extract._place_cues import (
    PLACE_LABELS,
    REGION_WORDS,
    acted_on_as_place,
    after_locative,
    inside_name,
    inside_place,
    is_area,
    listed_with_place,
    place_meaning,
    unmistakable,
    unmistakable_any,
    well_known,
)
from newsgraph.extract._place_local import (
    before_local_noun,
    county_lists,
    dateline_is_a_town,
    district_towns,
    dotted_place,
    dotted_states,
    framed_as_town,
    home_town,
    institution_city,
    is_dateline,
    leading_town,
    local_hits,
    longer_place,
    names_street,
    qualify,
    state_abbreviations,
)
from newsgraph.extract._place_lower import lower_case_places
from newsgraph.extract._place_things import without_named_things
from newsgraph.extract._place_record import (
    MAX_NAME_TOKENS,
    Mention,
    mark_covered,
    mention_of,
    overlap,
    without_overlaps,
)

# Labels that never hide a place name worth a lookup.
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})
CONNECTORS = frozenset({"of", "de", "del", "do", "da", "dos", "das", "la", "le", "el", "al", "upon", "on"})
FEATURE_WORDS = frozenset(
    """sea ocean gulf bay lake river creek strait channel canal mountain mountains mount valley
    island islands peninsula desert forest park street road avenue highway boulevard bridge
    square plaza""".split()
)
# Kinds of ship and craft whose names are often places' names.
_VESSELS = frozenset(
    {"shuttle", "uss", "hms", "ship", "carrier", "destroyer", "frigate", "submarine", "cruiser", "orbiter",
     "tanker", "freighter", "liner", "ferry", "spacecraft", "battleship"}
)
# A country after an organisation name's first word is part of it: "United Russia", "Bank of America".
NATIONS = frozenset({"country", "continent"})


def find_mentions(
    doc: Doc, gazetteer: Gazetteer, *, capitalised: list[int] | None = None, surnames: frozenset[str] = frozenset()
) -> list[Mention]:
    """Candidate mentions in text order, without overlaps, qualifiers attached.

    ``capitalised`` holds the indices of the tokens that begin with a capital, where the caller
    has them (``capitalised_indices``); ``surnames`` the name keys that end a person's full name in the
    story (``_place_people.StoryPeople``).
    """
    covered = bytearray(len(doc))  # tokens inside a mention
    inside = bytearray(len(doc))  # tokens inside any entity
    mentions: list[Mention] = []
    if capitalised is None:
        capitalised = capitalised_indices(doc)  # the few tokens the scans below start from
    for ent in doc.ents:
        for index in range(ent.start, ent.end):
            inside[index] = 1
        if ent.label_ in NOT_NAMES:
            for index in _swallowed_places(ent, gazetteer):
                inside[index] = 0  # left for the scan of names the model missed
            continue
        for piece in _pieces(ent):
            mentions.extend(_from_entity(piece, ent.label_, gazetteer, surnames))
    for index in capitalised:
        if inside[index]:
            continue
        token = doc[index]
        code = gazetteer.demonyms.get(name_key(token.text))
        if code is not None and place_meaning(token) and code in gazetteer.countries:
            mentions.append(mention_of(doc[index : index + 1], (Hit(gazetteer.countries[code], 2),), sure=True))
    # Constructions that say what a name is outright win over the entity reading:
    # "Walton and Oconee counties" are counties, not the towns of those names.
    framed = county_lists(doc, gazetteer) + district_towns(doc, gazetteer)
    if framed:
        mentions = [mention for mention in mentions if not any(overlap(mention, other) for other in framed)]
        mentions.extend(framed)
    mark_covered(doc, mentions, covered)
    mentions.extend(dotted_states(doc, covered, gazetteer))
    mark_covered(doc, mentions, covered)
    mentions.extend(_scan(doc, capitalised, covered, inside, gazetteer))
    mark_covered(doc, mentions, covered)
    mentions.extend(_repeats(doc, capitalised, covered, mentions, gazetteer))
    mentions.extend(state_abbreviations(doc, mentions, gazetteer))
    mentions.sort(key=lambda m: (m.start, -m.end))
    kept = [
        longer_place(doc, mention, gazetteer) or _whole_name(doc, mention, gazetteer) or mention
        for mention in without_overlaps(mentions)
        if not names_street(doc, mention, gazetteer) and not _names_party(doc, mention) and not _names_vessel(doc, mention)
        and not _common_noun(doc, mention) and not _names_war(doc, mention)
    ]
    kept = without_named_things(doc, kept)
    kept = sorted(kept + lower_case_places(doc, kept, gazetteer), key=lambda m: m.start)
    qualify(doc, kept)
    for mention in kept:
        dateline_is_a_town(doc, mention, gazetteer)
    return kept


def _swallowed_places(ent: Span, gazetteer: Gazetteer) -> list[int]:
    """Tokens of a date or time entity that are an unmistakable place the tagger swallowed: "Kyiv" of
    "fired missiles at Kyiv overnight", tagged TIME. Months and weekdays are stopwords, never places."""
    return [
        token.i
        for token in ent
        if token.pos_ == "PROPN" and token.is_title and name_key(token.text) not in gazetteer.stopwords
        and unmistakable_any(gazetteer.lookup(token.text))
    ]


def _names_party(doc: Doc, mention: Mention) -> bool:
    """A country after "United" that the two do not name together is a party's or club's name: "United Russia"."""
    if not any(hit.entry.feature == "country" for hit in mention.hits):
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].text == "United"


def _whole_name(doc: Doc, mention: Mention, gazetteer: Gazetteer) -> Mention | None:
    """The whole name when the tagger cut off its first word and the gazetteer knows it: "Little
    Havana" (a Miami neighbourhood) where the entity was only "Havana"."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0 or not mention.hits:
        return None
    before = doc[span.start - 1]
    if not before.is_title or not before.is_alpha or before.is_sent_start or before.ent_type_:
        return None
    longer = doc[span.start - 1 : span.end]
    if name_key(longer.text) == mention.key:
        return None  # "The Miami families": the lookup ignores a leading "the"
    hits = gazetteer.lookup(longer.text)
    if not hits:
        return None
    return mention_of(doc[span.start - 1 : span.end], hits, sure=mention.sure, in_name=mention.in_name)


def _common_noun(doc: Doc, mention: Mention) -> bool:
    """A name written in lower case that is then a common noun (``common_nouns.tsv``): "the gulf
    between the parties" is no sea."""
    return mention.key in _common_nouns() and doc.text[mention.start : mention.end].islower()


@lru_cache(maxsize=1)
def _common_nouns() -> frozenset[str]:
    return frozenset(name_key(row[0]) for row in data_rows("common_nouns.tsv"))


def _names_war(doc: Doc, mention: Mention) -> bool:
    """A region named only as a war's name: "the Gulf War", "a Gulf War veteran" name a war, and
    in a story of American towns "Gulf" alone would be pinned on the Gulf of Mexico. Countries
    keep their mention ("the Iraq war" is about Iraq)."""
    if not mention.hits or any(hit.entry.feature != "region" for hit in mention.hits):
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.end < len(doc) and doc[span.end].lower_ in ("war", "wars")


def _names_vessel(doc: Doc, mention: Mention) -> bool:
    """A place name right after a ship's or craft's kind is the craft's name: "Space Shuttle Columbia",
    "the USS Cole", "the carrier Kitty Hawk"."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in _VESSELS


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


def _from_entity(piece: Span, label: str, gazetteer: Gazetteer, surnames: frozenset[str]) -> list[Mention]:
    piece = _without_institution_city(_extended(_with_title_word(piece, gazetteer), gazetteer), gazetteer)
    key = name_key(piece.text)
    if len(piece) == 1 and key in gazetteer.demonyms:
        code = gazetteer.demonyms[key]
        if place_meaning(piece[0]) and code in gazetteer.countries:
            return [mention_of(piece, (Hit(gazetteer.countries[code], 2),), sure=True)]
        return []
    hits = local_hits(piece, gazetteer) or gazetteer.lookup(piece.text)
    state = dotted_place(piece.text, gazetteer)
    if state is not None and not any(hit.rank == 2 for hit in hits):  # "D.C." is the city
        return [mention_of(piece, (Hit(state, 2),), sure=True)]
    if hits:
        if key in gazetteer.stopwords and not (
            (label in PLACE_LABELS and (any(is_area(hit) for hit in hits) or after_locative(piece)
                                        or listed_with_place(piece) or before_local_noun(piece, gazetteer)))
            or framed_as_town(piece, gazetteer)
        ):
            return []
        if label in PLACE_LABELS:
            return [mention_of(piece, hits, sure=True)]
        # A person's name is a place only when unmistakable ("Georgia" tagged PERSON);
        # "Bush" must not become the Egyptian town.
        person_ok = label != "PERSON" or after_locative(piece) or listed_with_place(piece) or (
            # "Elizabeth Warren ... visited Warren": the person named in full keeps the name
            acted_on_as_place(piece) and key not in surnames
        )
        if any(unmistakable(hit) or (well_known(hit) and person_ok) for hit in hits):
            return [mention_of(piece, hits, sure=unmistakable_any(hits))]
        if framed_as_town(piece, gazetteer) or (
            key not in gazetteer.stopwords
            and (before_local_noun(piece, gazetteer) or home_town(piece) or inside_place(piece))
        ):
            return [mention_of(piece, hits, sure=True)]
        return []
    # "the Athens Police Department", "Gainesville Mayor Myrtle Figueras": a town
    # heading a local institution's name or an official's title.
    leading = leading_town(piece, gazetteer)
    if leading is not None:
        return [mention_of(leading[0], leading[1], sure=True, in_name=label not in PLACE_LABELS)]
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
        mention_of(span, found, sure=unmistakable_any(found), in_name=in_name)
        for span, found in _longest_matches(piece, gazetteer)
        if name_key(span.text) not in gazetteer.stopwords
        and any(unmistakable(hit) or well_known(hit) for hit in found)
        and not (in_name and span.start > piece.start and any(hit.entry.feature in NATIONS for hit in found))
    ]


def _without_institution_city(piece: Span, gazetteer: Gazetteer) -> Span:
    """The name less its last word where "City" belongs to an institution ("Dublin City Schools")."""
    return piece[:-1] if institution_city(piece, gazetteer) else piece


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


def _scan(
    doc: Doc, capitalised: list[int], covered: bytearray, inside: bytearray, gazetteer: Gazetteer
) -> list[Mention]:
    """Capitalised proper nouns outside any entity that name a place the model missed.

    ``capitalised`` holds the indices of the tokens that begin with a capital, in order.
    """
    found: list[Mention] = []
    length = len(doc)
    resume = 0  # the token after the last name found: its words are not tried again
    for index in capitalised:
        if index < resume or covered[index] or inside[index]:
            continue
        token = doc[index]
        # Words in capitals may be a dateline the tagger did not read as a name ("BYESVILLE --").
        proper = token.pos_ == "PROPN" or (token.is_upper and len(token) > 2) or _opens_local_phrase(token, gazetteer)
        if not proper or _in_byline(token) or inside_name(token):
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
            if _without_institution_city(name, gazetteer) is not name:
                continue  # "Dublin City Manager": "Dublin" is tried next
            if name_key(name.text) in gazetteer.stopwords and not framed_as_town(name, gazetteer):
                continue
            hits = local_hits(name, gazetteer) or gazetteer.lookup(name.text)
            if hits and _scan_accepts(name, hits, gazetteer):
                sure = (
                    unmistakable_any(hits)
                    or is_dateline(name, gazetteer)
                    or before_local_noun(name, gazetteer)
                    or home_town(name)
                )
                found.append(mention_of(name, hits, sure=sure))
                resume = end
                break
    return found


def _opens_local_phrase(token: Token, gazetteer: Gazetteer) -> bool:
    """A sentence's first word, read by the tagger as a common noun, that is a big city's name before a word of
    local life: "Kharkiv officials said", "Odesa residents heard blasts". Anywhere else the capital says it is
    a name."""
    if not token.is_sent_start or not token.is_title:
        return False
    return before_local_noun(token.doc[token.i : token.i + 1], gazetteer) and any(
        well_known(hit) for hit in gazetteer.lookup(token.text)
    )


def _in_byline(token: Token) -> bool:
    """"BY KENT MALLETT": a name in capitals after "By" is the writer's."""
    return token.is_upper and token.i > 0 and token.doc[token.i - 1].lower_ == "by"


def _scan_accepts(name: Span, hits: tuple[Hit, ...], gazetteer: Gazetteer) -> bool:
    if framed_as_town(name, gazetteer) or before_local_noun(name, gazetteer) or home_town(name):
        return True
    if after_locative(name):
        return True
    return any(unmistakable(hit) or well_known(hit) for hit in hits)


def _repeats(
    doc: Doc, capitalised: list[int], covered: bytearray, mentions: list[Mention], gazetteer: Gazetteer
) -> list[Mention]:
    """Other occurrences of names already accepted as places ("Gainesville Police" after "in Gainesville").

    ``capitalised`` holds the indices of the tokens that begin with a capital, in order.
    """
    # A demonym is a place only by its own context ("the Lebanese-Israeli border"): its other
    # occurrences ("Israeli officials") are the people or the government, actors, not places.
    accepted = {mention.key: mention.hits for mention in mentions
                if (mention.sure or not mention.in_name) and mention.key not in gazetteer.demonyms}
    if not accepted:
        return []
    longest = max(len(key.split()) for key in accepted)
    found: list[Mention] = []
    for index in capitalised:
        if covered[index]:
            continue
        token = doc[index]
        if inside_name(token):
            continue
        person = token.ent_type_ == "PERSON"
        for stop in range(min(len(doc), token.i + longest), token.i, -1):
            if any(covered[token.i : stop]):
                continue
            span = doc[token.i : stop]
            key = name_key(span.text)
            hits = accepted.get(key)
            # A stopword is a place only where its own context says so ("Fairfield, Conn.",
            # "the two Hamilton women"; not the Mr. Fairfield of the next paragraph). A name the
            # tagger took for a person's is the place only when the "person" is just that name
            # ("Gainesville" alone), never part of a longer one ("Paris Hilton").
            if hits is None or (person and not _whole_entity(span)):
                continue
            if key in gazetteer.stopwords and not (
                before_local_noun(span, gazetteer) or framed_as_town(span, gazetteer)
            ):
                continue
            found.append(mention_of(span, hits, sure=False, in_name=token.ent_type_ not in ("", *PLACE_LABELS)))
            for taken in range(token.i, stop):
                covered[taken] = 1
            break
    return found


def _whole_entity(span: Span) -> bool:
    doc = span.doc
    return span[0].ent_iob_ == "B" and (span.end == len(doc) or doc[span.end].ent_iob_ != "I")
