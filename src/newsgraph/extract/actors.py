"""Actors: every political actor of a document, once, with all its mentions and a CAMEO code.

Mentions are found in priority order, each token belonging to one mention:
people (names, their titles and appositions, surnames, pronouns), then
nominal groups built on role nouns ("Iranian officials", "foreign-sponsored
opposition groups"), then countries, seats of government and organisations
named in the lexicon, then other organisations the parser recognises
(uncoded). Mentions with the same key are one actor. A country that acts
anywhere in the document ("Russia says") is its government (``RUSGOV``), as
CAMEO codes it; a country only named as a place stays ``RUS``. A role group
that neither its phrase nor its context places keeps its sector with CAMEO's
unknown country (``---REB``: "The rebels released five hostages").

The lexicon comes from ``load_actor_lexicon`` (packaged data plus user files).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph.extract._actor_context import context_country, countryless
from newsgraph.extract._actor_dateline import dateline_country
from newsgraph.extract._actor_entries import published_day, word_key
from newsgraph.extract._actor_firms import find_possessive_firms
from newsgraph.extract._actor_halves import divided_halves
from newsgraph.extract._actor_identities import (
    code_sector,
    identity_code,
    identity_name,
    identity_prefix,
    mention_end,
    nationality_of_members,
    people_identity,
    with_identity,
)
from newsgraph.extract._actor_introduced import find_introduced_names
from newsgraph.extract._actor_its import its_antecedent
from newsgraph.extract._actor_lexicon import ActorLexicon, data_rows, load_actor_lexicon
from newsgraph.extract._actor_match import Match
from newsgraph.extract._actor_pairs import named_pairs
from newsgraph.extract._actor_people import find_people, person_country
from newsgraph.extract._actor_places import is_place_said_as_place
from newsgraph.extract._actor_peoples import (
    hyphenated_nationality,
    names_people,
    organisation_named_after,
    people_start,
)
from newsgraph.extract._actor_ruling_parties import find_ruling_parties
from newsgraph.extract._actor_scene import (
    AFFILIATING,
    INTERNATIONAL,
    STATE_OFFICE_SECTORS,
    Description,
    Mention,
    Scene,
    compose,
    conj_root,
    describe,
    left_start,
    right_phrases,
)
from newsgraph.extract._actor_towns import names_a_town, town_countries, town_country
from newsgraph.extract._actor_voices import speak_for_bodies
from newsgraph.records import Actor, Place, Quote, Span, party_code, unplaced_code

__all__ = [
    "ActorLexicon", "attach_speaker_actors", "find_actors", "load_actor_lexicon", "organization_acronyms", "person_names"
]

_NOUNS = frozenset({"NOUN", "PROPN"})
# Shorter acronyms are their own three-letter suffix ("FBI"), a feature the model learned (nlp/acronyms.py).
_ACRONYM_LETTERS = 4
# Prepositions of what is done regardless of an objection ("despite Iran's opposition").
_REGARDLESS_PREPOSITIONS = frozenset({"despite", "over", "amid", "notwithstanding"})
# Words between a repeated noun that make it one of many in turn ("speaker after speaker").
_DISTRIBUTIVE_LINKS = frozenset({"after", "by", "upon"})
# A capital after one of these is a place ("talks in Moscow"), not the government.
_LOCATIVE = frozenset({"in", "at", "near", "inside", "outside", "around", "throughout", "within", "into", "across"})
# Dependencies under which a country name does something or has something done to it.
_ACTING = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "agent", "appos", "ROOT", "poss", "attr", "oprd"})
_ACTING_PREPOSITIONS = frozenset({"with", "to", "from", "against", "by", "between", "toward", "towards", "on", "over"})
# Prepositions before a bare role noun that make it an office ("ran for president").
_OFFICE_PREPOSITIONS = frozenset({"for", "as"})
# Nouns whose bare "of" role is an office ("the job of president", "her tenure as").
_OFFICE_NOUNS = frozenset({"job", "office", "post", "position", "role", "tenure", "title", "duties"})
# Nouns whose "of" phrase describes a kind of person, not an actor ("the type of fighter he hired").
_KIND_NOUNS = frozenset({"type", "types", "kind", "kinds", "sort", "sorts"})
# Nouns whose possessor is a place, not an actor ("Kazakhstan's capital").
_PLACE_NOUNS = frozenset(
    {"capital", "city", "border", "borders", "territory", "soil", "province", "region", "coast", "north",
     "south", "east", "west", "part", "parts", "airspace", "waters", "countryside", "side", "streets", "street",
     "outskirts", "suburbs", "centre", "center", "heart", "square"}
)


def find_actors(
    doc: Doc,
    text: str,
    *,
    lexicon: ActorLexicon,
    published: str | None = None,
    dateline: Span | None = None,
    places: Sequence[Place] = (),
) -> tuple[Actor, ...]:
    """The actors of ``doc``; spans point into ``text`` (the original, same length as the parsed text).

    ``published`` (ISO date) chooses among dated dictionary codes ("Obama" is
    USAGOV only while in office). ``dateline`` (the span the cleaner cut from
    the story's opening, "NEWARK, N.J. --", with its words) places a bare "police".
    ``places`` (``extract.places``) place the roles a town's name owns ("Kharkiv residents").
    """
    day = published_day(published)
    scene = Scene.build(
        doc, text, lexicon, day, dateline_country(doc.vocab, dateline.text if dateline else None, lexicon, day)
    )
    scene.towns = town_countries(doc, places)
    find_possessive_firms(scene)  # "Hudson's Bay Co." before any name finder reads "Hudson" as a person
    find_ruling_parties(scene)  # "the ruling ANC": the government, before a name finder takes it as a name
    find_people(scene)
    find_introduced_names(scene)  # "the Palestinian militant group Hamas": one mention, the name's
    _find_groups(scene)
    _find_named(scene)
    _find_halves(scene)
    _find_pairs(scene)
    _find_other_organizations(scene)
    speak_for_bodies(scene)  # "the Foreign Ministry ... A spokesman, Jan Hollis,": the ministry's
    return _assemble(scene)


@lru_cache(maxsize=1)
def organization_acronyms() -> frozenset[str]:
    """Lower-case one-word names of organisations and bodies, four letters or longer ("ecowas", "nato",
    "unmiss"): the acronyms the parser is told to read as names (nlp/acronyms.py)."""
    return frozenset(
        row[0].lower()
        for name in ("organizations.tsv", "seats.tsv")
        for row in data_rows(name, 2)
        if len(row[0]) >= _ACRONYM_LETTERS and row[0].isalpha()
    )


def person_names(actors: Sequence[Actor]) -> tuple[tuple[int, int], ...]:
    """Character offsets of the persons' names of two words or more ("Ursula von der Leyen"), for the
    quotes' speaker resolution: the names the entity recogniser split or missed."""
    return tuple(
        (mention.start, mention.end)
        for actor in actors
        if actor.kind == "person"
        for mention in actor.mentions
        if len(mention.text.split()) > 1
    )


def attach_speaker_actors(quotes: Sequence[Quote], actors: Sequence[Actor]) -> tuple[Quote, ...]:
    """Quotes with ``speaker_actor`` set from the actor mentioned at their (resolved) speaker."""
    attached: list[Quote] = []
    for quote in quotes:
        code = quote.speaker_actor
        if code is None:
            for span in (quote.speaker_resolved, quote.speaker):
                if span is None:
                    continue
                code = _code_at(actors, span)
                if code is not None:
                    break
        attached.append(quote if code == quote.speaker_actor else replace(quote, speaker_actor=code))
    return tuple(attached)


def _code_at(actors: Sequence[Actor], span: Span) -> str | None:
    best: tuple[int, str] | None = None
    for actor in actors:
        if actor.code is None:
            continue
        for mention in actor.mentions:
            overlap = span.overlap(mention.start, mention.end)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, actor.code)
    return best[1] if best else None


