"""Placing a role the phrase does not place: by its partner, its sentence, its article, or nowhere.

``describe`` and ``compose`` (``_actor_scene``) code what a phrase says
("Russian Foreign Minister"). When it names no country, ``context_country``
looks at the role's coordinated partner, the one country of its sentence and
the country the article is about, and ``countryless`` codes a group nothing
places with CAMEO's unknown country (``---REB``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract._actor_anaphora import charged
from newsgraph.extract._actor_commanded import commanders_country
from newsgraph.extract._actor_armies import army_named_again, country_keeping
from newsgraph.extract._actor_dateline import POLICE, dateline_police_country, named_elsewhere
from newsgraph.extract._actor_entries import DOMESTIC_SECTORS
from newsgraph.extract._actor_identities import identity_prefix
from newsgraph.extract._actor_match import Match
from newsgraph.extract._actor_members import members_of_a_body_named_before
from newsgraph.extract._actor_offices import sole_office_country
from newsgraph.extract._actor_patrons import armed_by
from newsgraph.extract._actor_scene import (
    INTERNATIONAL,
    KEEPING_VERBS,
    MODIFIER_DEPS,
    PATRONAGE_PARTICIPLES,
    STATE_OFFICE_SECTORS,
    Description,
    Scene,
    compose,
    only_in_subjects,
    right_phrases,
)
from newsgraph.extract._actor_things import only_on_a_thing
from newsgraph.extract._actor_towns import act_town_country
from newsgraph.extract._actor_venues import only_where_it_was_said, only_where_talks_are_held
from newsgraph.records import GOVERNMENT_ROLE, UNKNOWN_COUNTRY, unplaced_code

_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Prepositions whose country is where an act happens, which may place its author ("in Turkey").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "across", "throughout", "within", "from"})


def countryless(scene: Scene, description: Description, head: Token) -> str | None:
    """The code of a role group that neither its phrase nor its context places: the unknown
    country with the role's sector (``---REB``), or an organisation type alone (``NGO``).

    Only a role that names a sector counts ("a spokesman" has none). A group owned by a
    pronoun ("its troops") belongs to the pronoun's antecedent; a proper name built on a role
    noun ("the Ministry of Magic", a "Supreme National Security Council" whose country the
    parse lost) is a body of its own: neither is coded so. A capitalised role word alone
    ("Parliament rejected", "Guerrillas freed") is still a common role. An embassy or consulate
    whose state nobody names is a building, not an agent.
    """
    if description.affiliation is not None or description.person_code or description.role is None:
        return None
    if description.role.entry.owned or description.organisation:
        return None  # "agreed to share intelligence": information, not an agency; "GM officials"
    if description.role.entry.kin and not any(p in ("of", "in") for p, _ in right_phrases(head)):
        return None  # "help families cope with costs": families in general, no one's
    if any(child.dep_ == "poss" and child.pos_ == "PRON" for child in head.children):
        return None
    if _proper_name(head, description.role):
        return None
    if description.role.entry.abroad and not description.role.entry.single:
        return None  # "gunmen attacked an embassy": a building whose state nobody names, no agent
    role_code = description.role.entry.codes[0].code if description.role.entry.codes else None
    if not role_code or role_code == "~":
        return None
    if role_code.endswith("~"):
        return role_code[:-1] if role_code[:-1].startswith(INTERNATIONAL) else None
    if not role_code.startswith("~"):
        return None
    return compose(scene, description, UNKNOWN_COUNTRY)


def _proper_name(head: Token, role: Match) -> bool:
    """Whether a role noun heads a multi-word proper name: other proper nouns before it or in its
    "of" phrase ("Supreme National Security Council", "Ministry of Magic"). A one-person office's
    own words do not count ("The Prime Minister said" is the office; "the Supreme Court" stays a
    name)."""
    if head.pos_ != "PROPN":
        return False
    own = range(role.start, role.end) if role.entry.single else range(0)
    if any(child.dep_ == "compound" and child.pos_ == "PROPN" and child.i not in own for child in head.children):
        return True
    return any(
        obj.pos_ == "PROPN"
        for child in head.children
        if child.dep_ == "prep" and child.lower_ == "of"
        for obj in child.children
        if obj.dep_ == "pobj"
    )


# Verbs that move people somewhere: those moved and where they go are not the mover's country.
_SENDING_VERBS = frozenset(
    {"deport", "return", "repatriate", "send", "expel", "extradite", "transfer", "fly", "ship", "hand", "turn",
     "deliver", "bring", "force", "push", "exile", "banish", "smuggle", "move", "evacuate", "relocate", "resettle"}
)
# Particles a destination may hang on ("sent back to Haiti" when the parser attaches "to" to "back").
_SENDING_PARTICLES = frozenset({"back", "home", "over"})
_DESTINATION_PREPOSITIONS = frozenset({"to", "into", "toward", "towards"})
# Prepositions that say what a group is beside: a country on the place they name ("near an Israeli
# post", "outside the US embassy") is that place's, not the group's.
_BESIDE_PREPOSITIONS = frozenset(
    {"near", "outside", "at", "beside", "behind", "by", "opposite", "past", "around", "alongside", "next"}
)
# Verbs by which a state has or shapes its own body ("Iraq boasts an army", "Russia reformed the police"):
# besides those by which it keeps a force, those by which it builds or runs one.
_OWNING_VERBS = KEEPING_VERBS | {
    "boast", "own", "build", "rebuild", "field", "form", "create", "train", "mobilize", "mobilise", "expand",
    "modernize", "modernise", "reform", "strengthen", "lead", "command", "control", "fund", "need",
}
# Prepositions of a group's own phrase that name whom it acts against.
_TARGET_PREPOSITIONS = frozenset({"against"})


def context_country(scene: Scene, head: Token, role: Match | None = None, *, identity: bool = False) -> str | None:
    """The country a role noun belongs to when the phrase does not say: its coordinated
    partner ("the Syrian government and opposition groups"), else the only country of
    its sentence, else the country the article is about. Only "local" roles
    (the government, opposition, rebels, ...) are placed so; officials and troops
    are left uncoded, as the sentence's country is as often the one they deal with."""
    partner = head.head if head.dep_ == "conj" else None
    for candidate in [partner, *[c for c in head.children if c.dep_ == "conj"]]:
        if candidate is None:
            continue
        match = scene.match_at[candidate.i]
        if match is not None and match.kind in ("country", "seat", "actor"):
            code = scene.code(match)
            if code and not code.startswith(INTERNATIONAL):
                return code[:3]
        for mention in scene.mentions:
            if mention.start <= candidate.i < mention.end and mention.code:
                # "the Kurds and local militias": a people or faith places no partner in a country.
                if not mention.code.startswith(INTERNATIONAL) and not identity_prefix(mention.code):
                    return mention.code[:3]
    if role is not None:
        keeper = country_keeping(scene, head, role)
        if keeper is not None:
            return keeper  # "the United States, which has 1,100 troops in Niger": American troops
        army = army_named_again(scene, head, role)
        if army is not None:
            return army  # "Sudan's army rejected the call ... Egypt, which backs the army": Sudan's
        members = members_of_a_body_named_before(scene, head, role)
        if members is not None:
            return members  # "Peru's congress rejected the budget. Lawmakers said ...": its members
        commander = commanders_country(scene, head, role)
        if commander is not None:
            return commander  # "President Buhari ordered the army to pursue the attackers": Nigeria's
    if role is not None and role.entry.sole:
        country = sole_office_country(scene, head, role)  # "the president": only a one-country story's
        if country is not None or role.entry.single:
            return country
        # A body a state has one of ("the Senate") may still take its sentence's one country.
    if role is None or not role.entry.local or role.entry.single:
        return None  # "a doctor said": one unnamed person is not placed by guesswork
    if role.entry.kin:
        return None  # "government should help families": only their own phrase says whose they are
    if any(child.lower_ == "foreign" and not role.start <= child.i < role.end for child in head.children):
        return None  # "foreign governments" are other countries', whatever the sentence names
    if any(child.dep_ == "acl" and child.lower_ in PATRONAGE_PARTICIPLES for child in head.children):
        return None  # "fighters trained by the United States": the sentence's country is their patron
    if _placed_by_an_unknown_place(scene, head):
        return None  # "the residents of Loudoun County", "600 bakery workers in Chicago"
    countries = scene.sentence_countries.get((scene.sentence[head.i], not scene.quoted[head.i]), set())
    if len(countries) == 1 and _owns_the_object(scene, head, next(iter(countries))):
        countries = set()  # "Militias attacked a U.S. base": the sentence names only the target's country
    if len(countries) == 1 and _only_people_acted_on(scene, head, next(iter(countries))):
        countries = set()  # "Police arrested one Sudanese", "Rebels killed two Americans": whom they act on
    if len(countries) == 1 and _only_what_it_acts_against(scene, head, next(iter(countries))):
        countries = set()  # "The crowd chanted slogans against Israel", "Rebels fired rockets at Israel"
    if len(countries) == 1 and _only_in_a_clause_apart(scene, head, next(iter(countries))):
        countries = set()  # "Trump told the protesters that China was cheating": what was said, not whose
    if len(countries) == 1 and _civilians(role) and _acted_on_by(scene, head, next(iter(countries))):
        # "Russian shelling killed five civilians in Kherson": the people a country's act falls on are the
        # country's of the town it fell on, when the sentence names one; else, as at home, its own.
        town = act_town_country(scene, head)
        if town is not None:
            return town
    if len(countries) == 1 and _only_beside_a_place(scene, next(iter(countries)), head):
        countries = set()  # "Two farmers were killed near an Israeli post": the post is Israeli
    if len(countries) == 1 and only_on_a_thing(scene, head, _country_in_sentence(scene, head, next(iter(countries)))):
        countries = set()  # "Police found the stolen Afghan hound": the dog is Afghan, not the police
    if len(countries) == 1 and only_where_talks_are_held(
        scene, _country_in_sentence(scene, head, next(iter(countries)))
    ):
        countries = set()  # "rebels met government envoys in Oslo": Norway hosts the talks
    if (
        len(countries) == 1
        and scene.quoted[head.i]
        and only_where_it_was_said(scene, _country_in_sentence(scene, head, next(iter(countries))))
    ):
        countries = set()  # '"We gave the junta every chance," Marsudi told reporters in Jakarta'
    if len(countries) == 1 and _only_in_its_target(scene, head, next(iter(countries))):
        countries = set()  # "troops sent in against Albanian villages"
    patron = None
    if len(countries) == 1 and armed_by(head, role, _country_in_sentence(scene, head, next(iter(countries)))):
        patron = countries.pop()  # "Russia armed the separatists": their patron, not their country
    if len(countries) > 1 or (countries and _moved(scene, head, next(iter(countries)))):
        # "Immigration authorities returned 30 Chinese to China from Taiwan": the people sent and
        # where they are sent are not whose the authorities are.
        countries = {country for country in countries if not _moved(scene, head, country)}
    if identity and len(countries) == 1 and _is_the_counterpart(scene, head, next(iter(countries))):
        return None  # "Shiite militias criticized the United States": their faith names them, not their target
    if _state_body(role) and len(countries) == 1 and _is_the_counterpart(scene, head, next(iter(countries))):
        # "The government is preparing to impose sanctions on Iran": a state does not sanction itself;
        # the same body named before with its country may still place it.
        countries = set()
    if _state_body(role) and len(countries) == 1 and _acted_on_by(scene, head, next(iter(countries))):
        countries = set()  # "France did not recognise the authority of the junta": another state's body
    if len(countries) == 1 and _acted_on_by(scene, head, next(iter(countries))):
        # "Belarus's opposition leader ... Moscow has not recognised the opposition's claims": the group the
        # story placed before, not the state that acts on it (which may be its own: "the Kremlin jailed ...").
        earlier = _named_before(scene, head, role.entry.codes[0].code if role.entry.codes else None)
        if earlier is not None and earlier != next(iter(countries)):
            return earlier
    if not countries:
        if any(child.dep_ == "poss" and child.pos_ == "PRON" for child in head.children):
            return None  # "their children", "our children": the pronoun's, not the article's country
        # The article's country only for the people of a country (rebels, civilians),
        # not for its institutions: a "federal court" in a story about Cuba is American.
        code = role.entry.codes[0].code if role.entry.codes else None
        if code == "~" + POLICE:
            country = dateline_police_country(scene, head)  # "NEWARK, N.J. -- Police said": New Jersey's
            earlier = None if country else _named_before(scene, head, code)
            if (
                earlier is not None
                and scene.dateline in ("", earlier)
                and not named_elsewhere(scene, head, earlier, sentences_before=0)
            ):
                # "NAIROBI - Kenyan police fired ... Witnesses said police shot": Kenya's; not the Swedish police
                # of an Oslo story, nor after "Serb police killed ..." "The police barred the crowd from the
                # consulate in Istanbul", which names another country's city.
                return earlier
            return country
        if code and code[1:4] in DOMESTIC_SECTORS:
            return scene.main_country if scene.main_country != patron else None
        if role.entry.sole:
            # "the government", "the president": the sole-office rule above weighed the article's countries.
            return _named_before(scene, head, code)
        return _named_before(scene, head, code) or _the_one_government_before(scene, head, code)
    return next(iter(countries)) if len(countries) == 1 else None


