"""Place names in a parsed document resolved to gazetteer entries, and where each sentence happened.

Owns the contract's ``places``: every mention of a country, region, US state
or county, continent or city, with its GeoNames id, ISO alpha-3 country and
coordinates (see ``_place_mentions`` for what counts as a mention and
``_place_resolve`` for how ambiguous names are settled; ``_place_people`` drops
small towns named only as a person's surname; ``_place_home_towns`` adds towns of the story's
home state that the tagger took for people, after "in", "of" or in a list of places; ``_place_features`` adds named
roads, parks, stretches of land and townships, located at the story's town and flagged by their
``feature`` kind; names whose entries all lie far from the story's places are
local places the gazetteer lacks, located there too with the kind ``locality``), and
:func:`sentence_locations`, which the events extractor uses to place events.

Demonyms ("Syrian") are places only where the place is meant ("Syrian
territory"); said of people or governments they are actors, not places.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from newsgraph import records
from newsgraph.extract._gazetteer import Entry, Gazetteer, load_gazetteer, name_key
from newsgraph.extract._place_capitals import with_named_capitals
from newsgraph.extract._place_columns import capitalised_indices
from newsgraph.extract._place_dateline import dateline_places
from newsgraph.extract._place_features import FEATURE_KINDS, Feature, find_features, settle, story_locality
from newsgraph.extract._place_home_towns import with_home_state_towns
from newsgraph.extract._place_mentions import find_mentions
from newsgraph.extract._place_firms import (
    without_bare_region_names,
    without_firm_name_words,
    without_firm_names,
    without_publications,
)
from newsgraph.extract._place_people import story_people, without_surnamed_towns, without_surnames
from newsgraph.extract._place_resolve import resolve
from newsgraph.extract._place_state_city import settle_state_or_city
from newsgraph.records import Place

__all__ = ["find_places", "sentence_locations"]

# A local place the gazetteer lacks, located at the story's town (see ``find_places``).
LOCALITY = "locality"
# Kinds located at the story's town, not at a point of their own: never where an event happened.
AT_STORY_TOWN = FEATURE_KINDS | {LOCALITY}


def find_places(doc: Doc, text: str, *, dateline: records.Span | None = None) -> tuple[Place, ...]:
    """Every place-name mention in ``doc`` resolved to a gazetteer entry, in text order.

    ``text`` is the original text; ``doc`` was parsed from a same-length copy
    (removed boilerplate blanked), so offsets agree and each place's text is
    ``text[start:end]``. Mentions no entry fits are left out; named roads and
    parks, and names whose entries all lie far from the story's places, are
    located at the story's town and flagged by their ``feature`` kind.
    ``dateline`` is the dateline the cleaner cut ("DAR ES SALAAM, Tanzania (AP) _"),
    with its words: its town and qualifier are places too.
    """
    gazetteer = load_gazetteer()
    capitalised = capitalised_indices(doc)  # where the name sources below start looking
    people = story_people(doc)
    found = find_mentions(doc, gazetteer, capitalised=capitalised, surnames=people.surnames)
    mentions = without_surnames(found, people)
    mentions = without_firm_name_words(doc, without_firm_names(doc, mentions))
    mentions = without_publications(text, without_bare_region_names(doc, mentions))
    mentions, features = settle(mentions, find_features(doc, capitalised))
    resolve(mentions, gazetteer, peoples=_peoples(doc, capitalised, gazetteer))
    settle_state_or_city(doc, mentions)
    mentions = with_home_state_towns(doc, mentions, gazetteer, features=features)
    mentions = without_surnamed_towns(doc, mentions, people)
    places = [_place(text, mention.start, mention.end, mention.resolved) for mention in mentions if mention.resolved]
    places = with_named_capitals(doc, text, places, gazetteer)
    if dateline is not None:
        start, words = dateline.start, dateline.text
        for found in dateline_places(start, words, gazetteer):
            # The parsed text has the dateline blanked: the place's text comes from its words.
            place = _place(text, found.start, found.end, found.entry)
            places.insert(0, replace(place, text=words[found.start - start : found.end - start]))
        places.sort(key=lambda place: place.start)
    # Names whose gazetteer entries all lie far from the story's places are local
    # places the gazetteer lacks ("Kensington" in a Douglas County, Minnesota story).
    strays = [Feature(mention.start, mention.end, LOCALITY) for mention in mentions if mention.stray]
    if features or strays:
        # A named road or park, or such a local place, is located at the town the story is
        # about: an approximation, flagged by its kind in place of a gazetteer feature and
        # no GeoNames id. A local place with no town to stand at is left out.
        locality = story_locality(mentions)
        for feature in features + strays:
            if locality is not None or feature.kind != LOCALITY:
                places.append(_at_locality(text, feature, locality))
        places.sort(key=lambda place: place.start)
    return tuple(places)


def _peoples(doc: Doc, capitalised: list[int], gazetteer: Gazetteer) -> frozenset[str]:
    """The countries whose people or things the story names by a demonym ("Mexican authorities");
    ``capitalised`` holds the indices of the tokens that begin with a capital."""
    return frozenset(
        code for index in capitalised
        if (code := gazetteer.demonyms.get(name_key(doc[index].text))) is not None
    )


def _at_locality(text: str, feature: Feature, locality: Entry | None) -> Place:
    name = text[feature.start : feature.end]
    return Place(
        start=feature.start,
        end=feature.end,
        text=name,
        name=name,
        country=locality.country3 if locality else None,
        lat=locality.lat if locality else None,
        lon=locality.lon if locality else None,
        geonameid=None,
        feature=feature.kind,
    )


def _place(text: str, start: int, end: int, entry: Entry) -> Place:
    return Place(
        start=start,
        end=end,
        text=text[start:end],
        name=entry.name,
        country=entry.country3,
        lat=entry.lat,
        lon=entry.lon,
        geonameid=entry.geonameid,
        feature=entry.feature,
    )


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
AREA_NOUNS = frozenset(
    "province region city capital town village state county district area governorate oblast suburb port"
    " archipelago island islands peninsula".split()
)
VISIT_VERBS = frozenset({"visit", "tour"})
# Verbs of a trip whose "to" names where the traveller will be: "flew to Beijing for talks".
TRAVEL_VERBS = frozenset({"travel", "fly", "head", "journey", "return"})
# Nouns that only say where word came from: "according to trade sources in Lund", "reports in
# Kenya said": the sources' place, not where the reported act happened.
SOURCE_NOUNS = frozenset("source sources report reports word media newspaper newspapers press".split())
# Verbs whose "at" names a target, not a place: "attacks targeted at the United States".
AIM_VERBS = frozenset("target aim direct point level".split())
# Relative pronouns of a clause about a person or a body: "Kavan, who lived in London", "NATO, which
# will celebrate its anniversary in Washington" tell of them, not of the sentence's act.
WHO = frozenset({"who", "whom", "whose"})
NAME_LABELS = frozenset({"ORG", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT"})
SPECIFICITY = {"city": 3, "admin2": 2, "region": 2, "admin1": 2, "country": 1, "continent": 0}


def sentence_locations(doc: Doc, places: Sequence[Place]) -> dict[int, Place]:
    """Map a sentence's start character to the place where its action happened, when the text says.

    The place must be governed by "in", "at", "near" (or "outside", "inside")
    attached to a verb or to an event noun ("told journalists in Moscow",
    "talks in Astana"), or be a city naming an event ("the Astana talks"), or
    the object of "visit", or where a trip goes ("flew to Beijing"); failing
    those, a dateline ("MOSCOW (Reuters) -") places the sentence it opens.
    Countries that only act ("Russia says") give no location.
    """
    located: dict[int, Place] = {}
    by_sentence: dict[int, list[tuple[float, int, Place]]] = defaultdict(list)
    story_start = next((token.idx for token in doc if not token.is_space), len(doc.text))
    for place in places:
        if place.end <= story_start and len(doc):
            # A dateline the cleaner cut (blank in the parsed text): the default place
            # of the story's first sentence, as a dateline the parser saw is below.
            first = next(token for token in doc if not token.is_space).sent
            by_sentence[first.start_char].append((1.5, SPECIFICITY.get(place.feature or "", 1), place))
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or not len(span) or place.feature in AT_STORY_TOWN:
            continue  # a named road or park has only its story's point: no event's location
        sentence = span[0].sent
        if _is_dateline(span):
            # "BEIRUT (Reuters) -": where the story was filed, the default place of
            # the sentence it opens (or of the next one when the parser split it off).
            target = sentence
            if sentence.end - span.end <= 5 and sentence.end < len(doc):
                target = doc[sentence.end].sent
            by_sentence[target.start_char].append((1.5, SPECIFICITY.get(place.feature or "", 1), place))
            continue
        if _inside_longer_name(span):
            continue  # "the Kentucky Department of Education": a name, not where anything happened
        weight = _where_weight(span.root, place)
        if weight > 0:
            by_sentence[sentence.start_char].append((weight, SPECIFICITY.get(place.feature or "", 1), place))
    for start, scored in by_sentence.items():
        scored.sort(key=lambda item: (-item[0], -item[1], item[2].start))
        located[start] = scored[0][2]
    return located


def _travels(verb: Token) -> bool:
    """A verb of someone's own trip. Not the noun ("opposed his return to Cuba" was not said in Cuba),
    nor a verb sending something ("return Elian to Cuba", "flew aid to Gaza"): its "to" is where that goes."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_ in TRAVEL_VERBS
        and not any(child.dep_ in ("dobj", "nsubjpass") for child in verb.children)
    )