def _find_groups(scene: Scene) -> None:
    """Nominal actors headed by a role noun: "Iranian officials", "the government of Gondor"."""
    seen: set[int] = set()
    doc = scene.doc
    for match in scene.matches:
        if match.kind != "role":
            continue
        head = _group_head(scene, doc[match.start : match.end].root)
        if head is None or head.i in seen or scene.taken[head.i] or _office(head) or _a_trade(scene, match, head):
            continue
        if head.pos_ == "VERB" and match.end - match.start == 1:
            continue  # "urged Russia to spy on Americans": a verb, not the role noun
        seen.add(head.i)
        modifiers = left_start(head)
        first = modifiers
        while first < head.i and (scene.taken[first] or doc[first].dep_ in ("case", "cc") or doc[first].is_punct):
            first += 1
        if not scene.free(first, head.i + 1):
            first = head.i
        # Described with every modifier ("Prime Minister Modi's government"), mentioned without
        # the words another mention already holds.
        description = describe(scene, range(modifiers, head.i + 1), _owning_phrases(head))
        owner = _pronoun_owner(head)
        if owner is None and description.affiliation is None and description.person_code is None:
            # "Iran rejected the offer, and its foreign minister accused Washington": Iran's.
            description = replace(description, affiliation=its_antecedent(scene, head))
        if owner is not None and description.affiliation is None and description.person_code is None:
            # "Modi said his government ...": a state office holder's; a candidate's "his advisers"
            # are his campaign's. Never the sentence's other country.
            person = scene.person_code_at(owner.i)
            serving = person if person and person[3:6] in STATE_OFFICE_SECTORS else None
            description = replace(description, person_code=serving, organisation=True)
        code = _group_code(scene, description, head)
        if code is None:
            continue
        end = head.i + 1
        if description.affiliation_in_of and description.affiliation is not None:
            # "the government of Gondor" is one mention; a long "of" phrase is not swallowed.
            if description.affiliation.end - end <= 4 and scene.free(end, description.affiliation.end):
                end = description.affiliation.end
        scene.add(Mention(first, end, _key(code), code, "group", _group_name(scene, code, description.affiliation)))
        for partner in _coordinated_affiliations(scene, _affiliation_span(first, head), description.affiliation):
            # "US and British activists": one group per country, sharing the words.
            other = compose(scene, replace(description, affiliation=partner))
            if other is not None and other != code:
                name = _group_name(scene, other, partner)
                scene.mentions.append(Mention(first, end, _key(other), other, "group", name))
        if description.affiliation is None and description.identity is not None:
            for partner in _coordinated_affiliations(scene, _affiliation_span(first, head), description.identity):
                # "Sunni and Shiite militias", "Hutu and Tutsi fighters": one group per people, as per country.
                if partner.kind != "identity":
                    continue
                other = _group_code(scene, replace(description, identity=partner), head)
                if other is not None and other != code:
                    name = _group_name(scene, other, None)
                    scene.mentions.append(Mention(first, end, _key(other), other, "group", name))


