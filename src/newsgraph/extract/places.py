"""Place names in a parsed document, resolved to gazetteer entries, and where each sentence happened.

Owns the contract's ``places``: every mention of a country, region, US state,
continent or city, with its GeoNames id, ISO alpha-3 country and coordinates.

Candidates come from spaCy's place entities (GPE, LOC, FAC), from NORP/ORG/
PERSON entities whose whole text is an unmistakable place ("Aleppo" tagged
NORP), and from a scan of capitalised proper nouns the model missed ("flew
to Kyiv"). Demonyms ("Syrian") count as places only in a place-meaning
context ("Syrian territory", "the Turkish capital"); said of people or
governments ("Syrian troops") they are actors, not places.

Ambiguous names are resolved once per document (one sense per discourse)
from the document's other places: countries and US states mentioned, "Town,
State" qualifiers, national capitals and population. See
:func:`sentence_locations` for the place each sentence's action happened in.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.extract._gazetteer import Entry, Gazetteer, Hit, load_gazetteer, name_key
from newsgraph.records import Place

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities the model often gives a place's name by mistake: kept only when the
# whole entity is a place no reader would take for anything else.
OTHER_LABELS = frozenset({"NORP", "ORG", "PERSON"})
# Nouns that make a demonym mean the place: "Syrian territory", "the Turkish capital".
PLACE_NOUNS = frozenset(
    """territory soil border borders capital city town village province region coast coastline
    airspace waters mainland countryside desert mountains frontier port side enclave
    island islands peninsula countryside""".split()
)
LOCATIVE = frozenset({"in", "at", "near", "from", "to", "outside", "inside", "across", "into", "of", "around", "via"})
CONNECTORS = frozenset({"of", "de", "del", "la", "le", "el", "al", "upon", "on", "and"})
FEATURE_PRIOR = {"country": 10.0, "continent": 9.0, "region": 8.0, "admin1": 7.0}
MAX_NAME_TOKENS = 4
SCAN_MIN_POPULATION = 100_000


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    key: str
    hits: tuple[Hit, ...]
    from_model: bool
    qualifier: Entry | None = None  # the state or country after "Town, "
    resolved: Entry | None = None


@dataclass(slots=True)
class _Context:
    countries: set[str] = field(default_factory=set)
    states: set[str] = field(default_factory=set)


def find_places(doc: Doc, text: str) -> tuple[Place, ...]:
    """Every place-name mention in ``doc`` resolved to a gazetteer entry, in text order.

    ``text`` is the original text; ``doc`` was parsed from a same-length copy,
    so character offsets agree and each place's text is ``text[start:end]``.
    """
    gazetteer = load_gazetteer()
    mentions = _candidates(doc, gazetteer)
    _qualify(doc, mentions, gazetteer)
    _resolve(mentions, gazetteer)
    places: list[Place] = []
    for mention in mentions:
        entry = mention.resolved
        if entry is None:
            continue
        places.append(
            Place(
                start=mention.start,
                end=mention.end,
                text=text[mention.start : mention.end],
                name=entry.name,
                country=entry.country3,
                lat=entry.lat,
                lon=entry.lon,
                geonameid=entry.geonameid,
                feature=entry.feature,
            )
        )
    return tuple(places)


# --- candidates -------------------------------------------------------------


def _candidates(doc: Doc, gazetteer: Gazetteer) -> list[_Mention]:
    taken = bytearray(len(doc))  # tokens already inside a mention or a non-place entity
    mentions: list[_Mention] = []
    for ent in doc.ents:
        for piece in _pieces(ent):
            found = _from_entity(piece, ent.label_, gazetteer)
            mentions.extend(found)
        for index in range(ent.start, ent.end):
            taken[index] = 1
    for token in doc:
        if taken[token.i]:
            continue
        demonym = gazetteer.demonyms.get(name_key(token.text)) if token.text[:1].isupper() else None
        if demonym is not None:
            if _place_meaning(token):
                entry = gazetteer.countries.get(demonym)
                if entry is not None:
                    mentions.append(_Mention(token.idx, token.idx + len(token), demonym, (Hit(entry, 2),), True))
            continue
    mentions.extend(_scan(doc, taken, gazetteer))
    mentions.sort(key=lambda m: m.start)
    return _without_overlaps(mentions)


def _pieces(ent: Span) -> list[Span]:
    """An entity split at newlines and commas ("Washington, DC"), trimmed of "the" and "'s"."""
    pieces: list[Span] = []
    begin = ent.start
    doc = ent.doc
    for index in range(ent.start, ent.end + 1):
        if index == ent.end or doc[index].text == "," or "\n" in doc[index].text:
            if index > begin:
                pieces.append(doc[begin:index])
            begin = index + 1
    trimmed: list[Span] = []
    for piece in pieces:
        start, end = piece.start, piece.end
        while start < end and (doc[start].lower_ in ("the", "a") or doc[start].is_space):
            start += 1
        while end > start and (doc[end - 1].text in ("'s", "\u2019s", "'", "\u2019") or doc[end - 1].is_space):
            end -= 1
        if end > start:
            trimmed.append(doc[start:end])
    return trimmed


def _from_entity(piece: Span, label: str, gazetteer: Gazetteer) -> list[_Mention]:
    key = name_key(piece.text)
    if label == "NORP" or len(piece) == 1 and key in gazetteer.demonyms:
        code = gazetteer.demonyms.get(key)
        if code is not None:
            entry = gazetteer.countries.get(code)
            if entry is not None and len(piece) == 1 and _place_meaning(piece[0]):
                return [_Mention(piece.start_char, piece.end_char, key, (Hit(entry, 2),), True)]
            return []
    hits = gazetteer.lookup(piece.text)
    if hits:
        if label in PLACE_LABELS or any(_unmistakable(hit) for hit in hits):
            return [_Mention(piece.start_char, piece.end_char, key, hits, True)]
        return []
    if label not in PLACE_LABELS:
        return []
    # "the East Steps of the US Capitol": look for names inside a longer place entity,
    # but only well-known ones ("Islamic Republic" must not yield the town of Republic).
    return [
        mention
        for mention in _longest_matches(piece, gazetteer, require_capital=True)
        if any(_well_known(hit) for hit in mention.hits)
    ]


def _unmistakable(hit: Hit) -> bool:
    entry = hit.entry
    if entry.feature in ("country", "admin1", "continent"):
        return hit.rank >= 1
    return hit.rank == 2 or (hit.rank == 1 and entry.population >= 1_000_000)


def _well_known(hit: Hit) -> bool:
    return _unmistakable(hit) or (hit.rank >= 1 and hit.entry.population >= SCAN_MIN_POPULATION)


def _longest_matches(span: Span, gazetteer: Gazetteer, *, require_capital: bool) -> list[_Mention]:
    found: list[_Mention] = []
    doc = span.doc
    index = span.start
    while index < span.end:
        token = doc[index]
        if require_capital and not token.text[:1].isupper():
            index += 1
            continue
        best = None
        for stop in range(min(span.end, index + MAX_NAME_TOKENS), index, -1):
            if doc[stop - 1].lower_ in CONNECTORS:
                continue
            hits = gazetteer.lookup(doc[index:stop].text)
            if hits:
                best = (stop, hits)
                break
        if best is None:
            index += 1
            continue
        stop, hits = best
        found.append(_Mention(token.idx, doc[stop - 1].idx + len(doc[stop - 1]), name_key(doc[index:stop].text), hits, True))
        index = stop
    return found


def _scan(doc: Doc, taken: bytearray, gazetteer: Gazetteer) -> list[_Mention]:
    """Capitalised proper nouns outside any entity that name a place the model missed."""
    found: list[_Mention] = []
    index = 0
    length = len(doc)
    while index < length:
        token = doc[index]
        if taken[index] or token.pos_ != "PROPN" or not token.text[:1].isupper():
            index += 1
            continue
        stop = index
        while stop < length and stop - index < MAX_NAME_TOKENS and not taken[stop] and (
            doc[stop].text[:1].isupper() or (stop > index and doc[stop].lower_ in CONNECTORS)
        ):
            stop += 1
        matched = False
        for end in range(stop, index, -1):
            if doc[end - 1].lower_ in CONNECTORS:
                continue
            name = doc[index:end]
            key = name_key(name.text)
            if key in gazetteer.stopwords:
                continue
            hits = gazetteer.lookup(name.text)
            if hits and _scan_accepts(name, hits):
                found.append(_Mention(name.start_char, name.end_char, key, hits, False))
                index = end
                matched = True
                break
        if not matched:
            index += 1
    return found


def _scan_accepts(name: Span, hits: tuple[Hit, ...]) -> bool:
    before = name.doc[name.start - 1] if name.start > 0 else None
    after = name.doc[name.end] if name.end < len(name.doc) else None
    if before is not None and before.lower_ in LOCATIVE:
        return True
    if after is not None and after.text == ",":
        return any(hit.entry.feature == "city" for hit in hits) and name.end + 1 < len(name.doc)
    return any(_well_known(hit) for hit in hits)


def _place_meaning(token: Token) -> bool:
    """True when a demonym names the place ("Syrian territory"), not its people or government."""
    return token.dep_ in ("amod", "compound") and token.head.lemma_.lower() in PLACE_NOUNS


def _without_overlaps(mentions: list[_Mention]) -> list[_Mention]:
    kept: list[_Mention] = []
    for mention in mentions:
        if kept and mention.start < kept[-1].end:
            if mention.end - mention.start > kept[-1].end - kept[-1].start:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


# --- resolution -------------------------------------------------------------


def _qualify(doc: Doc, mentions: list[_Mention], gazetteer: Gazetteer) -> None:
    """Attach "Town, State" and "Town, Country" qualifiers; add the state as a mention when the model missed it."""
    by_start = {mention.start: mention for mention in mentions}
    extra: list[_Mention] = []
    for mention in mentions:
        comma = _token_at(doc, mention.end)
        if comma is None or comma.text != "," or comma.i + 1 >= len(doc):
            continue
        following = doc[comma.i + 1]
        later = by_start.get(following.idx)
        if later is not None:
            qualifier = _area(later.hits)
            if qualifier is not None and any(hit.entry.feature == "city" for hit in mention.hits):
                mention.qualifier = qualifier
            continue
        abbreviation = _abbreviation(doc, following.i)
        code = gazetteer.state_codes.get(name_key(abbreviation))
        if code is not None and code in gazetteer.states and any(hit.entry.feature == "city" for hit in mention.hits):
            state = gazetteer.states[code]
            mention.qualifier = state
            end = following.idx + len(abbreviation)
            extra.append(_Mention(following.idx, end, name_key(abbreviation), (Hit(state, 2),), True))
    if extra:
        mentions.extend(extra)
        mentions.sort(key=lambda m: m.start)
        mentions[:] = _without_overlaps(mentions)


def _abbreviation(doc: Doc, index: int) -> str:
    """The text of a state abbreviation starting at token ``index`` ("Tenn.", "N.C.", "W. Va.")."""
    token = doc[index]
    text = token.text
    if index + 1 < len(doc) and doc[index + 1].text == "." and not token.whitespace_:
        text += "."
    return text


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _area(hits: tuple[Hit, ...]) -> Entry | None:
    for hit in hits:
        if hit.entry.feature in ("admin1", "country") and hit.rank >= 1:
            return hit.entry
    return None


def _resolve(mentions: list[_Mention], gazetteer: Gazetteer) -> None:
    """Pick each name's entry: first without context, then again with the other names' choices."""
    groups: dict[str, list[_Mention]] = defaultdict(list)
    for mention in mentions:
        groups[mention.key].append(mention)
    choice: dict[str, Entry | None] = {key: _best(group, _Context(), gazetteer) for key, group in groups.items()}
    for _ in range(2):
        updated: dict[str, Entry | None] = {}
        for key, group in groups.items():
            context = _Context()
            for other, entry in choice.items():
                if other != key and entry is not None:
                    _add_to_context(context, entry)
            updated[key] = _best(group, context, gazetteer)
        choice = updated
    for key, group in groups.items():
        for mention in group:
            mention.resolved = choice[key]


def _add_to_context(context: _Context, entry: Entry) -> None:
    if entry.country2:
        context.countries.add(entry.country2)
    if entry.admin1:
        context.states.add(entry.admin1)


def _best(group: list[_Mention], context: _Context, gazetteer: Gazetteer) -> Entry | None:
    qualifier = next((mention.qualifier for mention in group if mention.qualifier is not None), None)
    from_model = any(mention.from_model for mention in group)
    best: Entry | None = None
    best_score = -math.inf
    for hit in group[0].hits:
        score = _score(hit, context, qualifier, gazetteer)
        if score > best_score:
            best, best_score = hit.entry, score
    if not from_model and best is not None and best.feature == "city" and best_score < 5.0:
        return None
    if qualifier is not None and best_score < 10.0 and best is not None and best.feature == "city":
        # "Paris, Tenn.": the town is in Tennessee but too small for the gazetteer;
        # pinning it to France (or to the state's centre) would be a false pin.
        return None
    return best


def _score(hit: Hit, context: _Context, qualifier: Entry | None, gazetteer: Gazetteer) -> float:
    entry = hit.entry
    score = FEATURE_PRIOR.get(entry.feature) or math.log10(max(entry.population, 1000))
    score += (0.0, 1.0, 3.0)[hit.rank]
    if entry.geonameid in gazetteer.capitals:
        score += 1.5
    if entry.feature == "country":
        if entry.country2 in context.countries:
            score += 1.0
        if gazetteer.neighbours.get(entry.country2 or "", frozenset()) & context.countries:
            score += 1.5
    else:
        if entry.country2 is not None and entry.country2 in context.countries:
            score += 2.5
        if entry.admin1 is not None and entry.admin1 in context.states:
            score += 3.0
        if entry.feature == "admin1" and context.states:
            score += 2.0
    if qualifier is not None:
        matches = (
            entry.admin1 == qualifier.admin1 if qualifier.feature == "admin1" else entry.country2 == qualifier.country2
        )
        score += 20.0 if matches else -5.0
    return score


# --- where each sentence happened --------------------------------------------

# Nouns of events whose place a prepositional phrase or a city-name modifier gives:
# "talks in Astana", "the Astana talks".
EVENT_NOUNS = frozenset(
    """talks talk meeting meetings summit conference negotiations negotiation rally rallies protest
    protests attack attacks bombing bombings strike strikes airstrike airstrikes visit election
    elections forum ceremony session agreement accord process round clashes clash fighting
    explosion blast raid raids demonstration demonstrations march parade funeral trial hearing
    offensive battle ceasefire truce vote referendum gathering consultations discussions""".split()
)
# Prepositions that put an action in a place ("in Moscow", "at the UN in Geneva", "near Aleppo").
WHERE = frozenset({"in", "at", "near", "outside", "inside"})
SPECIFICITY = {"city": 3, "region": 2, "admin1": 2, "country": 1, "continent": 0}


def sentence_locations(doc: Doc, places: Sequence[Place]) -> dict[int, Place]:
    """Map a sentence's start character to the place where its action happened, when the text says.

    The place must be governed by "in", "at", "near" (or "outside", "inside")
    attached to a verb or to an event noun ("told journalists in Moscow",
    "talks in Astana"), or be a city naming an event ("the Astana talks"), or
    open the sentence as a dateline ("MOSCOW (Reuters) -"). Countries that
    only act ("Russia says") give no location.
    """
    located: dict[int, Place] = {}
    by_sentence: dict[int, list[tuple[float, int, Place]]] = defaultdict(list)
    for place in places:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sentence = span[0].sent
        weight = _where_weight(span.root, place, sentence)
        if weight > 0:
            by_sentence[sentence.start_char].append((weight, SPECIFICITY.get(place.feature or "", 1), place))
    for start, scored in by_sentence.items():
        scored.sort(key=lambda item: (-item[0], -item[1], item[2].start))
        located[start] = scored[0][2]
    return located


def _where_weight(token: Token, place: Place, sentence: Span) -> float:
    # "Idlib province", "the Kazakhstan's capital, Astana", "Paris, France": climb to
    # the noun phrase the preposition governs.
    for _ in range(3):
        if token.dep_ in ("compound", "appos", "poss") and token.head.pos_ in ("PROPN", "NOUN") and token.head != token:
            if token.dep_ == "compound" and token.head.lower_ in EVENT_NOUNS:
                break
            token = token.head
        else:
            break
    if token.dep_ == "pobj" and token.head.lower_ in WHERE:
        preposition = token.head
        attached = preposition.head
        while attached.dep_ == "conj" and attached.pos_ == "ADP":  # "near Aleppo and in Idlib"
            attached = attached.head
        if attached.pos_ in ("VERB", "AUX"):
            return 3.0 + (1.0 if attached.dep_ == "ROOT" else 0.0)
        if attached.lemma_.lower() in EVENT_NOUNS or attached.lower_ in EVENT_NOUNS:
            return 3.5
        if attached.pos_ in ("NOUN", "PROPN") and attached.head.pos_ in ("VERB", "AUX"):
            return 2.0  # "told journalists in Moscow" parsed onto the object
        return 0.0
    if token.dep_ in ("compound", "amod", "nmod") and token.head.lower_ in EVENT_NOUNS and place.feature == "city":
        return 2.5
    if token.i == sentence.start and token.i + 1 < sentence.end:
        following = token.doc[token.i + 1]
        if following.text in ("(", "-", "\u2014", "\u2013", ":") or token.text.isupper() and following.text == ",":
            return 1.5
    return 0.0