# The lexicon kinds that name a state or its government.
_STATE_KINDS = frozenset({"country", "seat", "organization"})


def _the_one_government_before(scene: Scene, head: Token, code: str | None) -> str | None:
    """The country of every country and government body the story named before a bare "(the) authorities":
    "Georgia's Interior Ministry said 43 people were detained. Zourabichvili accused the authorities of ...".
    None when the story named more than one country before, or none. The lexicon's matches are read, not the
    mentions, which other finders add later."""
    words = [child.lower_ for child in head.children if child.dep_ != "case"]
    if code != "~" + GOVERNMENT_ROLE or not ("the" in words or (not words and head.tag_ == "NNS")):
        return None  # "Authorities cut the internet" with no article at all is "the authorities" too
    codes = [scene.code(match) for match in scene.matches if match.end <= head.i and match.kind in _STATE_KINDS]
    codes += [mention.code for mention in scene.mentions if mention.end <= head.i]
    countries = {
        found[:3]
        for found in codes
        if found and (len(found) == 3 or found[3:6] == GOVERNMENT_ROLE)
        and not found.startswith(INTERNATIONAL) and not unplaced_code(found)
    }
    return countries.pop() if len(countries) == 1 else None


def _named_before(scene: Scene, head: Token, code: str | None) -> str | None:
    """The country of the one body the story named before with this noun: "Sudan's army agreed ...
    The RSF accused the army" is Sudan's army. Only a bare singular "the army", or the noun with no
    article at all as a body's name is used ("protesters stormed parliament", "police said"): "an army",
    "the new army" may be another; and only when no other country's army was named. The charge a
    verb's "of" phrase names may hang on the body ("accused the court of bias")."""
    if not code or len(code) != 4 or not code.startswith("~"):
        return None
    words = [child.lower_ for child in head.children if child.dep_ != "case" and not _the_charge(head, child)]
    if words not in (["the"], []) or (head.tag_ == "NNS" and head.lower_ != head.lemma_.lower()):
        return None  # "aid for the governments" of two countries; "police" is one force, though plural
    countries = {
        mention.code[:3]
        for mention in scene.mentions
        if mention.end <= head.i and mention.code and mention.code[3:6] == code[1:]
        and not mention.code.startswith(INTERNATIONAL) and not unplaced_code(mention.code)
        and any(token.lemma_.lower() == head.lemma_.lower() for token in scene.doc[mention.start : mention.end])
    }
    return countries.pop() if len(countries) == 1 else None