def _group_code(scene: Scene, description: Description, head: Token) -> str | None:
    """The code of a group headed by a role noun: placed by its own words, else by its context, else
    by the people it belongs to; None when nothing codes it."""
    code = compose(scene, description)
    if code is None and description.role is not None and not (description.patronised or description.organisation):
        country = town_country(scene, head, description.role) or context_country(
            scene, head, description.role, identity=description.identity is not None
        )
        code = compose(scene, description, country)
    if code is None and description.identity is not None and description.person_code is None:
        # "Kurdish rebels", "Shiite militias", "Western diplomats" that no country places.
        code = identity_code(description.identity, _sector_suffix(description))
    if code is None:
        code = countryless(scene, description, head)
    return code


def _a_trade(scene: Scene, match: Match, head: Token) -> bool:
    """A role noun that a common noun before it makes a trade or a thing ("a French travel agent",
    "a Soviet-made nerve agent"): no one's agent. A role word or a name before it still owns it
    ("intelligence agents", "FBI agents")."""
    if not match.entry.trade or head.i != match.end - 1:
        return False
    return any(
        child.dep_ == "compound" and child.pos_ == "NOUN" and child.text.islower() and scene.match_at[child.i] is None
        for child in head.lefts
    )


def _sector_suffix(description: Description) -> str | None:
    """The sector a role adds ("GOV" of "~GOV"), None for a role without one ("leader")."""
    role = description.role
    code = role.entry.codes[0].code if role is not None and role.entry.codes else None
    if description.former:
        return "ELI"
    return code[1:] if code and code.startswith("~") and len(code) > 1 else None