def _near_verb(noun: Token) -> bool:
    """The event noun is the clause's own event, not a topic deep inside another phrase.

    "take part in the Astana talks" and "the talks in Astana ended" place the
    sentence; "opposition to the US participation in the Astana talks" does not.
    """
    if noun.dep_ == "ROOT" or noun.head.pos_ in ("VERB", "AUX"):
        return True
    return noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX")


def _describes_someone(verb: Token) -> bool:
    """The verb heads a relative clause about a person or a named body ("Kavan, who lived in London";
    "NATO, which will meet in Washington"), not one about a thing ("the truck that broke down in Marlow")."""
    if verb.dep_ != "relcl":
        return False
    if any(child.lower_ in WHO for child in verb.children):
        return True
    antecedent = verb.head
    return antecedent.pos_ == "PROPN" or antecedent.ent_type_ in ("PERSON", "ORG", "NORP")


def _inside_longer_name(span: Span) -> bool:
    token = span.root
    if token.ent_type_ not in NAME_LABELS:
        return False
    for ent in span.doc.ents:
        if ent.start <= token.i < ent.end:
            return len(ent) > len(span)  # a whole entity mislabelled ORG ("Armenia") is still a place
    return False


def _is_dateline(span: Span) -> bool:
    doc = span.doc
    at_line_start = span.start == 0 or "\n" in doc[span.start - 1].text or "\n" in doc[span.start - 1].whitespace_
    if not at_line_start or span.end >= len(doc):
        return False
    following = doc[span.end]
    return following.text in ("(", "-", "\u2014", "\u2013", ":") or (span.text.isupper() and following.text == ",")