def _the_charge(head: Token, child: Token) -> bool:
    """Whether ``child`` is the "of" phrase of what the verb charges ``head`` with: "accused the court of bias"."""
    return child.dep_ == "prep" and child.lower_ == "of" and charged(head)


def _moved(scene: Scene, head: Token, country: str) -> bool:
    """Whether the sentence names ``country`` only as people a verb of sending moves ("40 Haitians
    would be sent back", "deported 30 Chinese") or where it moves them ("deported him to Mexico").
    Not for the people moved themselves: "sent 200 refugees back to Burma" are likely Burma's."""
    if _moved_itself(head):
        return False
    named = _country_in_sentence(scene, head, country)
    for match in named:
        token = scene.doc[match.end - 1]
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_ in _SENDING_VERBS:
            continue  # the people moved
        preposition = token.head
        verb = preposition.head.head if preposition.head.lower_ in _SENDING_PARTICLES else preposition.head
        if (
            token.dep_ == "pobj" and preposition.lower_ in _DESTINATION_PREPOSITIONS
            and verb.lemma_ in _SENDING_VERBS and any(child.dep_ in ("dobj", "nsubjpass") for child in verb.children)
        ):
            continue  # where they go; "rebels moved into Liberia" go there themselves
        return False
    return bool(named)