def _pronoun_owner(head: Token) -> Token | None:
    """The personal possessive before a role noun ("his government", "her aides"), if any; "its"
    and "their" may stand for the sentence's country ("Iran said its foreign ministry ...")."""
    return next((child for child in head.children if child.dep_ == "poss" and child.lower_ in ("his", "her")), None)


def _office(head: Token) -> bool:
    """A role noun that names an office or describes the subject, not who holds it: bare after
    "for" or "as" ("the nomination for president", "served as senator"), bare as a complement
    ("can't be president", "was elected president") or after "the job of"; "a" or "an" one as
    the complement of a copula ("He is a natural born citizen": the subject is the actor); and
    whatever its modifiers after "as", the capacity someone acts or acted in ("her tenure as
    junior senator", "her record as a one-term Ohio mayor"; not "groups such as rebels");
    and a kind of person ("the kind of street fighter the campaign wanted")."""
    if _capacity(head) or _kind_of(head):
        return True
    if head.tag_ not in ("NN", "NNP") or not head.text.islower():
        return False  # the tagger calls a lower-case "secretary of state" NNP at times
    lefts = list(head.lefts)
    if head.dep_ == "attr" and lefts and lefts[0].lower_ in ("a", "an"):
        return True
    if lefts:
        return False
    if head.dep_ in ("attr", "oprd"):
        return True
    if head.dep_ != "pobj":
        return False
    preposition = head.head
    if preposition.lower_ == "of":
        return preposition.head.lower_ in _OFFICE_NOUNS
    return preposition.lower_ in _OFFICE_PREPOSITIONS


def _kind_of(head: Token) -> bool:
    # Singular only: "two types of rebels fought" are rebels.
    preposition = head.head
    return (
        head.tag_ == "NN" and head.dep_ == "pobj" and preposition.lower_ == "of"
        and preposition.head.lower_ in _KIND_NOUNS
    )


def _capacity(head: Token) -> bool:
    preposition = head.head
    if head.dep_ != "pobj" or preposition.lower_ != "as" or preposition.dep_ != "prep":
        return False
    before = head.doc[preposition.i - 1].lower_ if preposition.i > 0 else ""
    return preposition.head.lower_ != "such" and before not in ("such", "well")


def _affiliation_span(first: int, head: Token) -> range:
    """Where coordinated affiliations may stand: the pre-modifiers ("US and British activists"),
    and the role's "of" phrase ("the foreign ministers of India and Pakistan")."""
    right = [span for preposition, span in right_phrases(head) if preposition == "of"]
    end = right[0].stop if right and right[0].stop - head.i <= 8 else head.i
    return range(first, end)


def _coordinated_affiliations(scene: Scene, left: range, chosen: Match | None) -> list[Match]:
    """Other countries coordinated with the chosen one ("American, British and Syrian forces"), and
    peoples or regions ("U.S. and Arab troops": the Arabs' troops, ARAMIL)."""
    if chosen is None:
        return []
    doc = scene.doc
    cluster = conj_root(doc[chosen.start : chosen.end].root)
    found: list[Match] = []
    for i in left:
        match = scene.match_at[i]
        if match is None or match is chosen or match.kind not in AFFILIATING | {"identity"} or match in found:
            continue
        if conj_root(doc[match.start : match.end].root) == cluster:
            found.append(match)
    return found