def _where_weight(token: Token, place: Place) -> float:
    # "Idlib province", "the Kazakhstan's capital, Astana", "Paris, France": climb to
    # the noun phrase the preposition governs.
    for _ in range(3):
        head = token.head
        if head == token or head.pos_ not in ("PROPN", "NOUN"):
            break
        # An apposition restates the place ("Paris, France"); a compound or possessive
        # does only before a place noun ("Idlib province", "Kazakhstan's capital"):
        # "the US embassy in Baghdad" happened in Baghdad, not in the US.
        if token.dep_ == "appos" or (token.dep_ in ("compound", "poss") and head.lemma_.lower() in AREA_NOUNS):
            token = head
        else:
            break
    # "the town of Goma", "the port of Beirut": the place noun stands for the place.
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in AREA_NOUNS:
        token = token.head.head
    if token.dep_ == "pobj" and token.head.lower_ in WHERE:
        preposition = token.head
        attached = preposition.head
        while attached.dep_ == "conj" and attached.pos_ == "ADP":  # "near Aleppo and in Idlib"
            attached = attached.head
        if attached.lemma_.lower() in SOURCE_NOUNS or (preposition.lower_ == "at" and attached.lemma_ in AIM_VERBS):
            return 0.0
        if attached.pos_ in ("VERB", "AUX"):
            if _describes_someone(attached):
                return 0.0
            return 3.0 + (1.0 if attached.dep_ == "ROOT" else 0.0)
        if (attached.lemma_.lower() in EVENT_NOUNS or attached.lower_ in EVENT_NOUNS) and _near_verb(attached):
            return 3.5
        if attached.pos_ in ("NOUN", "PROPN") and attached.head.pos_ in ("VERB", "AUX"):
            # "told journalists in Moscow" parsed onto the object; not "who owns a company in Atlanta"
            return 0.0 if _describes_someone(attached.head) else 2.0
        # "gathered outside the US embassy in Baghdad": the noun the phrase hangs on
        # is itself in a prepositional phrase of the verb.
        for _ in range(2):
            if attached.dep_ != "pobj" or attached.head.pos_ != "ADP":
                break
            attached = attached.head.head
            if attached.pos_ in ("VERB", "AUX"):
                return 0.0 if _describes_someone(attached) else 2.0
        return 0.0
    if (
        token.dep_ in ("compound", "amod", "nmod")
        and token.head.lower_ in EVENT_NOUNS
        and place.feature == "city"
        and _near_verb(token.head)
    ):
        return 2.5
    if token.dep_ == "dobj" and token.head.lemma_ in VISIT_VERBS:
        return 3.0  # "visited Beijing"
    trip = token.head.head
    if token.dep_ == "pobj" and token.head.lower_ == "to" and _travels(trip):
        # "Blinken will travel to Cairo for talks": the trip, and what it is for, happen in Cairo;
        # below "in" and "at", which say where the sentence's act itself was.
        return 2.5
    return 0.0