def _moved_itself(head: Token) -> bool:
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_ in _SENDING_VERBS


def _placed_by_an_unknown_place(scene: Scene, head: Token) -> bool:
    """Whether the role's own phrase names where it is with a place no dictionary places
    ("residents of Loudoun County", "workers in Chicago"): not the sentence's other country."""
    for preposition, span in right_phrases(head):
        if preposition in ("of", "in", "from", "at") and any(
            scene.doc[i].ent_type_ in _PLACE_ENTITIES and scene.match_at[i] is None for i in span
        ):
            return True
    return False


def _country_in_sentence(scene: Scene, head: Token, country: str) -> list[Match]:
    """The lexicon matches of ``head``'s sentence coded with ``country`` that may place it (not inside
    quotation marks when ``head`` is outside)."""
    sentence = scene.sentence[head.i]
    return [
        match
        for match in scene.matches
        if scene.sentence[match.start] == sentence and scene.places(match.start, head.i)
        and (scene.code(match) or "")[:3] == country
    ]


def _civilians(role: Match) -> bool:
    """Whether a role names people of no state office ("civilians", "residents", "refugees")."""
    code = role.entry.codes[0].code if role.entry.codes else ""
    return code in _CIVILIAN_CODES


def _state_body(role: Match) -> bool:
    """Whether a role is a state's body or its forces ("the government", "parliament", "the army")."""
    code = role.entry.codes[0].code if role.entry.codes else ""
    return code.startswith("~") and code[1:4] in STATE_OFFICE_SECTORS