# Prepositions of where a role stands or comes from, which "its" outranks: "Belgium recalled its ambassador from
# Kigali" is Belgium's ambassador, leaving Rwanda's capital.
_WHERE_PREPOSITIONS = frozenset({"from", "in", "at"})


def _owning_phrases(head: Token) -> list[tuple[str, range]]:
    """The phrases after a role noun that may say whose it is: all of them, but where it stands or comes from
    when "its" already says whose it is."""
    phrases = right_phrases(head)
    if any(child.dep_ == "poss" and child.lower_ == "its" for child in head.children):
        return [(preposition, span) for preposition, span in phrases if preposition not in _WHERE_PREPOSITIONS]
    return phrases


def _group_head(scene: Scene, token: Token) -> Token | None:
    """The noun a role word heads, or None when it only modifies another noun ("military exercises")."""
    if token.lower_ == "opposition" and any(
        child.dep_ == "prep" and child.lower_ in ("to", "against", "from") for child in token.children
    ):
        return None  # "strong opposition to the plan", "opposition from GOP leaders": an objection
    if token.lower_ == "opposition" and token.dep_ == "pobj" and _overridden(token.head):
        return None  # "despite Iran's opposition", "went ahead over Turkey's opposition": an objection
    if token.lower_ == "opposition" and token.dep_ == "conj" and scene.role_at(token.head.i) is None and not any(
        child.dep_ in ("det", "poss", "amod", "compound") for child in token.children
    ):
        return None  # "faces hostility and opposition": a feeling among feelings, not the opposition
    if _civilians_naming_a_kind(scene, token):
        return None
    if _one_after_another(token):
        return None
    while token.dep_ in ("compound", "amod", "nmod") and token.i < token.head.i and token.head.pos_ in _NOUNS:
        if scene.role_at(token.head.i) is None:
            return None
        if any(child.dep_ == "cc" for child in token.children):
            # "the Colombian government and FARC rebels": a coordinated role noun
            # heads its own group, whatever the parser hung it on.
            return token
        token = token.head
    return token


def _overridden(preposition: Token) -> bool:
    """A preposition of something done regardless ("despite", "over", "amid", "in spite of")."""
    if preposition.lower_ == "of":
        return preposition.head.lower_ == "spite"
    return preposition.lower_ in _REGARDLESS_PREPOSITIONS


def _one_after_another(token: Token) -> bool:
    """A noun repeated across "after", "by" or "upon" ("Speaker after speaker rose", "country by
    country"): one of many in turn, no body or office (not the Speaker of a house)."""
    doc = token.doc
    for first in (token.i, token.i - 2):
        if 0 <= first and first + 2 < len(doc) and doc[first + 1].lower_ in _DISTRIBUTIVE_LINKS:
            if doc[first].lemma_.lower() == doc[first + 2].lemma_.lower() and doc[first].is_alpha:
                return True
    return False


def _civilians_naming_a_kind(scene: Scene, token: Token) -> bool:
    """Civilians possessing a compound ("women's rights activists", "a children's aid group"): a kind
    of the head, not the women or children (a body's "company's sales force" is still its own)."""
    if token.dep_ != "poss" or not any(
        child.dep_ == "compound" and token.i < child.i < token.head.i for child in token.head.children
    ):
        return False
    role = scene.role_at(token.i)
    return role is not None and any(code.code == "~CVL" for code in role.entry.codes)


