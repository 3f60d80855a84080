"""The country of a titled person whose title names none: "President X", "Gen. Y".

Only an office of state or army, or the leadership of a country's opposition,
counts, and only when the sentence names exactly one country in a way that places the person: not a destination or
counterpart ("left for Beijing", "talks with Iran"), not a thing acted on,
not an aside or clause of its own ("as a Dutch envoy put it").
``_actor_people`` asks this when a title's phrase gives no country.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract._actor_armies import armed_force, one_army_named_before
from newsgraph.extract._actor_match import Match
from newsgraph.extract._actor_names import people_word_follows
from newsgraph.extract._actor_venues import venue_of_its_meeting
from newsgraph.extract._actor_scene import (
    INTERNATIONAL,
    MODIFIER_DEPS,
    STATE_OFFICE_SECTORS,
    Description,
    Scene,
    right_phrases,
)

# Prepositions that name a country someone deals with rather than serves.
_COUNTERPART_PREPS = frozenset({"to", "for", "with", "against", "toward", "towards", "into", "from", "at"})
_NOUN_CLAUSES = frozenset({"relcl", "acl"})
# Verbs of an aside that quotes someone: "as a Dutch envoy put it", "as Iranian media noted".
_ASIDE_VERBS = frozenset({"put", "say", "note", "describe", "call", "write", "report"})
# Nouns for a country's people: a nationality on them places a title ("the Zambian people").
# State agents whose country a title shares as much as an office's ("Iraqi police").
_STATE_AGENCIES = frozenset({"COP", "SPY"})
# Sectors of a title the sentence's or article's country places: offices of state, and the
# opposition to its government ("In Belarus, opposition leader X": Belarus's opposition).
_PLACED_SECTORS = STATE_OFFICE_SECTORS | {"OPP"}
_PEOPLE_NOUNS = frozenset({"people", "nation", "public", "population", "citizenry"})
# Where a one-person office stands as a party of its own in the clause ("met the French president"),
# not as what the titled person is ("X is the French president").
_OFFICE_AS_PARTY = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj"})


def title_country(scene: Scene, description: Description, head: Token) -> str | None:
    """The country of a titled person whose title names none ("President X", "Gen. Y").

    Only an office of state or army (or an opposition's leadership) counts, and only when the sentence names
    exactly one country and not as a destination or counterpart ("left for
    Beijing", "talks with Iran": a visiting leader is not that country's), else
    the country the article is about.
    """
    role = description.role
    if armed_force(role) and description.has_role and not description.organisation:
        # "Army spokesman X": speaks for the story's one army named before, else its country's.
        return one_army_named_before(scene, head.i) or scene.main_country
    if role is None or not role.entry.single or not description.has_role or description.organisation:
        return None  # "Innopac's president" is the company's, whatever country the sentence names
    # Staff serve whom their phrase names ("an aide to Russian President Putin"); the sentence's
    # other countries and the article's do not place "Betsey Wright, a close aide".
    served = _served(scene, role) if role.entry.owned else None
    if served is not None and any(_state_office(scene, i) for i in served):
        served = None  # "a top aide to President Maria Lund": placed as the president would be
    code = role.entry.codes[0].code if role.entry.codes else ""
    if code[1:4] not in _PLACED_SECTORS:
        return None
    sentence = scene.sentence[head.i]
    found: set[str] = set()
    elsewhere: set[str] = set()
    dealt: set[str] = set()
    for match in scene.matches:
        if scene.sentence[match.start] != sentence or match.kind not in ("country", "seat", "actor"):
            continue
        if not scene.places(match.start, head.i):
            continue  # '"We asked Turkey for help," President X said': whom the speaker talks of
        country = scene.code(match)
        if not country or country.startswith(INTERNATIONAL):
            continue
        token = scene.doc[match.start : match.end].root
        if served is not None:
            if token.i in served:
                found.add(country[:3])
            continue
        if _counterpart(token):
            return None
        if venue_of_its_meeting(scene, token, head):
            elsewhere.add(country[:3])  # "met his counterpart in Almaty, the Kazakh capital": where they met
            continue
        if not role.entry.owned and _titles_another(scene, token, head):
            # "wrote to U.S. President Ada Lind; President Boris Kael replied": the country's
            # office is the other name's (staff still serve it: "an aide to
            # Russian President Putin").
            elsewhere.add(country[:3])
            continue
        if people_word_follows(scene.doc, match.end) and scene.doc[match.end].lower_ not in _PEOPLE_NOUNS:
            # "a federal judge, Gonzalo Curiel, for his Mexican heritage": a people's, not a state's;
            # a nation's whole people still place a title ("his promise to the Zambian people").
            continue
        if _on_people_dealt_with(scene, token):
            # "Gov. X said Syrian refugees would not be welcome", "Mayor Y hired Mexican workers":
            # the people the official deals with, not whose official he is.
            dealt.add(country[:3])
            continue
        if _in_a_clause_of_its_own(token, head) or _in_a_clause_of_its_own(head, token):
            # "Capt. X, the soldier who died in Iraq": the country belongs to another clause; and
            # "the French ministry" does not place X in "the junta, which seized power after
            # detaining President X".
            elsewhere.add(country[:3])
            continue
        if _names_a_thing_acted_on(scene, token):
            # "Sen. Y called it a 'Chinese menu'": the country belongs to what the person acts on.
            elsewhere.add(country[:3])
            continue
        found.add(country[:3])
    # "Chancellor X met Russian President Y in Moscow": the other holder's country, named again as
    # where they met, says the meeting's host, not whose chancellor X is.
    found -= elsewhere
    if len(found) == 1:
        return next(iter(found))
    if found or served is not None or scene.main_country in dealt:
        return None
    if scene.main_country is None and code[1:4] == "MIL":
        return one_army_named_before(scene, head.i)
    return scene.main_country


def _on_people_dealt_with(scene: Scene, token: Token) -> bool:
    """Whether a country's name or adjective only says whose a group of people is, a group no
    state office is ("Syrian refugees", "Mexican workers", "Iraqi civilians")."""
    noun = token.head
    if token.dep_ not in ("amod", "compound") or noun.i <= token.i:
        return False
    role = scene.role_at(noun.i)
    if role is None or role.entry.single or not role.entry.codes:
        return False
    sector = role.entry.codes[0].code.lstrip("~")[:3]
    return bool(sector) and sector not in STATE_OFFICE_SECTORS and sector not in _STATE_AGENCIES


def _titles_another(scene: Scene, token: Token, name: Token) -> bool:
    """Whether a country modifies a one-person title that stands before another name."""
    title = token.head
    while title.dep_ in MODIFIER_DEPS and scene.role_at(title.i) is None and title.head.i != title.i:
        title = title.head
    if title.i == token.i or not _state_office(scene, title.i):
        return False
    holder = title.head
    if holder.i != name.i and title.dep_ in _OFFICE_AS_PARTY:
        return True  # "Chancellor X met the French president": the other office is France's
    return holder.i != name.i and holder.ent_type_ == "PERSON"


def _state_office(scene: Scene, i: int) -> bool:
    role = scene.role_at(i)
    code = role.entry.codes[0].code if role is not None and role.entry.codes else ""
    return role is not None and role.entry.single and (code or "")[1:4] in STATE_OFFICE_SECTORS


def _served(scene: Scene, role: Match) -> set[int]:
    """The words of a staff role's "to", "of" and "for" phrases: whom it serves."""
    head = scene.doc[role.start : role.end].root
    return {i for preposition, span in right_phrases(head) if preposition in ("to", "of", "for") for i in span}


def _in_a_clause_of_its_own(token: Token, name: Token) -> bool:
    """Whether ``token`` stands in a clause that modifies a noun ("the soldier who died in Iraq",
    "cash tied to a Turkish group") and does not hold the name, or in an aside that quotes
    someone ("as a Dutch envoy put it"): it says something else."""
    while token.head.i != token.i:
        token = token.head
        if token.dep_ in _NOUN_CLAUSES and not token.left_edge.i <= name.i <= token.right_edge.i:
            return True
        if token.lemma_ in _ASIDE_VERBS and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
            return True
    return False


def _names_a_thing_acted_on(scene: Scene, token: Token) -> bool:
    """Whether a country only describes what the person calls something ("calling it a Chinese
    menu") or a thing they act on ("discussed the Iraq crisis"). On a body or a people it still
    places them ("criticized the Zambian government", "thanked the Zambian people"), and so
    does a possessive ("to allow Haiti's first elections")."""
    noun = token.head
    if token.dep_ not in MODIFIER_DEPS or noun.i == token.i:
        return False
    if noun.dep_ == "oprd":
        return True
    return (
        token.dep_ in ("amod", "compound")
        and noun.dep_ in ("dobj", "attr")
        and scene.role_at(noun.i) is None
        and noun.lower_ not in _PEOPLE_NOUNS
    )


def _counterpart(token: Token) -> bool:
    """Whether a country is where someone goes or whom they deal with ("for Beijing", "with Iran")."""
    if token.dep_ == "pobj" and token.head.lower_ in _COUNTERPART_PREPS:
        return True
    return token.dep_ in ("dobj", "dative")