# Role codes of people of no office, whom another country's act may fall on.
_CIVILIAN_CODES = frozenset({"~CVL", "~REF"})
# Pronouns by which a reported act keeps its reporter as its subject ("said it would resume talks").
_SAME_SUBJECT_PRONOUNS = frozenset({"it", "they"})


def _own_act(clause: Token) -> bool:
    """Whether a clause under a verb is an act of that verb's subject: "preparing to impose", "said it would
    resume", "is ready to impose" (through the adjective)."""
    if clause.dep_ in ("xcomp", "acomp"):
        return True
    return clause.dep_ == "ccomp" and any(
        child.dep_ == "nsubj" and child.lower_ in _SAME_SUBJECT_PRONOUNS for child in clause.children
    )


def _is_the_counterpart(scene: Scene, head: Token, country: str) -> bool:
    """Whether the sentence names ``country`` only as the other party of the role's own act: the
    object of its verb or of a verb its verb governs or joins with no subject of its own, or the object of
    a preposition of either or of their object other than a place ("clashed with Turkey", "is preparing to
    impose sanctions on Iran", "revoked its pact with France and expelled the French ambassador")."""
    if head.dep_ != "nsubj":
        return False
    named = _country_in_sentence(scene, head, country)
    acts = [head.head]
    for act in acts:
        acts.extend(child for child in act.children if _own_act(child) or _shares_its_subject(child))
    for match in named:
        token = scene.doc[match.start : match.end].root
        while token.dep_ in ("conj", "amod", "compound", "poss") and token.head.i != token.i:
            token = token.head  # "sanctions on Iran and Syria", "tariffs on Chinese steel"
        preposition = token.head
        if token.dep_ in ("dobj", "dative") and token.head in acts:
            continue
        if token.dep_ == "pobj" and preposition.lower_ not in _PLACE_PREPOSITIONS and (
            preposition.head in acts or (preposition.head.dep_ == "dobj" and preposition.head.head in acts)
        ):
            continue
        return False
    return bool(named)