def _find_named(scene: Scene) -> None:
    """Countries, seats of government, organisations and user entries named in the text."""
    doc = scene.doc
    for match in scene.matches:
        if match.kind in ("role", "ignore", "person") or not scene.free(match.start, match.end):
            continue
        head = doc[match.start : match.end].root
        code = scene.code(match)
        if match.kind == "seat" and not _seat_acts(scene, head):
            # "talks in Moscow", "the Beijing Olympics": the city names its country as a
            # place; it joins the country's mentions but does not make it act.
            if code and len(code) == 6 and code.endswith("GOV"):
                name = scene.country_name(code)
                scene.add(Mention(match.start, match.end, _key(code[:3]), code[:3], "country", name, True, False))
            continue
        if code is None:
            name = match.entry.name
            start = scene.introduced.get(match.start, match.start)
            scene.add(Mention(start, match.end, ("name", name), None, "organization", name))
            continue
        if match.kind == "identity":
            # "the Kurds", "Sunni tribes", "Gulf states"; not "the West Bank" or "a Shiite shrine".
            end = mention_end(scene, match)
            if end is not None:
                scene.add(Mention(match.start, end, ("code", code), code, "group", _group_name(scene, code, None)))
            continue
        named = organisation_named_after(scene, match) if code else None
        if named is not None:
            # "The American Civil Liberties Union", "Saudi Aramco": an organisation of the country
            # (the last one its name gives: "Cuban American National Foundation"), never the state.
            iso = scene.code(scene.match_at[max(i for i in range(named.start, named.end) if _names_a_country(scene, i))])
            name = named.text
            scene.add(Mention(named.start, named.end, ("name", name.lower()), (iso or code)[:3], "organization", name))
            continue
        partner = _identity_group_partner(scene, match) if match.kind == "country" else None
        if partner is not None and code:
            # "Israeli and Arab officials": Israel's officials beside the Arab states', sharing the words.
            sector = (scene.code(partner) or "")[3:6]
            for part in code.split("/"):
                group = part[:3] + sector
                name = _group_name(scene, group, match)
                scene.mentions.append(Mention(match.start, partner.end, _key(group), group, "group", name))
            scene.take(match.start, match.end)  # the region's group keeps its own words
            continue
        heritage = hyphenated_nationality(scene, match)
        if heritage == "first":
            scene.take(match.start, match.end)  # "Mexican-" of "Mexican-American": a heritage, no actor
            continue
        if match.kind == "country" and heritage != "pair" and (
            heritage or names_people(scene, match) or nationality_of_members(scene, match)
        ):
            # "Thousands of Iraqi Kurds": a people of the country, not the state or its
            # government, so an actor of its own that the state's acts never make GOV.
            start = people_start(scene, match)
            # "Iraqi Kurds", "Muslims in France": the country's people of that identity.
            identity, end = people_identity(scene, match, start)
            for part in code.split("/"):
                name = scene.country_name(part)
                people = part[:3]
                if identity is not None:
                    people = with_identity(people, scene.code(identity) or "")
                    name = identity_name(people, name, None)
                scene.add(Mention(start, end, ("people", people), people, "group", name))
            continue
        if match.entry.region:
            # "Iowa voted", "Texas sued": the state's own people or government, never the nation's.
            name = match.entry.name
            scene.add(Mention(match.start, match.end, ("region", name), code[:3], "region", name))
            continue
        start = scene.introduced.get(match.start, match.start)
        for part in code.split("/"):
            country = match.kind == "country"
            acting = country and not match.entry.demonym and _acts(head)
            kind = "country" if country or (len(part) == 3 and match.kind == "actor") else "organization"
            name = scene.country_name(part) if country else match.entry.name
            user = match.entry.source != "builtin"
            # Parties share a code (USAPTY) but are rivals: told apart by name, not merged.
            key = ("party", name) if party_code(part) else _key(part)
            mention = Mention(start, match.end, key, part, kind, name, country, acting, user)
            scene.mentions.append(mention)
        scene.take(match.start, match.end)


def _find_halves(scene: Scene) -> None:
    """"The North" of a Korea story, once it names North Korea: that state, acting as its name would."""
    for i, code in divided_halves(scene):
        name = scene.country_name(code)
        scene.add(Mention(i, i + 1, _key(code), code, "country", name, True, _acts(scene.doc[i])))


