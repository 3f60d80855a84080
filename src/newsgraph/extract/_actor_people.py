"""People: names, the roles the article gives them, short names and pronouns.

A person's code comes from the article when it says who they are — a title
("Russian Foreign Minister Sergei Lavrov") or an apposition ("Dmitry Peskov,
the Kremlin spokesman"; "Ali Shamkhani, the secretary of Iran's Supreme
National Security Council") — and otherwise from the packaged list of office
holders. The code then holds for every later mention: the surname alone
("Lavrov") and the pronouns that follow ("he said").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from newsgraph.extract._actor_entries import word_key
from newsgraph.extract._actor_headlines import trim_headline_names
from newsgraph.extract._actor_its import its_antecedent
from newsgraph.extract._actor_lexicon import data_rows
from newsgraph.extract._actor_match import Match
from newsgraph.extract._actor_party_tags import (
    LEGISLATOR_CODE,
    PartyEpithet,
    party_epithets,
    party_tags,
    prose_tag_places,
)
from newsgraph.extract._actor_office_named import country_of_office
from newsgraph.extract._actor_places import is_big_city
from newsgraph.extract._actor_rulers import ruler_code
from newsgraph.extract._actor_scene import (
    INTERNATIONAL,
    MODIFIER_DEPS,
    STATE_OFFICE_SECTORS,
    Description,
    Mention,
    Scene,
    compose,
    describe,
    left_start,
    right_phrases,
)
from newsgraph.extract._actor_titles import title_country
from newsgraph.extract._actor_towns import role_town_country
from newsgraph.extract._given_names import given_name_sex, honorific_sex
from newsgraph.extract._place_cues import says_or_decides
from newsgraph.records import unplaced_code

_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "lady", "lord", "sheikh", "mr.", "mrs.", "dr."})
# Generational suffixes after a surname ("Biden Jr."), by word key.
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_FATHER_SUFFIX = "sr"
_PARTICLES = frozenset({"de", "da", "di", "del", "della", "des", "dos", "das", "van", "von", "der", "den", "ter", "al", "el",
                        "bin", "ibn", "la", "le", "du"})
_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "PRODUCT"})
_TITLE_DEPS = frozenset({"compound", "amod", "poss", "nmod", "det", "nummod", "punct", "case"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Verbs that say what a name's subject is ("Mwanawasa became Zambia's president").
_COPULAS = frozenset({"be", "become", "remain"})
# A pronoun looks back at most this many sentences for its person.
_PRONOUN_REACH = 2
# Prepositions after which a big city's name is the city, where the tagger reads a person's.
_CITY_PREPOSITIONS = frozenset({"in", "at", "from", "to", "near", "outside", "into"})


@dataclass(slots=True)
class _Person:
    number: int
    name: str
    surname: str
    words: set[str]
    code: str | None = None
    learned: bool = False
    guessed: bool = False  # the code is only a title's country guessed from the context
    spans: list[tuple[int, int]] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)  # one-person roles named before the name ("king")


# A state-and-party epithet names again a US politician named at most this many sentences before.
_EPITHET_REACH = 2
_US = "USA"


def find_people(scene: Scene) -> None:
    """Add a mention for every person name, appositive role, surname and linked pronoun."""
    people: list[_Person] = []
    by_surname: dict[str, _Person] = {}
    tags = party_tags(scene.doc)
    for tag in tags:
        scene.take(tag.start, tag.end)  # "(D-PA)": Pennsylvania, not the Palestinian Authority
    legislators = {tag.name_end for tag in tags}
    epithets = party_epithets(scene.doc)
    for epithet in epithets:
        scene.take(epithet.start, epithet.end)  # "the Kentucky Republican": a politician, not the state
    named_at_end: dict[int, _Person] = {}
    for start, end in trim_headline_names(scene, _name_spans(scene, legislators)):
        if not scene.free(start, end):
            continue
        surname = _surname(scene.doc, start, end)
        titles = _titles(scene, start, end)
        person = by_surname.get(surname) or _by_other_name(people, surname, end - start)
        if person is not None and titles and not titles & person.titles:
            # "King Hussein" after "Iraqi President Saddam Hussein" (or "Iraq's Saddam Hussein") and
            # "Jordan's King Hussein": the namesake who bears that title.
            person = next((p for p in people if p.surname == surname and titles & p.titles), person)
        sex = honorific_sex(scene.doc[start - 1].text) if start > 0 else None
        if person is not None and sex is not None and given_name_sex(person.name) not in (None, sex):
            # "Mrs. Clinton" after "Bill Clinton" and "Hillary Clinton": the namesake of the honorific's sex.
            person = next((p for p in people if p.surname == surname and given_name_sex(p.name) == sex), person)
        if person is not None and _another_given_name(scene, person, start, end):
            # "Bill Clinton" after "Hillary Clinton", "Jeb Bush" after "George W. Bush": another
            # person, or an earlier one with that given name.
            given = word_key(scene.doc[start].text)
            person = next((p for p in people if p.surname == surname and given in p.words), None)
            new_namesake = person is None
        else:
            new_namesake = False
        if person is not None and _names_the_father(scene.doc, start, end) and not _is_the_father(scene, person):
            # "his father, Duncan Hunter Sr." after "Rep. Duncan Hunter": "Jr." is often dropped, "Sr." never is.
            person = next((p for p in people if p.surname == surname and _is_the_father(scene, p)), None)
            new_namesake = person is None
        # A bare surname after a fuller name is that person, whoever the list says "Bush" is.
        shorter = person is not None and end - start < len(person.name.split())
        code, learned, extra = _learn(scene, start, end)
        if person is not None and _a_namesake_named_in_full(person, end - start, code, learned):
            # "Saddam Hussein" after "King Hussein": a fuller name the list or a title gives another
            # country is someone else; a bare "Hussein" stays the first Hussein.
            person, new_namesake = None, True
        if person is None:
            name = scene.doc[start:end].text
            words = {word_key(t.text) for t in scene.doc[start:end]}
            person = _Person(len(people) + 1, name, surname, words)
            people.append(person)
            if not new_namesake:
                by_surname[surname] = person  # a bare "Clinton" stays the first Clinton named
        elif end - start > len(person.name.split()):
            person.name = scene.doc[start:end].text
        if end in legislators and not (code or "").startswith(LEGISLATOR_CODE[:3]):
            code, learned = LEGISLATOR_CODE, True  # "Rep. Jim Jordan (R-Ohio)", whatever the sentence names
        if learned and shorter and _another_country(code, person.code):
            # "Jordan's King Hussein" after "Iraqi President Saddam Hussein": the title says who
            # this is, and it is someone else; a bare "Hussein" stays the first Hussein.
            person = _Person(len(people) + 1, scene.doc[start:end].text, surname, {surname})
            people.append(person)
        # A guess (learned is None) only fills a person still without a code.
        guessed = learned is None
        if code is not None and len(code) == 3 and (person.code or "").startswith(code):
            code = None  # "Iraq's Saddam" after "Iraqi President Saddam Hussein": only the country again
        # A listed office holder's fuller name outranks a guess made on a bare surname ("President
        # Clinton" in a 2015 story, then "Hillary Clinton": the list knows her and the date).
        outranks_guess = learned is False and person.guessed and not shorter
        if code is not None and (learned or guessed or not shorter) and (
            person.code is None or (learned and not person.learned) or outranks_guess
        ):
            person.code, person.learned, person.guessed = code, bool(learned), guessed
        person.spans.append((start, end))
        person.titles |= titles
        named_at_end[end] = person
        scene.take(start, end)
        for span in extra:
            person.spans.append(span)
            scene.take(*span)
    _surnames(scene, by_surname)
    for person in people:
        if person.code is None and person.spans:
            # "Prime Minister Lars Holm ... the Danish prime minister": the office the story places.
            named_at = {start for start, _ in person.spans}
            codes = {country_of_office(scene, title, named_at) for title in person.titles}
            if len(codes) == 1 and None not in codes:
                person.code = codes.pop()
    _epithets(scene, epithets, prose_tag_places(scene.doc, tags), named_at_end)
    _pronouns(scene, people)
    for person in people:
        # "Jordan's Hussein", "Malawi's Mutharika ... President Mutharika": the state's, not its people's.
        names = [(start, end) for start, end in person.spans if scene.doc[start].lower_ not in _PRONOUNS]
        titles = [_title_range(scene, start, scene.doc[start:end].root) for start, end in names]
        person.code = ruler_code(scene, person.code, person.words, names, titles) or person.code
    for person in people:
        for start, end in person.spans:
            scene.mentions.append(
                Mention(start, end, ("person", str(person.number)), person.code, "person", person.name)
            )


def _epithets(
    scene: Scene, epithets: list[PartyEpithet], places: dict[str, int], named_at_end: dict[int, _Person]
) -> None:
    """"the Kentucky Republican" after "Rand Paul, a Kentucky Republican,": the person that prose tag
    followed; else the last person named, within two sentences, when a US politician ("Speaker Paul
    Ryan said ... the Wisconsin Republican criticized"); else no one (it is not the state)."""
    for epithet in epithets:
        name_end = places.get(epithet.place)
        person = named_at_end.get(name_end) if name_end is not None else None
        if person is None or name_end is None or name_end > epithet.start:
            person = _last_named(scene, named_at_end, epithet.start)
            if person is None or not (person.code or "").startswith(_US):
                continue
        person.spans.append((epithet.start + 1, epithet.end))


def _last_named(scene: Scene, named_at_end: dict[int, _Person], before: int) -> _Person | None:
    """The person whose name ends last before token ``before``, if within two sentences of it."""
    ends = [end for end in named_at_end if end <= before]
    if not ends:
        return None
    last = max(ends)
    return named_at_end[last] if scene.sentence[before] - scene.sentence[last - 1] <= _EPITHET_REACH else None


def _name_spans(scene: Scene, legislators: set[int]) -> list[tuple[int, int]]:
    """Token ranges of person names; ``legislators`` are the ends of names a party tag follows."""
    spans: list[tuple[int, int]] = []
    doc = scene.doc
    absorbed = 0  # names up to here went into the name before them
    for ent in doc.ents:
        if ent.label_ not in _NAME_LABELS or ent.start < absorbed:
            continue
        start, end = ent.start, ent.end
        while start < end and (_is_title(scene, start) or doc[start].lower_ in _HONORIFICS or doc[start].is_punct):
            if _country_as_given_name(scene, ent.label_, start, end):
                break
            start += 1
        while end > start and (doc[end - 1].lower_ in _POSSESSIVE or doc[end - 1].is_punct):
            end -= 1
        start, end = _split_possessive(scene, start, end)
        end = _surname_before_full_stop(scene, start, end)
        if ent.label_ == "PERSON":
            end = _through_particles(doc, start, end)
            end = _through_untagged_surname(scene, start, end)
            end = absorbed = max(_with_the_next_name(doc, end), absorbed)
        if start >= end or not doc[start].text[:1].isupper():
            continue
        if ent.label_ == "PERSON" and doc[start:end].text in _platforms():
            continue  # "said on Twitter": a service the tagger took for a person
        if _capitalised_modifier(scene, start, end):
            scene.capital_only.add(start)
            continue  # "Riot police fired ...": the sentence's capital letter, not a name
        if _capitalised_plural(scene, start, end):
            continue  # "Wildfires on Crete forced ...": a common noun the tagger calls a name
        if ent.label_ == "PERSON" and _city_taken_for_a_person(scene, start, end):
            continue  # "Russian missiles struck Kharkiv": a city the tagger calls a person
        if ent.label_ == "ORG" and start > ent.start and _is_title(scene, ent.start) and scene.role_at(ent.start):
            continue  # "General Motors Corp.": a title word that begins an organisation's name
        matches = {id(scene.match_at[i]): scene.match_at[i] for i in range(start, end) if scene.match_at[i]}
        if end in legislators and ent.label_ == "PERSON" and end - start > 1:
            spans.append((start, end))  # "Rep. Jim Jordan (R-Ohio)": a person, though the name ends in a country
            continue
        if any(m is not None and m.kind == "person" for m in matches.values()):
            spans.append((start, end))
            continue
        last = scene.match_at[end - 1]
        if last is not None and last.kind != "role" and not _titled_person(scene, ent.label_, start, end):
            continue  # "Evil Mordor", "Choice Russia": a name ending in a country is the country
        if matches and (end - start == 1 or ent.label_ != "PERSON"):
            continue  # "Russia" mistaken for a person; "US State Department": the lexicon knows better
        if matches and all(m is not None and m.start <= start and m.end >= end for m in matches.values()):
            continue  # the whole name is a dictionary entry (user actors such as "Hamfast Gamgee")
        if ent.label_ == "PERSON" or _introduced_as_person(scene, start, end):
            spans.append((start, end))
    covered = {i for s, e in spans for i in range(s, e)}
    covered |= {i for ent in doc.ents for i in range(ent.start, ent.end)}
    for match in scene.matches:
        if match.kind == "person" and not any(i in covered for i in range(match.start, match.end)):
            spans.append((match.start, match.end))
        elif match.kind == "role" and match.entry.single:
            # "General Karim Fawzi" when the tagger saw no name: capitalised proper nouns after a title, and
            # after an honorific ("Chairman Sir John Egan", whose name the tagger found, is no person "Sir").
            begin = match.end
            while begin < len(doc) and doc[begin].lower_ in _HONORIFICS:
                begin += 1
            end = begin
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                if end in covered or scene.match_at[end] is not None:
                    break
                end += 1
            if end > begin and (end == len(doc) or scene.match_at[end] is None):
                spans.append((begin, end))
    return sorted(set(spans))


@lru_cache(maxsize=1)
def _platforms() -> frozenset[str]:
    return frozenset(row[0] for row in data_rows("platforms.txt", 1))


def _with_the_next_name(doc: Doc, end: int) -> int:
    """The end of a name the tagger cut in two names before a particle ("Sheikh Mohammed bin Abdulrahman"
    + "Al Thani"): a person's name right after it, with only a space between, that opens with a particle
    goes on with it."""
    while (
        end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "PERSON"
        and doc[end].lower_ in _PARTICLES and doc[end - 1].whitespace_ == " " and not doc[end - 1].is_punct
    ):
        end += 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    return end


def _through_untagged_surname(scene: Scene, start: int, end: int) -> int:
    """The end of a name the tagger stopped short of its surname ("Maria Corina" of "opposition leader Maria
    Corina Machado told"): the name takes the next word when the parse makes that word the head of the whole
    name, a capitalised proper noun no entity and no lexicon entry claims. Only after two or more words: a
    one-word name ("Clinton Cash", a book) is more often a modifier of a title than a given name."""
    doc = scene.doc
    if end - start < 2 or end >= len(doc) or scene.match_at[start] is not None:
        return end
    surname = doc[end]
    if (
        doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end and surname.dep_ != "compound"
        and surname.pos_ == "PROPN" and surname.ent_type_ == "" and surname.text[:1].isupper()
        and surname.text.isalpha() and scene.match_at[end] is None and doc[end - 1].whitespace_ == " "
    ):
        return end + 1
    return end


def _through_particles(doc: Doc, start: int, end: int) -> int:
    """The end of a name the tagger cut at its particles ("Ursula von" + "der Leyen", "Ursula" + "von
    der Leyen"): the name runs on over lower-case particles to the capitalised word after them."""
    after = end
    while after < len(doc) and doc[after].lower_ in _PARTICLES and doc[after].text.islower():
        after += 1
    cut = after > end or (end - start > 1 and doc[end - 1].lower_ in _PARTICLES)
    if cut and after < len(doc) and doc[after].pos_ == "PROPN" and doc[after].text[:1].isupper():
        return after + 1
    return end


def _surname(doc: Doc, start: int, end: int) -> str:
    """The key of a name's surname: its last word before a generational suffix ("Joseph R. Biden Jr." is Biden,
    and no namesake of "Joseph F. Dunford Jr.")."""
    last = end - 1
    while last > start + 1 and (word_key(doc[last].text) in _NAME_SUFFIXES or doc[last].is_punct):
        last -= 1
    return word_key(doc[last].text)


def _names_the_father(doc: Doc, start: int, end: int) -> bool:
    """Whether a name ends in "Sr." (the tokenizer may split off its full stop)."""
    last = end - 1
    while last > start and doc[last].is_punct:
        last -= 1
    return word_key(doc[last].text) == _FATHER_SUFFIX


def _is_the_father(scene: Scene, person: _Person) -> bool:
    return any(_names_the_father(scene.doc, start, end) for start, end in person.spans)


def _surname_before_full_stop(scene: Scene, start: int, end: int) -> int:
    """The end of a name whose last word the tokenizer kept with the sentence's full stop as an
    abbreviation ("hosted by Hun Sen.": "Sen." read as Senator's): that word joins the name when
    the people list knows the whole name or the article names the person in full elsewhere, and
    ``scene.full_stops`` keeps the period out of the mention."""
    doc = scene.doc
    if start >= end or end >= len(doc):
        return end
    word = doc[end].text
    if not (len(word) > 2 and word.endswith(".") and word[:1].isupper() and word[:-1].isalpha()):
        return end
    if end + 1 < len(doc) and scene.sentence[end + 1] == scene.sentence[end] and not doc[end + 1].is_space:
        return end  # "Hun Sen. Ranariddh ...": only the sentence's last word carries its full stop
    known = scene.match_at[end]
    if known is not None and known.kind == "person" and known.start <= start and known.end == end + 1:
        scene.full_stops.add(end)  # the people list knows "Hun Sen"
        return end + 1
    full = [t.text for t in doc[start:end]] + [word[:-1]]
    width = len(full)
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.end - ent.start >= width and ent.start != start:
            if [t.text for t in doc[ent.end - width : ent.end]] == full:
                scene.full_stops.add(end)
                return end + 1
    return end


def _capitalised_modifier(scene: Scene, start: int, end: int) -> bool:
    """A lone word opening a sentence that modifies the lower-case group role after it ("Riot
    police", "Border guards"): capitalised only by its place, unless it is a given name."""
    doc = scene.doc
    if end - start != 1 or end >= len(doc) or scene.match_at[start] is not None:
        return False
    if not (doc[start].is_sent_start or (start > 0 and scene.sentence[start - 1] != scene.sentence[start])):
        return False
    role = scene.role_at(end)
    following = doc[end]
    return (
        role is not None and not role.entry.single and following.text.islower()
        and doc[start].head.i == following.i and given_name_sex(doc[start].text) is None
    )


def _capitalised_plural(scene: Scene, start: int, end: int) -> bool:
    """A lone plural common noun opening a sentence ("Wildfires", "Floods") that the entity
    recogniser took for a name: capitalised only by its place. The tagger reads real surnames
    there as proper nouns; a word also capitalised inside a sentence of the story is kept."""
    doc = scene.doc
    token = doc[start]
    if end - start != 1 or token.tag_ != "NNS" or scene.match_at[start] is not None:
        return False
    if not (token.is_sent_start or (start > 0 and scene.sentence[start - 1] != scene.sentence[start])):
        return False
    return not any(
        other.text == token.text and not other.is_sent_start and other.i != start for other in doc
    ) and given_name_sex(token.text) is None


def _city_taken_for_a_person(scene: Scene, start: int, end: int) -> bool:
    """A lone word the tagger calls a person that is a big city's name, or a town the places extractor
    resolved ("missiles struck Lviv"), with nothing to say it is a person:
    no title before it, no given name of that spelling, no fuller name in the story that holds it ("Jackson"
    after "Jesse Jackson"), and no word of its own ("Austin said")."""
    doc = scene.doc
    titled = start > 0 and (_person_role(scene, start - 1) or doc[start - 1].lower_.rstrip(".") in _HONORIFICS)
    if titled:
        return False
    if end - start > 1:
        return _city_after_a_place_preposition(scene, start, end)
    word = doc[start]
    if given_name_sex(word.text) is not None or not (is_big_city(word.text) or start in scene.towns):
        return False
    if says_or_decides(word):
        return False
    fuller = (ent for ent in doc.ents if ent.label_ == "PERSON" and ent.end - ent.start > 1)
    return not any(word.text == other.text for ent in fuller for other in ent)


def _city_after_a_place_preposition(scene: Scene, start: int, end: int) -> bool:
    """A name of several words the tagger calls a person that is a big city's whole name, right after
    a preposition of place: "Bolsonaro, who is in Belo Horizonte, said he ..." (a person is seldom
    where one is "in"; taken for one, the city would take the pronouns that follow)."""
    doc = scene.doc
    if start == 0 or doc[start - 1].lower_ not in _CITY_PREPOSITIONS or doc[start - 1].dep_ != "prep":
        return False
    return is_big_city(doc[start:end].text)


def _titled_person(scene: Scene, label: str, start: int, end: int) -> bool:
    """A person's name that ends in a country's name, told by a personal title or honorific right
    before it: "Representative Steve Israel", "NASCAR chief Brian France"."""
    if label != "PERSON" or end - start < 2 or start == 0 or scene.match_at[start] is not None:
        return False
    before = scene.doc[start - 1]
    return _person_role(scene, before.i) or before.lower_.rstrip(".") in _HONORIFICS


def _country_as_given_name(scene: Scene, label: str, start: int, end: int) -> bool:
    """A country's name that is a given name ("Chad Sweet", "Jordan Spieth"): the first of the two
    words of a person's name, the second no dictionary knows."""
    match = scene.match_at[start]
    return (
        label == "PERSON" and end - start == 2 and match is not None and match.kind == "country"
        and match.end == start + 1 and not match.entry.demonym and not match.entry.region
        and scene.match_at[start + 1] is None and scene.doc[start + 1].pos_ == "PROPN"
        and scene.doc[start].dep_ == "compound"
    )


def _split_possessive(scene: Scene, start: int, end: int) -> tuple[int, int]:
    """One name out of an entity that runs over a possessive: "Obama's" in "Obama's Initial
    Briefing", "Joel Pollak" in "Breitbart's Joel Pollak"."""
    doc = scene.doc
    cut = next((i for i in range(start + 1, end - 1) if doc[i].lower_ in _POSSESSIVE), None)
    if cut is None:
        return start, end
    before = scene.match_at[cut - 1]
    if (before is not None and before.kind == "person") or end - (cut + 1) < 2:
        return start, cut
    return cut + 1, end


def _is_title(scene: Scene, i: int) -> bool:
    match = scene.match_at[i]
    return match is not None and match.kind in ("role", "country", "seat", "organization")


def _introduced_as_person(scene: Scene, start: int, end: int) -> bool:
    """A name that is not tagged PERSON but has a personal title or appositive role."""
    root = scene.doc[start:end].root
    title = _title_range(scene, start, root)
    if any(_person_role(scene, i) for i in title):
        return True
    partner = _appositive(scene, root)
    if partner is not None and _person_role(scene, partner.i):
        return True
    return _copula_role(scene, root) is not None  # "Mwanawasa became Zambia's president"


def _titles(scene: Scene, start: int, end: int) -> set[str]:
    """The one-person roles right before a name ("King" of "Jordan's King Hussein")."""
    title = _title_range(scene, start, scene.doc[start:end].root)
    return {role.entry.name.lower() for i in title if (role := scene.role_at(i)) is not None and role.entry.single}


def _person_role(scene: Scene, i: int) -> bool:
    role = scene.role_at(i)
    return role is not None and role.entry.single


def _title_range(scene: Scene, start: int, root: Token) -> range:
    """The words right before a name that modify it ("Russian Foreign Minister", "Gondor's Prime Minister").

    Walks left over tokens that attach rightwards inside the name's phrase, so a
    bad parse cannot pull in the previous line.
    """
    doc = scene.doc
    first = start
    while first > 0:
        token = doc[first - 1]
        if token.is_space or scene.sentence[token.i] != scene.sentence[start]:
            break
        # "Then-Sen. Clinton": the parser hangs "then" on the title as an adverb.
        inward = first <= token.head.i <= root.i and (token.dep_ in _TITLE_DEPS or token.lower_ == "then")
        possessive = token.dep_ == "case" and token.head.i == token.i - 1
        if not (inward or possessive):
            break
        first -= 1
    while first < start and (doc[first].is_punct or doc[first].dep_ in ("det", "case")):
        first += 1
    return range(first, start)


def _a_namesake_named_in_full(person: _Person, length: int, code: str | None, learned: bool | None) -> bool:
    """Whether a name longer than any the person went by so far, coded by the list or its title (not a
    guess), belongs to another country than the person's: the namesake, not a fuller name of the same man."""
    return learned is not None and length > len(person.name.split()) and _another_country(code, person.code)


def _another_country(code: str | None, known: str | None) -> bool:
    """Whether two person codes name different countries (unknown and international ones never do)."""
    first, second = person_country(code), person_country(known)
    return first is not None and second is not None and first != second


def _quoted_alone(doc: Doc, start: int, end: int) -> bool:
    """Whether quotation marks wrap just these tokens (and a closing full stop or comma)."""
    if start == 0 or not doc[start - 1].is_quote:
        return False
    after = end
    while after < len(doc) and doc[after].text in (".", ",", "!", "?"):
        after += 1
    return after < len(doc) and doc[after].is_quote


def _appositive(scene: Scene, root: Token) -> Token | None:
    """The role noun in apposition with a name, either side ("Peskov, the spokesman"; "spokesman, Peskov")."""
    if root.dep_ == "appos" and scene.role_at(root.head.i) is not None:
        return root.head
    owner = _role_of_the_place_before(scene, root)
    if owner is not None:
        return owner
    for child in root.children:
        if child.dep_ == "appos" and scene.role_at(child.i) is not None:
            return child
    return _misparsed_appositive(scene, root) or _title_as_second_subject(scene, root)


def _title_as_second_subject(scene: Scene, root: Token) -> Token | None:
    """"Egypt's army chief Abdel Fattah al-Sisi rejected talks": the parser made the possessed title
    and the name right after it two subjects of one verb, but a verb has one subject; the title is the
    name's own, as it is when the parser compounds it ("Sudanese army chief Abdel Fattah al-Burhan")."""
    doc = root.doc
    before = root.left_edge.i - 1
    if root.dep_ != "nsubj" or before < 0:
        return None
    role = doc[before]
    if role.dep_ != "nsubj" or role.head != root.head or role.pos_ != "NOUN" or role.tag_ == "NNS":
        return None
    match = scene.role_at(role.i)
    return role if match is not None and match.entry.single else None


def _role_of_the_place_before(scene: Scene, root: Token) -> Token | None:
    """"The mayor of Lviv, Andriy Sadovyi,": the parser hangs the name on the place of the "of" phrase, but the
    name is the one-person role's that owns the phrase."""
    place = root.head
    if root.dep_ != "appos" or place.dep_ != "pobj" or place.head.lower_ != "of":
        return None
    owner = place.head.head
    return owner if _person_role(scene, owner.i) else None


def _misparsed_appositive(scene: Scene, root: Token) -> Token | None:
    """"spoke with his Philippine counterpart, Enrique Manalo, on Monday": the parser hung the name set off
    by commas on the verb, but a name between commas right after a one-person role is its apposition."""
    doc = root.doc
    before, after = root.left_edge.i - 1, root.right_edge.i + 1
    if root.dep_ not in ("npadvmod", "dep", "nsubj") or before < 1 or doc[before].text != ",":
        return None
    # A subject set off by a comma after it is no speaker of its verb ("..., Enrique Manalo, on Monday,
    # the State Department said"); one right before its verb is ("met the president, Smith said").
    closing = (",",) if root.dep_ == "nsubj" else (",", ".", ";")
    if after < len(doc) and doc[after].text not in closing:
        return None
    role = doc[before - 1]
    match = scene.role_at(role.i) if role.pos_ == "NOUN" else None
    # One person's role only: "nominated a judge to the federal judiciary, Abid Ali," names no judiciary.
    return role if match is not None and match.entry.single else None


def _copula_role(scene: Scene, root: Token) -> Token | None:
    """The one-person state office a copula gives a name as its subject or in a "who is" clause on it
    ("became Zambia's president"); not a negated, modal or past "is" ("was president" may be long ago)."""
    verb: Token | None = None
    if root.dep_ == "nsubj" and root.head.lemma_ in _COPULAS:
        verb = root.head
    for child in root.children:
        if child.dep_ == "relcl" and child.lemma_ in _COPULAS and any(
            grand.dep_ == "nsubj" and grand.lower_ in ("who", "that") for grand in child.children
        ):
            verb = child
    if verb is None or (verb.lemma_ == "be" and verb.tag_ == "VBD"):
        return None
    if any(child.dep_ == "neg" or child.tag_ == "MD" for child in verb.children):
        return None
    return next(
        (child for child in verb.children if child.dep_ in ("attr", "oprd") and _state_office_role(scene, child.i)),
        None,
    )


def _state_office_role(scene: Scene, i: int) -> bool:
    role = scene.role_at(i)
    code = role.entry.codes[0].code if role is not None and role.entry.codes else None
    return role is not None and role.entry.single and (code or "")[1:4] in STATE_OFFICE_SECTORS


def _learn(scene: Scene, start: int, end: int) -> tuple[str | None, bool | None, list[tuple[int, int]]]:
    """Code of a name from its title or apposition (learned: True), else from the lexicon (False),
    else guessed from the context of a title without a country (None)."""
    doc = scene.doc
    root = doc[start:end].root
    extra: list[tuple[int, int]] = []
    code: str | None = None
    description: Description | None = None
    title = _title_range(scene, start, root)
    if _quoted_alone(doc, title.start, end):
        # '"President Bernie Sanders."' chanted or hoped for: a slogan, not the office held.
        scene.take(title.start, title.stop)
        title = range(start, start)
    # The name's own "of" phrase says whose it is ("King Hussein of Jordan", "Janos Martonyi of
    # Hungary" in a list of ministers), before any country the title's apposition names.
    own_of = [(preposition, span) for preposition, span in right_phrases(root) if preposition == "of"]
    if any(scene.match_at[i] is not None for i in title) and scene.free(title.start, title.stop):
        description = describe(scene, title, own_of)
        if description.affiliation is None and description.person_code is None:
            # "Its foreign minister Boris Kalinov": "its" hangs on the title's noun or on the name.
            owned = next((doc[i] for i in title if any(child.lower_ == "its" for child in doc[i].children)), root)
            description = replace(description, affiliation=its_antecedent(scene, owned))
        code = _person_code(scene, description, root)
        if title:
            # The title belongs to the name's mention ("Russian Foreign Minister Sergei Lavrov").
            scene.take(title.start, title.stop)
    partner = _appositive(scene, root)
    if partner is not None:
        first = left_start(partner)
        own = range(start, end)
        left = range(first, partner.i + 1)
        right = own_of or right_phrases(partner, exclude=own if partner.i < start else None)
        if scene.free(first, partner.i + 1) and not (first <= start < partner.i + 1):
            description = describe(scene, left, right)
            if description.affiliation is None and description.person_code is None:
                # "Its director general, Rafael Grossi,": the agency's, as "its" says.
                description = replace(description, affiliation=its_antecedent(scene, partner))
            code = code or _person_code(scene, description, partner)
            if partner.tag_ != "NNS":
                extra.append((first, partner.i + 1))  # not "the three ministers" before a list of names
    stated = _copula_role(scene, root) if code is None and partner is None else None
    if stated is not None and scene.free(left_start(stated), stated.i + 1):
        # "Mwanawasa became Zambia's president", "Mwanawasa, who is Zambia's president": a role the
        # copula gives with its country (a bare "became president" guesses none).
        said = describe(scene, range(left_start(stated), stated.i + 1), right_phrases(stated))
        if said.affiliation is not None and said.has_role:
            code = _person_code(scene, said, stated)
    # A listed office holder only when the listed phrase is the whole name: "Bush" is
    # George W. Bush, "Jeb Bush" is someone else. The listed phrase may hold the title the tagger
    # left out of the name ("Sheikh Jaber" when the tagger's name is "Jaber").
    listed = scene.match_at[start]
    whole = (
        listed is not None and listed.kind == "person" and listed.end == end
        and (listed.start == start or title.start <= listed.start < start)
    )
    known = scene.code(listed) if whole and listed is not None else None
    if code is None and not known and description is not None:
        # "Kharkiv Mayor Ihor Terekhov": a title a town owns is that town's country's. "President
        # Levy Mwanawasa ... the Zambian people": a title without a country serves the one country
        # its sentence names, or the article is about.
        country = role_town_country(scene, description) or title_country(scene, description, root)
        guessed = compose(scene, description, country) if country else None
        if guessed is not None:
            # Only a guess from the context: it codes a new person but does not override what an
            # earlier, fuller mention said ("Secretary Clinton" after "Hillary Clinton").
            return guessed, None, extra
    nationality_only = code is not None and len(code) == 3
    if code is not None and not (nationality_only and known and known.startswith((code, *INTERNATIONAL))):
        return code, True, extra
    # "Iraq's Saddam Hussein": the title gives only the country the table already knows; "Saudi
    # exile Osama bin Laden", "Ghana's Kofi Annan": a nationality does not undo an international code.
    return (known, False, extra) if known else (code, code is not None, extra)


def _person_code(scene: Scene, description: Description, head: Token) -> str | None:
    if description.affiliation is None and not (description.person_code and description.has_role):
        return None  # a title without a country ("President Clinton"): see ``_context_code``
    if not description.has_role:
        if head.dep_ in MODIFIER_DEPS and head.head.i > head.i:
            return None  # "Filipino Clinton staffers": the nationality is the staffers', not the name's
        # "French novelist X": a nationality alone does not make a government actor.
        if description.affiliation.kind == "country":
            return (scene.code(description.affiliation) or "")[:3] or None
    return compose(scene, description)


def _surnames(scene: Scene, by_surname: dict[str, _Person]) -> None:
    doc = scene.doc
    if not by_surname:
        return
    for i, text in enumerate(scene.texts):
        if scene.taken[i] or not text[:1].isupper() or text.isupper():
            continue
        person = by_surname.get(word_key(text))
        if person is None or len(person.surname) < 3:
            continue
        match = scene.match_at[i]
        if match is not None and match.kind != "person" and not _capital_as_surname(scene, i, match):
            continue
        start = i
        while start > 0 and doc[start - 1].lower_ in _PARTICLES and word_key(doc[start - 1].text) in person.words:
            start -= 1
        person.spans.append((start, i + 1))
        scene.take(start, i + 1)


def _capital_as_surname(scene: Scene, i: int, match: Match) -> bool:
    """A capital's or title's word alone after a person of that surname: "Jeremy Paris ... Paris, who"
    (as the subject of a verb or before "who") is the person, not the seat of government; "Billie
    Jean King ... King won" the person, not a king (a title goes before a name: "King Abdullah")."""
    if match.end - match.start != 1:
        return False
    doc = scene.doc
    if match.kind == "role":
        following = doc[i + 1] if i + 1 < len(doc) else None
        determined = i > 0 and doc[i - 1].dep_ in ("det", "poss", "case")  # "the King", "Jordan's King"
        return match.entry.single and not determined and (following is None or not following.text[:1].isupper())
    if match.kind != "seat":
        return False
    who = i + 2 < len(doc) and doc[i + 1].text == "," and doc[i + 2].lower_ == "who"
    return who or doc[i].dep_ in ("nsubj", "nsubjpass")


def _another_given_name(scene: Scene, person: _Person, start: int, end: int) -> bool:
    """Whether a full name shares only its surname with an earlier full name: another person."""
    if end - start < 2 or len(person.name.split()) < 2:
        return False
    given = word_key(scene.doc[start].text)
    return bool(given) and given not in person.words and given != word_key(person.name.split()[0])


def _by_other_name(people: list[_Person], key: str, length: int) -> _Person | None:
    """A one-word name that is another word of exactly one earlier person ("Saddam" after
    "Saddam Hussein", "Xi" after "Xi Jinping": Chinese and Korean names put the family name first)."""
    if length != 1 or len(key) < 2:
        return None
    found = [person for person in people if key in person.words]
    return found[0] if len(found) == 1 else None


def _pronouns(scene: Scene, people: list[_Person]) -> None:
    """Link he/him/his and she/her to the latest person before them within reach.

    The first pronoun linked to a person fixes its gender, so a later "she"
    skips back past a "he" person to the woman mentioned before him.
    """
    if not people:
        return
    named = sorted((start, person.number, person) for person in people for start, _ in person.spans)
    gender: dict[int, str] = {}
    for i, text in enumerate(scene.texts):
        lower = text.lower() if len(text) <= 3 else ""
        if lower not in _PRONOUNS or scene.taken[i]:
            continue
        token = scene.doc[i]
        wanted = "f" if lower in ("she", "her") else "m"
        reachable = [
            item for item in named
            if item[0] < token.i
            and scene.sentence[token.i] - scene.sentence[item[0]] <= _PRONOUN_REACH
            and gender.get(item[1], wanted) == wanted
            and given_name_sex(item[2].name) in (None, wanted)
        ]
        if not reachable:
            continue
        _, number, person = _antecedent(scene, token, reachable)
        gender[number] = wanted
        person.spans.append((token.i, token.i + 1))
        named.append((token.i, number, person))
        named.sort(key=lambda item: (item[0], item[1]))
        scene.take(token.i, token.i + 1)


def _antecedent(
    scene: Scene, pronoun: Token, candidates: list[tuple[int, int, _Person]]
) -> tuple[int, int, _Person]:
    """The latest candidate, except that a subject pronoun opening a new sentence continues the
    subject of the sentence before ("Annan met Saddam Hussein. He is expected to ..." -> Annan)."""
    latest = candidates[-1]
    if pronoun.dep_ not in _SUBJECT_DEPS or scene.sentence[latest[0]] == scene.sentence[pronoun.i]:
        return latest
    same_sentence = [item for item in candidates if scene.sentence[item[0]] == scene.sentence[latest[0]]]
    subjects = [item for item in same_sentence if _name_head(scene.doc[item[0]]).dep_ in _SUBJECT_DEPS]
    return subjects[-1] if subjects else latest


def _name_head(token: Token) -> Token:
    """The head word of the name starting at ``token`` ("Kofi" -> "Annan" in "Kofi Annan")."""
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    return token


def person_country(code: str | None) -> str | None:
    """The country of a person's code, None for international organisations and unknown countries."""
    if not code or code.startswith(INTERNATIONAL) or unplaced_code(code):
        return None
    return code[:3]