def _acted_on_by(scene: Scene, head: Token, country: str) -> bool:
    """Whether the sentence names ``country`` only in the subject of the act the role is the object of,
    or in the subject of the verb that reports that act as its subject's own ("the French ministry
    said it did not recognise the authority of the junta"): a state acting on another's body."""
    token = head
    while (token.dep_ == "pobj" and token.head.lower_ == "of") or token.dep_ in ("prep", "conj", "poss"):
        token = token.head  # "the authority of the junta", "the junta's rule"
    if token.dep_ != "dobj" or token.head.lemma_.lower() in _OWNING_VERBS:
        return False  # "Iraq boasts an army of 1 million": its own
    acts = [token.head]
    while acts[-1].head.i != acts[-1].i and (_own_act(acts[-1]) or _shares_its_subject(acts[-1])):
        acts.append(acts[-1].head)
    named = _country_in_sentence(scene, head, country)
    return bool(named) and only_in_subjects(named, acts)


def _shares_its_subject(verb: Token) -> bool:
    """Whether a coordinated verb with no subject of its own acts for the first verb's ("it took note
    but did not recognise")."""
    return verb.dep_ == "conj" and not any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


def _only_in_its_target(scene: Scene, head: Token, country: str) -> bool:
    """Whether the sentence names ``country`` only inside the role's own "against" phrase, or that
    of the act it is the agent of ("a raid by the army against ..."): whom the group acts
    against, not whose it is."""
    acts = [head]
    if head.dep_ == "pobj" and head.head.lower_ == "by":
        acts.append(head.head.head)
    targets = [
        child for act in acts for child in act.children
        if child.dep_ == "prep" and child.lower_ in _TARGET_PREPOSITIONS
    ]
    if not targets:
        return False
    named = _country_in_sentence(scene, head, country)
    inside = {i for target in targets for i in range(target.i, target.right_edge.i + 1)}
    return bool(named) and all(match.start in inside for match in named)


def _only_beside_a_place(scene: Scene, country: str, head: Token) -> bool:
    """Whether the sentence names ``country`` only as a modifier of a noun that says what
    something is beside ("near an Israeli post", "outside the US embassy", "at a Turkish
    checkpoint"): whose the place is, not whose the people by it are. A country named as the
    place itself ("protesters in Turkey") still places them."""
    named = _country_in_sentence(scene, head, country)
    for match in named:
        token = scene.doc[match.end - 1]
        if token.dep_ not in MODIFIER_DEPS:
            return False
        place = token.head
        while place.dep_ in ("compound", "amod") and place.head.i != place.i:
            place = place.head  # "near the Israeli army post"
        preposition = place.head
        if place.i == head.i or place.dep_ != "pobj" or preposition.lower_ not in _BESIDE_PREPOSITIONS:
            return False
    return bool(named)


def _owns_the_object(scene: Scene, head: Token, country: str) -> bool:
    """Whether the sentence names ``country`` only as a modifier of the object of the role's own verb:
    "Militias attacked a U.S. base" are not American, "Rebels shelled Israeli positions" not Israeli
    (the article's country may still place them). A place where it happened ("arrested ten
    protesters in Istanbul") still places the role."""
    if head.dep_ != "nsubj":
        return False
    objects = [child for child in head.head.children if child.dep_ == "dobj"]
    # What a crowd protests is its object too: "Students rallied in protest over Israel's raid" are not Israeli.
    objects.extend(_what_it_is_against(head.head))
    named = _country_in_sentence(scene, head, country)
    # Only the object noun's own modifier: "demanded the resignation of the Algerian president"
    # names whose president, and fundamentalists demanding it are Algerian.
    return bool(objects) and all(
        scene.doc[match.end - 1].dep_ in MODIFIER_DEPS and scene.doc[match.end - 1].head in objects
        for match in named
    )