def _find_pairs(scene: Scene) -> None:
    """"The two countries" after "India and China": both of them, one mention each on the phrase's words. A
    group the phrase was read as without a country ("the two governments": ---GOV) gives way to them."""
    for start, end, parties in named_pairs(scene):
        head = scene.doc[end - 1]
        scene.mentions = [
            m for m in scene.mentions if not (m.start <= head.i < m.end and (m.code is None or unplaced_code(m.code)))
        ]
        if not scene.free(start, end) and any(m.start <= head.i < m.end for m in scene.mentions):
            continue  # a coded group already ("the two Korean governments")
        for party in parties:
            acting = party.kind == "country" and _acts(head)
            scene.mentions.append(replace(party, start=start, end=end, acting=acting))
        scene.take(start, end)


def _identity_group_partner(scene: Scene, match: Match) -> Match | None:
    """The region's group with a sector a country's adjective is coordinated with ("Israeli and
    Arab officials": "Arab officials" is MEAGOV in identities.tsv), or None."""
    doc = scene.doc
    token = doc[match.start : match.end].root
    if token.dep_ not in ("amod", "compound", "nmod", "conj") or not match.entry.demonym:
        return None
    cluster = conj_root(token)
    for i in range(match.end, min(len(doc), match.end + 4)):
        other = scene.match_at[i]
        if other is None or other.kind != "identity" or other.start != i:
            continue
        code = scene.code(other) or ""
        coordinated = conj_root(doc[other.start]) == cluster
        if len(code) == 6 and coordinated and scene.free(other.start, other.end):
            return other
        return None
    return None


def _names_a_country(scene: Scene, i: int) -> bool:
    match = scene.match_at[i]
    return match is not None and match.kind == "country"


def _seat_acts(scene: Scene, head: Token) -> bool:
    """A capital or seat stands for the government unless it is a place or a modifier of a thing."""
    token = head.head if head.dep_ == "appos" else head
    if token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE:
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _PLACE_NOUNS:
        return False  # "the streets of Tel Aviv", "the outskirts of Damascus"
    if head.dep_ in ("compound", "amod") and head.head.i > head.i and scene.role_at(head.head.i) is None:
        return False
    return True


def _acts(token: Token) -> bool:
    """Whether a country name is a participant (subject, object, partner) rather than a place."""
    for _ in range(4):
        if token.dep_ == "conj":
            token = token.head
            continue
        if token.dep_ == "poss":
            # "Iran's opposition" acts; "Kazakhstan's capital", "Lebanon's Hezbollah" do not.
            return token.head.lower_ not in _PLACE_NOUNS and token.head.pos_ != "PROPN"
        if token.dep_ == "pobj":
            return token.head.lower_ in _ACTING_PREPOSITIONS
        return token.dep_ in _ACTING
    return False


def _find_other_organizations(scene: Scene) -> None:
    """Organisations the parser names that no dictionary knows: kept, uncoded.

    A shorter later name made of words of an earlier one ("Elco" after "Elco
    Industries Inc.") is the same organisation.
    """
    seen: list[tuple[frozenset[str], tuple[str, str]]] = []
    for ent in scene.doc.ents:
        if ent.label_ != "ORG" or not scene.free(ent.start, ent.end):
            continue
        if any(scene.match_at[i] is not None for i in range(ent.start, ent.end)):
            continue
        # The parser's entity may open with "the" ("the Association of African Jurists"): not part of the name.
        start = ent.start
        while start < ent.end - 1 and scene.doc[start].lower_ == "the":
            start += 1
        end = ent.end
        while end > start and (scene.doc[end - 1].is_punct or scene.doc[end - 1].lower_ in ("'s", "\u2019s")):
            end -= 1
        name = scene.doc[start:end].text.strip()
        if not name[:1].isupper() or is_place_said_as_place(scene.doc[start:end]) or names_a_town(scene, start, end):
            continue
        words = frozenset(word_key(token.text) for token in scene.doc[start:end]) - {""}
        key = next((known for earlier, known in seen if words < earlier), ("name", name.lower()))
        seen.append((words, key))
        scene.add(Mention(start, end, key, None, "organization", name))


