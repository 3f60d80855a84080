"""Events: who did what to whom, coded in CAMEO and PLOVER, dated and placed.

``find_events`` reads one parsed document sentence by sentence. Triggers
(verbs and nominalisations matched by the data files in
``resources/events/``) come from ``_event_triggers``; their argument tokens
become actors through ``_event_args``. Each trigger gives one event per
source-target dyad (CAMEO convention): coordinated actors expand into one
event per member sharing a ``group`` id, and meetings ("held talks with")
are coded in both directions; coordinated subjects of a mutual act with
nobody else named ("Putin and Erdogan met") act on each other. A target is
looked for in tiers: objects and close prepositions, looser prepositions,
complements, and last the place the event happens in. The parties' roles can refine the code
(``modality.tsv``: armed parties that clash fight; a government's protest is a complaint).
Negation and modality come from the clause,
``reported_by`` from the quote the trigger sits in, the date from the
sentence's time expressions (else the publication date), the place from
the sentence's location, and Goldstein score, quad class, PLOVER type and
mode from the CAMEO table.

The records of the other extractors arrive as arguments: this module never
imports them (import-linter independence contract).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsgraph.extract._cameo import CameoEntry, lookup
from newsgraph.extract._event_args import ActorIndex, identity_group, named, placed, unknown_party, unplaced
from newsgraph.extract._event_authors import VERBAL_ROOTS
from newsgraph.extract._event_campaign import Kinds, debate_code, election_result
from newsgraph.extract._event_dates import dates_the_event
from newsgraph.extract._event_firms import firm_actors
from newsgraph.extract._event_policy import policy_stance
from newsgraph.extract._event_lexicon import cues, recode
from newsgraph.extract._event_place import place_of_another_clause, place_of_another_event
from newsgraph.extract._event_reported import ACCUSE as REPORTED_ACCUSATION
from newsgraph.extract._event_reported import DEMAND as REPORTED_DEMAND
from newsgraph.extract._event_restated import restated
from newsgraph.extract._event_roles import Trigger
from newsgraph.extract._event_syntax import governing_subject, pobjs
from newsgraph.extract._event_triggers import find_triggers
from newsgraph.extract._event_visits import VIOLENT_ROOTS, PlaceIndex, strikes_a_place
from newsgraph.records import (
    Actor,
    CodedSpan,
    Event,
    Location,
    Place,
    Quote,
    Span,
    TextRange,
    Timex,
    party_code,
    unplaced_code,
)

__all__ = ["find_events"]

# A timex value precise enough to date an event: a year, month, ISO week ("next week": "2024-W26"),
# weekend ("over the weekend": "2024-W25-WE") or day, optionally with a time of day ("2017-01-19TAF",
# "2017-01-19T14:30"), of which the event's date keeps the calendar part. A week says more than the
# publication date the event would fall back to.
_DATE_VALUE = re.compile(r"^(\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{4}-W\d{2}(?:-WE)?)(?:T[\dA-Z:]+)?$")
# CAMEO roots 01 (statements) and 02 (appeals) have no PLOVER type; appeals are requests.
_PLOVER_FALLBACK = {"02": "REQUEST"}
# Pattern flag of meetings and the like: coded in both directions, and among coordinated
# actors when there is no separate target ("Peru and Chile hope to widen ...").
_RECIPROCAL = "recip"
# Pattern flag of acts that coordinated subjects do to each other when nobody else is named
# ("Putin and Erdogan met"), without coding a named counterpart in both directions ("X met Y").
_MUTUAL = "mutual"
# Pattern flag of acts that coordinated subjects doing them together do jointly (modality.tsv 'joint').
_JOINT = "joint"
# Pattern flag of acts on forces that, done to another country's, aid it (modality.tsv 'abroad').
_ABROAD = "abroad"
# Events whose trigger acts on nobody coded ("Shevardnadze resigned") keep a null target.
_SOURCE_ONLY_EVENTS = True
# Entity types of a target that names someone: without their actor, a source-only event would mislead.
_PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Prepositions of a target noun that name the counterpart ("ties with Gxndor"), unlike "an offer from X".
_COUNTERPART_PREPS = frozenset({"with", "to", "against", "between"})
# A source's own envoy or office names the counterpart by where it leaves too ("recalled its ambassador from
# Kigali").
_OWN_COUNTERPART_PREPS = _COUNTERPART_PREPS | {"from"}
# Roots of acts that, aimed at an attack, are aimed at its attackers, never at its victims: words (VERBAL_ROOTS:
# "condemned the bombing of the embassy") and investigation (09: "investigate the shootings of doctors").
_AIMED_AT_ATTACKERS = VERBAL_ROOTS | {"09"}
# CAMEO codes of patterns that move armed forces, whose object is the mover's own forces ("sent troops",
# "withdrew its forces"): shows of force and mobilisation (root 15), a retreat, a withdrawal from a mission.
# Not demobilising (0873): "demobilized the militias" acts on someone else's forces.
_FORCE_MOVING_ROOTS = ("15",)
_FORCE_MOVING_CODES = frozenset({"087", "1661"})
# The head word of a reciprocal pronoun ("each other", "one another").
_RECIPROCAL_PRONOUN_HEADS = frozenset({"other", "another"})
# Prepositions of motion and position whose uncoded GPE object is somewhere, not someone.
_PLACE_PREPS = frozenset({"into", "in", "inside", "across", "through", "throughout", "from", "on", "near", "around"})


def find_events(
    doc: Doc,
    text: str,
    *,
    actors: Sequence[Actor],
    timexes: Sequence[Timex],
    locations: Mapping[int, Place],
    quotes: Sequence[Quote],
    published: str | None,
    places: Sequence[Place] = (),
) -> tuple[Event, ...]:
    """Every dyadic event of ``doc``, in text order.

    ``text`` is the original text (spans point into it); ``doc`` was parsed
    from a same-length copy with removed spans blanked. ``locations`` maps a
    sentence's start character to its place; ``places`` are all resolved place
    mentions, whose country a visit to a town no actor codes goes to. An
    event needs a source actor; its target is null only when the trigger
    acts on nobody the text names ("Shevardnadze resigned"); such a
    source-only event may have a named but uncoded source ("Askar Akayev
    agreed to resign"). An attack whose author
    the text does not name ("a roadside bombing killed", "gunmen killed") has
    an uncoded source spanning the weapon or attacker noun; so has an act by
    a group named only by an identity nobody codes ("Jewish settlers set
    fire to ..."). Dyads of two uncoded actors, or of an actor with itself,
    are dropped.
    """
    index = ActorIndex(doc, text, actors, quotes)
    if not index:
        return ()
    towns = PlaceIndex(doc, places)
    kinds = {actor.id: actor.kind for actor in actors}
    firms = firm_actors(actors, text)
    events: list[Event] = []
    seen: set[tuple[str | None, str | None, int]] = set()
    group_count = 0
    sentence_starts = [sentence.start_char for sentence in doc.sents]
    for sentence in doc.sents:
        if not sentence.text.strip():
            continue
        context = _SentenceContext(sentence, text, timexes, locations, published)
        for trigger in find_triggers(sentence):
            dyads = _dyads(trigger, index, towns.town_country(trigger.token, trigger.pattern.cameo))
            if not dyads:
                continue
            group: str | None = None
            if len(dyads) > 1:
                group_count += 1
                group = f"g{group_count}"
            quote = index.quote_at(trigger.start)
            reported_by = index.speaker_code(quote) if quote is not None else _teller(index, trigger)
            for source, target in dyads:
                key = (source.code, target.code if target else None, trigger.start)
                if key in seen or election_result(
                    trigger.pattern.cameo, trigger.token, source, target, kinds, firms
                ):
                    continue
                # An attack in words is criticism, a stance when it hits a measure ("Cruz attacked the program").
                stance_code = debate_code(trigger.pattern.cameo, trigger.token, source, target, kinds)
                if policy_stance(stance_code, trigger.token, target):
                    continue
                seen.add(key)
                event = _event(trigger, source, target, context, text, group, reported_by, sentence, kinds)
                if event is None or (quote is not None and restated(event, quote, events, sentence_starts)):
                    continue  # "'We promise to bring them to justice,' she said", after "Albright promised ..."
                events.append(event)
    return tuple(events)


class _SentenceContext:
    """What every event of one sentence shares: its range, date and place."""

    __slots__ = ("doc", "location", "place_token", "published", "range", "timexes")

    def __init__(
        self,
        sentence: SpacySpan,
        text: str,
        timexes: Sequence[Timex],
        locations: Mapping[int, Place],
        published: str | None,
    ) -> None:
        end = sentence.end_char
        while end > sentence.start_char and text[end - 1].isspace():
            end -= 1
        start = sentence.start_char
        # Masked boilerplate parses as leading whitespace of the first sentence:
        # the evidence range must not reach back over it.
        while start < end and text[start].isspace():
            start += 1
        self.range = TextRange(start, end)
        self.doc = sentence.doc
        self.timexes = [
            timex
            for timex in timexes
            if sentence.start_char <= timex.start < end and timex.value and _DATE_VALUE.match(timex.value)
        ]
        place = locations.get(sentence.start_char)
        self.location = (
            None
            if place is None
            else Location(place.name, place.country, place.lat, place.lon, place.geonameid)
        )
        # The place's word in the parse; None for a dateline the cleaner cut (blank in the parse).
        span = None if place is None else sentence.doc.char_span(place.start, place.end, alignment_mode="expand")
        self.place_token = span.root if span is not None and span.text.strip() else None
        self.published = published

    def location_for(self, trigger: Trigger, cameo: str) -> Location | None:
        """The sentence's location, unless it names where another event happened: one the trigger
        speaks of, or one of another clause."""
        token = self.place_token
        if token is not None and (
            place_of_another_event(token, trigger.token, cameo) or place_of_another_clause(token, trigger.token)
        ):
            return None
        return self.location

    def date_for(self, trigger: Trigger) -> tuple[str | None, str | None, str | None]:
        """(date, date_text, date_source): the nearest dated timex of the trigger's clause or a clause
        above it, else the publication date."""
        own = [timex for timex in self.timexes if dates_the_event(self.doc, timex.start, timex.end, trigger.token)]
        if own:
            nearest = min(own, key=lambda timex: _distance(timex, trigger.start, trigger.end))
            return _calendar_part(nearest.value), nearest.text, "text"
        if self.published:
            return self.published[:10], None, "published"
        return None, None, None


def _calendar_part(value: str | None) -> str | None:
    match = _DATE_VALUE.match(value or "")
    return match.group(1) if match else value


def _distance(timex: Timex, start: int, end: int) -> int:
    if timex.end <= start:
        return start - timex.end
    if timex.start >= end:
        return timex.start - end
    return 0


def _modal_code(trigger: Trigger) -> tuple[str, bool]:
    """The trigger's CAMEO code and negation after the clause's modality (``modality.tsv``).

    "will not accept" is a rejection, not a negated acceptance; "will visit"
    and "offered to negotiate" express intent (03x); "will impose martial
    law" threatens (13x); "Sudan must return" said by Russia is Russia's demand.
    A denied past event ("have not sent any invitation") stays negated.
    """
    code = trigger.code or trigger.pattern.cameo
    if trigger.attempted:
        code = recode("attempt", code) or code  # "attempted to assassinate": 185
    if trigger.refused or (trigger.negated and (trigger.future or trigger.intent)):
        refused = recode("refuse", code)
        if refused is not None:
            return refused, False
        return code, trigger.negated
    if trigger.negated:
        return code, True
    if trigger.threatened:
        # "threatened to launch an offensive": a threat of the act itself.
        return recode("threat", code) or "130", False
    if trigger.obligation and trigger.speakers:
        return recode("demand", code) or code, False
    if (trigger.future or trigger.intent) and trigger.conditional:
        # "will withdraw its force unless ...": a conditional promise of action is a threat.
        return recode("threat", code) or "130", False
    if code[:2] >= "14" and (trigger.future or trigger.intent or trigger.possible):
        # "may halt mediation", "would boycott", "will impose martial law": announced conflict threatens.
        return recode("threat", code) or code, False
    if trigger.future or trigger.intent:
        return recode("intent", code) or code, False
    return code, False


def _dyads(
    trigger: Trigger, index: ActorIndex, visited: CodedSpan | None = None
) -> list[tuple[CodedSpan, CodedSpan | None]]:
    """Source-target pairs of ``trigger``; ``visited``: the country of the town a visit goes to or an attack
    hits (``_event_visits``), the target when nobody coded is."""
    if trigger.obligation and trigger.speakers and not trigger.negated:
        # "Russia said Sudan must return the helicopter": Russia demands, of Sudan.
        sources = _collect(index, trigger.speakers, through=False)
        targets = _collect(index, trigger.sources, through=False)
        if sources and targets:
            return [(s, t) for s in sources for t in targets if _two_sides(s, t)]
        if trigger.pattern is REPORTED_DEMAND:
            # "Unions said the ministry ought to do more": the one obliged demands nothing; with
            # nobody coded to demand it, or nobody to demand it of, there is no event.
            return []
    sources = _collect(index, trigger.modifier_sources, through=False)
    if not any(party.code for party in sources):
        sources = _collect(index, trigger.sources, through=False)
    if trigger.pattern is REPORTED_ACCUSATION:
        # "ISIL attacked Iraq, officials said": unplaced officials attribute the news, not accuse.
        sources = _accusers(sources, trigger.token.doc)
        if not sources:
            return []  # nobody accuses: the attack is told as news
    sources = [party for party in sources if party.code or not _impersonal(party, trigger.sources)]
    if not sources:
        # "Jewish settlers", "Yoruba leaders": a group named by an identity nobody codes.
        groups = [governing_subject(token) if token.pos_ == "PRON" else token for token in trigger.sources]
        sources = [unknown_party(token) for token in groups if token is not None and identity_group(token)][:1]
    if not sources and trigger.unattributed:
        # "A roadside bombing killed one U.S. soldier": an attack by someone unknown (CAMEO "---").
        sources = [unknown_party(token) for token in trigger.unattributed[:1]]
    mutual = trigger.pattern.has(_RECIPROCAL) or trigger.pattern.has(_MUTUAL)
    if _done_to_each_other(trigger) and len([party for party in sources if party.code]) > 1:
        # "Armenia and Azerbaijan accused each other": the coordinated subjects act on one another.
        coded = [party for party in sources if party.code]
        return [(a, b) for a in coded for b in coded if _two_sides(a, b)]
    # "Sudan and the rebels agreed to allow aid": with nobody else named, they agree with each other.
    together = trigger.agreed_together and not mutual
    tiers = (trigger.targets, trigger.loose_targets, trigger.fallback_targets, trigger.place_targets)
    if mutual and not (trigger.targets or trigger.loose_targets):
        # "G7 leaders will meet in Italy", "Biden and Kishida met in Japan": where parties meet is no party
        # they meet. One met but not coded ("met the mediators in Nairobi") is still placed by it.
        tiers = tiers[:-1]
    if mutual and len([party for party in sources if party.code]) > 1:
        # "Russia and Turkey held talks on Syria", "Putin and Erdogan met in Moscow": only a close
        # counterpart ("talks with Iran") is a target; otherwise the parties meet each other.
        tiers = (trigger.targets,)
    targets: list[CodedSpan] = []
    uncoded: list[CodedSpan] = []
    own: list[CodedSpan] = []
    for tier in tiers:
        targets = _collect(index, tier, through=True, agents=trigger.pattern.cameo[:2] in _AIMED_AT_ATTACKERS)
        if tier is trigger.place_targets and trigger.pattern.cameo[:2] in VIOLENT_ROOTS:
            targets = [_people_of_place(party) for party in targets]
        if _moves_forces(trigger.pattern.cameo):
            # "Iraq sent its forces into Kuwait", "withdrawing troops from Lebanon": the forces moved are the
            # mover's own, what it moves, not whom it acts on; the target is where they go, if anyone.
            targets = [party for party in targets if not _own_forces(party, sources)]
        coded = [party for party in targets if party.code]
        if coded and all(_same_actor(party, sources) for party in coded):
            # "Moscow recalled its ambassador from Kiev": a source's own envoy or office (the same actor) is what
            # it acts with, not whom it acts on; a looser tier may name that, else this tier stands.
            # "Abe cancelled his visit to Moscow": the own act's phrase names whom it concerns.
            concerned = _collect(index, _counterparts(tier, _OWN_COUNTERPART_PREPS), through=True)
            concerned = [party for party in concerned if party.code and not _same_actor(party, sources)]
            if concerned:
                targets = concerned
                break
            own = own or targets
            continue
        if coded:
            break
        # "demanded that President Mugabe abandon ...": a named but uncoded party, if nobody coded is found.
        uncoded = uncoded or targets
    else:
        targets = own or uncoded
    sides = {party.code[:3] for party in sources if placed(party)}
    if mutual and len(sides) > 1 and all(not placed(party) or party.code[:3] in sides for party in targets):
        # "Ethiopia and Eritrea agreed to exchange prisoners": in a mutual act, people of no known side ("---CVL")
        # or of the parties' own are what passes between the parties, who act on each other.
        targets = []
    if visited is not None and not any(party.code for party in targets) and (
        _abroad(visited, sources)
        or (strikes_a_place(trigger.pattern.cameo) and _armed_men_of_no_country(sources))
        or (trigger.pattern.cameo[:2] in VIOLENT_ROOTS and _at_home(visited, sources))
    ):
        # "The Pope arrived in Mosul": a town no actor codes stands for its country, as a capital does;
        # so does a town attacked by armed men of no known country ("Rebels occupied the airport at Kindu"),
        # or where a crowd of none burns or loots property ("rioters torched police stations in Lagos"), or a
        # town attacked by its own country's forces ("The RSF shelled El Fasher": its people, SDN).
        targets = [visited]
    # An uncoded party ("Iftar") next to coded ones adds only noise, and so does a party of
    # unknown country ("---CVL") next to one whose country is known.
    sources = [party for party in sources if placed(party)] or [party for party in sources if party.code] or sources
    targets = [party for party in targets if placed(party)] or [party for party in targets if party.code] or targets
    if trigger.claimed_by and _only_their_word(trigger, index, sources, targets):
        # "Ukraine said a rocket was fired at it", "Lebanon claimed Israeli jets attacked a convoy": the attack is known
        # only as the speaker's accusation, which is coded (CAMEO convention); it is not coded as done.
        return []
    pairs: list[tuple[CodedSpan, CodedSpan]] = []
    facing = bool(sources and targets)
    if facing:
        pairs = [(source, target) for source in sources for target in targets]
        if trigger.pattern.has(_RECIPROCAL) and not (
            trigger.refused or trigger.negated or trigger.threatened or trigger.intent
        ):
            # A meeting is mutual; a refusal, threat or offer of one ("offered to hold talks with
            # Pakistan", CAMEO 036) is the refuser's or offerer's alone.
            pairs += [(target, source) for source in sources for target in targets]
    elif not sources and mutual and len([party for party in targets if party.code]) > 1 and not _has_object(trigger):
        # "The talks between Iran and the United States resumed": the parties talk with each other. A verb's
        # objects are what it acts on, not parties to it: "seen as fighting both ISIS and the Kurds" is no war
        # between them.
        coded = [party for party in targets if party.code]
        pairs = [(a, b) for a in coded for b in coded if a is not b]
    elif len(sources) > 1 and (mutual or together):
        # "Peru and Chile hope to widen a trade pact": with each other.
        pairs = [(a, b) for a in sources for b in sources if a is not b]
    elif sources and trigger.standalone and not _names_someone(trigger) and _SOURCE_ONLY_EVENTS:
        # "Shevardnadze resigned": nobody is acted upon, so the event has no target.
        return [(source, None) for source in sources if named(source)]
    # An actor does nothing to itself, and two uncoded parties make no usable event.
    kept: list[tuple[CodedSpan, CodedSpan | None]] = [
        (source, target)
        for source, target in pairs
        if (source.code or target.code)
        and (_two_sides(source, target, facing) or (trigger.standalone and _two_people(index, source, target, trigger)))
    ]
    if pairs and not kept and trigger.standalone and _SOURCE_ONLY_EVENTS:
        # "Kostunica promised to democratize Serbia": nobody else is acted upon.
        kept = [(source, None) for source in sources if source.code]
    return kept


def _teller(index: ActorIndex, trigger: Trigger) -> str | None:
    """The code of who reports an act that no quote holds, as a sentence-final reporting clause the parser
    misread does ("..., a rights group reported": ``Trigger.told_by``)."""
    coded = [party.code for party in _collect(index, trigger.told_by, through=False) if party.code]
    return coded[0] if coded else None


def _only_their_word(
    trigger: Trigger, index: ActorIndex, sources: Sequence[CodedSpan], targets: Sequence[CodedSpan]
) -> bool:
    """Whether a reported attack is only its reporters' accusation: they are coded, they accuse its coded author
    (no claim of their own attack), and they are its victim ("said a shell was fired at it") or contest it
    ("claimed"). A witness's report ("police said gunmen attacked a checkpoint") stays an attack."""
    speakers = [party for party in _accusers(_collect(index, trigger.claimed_by, through=False), trigger.token.doc)]
    accused = [party for party in sources if party.code]
    if not speakers or not accused or any(not _two_sides(speaker, party) for speaker in speakers for party in accused):
        return False
    victims = [target for target in targets if any(not _two_sides(speaker, target) for speaker in speakers)]
    return trigger.contested or bool(victims)


def _accusers(speakers: Sequence[CodedSpan], doc: Doc) -> list[CodedSpan]:
    """The reporters of another party's attack who accuse it: not unplaced officials ("officials said"), nor a
    news outlet that relays it ("the news agency IRNA reported", "the daily Al-Ahram said"; ``cues.txt``
    news_outlets, or a MED code)."""
    return [party for party in speakers if placed(party) and not _news_outlet(party, doc)]


def _news_outlet(party: CodedSpan, doc: Doc) -> bool:
    """Whether a party is a news outlet: a media code (``---MED``), or named by an outlet noun ("newspaper",
    "news agency") as its head or the head its name stands in apposition or compound to."""
    if party.code and "MED" in {party.code[start : start + 3] for start in range(3, len(party.code), 3)}:
        return True
    span = doc.char_span(party.start, party.end, alignment_mode="expand")
    if span is None:
        return False
    outlets = cues().get("news_outlets", frozenset())
    root = span.root
    # "the Iranian news agency IRNA": the code may come from the adjective or the name; the outlet noun is the
    # phrase's head or a word compounded or set in apposition within it, never one of its clauses.
    head = root.head if root.dep_ in ("amod", "compound", "appos") else root
    words = [head]
    words += [token for token in head.subtree if token.dep_ in ("compound", "appos") and token.head.dep_ != "pobj"]
    return any(word.lemma_.lower() in outlets for word in words)


def _done_to_each_other(trigger: Trigger) -> bool:
    """Whether the trigger's object is a reciprocal pronoun ("accused each other", "blamed one another", "talks with
    each other"): its subjects act on one another."""
    return any(
        token.lower_ in _RECIPROCAL_PRONOUN_HEADS
        and any(word.lower_ in ("each", "one") for word in (*token.children, token.nbor(-1) if token.i else token))
        for token in (*trigger.targets, *trigger.loose_targets)
    )


def _has_object(trigger: Trigger) -> bool:
    """Whether the trigger is a verb with a direct object ("fighting both ISIS and the Kurds")."""
    return trigger.token.pos_ == "VERB" and any(child.dep_ == "dobj" for child in trigger.token.children)


def _co_subject(party: CodedSpan, trigger: Trigger) -> bool:
    """Whether ``party`` is one of the trigger's own subjects, paired with another of them."""
    return any(
        token.left_edge.idx <= party.start and party.end <= token.right_edge.idx + len(token.right_edge)
        for token in trigger.sources
    )


def _two_sides(source: CodedSpan, target: CodedSpan, facing: bool = True) -> bool:
    """Whether source and target are two sides: an actor does nothing to itself, nor to another of its own code
    (CAMEO's convention), except two parties, which share one code (USAPTY) yet oppose each other when one
    acts on the other. Parties side by side ("Democrats and some Republicans would resist") act together."""
    if source.actor_id is not None and source.actor_id == target.actor_id:
        return False
    if source.code != target.code:
        return True
    return facing and party_code(source.code) and source.actor_id is not None and target.actor_id is not None


def _two_people(index: ActorIndex, source: CodedSpan, target: CodedSpan, trigger: Trigger) -> bool:
    """Whether source and target are two different people of one code: "Hillary Clinton criticized Donald Trump"
    (USAELI, USAELI). CAMEO drops a dyad of one code as a country acting on itself, but two named people are two
    sides, and an event that stands without a target (``Trigger.standalone``) would otherwise lose whom it was
    done to. A trigger that needs a target still codes nothing between them: campaign talk ("spoke to", "not
    helping") is mostly what a dyad of one code adds. A name that only labels a thing ("defending the Bush tax
    cuts") names no one acted upon."""
    if source.actor_id == target.actor_id or not (index.person(source) and index.person(target)):
        return False
    named = trigger.token.doc.char_span(target.start, target.end, alignment_mode="expand")
    return named is not None and named.root.dep_ != "compound"


def _armed_men_of_no_country(sources: Sequence[CodedSpan]) -> bool:
    """Whether the sources are all coded, none with a country: "rebels", "gunmen" (---REB, ---UAF). An unnamed
    attacker or an uncoded name ("14 people were killed", "Malik opened fire") is no party to target a town."""
    return bool(sources) and all(party.code and not placed(party) for party in sources)


def _at_home(place: CodedSpan, sources: Sequence[CodedSpan]) -> bool:
    """Whether every source is an armed force or government of the place's own known country: "the Sudanese
    army bombed Nyala", "the RSF shelled El Fasher"; not "sanitation workers' strike in Memphis"."""
    countries = {source.code[:3] for source in sources if placed(source)}
    return (
        bool(sources)
        and len(countries) == 1
        and all(placed(source) and (_armed(source) or source.code.endswith("GOV")) for source in sources)
        and place.code is not None
        and place.code[:3] in countries
    )


def _abroad(place: CodedSpan, sources: Sequence[CodedSpan]) -> bool:
    """Whether the sources come from known countries other than the place's: "the Iraqi premier arrived in Mosul"
    travels at home, and an uncoded "Sanders visited Des Moines" may be campaigning."""
    countries = {source.code[:3] for source in sources if placed(source)}
    return bool(countries) and place.code is not None and place.code[:3] not in countries


def _moves_forces(code: str) -> bool:
    """Whether a pattern's code moves armed forces: a show of force or mobilisation (15x), a retreat (087), a
    withdrawal from a mission (1661)."""
    return code.startswith(_FORCE_MOVING_ROOTS) or code in _FORCE_MOVING_CODES


def _same_actor(party: CodedSpan, sources: Sequence[CodedSpan]) -> bool:
    """Whether ``party`` is a mention of one of the sources' own actors of a known country ("its ambassador" of
    Moscow's RUSGOV). A role of no known country ("prosecutors", "lawyers": ---JUD) may gather different people."""
    return placed(party) and party.actor_id is not None and any(party.actor_id == source.actor_id for source in sources)


def _own_forces(party: CodedSpan, sources: Sequence[CodedSpan]) -> bool:
    """Whether an armed party is the sources' own forces: of a source's country ("Bush sent U.S. troops": USAMIL
    for USAGOV), or of no known country ("sent his forces", "deploying 300,000 troops": ---MIL), which a mover
    moves only as its own."""
    if not _armed(party) or not party.code:
        return False
    country = party.code[:3]
    return country == "---" or any(source.code and source.code[:3] == country for source in sources)


def _impersonal(party: CodedSpan, tokens: Sequence[Token]) -> bool:
    """An uncoded "it" that names nobody ("it's hard to blame him", '"It captures her," Goff said'); an "it" that
    reports the act of a speaker who is no person ("the board said it rejected the offer") names the speaker."""
    words = cues()
    impersonal = words.get("impersonal_pronouns", frozenset())
    reporting = words.get("speech_verbs", frozenset()) | words.get("reporting_verbs", frozenset())
    for token in tokens:
        if token.idx != party.start or token.lower_ not in impersonal:
            continue
        clause = token.head
        if clause.lemma_ == "be" or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in reporting:
            return True  # "it's hard to blame him": the "it" of a copula stands for the clause that follows
        speakers = [child for child in clause.head.children if child.dep_ == "nsubj"]
        return all(_a_person(speaker) for speaker in speakers)
    return False


def _a_person(token: Token) -> bool:
    """Whether a speaker is a person, whom "it" cannot stand for."""
    people = cues().get("first_person", frozenset()) | {"he", "she", "you", "they"}
    return token.ent_type_ == "PERSON" or token.lower_ in people


def _names_someone(trigger: Trigger) -> bool:
    """Whether a target names someone we could not code ("accused Rwanda" without a Rwanda actor).

    Then a source-only event would lose its target; a common-noun target ("opened
    fire on the convoy") is a real event with nobody coded on the receiving end.
    """
    targets = (*trigger.targets, *trigger.loose_targets, *trigger.fallback_targets)
    # "restore ties with Gxndor": the party may be named one preposition down.
    named = [*targets, *_counterparts(targets)]
    return any(token.ent_type_ in _PARTY_ENTITIES and not _place_reached(token) for token in named)


def _counterparts(tokens: Iterable[Token], prepositions: frozenset[str] = _COUNTERPART_PREPS) -> list[Token]:
    """The parties named one preposition down from ``tokens`` ("his visit to Moscow" -> Moscow)."""
    return [obj for token in tokens for prep in token.children if prep.lower_ in prepositions for obj in pobjs(prep)]


def _place_reached(token: Token) -> bool:
    """An uncoded town a movement, blockade or curfew reaches ("blocked transport into Abidjan", "imposed a
    curfew on Hebron"): a place, not a party ("restore ties with Gxndor" names a party)."""
    return token.ent_type_ == "GPE" and token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPS


def _collect(
    index: ActorIndex,
    tokens: Iterable[Token],
    *,
    through: bool,
    agents: bool = False,
) -> list[CodedSpan]:
    found: list[CodedSpan] = []
    for token in tokens:
        for party in index.parties(token, through=through, agents=agents):
            if all((party.actor_id, party.code) != (seen.actor_id, seen.code) for seen in found):
                found.append(party)
    return found


def _event(
    trigger: Trigger,
    source: CodedSpan,
    target: CodedSpan | None,
    context: _SentenceContext,
    text: str,
    group: str | None,
    reported_by: str | None,
    sentence: SpacySpan,
    kinds: Kinds,
) -> Event | None:
    if trigger.pattern.has("armed") and not _armed(source):
        return None  # "refugees poured into the province": only armed forces deploy
    if trigger.pattern.has("crowd") and not _crowd(source, sentence):
        return None  # "demonstrators thronged the square" protest; "pilgrims thronged the square" do not
    code, negated = _modal_code(trigger)
    code = debate_code(code, trigger.token, source, target, kinds)
    hypothetical = trigger.hypothetical
    if _readies_force(trigger, code, negated, source, sentence):
        # "The army prepared to storm the town", "Israel is preparing to resume air strikes": the attack has not
        # happened, the readying has; a state or an armed party readying force shows it (PLOVER MOBILIZE).
        code, hypothetical = recode("ready", code) or code, False
    if _armed(source) and (_armed(target) or (target is None and _armed_unnamed_partner(trigger.token))):
        # "Soldiers clashed with rebels": armed parties that clash fight (193), unlike rioters and police.
        code = recode("armed", code) or code
    if trigger.pattern.has(_JOINT) and target is not None and _co_subject(target, trigger):
        # "Russia and India held naval exercises": two states drilling together cooperate militarily (062),
        # as with "joint"; one state drilling alone shows force (150).
        code = recode("joint", code) or code
    if trigger.pattern.has(_ABROAD) and _of_another_country(source, target):
        # "France trained Malian soldiers": another country's forces trained are military aid (072); a state training
        # its own builds up its forces (154).
        code = recode("abroad", code) or code
    if recode("forces", code) is not None and _forces(source, sentence):
        # "American troops arrived in Poland", "two warships arrived in Tartus": forces that come are deployed,
        # they pay no visit (modality.tsv 'forces'); "the army chief arrived in Washington" still visits.
        code = recode("forces", code) or code
    if recode("riot", code) is not None and (_crowd(source, sentence) or _named_as(source, sentence, "mob_nouns")):
        # "Rioters set fire to government buildings", "protesters ransacked the embassy", "a mob stormed the embassy":
        # a crowd's damage is a riot; so is its storming of a building, and its occupation of one a sit-in
        # (modality.tsv 'riot').
        code = recode("riot", code) or code
    elif recode("unarmed", code) is not None and _has_role(source, "civil_roles"):
        # "Truckers blockaded the border crossing", "villagers seized the company's land": unarmed people of no
        # state protest (modality.tsv 'unarmed').
        code = recode("unarmed", code) or code
    if _unnamed_bomb(source, sentence):
        # "A roadside bomb killed three soldiers", "a suicide bomber attacked the post": an unnamed bomb bombs.
        code = recode("bomb", code) or code
    if trigger.pattern.has("words") and not _armed(source):
        # "came under fire from rights groups": fire from a party that bears no arms is words.
        code = recode("words", code) or code
    if trigger.pattern.has("legal") and (
        (len(source.code or "") > 3 and not _has_role(source, "legal_roles")) or _foreign_state(source, target)
    ):
        # "The opposition charged the minister with fraud": only an authority's charge is legal action; a
        # country without a role ("charged with treason in Uganda") is its state. "Syria charged Israel with
        # violating the truce": no state's courts reach another state, so its charge is an accusation.
        code = recode("lay", code) or code
    if _has_role(source, "official_roles") and not _people_of(source, sentence):
        # "Britain protested to Russia": a government complains officially (114); crowds demonstrate.
        code = recode("official", code) or code
    entry: CameoEntry = lookup(code)
    plover = entry.plover or _PLOVER_FALLBACK.get(entry.code[:2])
    if plover is None:
        return None
    date, date_text, date_source = context.date_for(trigger)
    return Event(
        plover=plover,
        cameo=entry.code,
        mode=entry.mode,
        negated=negated,
        source=source,
        target=target,
        trigger=Span.of(text, trigger.start, trigger.end),
        date=date,
        date_text=date_text,
        location=context.location_for(trigger, entry.code),
        sentence=context.range,
        hypothetical=hypothetical,
        reported_by=reported_by,
        date_source=date_source,
        goldstein=entry.goldstein,
        quad_class=entry.quad_class,
        group=group,
    )


def _readies_force(trigger: Trigger, code: str, negated: bool, source: CodedSpan, sentence: SpacySpan) -> bool:
    """Whether the trigger is an attack a state or an armed party readies ("poised to storm", "preparing to
    resume shelling"), not a crowd ("protesters prepared to storm parliament") or a threat said aloud."""
    if not trigger.readied or negated or recode("ready", code) is None:
        return False
    statelike = _armed(source) or len(source.code or "") == 3 or _has_role(source, "official_roles")
    return statelike and not _crowd(source, sentence)


def _people_of(party: CodedSpan, sentence: SpacySpan) -> bool:
    """Whether the party is named only by a nationality adjective on a people noun ("thousands of
    Iraqi Kurds", "Iraqi protesters"): the people act, not the state whose code the adjective took.

    The built-in actors code such a people with the country alone; a user dictionary may still
    give the adjective a government code, which this guards against."""
    span = sentence.doc.char_span(party.start, party.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    # A plural head: a people ("Kurds", "students"), not a title ("Iraqi President Saddam Hussein").
    return root.dep_ == "amod" and root.head.tag_ in ("NNS", "NNPS") and root.head.i >= span.end


def _crowd(party: CodedSpan, sentence: SpacySpan) -> bool:
    """Whether a party is named as protesters (``cues.txt`` crowd_nouns: "demonstrators", "thousands of
    protesters"), whatever its code."""
    return _named_as(party, sentence, "crowd_nouns")


def _forces(party: CodedSpan, sentence: SpacySpan) -> bool:
    """Whether a party is named as armed units (``cues.txt`` armed_units: "American troops", "two warships",
    "hundreds of soldiers"), not as a person who commands or serves in them."""
    return _named_as(party, sentence, "armed_units")


def _unnamed_bomb(party: CodedSpan, sentence: SpacySpan) -> bool:
    """Whether an uncoded party is a bomb, bomber or bombing (``cues.txt`` bomb_nouns), not ordnance a weapon fires or
    drops ("a mortar bomb", "cluster bombs": cues military_bomb_modifiers), which is a military attack."""
    if party.code is not None or party.actor_id is not None or not _named_as(party, sentence, "bomb_nouns"):
        return False
    span = sentence.doc.char_span(party.start, party.end, alignment_mode="expand")
    military = cues().get("military_bomb_modifiers", frozenset())
    return span is not None and not any(token.lower_ in military for token in span)


def _named_as(party: CodedSpan, sentence: SpacySpan, section: str) -> bool:
    """Whether the party's head noun, or the noun it counts ("thousands of ..."), is in a cues.txt section."""
    span = sentence.doc.char_span(party.start, party.end, alignment_mode="expand")
    if span is None:
        return False
    nouns = cues().get(section, frozenset())
    root = span.root
    counted = [obj for prep in root.children if prep.lower_ == "of" for obj in pobjs(prep)]
    return any(noun.lemma_.lower() in nouns for noun in (root, *counted))


def _people_of_place(party: CodedSpan) -> CodedSpan:
    """A country's people, for a capital or country that names only where violence struck ("a raid that killed
    twelve people in Paris", "a suicide bombing in Syria"): its government (FRAGOV) was not the one hit (FRA)."""
    if party.code is None or len(party.code) != 6 or not party.code.endswith("GOV"):
        return party
    return replace(party, code=party.code[:3])


def _armed(party: CodedSpan | None) -> bool:
    """Whether a party's code has an armed role (``cues.txt`` armed_roles: MIL, REB, ...)."""
    return _has_role(party, "armed_roles")


def _armed_unnamed_partner(trigger: Token) -> bool:
    """Whether the party the trigger acts with is uncoded but armed ("clashed with armed tribesmen",
    "with a group of masked men"): no actor code says so, the adjective does."""
    modifiers = cues().get("unnamed_attacker_modifiers", frozenset())
    preps = [child for child in trigger.children if child.dep_ == "prep" and child.lower_ in ("with", "against")]
    nouns = [obj for prep in preps for obj in pobjs(prep)]
    # "a group of armed men": the counted noun carries the adjective.
    nouns += [obj for noun in nouns for prep in noun.children if prep.lower_ == "of" for obj in pobjs(prep)]
    return any(child.dep_ == "amod" and child.lower_ in modifiers for noun in nouns for child in noun.children)


def _of_another_country(source: CodedSpan, target: CodedSpan | None) -> bool:
    """Whether both parties have a known country and the target's is not the source's."""
    return target is not None and placed(source) and placed(target) and source.code[:3] != (target.code or "")[:3]


def _foreign_state(source: CodedSpan, target: CodedSpan | None) -> bool:
    """Whether the target is another country's government, as "Israel" is to Syria (a bare country code is often a
    people: "charged two Burmese nationals")."""
    if target is None or not target.code or not source.code or unplaced_code(source.code):
        return False
    country = target.code[:3]
    return country != source.code[:3] and not unplaced_code(target.code) and target.code[3:] == "GOV"


def _has_role(party: CodedSpan | None, section: str) -> bool:
    """Whether a party's code has a role listed in a ``cues.txt`` section."""
    if party is None or not party.code:
        return False
    roles = {party.code[start : start + 3].lower() for start in range(3, len(party.code), 3)}
    return bool(roles & cues().get(section, frozenset()))