# Prepositions that name what an act is aimed at or about ("protested over the raid", "fired at positions").
_AIM_PREPOSITIONS = frozenset({"over", "against", "at", "about"})


def _what_it_is_against(verb: Token) -> list[Token]:
    """The nouns a verb's act is aimed at through a preposition, on the verb or on a noun of its own
    phrase: "rallied against the raid", "rallied in protest over the raid", "staged a protest over it"."""
    carriers = [verb]
    carriers.extend(
        noun for child in verb.children if child.dep_ == "prep" for noun in child.children if noun.dep_ == "pobj"
    )
    carriers.extend(child for child in verb.children if child.dep_ == "dobj")
    return [
        noun
        for carrier in carriers
        for child in carrier.children
        if child.dep_ == "prep" and child.lower_ in _AIM_PREPOSITIONS
        for noun in child.children
        if noun.dep_ == "pobj"
    ]


def _only_people_acted_on(scene: Scene, head: Token, country: str) -> bool:
    """Whether the sentence names ``country`` only as people the role's own verb acts on, a demonym
    as its object ("Police arrested one Sudanese", "Rebels killed two Americans"): whom a group
    arrests or kills is not whose it is (the article's country may still place it)."""
    if head.dep_ != "nsubj":
        return False
    named = _country_in_sentence(scene, head, country)
    return bool(named) and all(
        match.entry.demonym and scene.doc[match.start : match.end].root.dep_ == "dobj"
        and scene.doc[match.start : match.end].root.head == head.head
        for match in named
    )


# Prepositions by which a group's act aims at a country named as the phrase's noun ("slogans against
# Israel", "rockets at Israel", "sanctions on Iran"). Only the noun itself: "on the Turkish border" is a place.
_AGAINST_PREPOSITIONS = frozenset({"against", "on", "at"})


def _only_what_it_acts_against(scene: Scene, head: Token, country: str) -> bool:
    """Whether the sentence names ``country`` only as what the role's own act is aimed at: the noun of an
    "against", "on" or "at" phrase of its verb, of its verb's object or of a noun in a phrase of its verb
    ("marched against Russia", "chanted slogans against Israel", "called for sanctions on Iran")."""
    if head.dep_ != "nsubj":
        return False
    verb = head.head
    carriers = [verb, *(child for child in verb.children if child.dep_ == "dobj")]
    carriers.extend(
        noun for child in verb.children if child.dep_ == "prep" for noun in child.children if noun.dep_ == "pobj"
    )
    named = _country_in_sentence(scene, head, country)
    for match in named:
        token = scene.doc[match.start : match.end].root
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head  # "against Israel and the United States"
        preposition = token.head
        if not (token.dep_ == "pobj" and preposition.lower_ in _AGAINST_PREPOSITIONS and preposition.head in carriers):
            return False
    return bool(named)


def _only_in_a_clause_apart(scene: Scene, head: Token, country: str) -> bool:
    """Whether the sentence names ``country`` only inside a clausal complement of the role's own verb:
    what the role says or is told ("Trump told the protesters that China was cheating", "Rebels said
    Russia had armed the army") is not whose the role is. The role's own act told in such a clause ("said
    they would march in Egypt") still places it; so does a country in a clause on another verb or
    before the verb ("There's an FBI inquiry, courts are ordering ..."), where the parser of a long
    sentence hangs a clause of its own."""
    if head.dep_ not in ("nsubj", "dobj", "dative"):
        return False
    verb = head.head
    named = _country_in_sentence(scene, head, country)
    for match in named:
        clause = next((token for token in scene.doc[match.start].ancestors if token.dep_ == "ccomp"), None)
        if clause is None or clause.head != verb or clause.left_edge.i < verb.i or _own_act(clause):
            return False
    return bool(named)