def _key(code: str) -> tuple[str, str]:
    # A state and its government are one actor; other codes are actors of their own
    # (all the "---REB" of a story are one group of rebels, as all its "IRQREB" are; all its
    # "KUR" one group of Kurds).
    if unplaced_code(code) or identity_prefix(code):
        return ("code", code)
    if len(code) == 3 or (len(code) == 6 and code.endswith("GOV")):
        if not code.startswith(INTERNATIONAL):
            return ("country", code[:3])
    return ("code", code)


def _group_name(scene: Scene, code: str, affiliation: Match | None) -> str:
    if affiliation is not None and affiliation.kind == "organization" and code == scene.code(affiliation):
        return affiliation.entry.name
    if identity_prefix(code):
        return identity_name(code, None, scene.lexicon.sector_names.get(code_sector(code, False) or ""))
    if not code.startswith(INTERNATIONAL) and (identity_prefix(code[3:]) or identity_prefix(code[6:])):
        sector = code_sector(code, True)
        return identity_name(code, scene.country_name(code), scene.lexicon.sector_names.get(sector or ""))
    if code.startswith(INTERNATIONAL) or len(code) <= 3:
        return code
    if unplaced_code(code):
        return f"{scene.sector_name(code)} (country unknown)"
    return f"{scene.country_name(code)} ({scene.sector_name(code)})"


def _assemble(scene: Scene) -> tuple[Actor, ...]:
    groups: dict[tuple[str, str], list[Mention]] = {}
    for mention in sorted(scene.mentions, key=lambda m: (m.start, m.end)):
        groups.setdefault(mention.key, []).append(mention)
    ordered = sorted(groups.values(), key=lambda ms: ms[0].start)
    actors: list[Actor] = []
    for number, members in enumerate(ordered, start=1):
        code, name, kind = _identity(scene, members)
        # A people, faith or region's states ("KURREB", "MOSSHI", "PGS") has no country.
        country = person_country(code) if code and not identity_prefix(code) else None
        # A sector follows a country slot, known ("IRQREB") or not ("---REB"); an IGO's code has none.
        country_slot = country is not None or unplaced_code(code)
        sector = code_sector(code, country_slot) if code else None
        spans = sorted({(m.start, m.end) for m in members})
        mentions = tuple(_span(scene, start, end) for start, end in spans)
        actors.append(Actor(f"a{number}", code, name, country, sector or None, mentions, kind))
    return tuple(actors)


def _identity(scene: Scene, members: list[Mention]) -> tuple[str | None, str, str]:
    first = members[0]
    if first.key[0] != "country":
        return first.code, first.name, first.kind
    iso = first.key[1]
    if any(m.user for m in members) and not any(m.country_member for m in members):
        # Named only by user entries: their code and name as written (a user code may collide with ISO).
        named = next(m for m in members if m.user)
        return named.code or iso, named.name, "country"
    governing = any(m.acting for m in members) or any(m.code and len(m.code) > 3 for m in members)
    code = iso + "GOV" if governing else iso
    name = scene.country_name(iso)
    return code, f"{name} (government)" if code.endswith("GOV") else name, "country"


def _span(scene: Scene, start: int, end: int) -> Span:
    doc = scene.doc
    # A parse can join words across a line break or blanked boilerplate ("12 <blanks>
    # Representatives"); a mention never spans whitespace tokens, so it starts after them.
    for i in range(end - 2, start - 1, -1):
        if doc[i].is_space or scene.sentence[i] != scene.sentence[end - 1]:
            start = i + 1
            break
    stop = 1 if end - 1 in scene.full_stops else 0  # "Hun Sen.": the name, not the full stop
    return Span.of(scene.text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text) - stop)
