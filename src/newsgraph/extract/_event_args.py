"""Who did it and to whom: from a parse token to the actors it names.

The event coder finds argument *tokens* over the dependency parse (subject,
object, preposition objects); this module turns such a token into coded
actors. An actor is found by character overlap of the actors extractor's
mention spans with the token's noun phrase (the token plus its compound,
possessive and adjective modifiers and "of"/"in" phrases), one actor per
member of a coordination ("Moscow, Ankara and Tehran" gives three).
Pronouns borrow the actor of the clause that governs them ("Russia says it
is in talks") or, first person inside a quote, the quote's speaker. The
predicates at the end say what kind of party a coded span is: unknown
(an unnamed attacker), of unknown country (``---REB``), or named.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from newsgraph.extract._event_authors import names_attack
from newsgraph.extract._event_lexicon import cues, noun_patterns
from newsgraph.extract._event_syntax import actor_modifiers, pobjs
from newsgraph.records import GOVERNMENT_ROLE, Actor, CodedSpan, Quote, Span, unplaced_code

# Dependents that stay inside one noun phrase ("Iraq's national security advisor").
_PHRASE_DEPS = frozenset({"compound", "poss", "amod", "nmod", "nummod", "det", "case", "flat", "quantmod"})
# Prepositional phrases that still name the same party ("the government of Iran").
_PHRASE_PREPS = frozenset({"of", "from"})
# Prepositions through which a non-actor noun points at the party ("ties with Gondor").
# "by" comes first: "condemned a raid by Latverian soldiers" condemns the raiders.
_THROUGH_PREPS = (
    "by", "with", "between", "against", "at", "on", "to", "for", "toward", "towards", "over", "about", "of", "in"
)
# "in" only one phrase down: "a meeting on the drought in Kenya" is about Kenya, but "quarrels in the
# South China Sea" are not China's.
_NESTED_ONLY_PREPS = frozenset({"in"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# Pronouns by what they can stand for (the rest of cues.txt third_person are "he", "she" and theirs).
_NEUTER = frozenset({"it", "its"})
_PLURAL = frozenset({"they", "them", "their"})
# Names of many people that "it" and "they" both stand for ("Russia said it", "the ministry said they").
_COLLECTIVE_ENTITIES = frozenset({"GPE", "ORG", "NORP"})
_COLLECTIVE_KINDS = frozenset({"country", "organization", "group", "region"})
# Actors that are places: a country or its seat of government, which a town may stand for (Paris as France).
_PLACE_KINDS = frozenset({"country", "seat"})


class ActorIndex:
    """Maps parse tokens to the document's actors through their mention spans."""

    def __init__(self, doc: Doc, text: str, actors: Sequence[Actor], quotes: Sequence[Quote]) -> None:
        self._text = text
        self._by_token: dict[int, tuple[Actor, Span]] = {}
        # Alternative codings of one phrase (a user dictionary's "FRO/BIL/SAM"): one actor each, same span.
        self._alternatives: dict[tuple[int, int], list[Actor]] = {}
        for actor in actors:
            for mention in actor.mentions:
                self._alternatives.setdefault((mention.start, mention.end), []).append(actor)
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                for token in span:
                    held = self._by_token.get(token.i)
                    # Nested mentions ("US" in "US State Department official"): the longer one wins.
                    if held is None or held[1].end - held[1].start < mention.end - mention.start:
                        self._by_token[token.i] = (actor, mention)
        self._quotes = tuple(quotes)
        self._actors = tuple(actors)
        words = cues()
        self._first_person = words.get("first_person", frozenset())
        self._third_person = words.get("third_person", frozenset())

    def __bool__(self) -> bool:
        return bool(self._by_token)

    def quote_at(self, offset: int) -> Quote | None:
        """The quote whose content covers ``offset``, if any."""
        for quote in self._quotes:
            if quote.content.start <= offset < quote.content.end:
                return quote
        return None

    def speaker_code(self, quote: Quote) -> str | None:
        """The quote's speaker code: as given, else from the actor named by its speaker span."""
        if quote.speaker_actor is not None:
            return quote.speaker_actor
        actor = self._actor_near(quote.speaker_resolved) or self._actor_near(quote.speaker)
        return actor.code if actor is not None else None

    def parties(self, token: Token, *, through: bool = False, agents: bool = False, depth: int = 2) -> list[CodedSpan]:
        """The actors ``token`` names, one per coordinated member, in text order.

        ``through``: when a member names no actor itself, look inside its
        prepositional phrases ("full diplomatic ties with Gondor" -> Gondor);
        ``agents``: and at the agent of its participle ("the proposals sent by Bree").
        """
        found: list[CodedSpan] = []
        for member in coordinated(token):
            if found and _restates(member):
                continue  # "Ithilen's minister Calimehtar": the apposition is the same party, coded once
            if agents and names_attack(member):
                # "condemned the bombing of the US embassy in Kenya": a reaction to an attack is aimed
                # at the attacker, never at the victim or the place hit.
                members = self._attackers(member, depth)
                for party in members:
                    if all(party.actor_id != seen.actor_id or party.code != seen.code for seen in found):
                        found.append(party)
                continue
            members = self._phrase_parties(member)
            if depth > 0 and all(unplaced_code(party.code) for party in members):
                # "seven countries, including Argentina and Chile", "governments, including Canada" (---GOV): a
                # group no actor or only an unknown country codes is the members it lists.
                listed = [party for obj in _listed_members(member) for party in self.parties(obj, depth=depth - 1)]
                if listed and all(party.code for party in listed):
                    members = listed  # not for "three doctors, including Slepian": a name no actor codes
            if not members and through and depth > 0:
                preps = [
                    c
                    for c in member.children
                    if c.dep_ in ("prep", "agent")
                    and c.lower_ in _THROUGH_PREPS
                    and (depth < 2 or c.lower_ not in _NESTED_ONLY_PREPS)
                ]
                # "memos sent by Bree", "attacks carried out by X": the participle's agent; not a host's
                # or go-between's ("talks brokered by Qatar"), who is neither side of the talks.
                go_betweens = cues().get("go_between_participles", frozenset())
                preps += [
                    agent
                    for clause in member.children
                    if agents
                    and clause.dep_ == "acl"
                    and clause.tag_ == "VBN"
                    and clause.lemma_.lower() not in go_betweens
                    for agent in clause.children
                    if agent.dep_ == "agent"
                ]
                for prep in sorted(preps, key=lambda c: _THROUGH_PREPS.index(c.lower_)):
                    for obj in prep.children:
                        if obj.dep_ == "pobj":
                            members.extend(self.parties(obj, through=True, agents=agents, depth=depth - 1))
                    if members:
                        break
                if not members:
                    # "a bus carrying Israeli soldiers", "a building housing UN staff": those inside.
                    for carried in _carried(member):
                        members.extend(self.parties(carried, through=True, agents=agents, depth=depth - 1))
            for party in members:
                if all(party.actor_id != seen.actor_id or party.code != seen.code for seen in found):
                    found.append(party)
        return found

    def _attackers(self, attack: Token, depth: int) -> list[CodedSpan]:
        """Who carried out ``attack``: its possessor or actor modifier ("Israel's raid", "Israeli
        shelling"), else its "by" agent ("the attack by Hamas", "attacks carried out by X")."""
        sites = cues().get("attack_sites", frozenset())
        authors = [child for child in attack.children if child.dep_ == "poss"] + actor_modifiers(attack, sites)
        found = [party for token in authors for party in self._phrase_parties(token)]
        if found or depth <= 0:
            return found
        agents = [obj for child in attack.children if child.lower_ == "by" for obj in pobjs(child)]
        agents += [
            obj
            for clause in attack.children
            if clause.dep_ == "acl" and clause.tag_ == "VBN"
            for agent in clause.children
            if agent.dep_ == "agent"
            for obj in pobjs(agent)
        ]
        return [party for obj in agents for party in self.parties(obj, through=True, agents=True, depth=depth - 1)]

    def person(self, party: CodedSpan) -> bool:
        """Whether ``party`` mentions an actor the actor layer knows as one person."""
        return any(actor.id == party.actor_id and actor.kind == "person" for actor in self._actors)

    def _coded(self, actor: Actor, mention: Span) -> CodedSpan:
        return CodedSpan(mention.start, mention.end, mention.text, actor.code, actor.id)

    def _phrase_parties(self, token: Token) -> list[CodedSpan]:
        held = self._by_token.get(token.i)
        if held is not None:
            return self._allegiance(token, *held) or self._codings(*held)
        if token.pos_ == "PRON":
            return self._pronoun(token)
        hits: list[tuple[Token, Actor, Span]] = []
        for part in _phrase(token):
            held = self._by_token.get(part.i)
            if held is not None and all(held[1] != hit[2] for hit in hits):
                hits.append((part, *held))
        # "Sanders supporters will back her": people who follow a person are not that person ("Hamas
        # supporters" are still Hamas's).
        hits = [hit for hit in hits if not _follows(token, hit[0], hit[1])]
        if len(hits) == 1 and _signed_at(token, *hits[0]):
            return []
        if not hits:
            return []
        # "Hungarian and Romanian officials": coordinated modifiers are all parties.
        if len(hits) > 1 and any(part.dep_ == "conj" for part, _, _ in hits):
            return [self._coded(actor, mention) for _, actor, mention in hits]
        _, actor, mention = max(hits, key=lambda hit: (hit[2].end - hit[2].start, -abs(hit[0].i - token.i)))
        return self._codings(actor, mention)

    def _allegiance(self, token: Token, actor: Actor, mention: Span) -> list[CodedSpan]:
        """An armed group of unknown country as the side it serves ("troops loyal to Maduro" VENMIL, "fighters
        loyal to Hamas" Hamas, "militias led by X"), one coding per leader; [] for any other."""
        role = (actor.code or "")[3:]
        if not unplaced_code(actor.code) or role[:3].lower() not in cues().get("armed_roles", frozenset()):
            return []
        found = []
        for leader in _leaders_served(token):
            for party in self._phrase_parties(leader):
                if not placed(party) or party.code is None:
                    continue
                # A state's or government's forces take its country ("VENGOV" -> "VENMIL"); a group keeps its own code.
                state = len(party.code) == 3 or party.code.endswith(GOVERNMENT_ROLE)
                code = party.code[:3] + role if state else party.code
                found.append(CodedSpan(mention.start, mention.end, mention.text, code, actor.id))
        return found

    def _codings(self, actor: Actor, mention: Span) -> list[CodedSpan]:
        """The mention as ``actor``, and as every alternative actor of the very same span."""
        alternatives = self._alternatives.get((mention.start, mention.end), [actor])
        return [self._coded(actor, mention)] + [
            self._coded(other, mention) for other in alternatives if other is not actor and other.code != actor.code
        ]

    def _pronoun(self, token: Token) -> list[CodedSpan]:
        low = token.lower_
        if low in self._first_person:
            quote = self.quote_at(token.idx)
            if quote is None:
                return []
            actor = self._actor_near(quote.speaker_resolved) or self._actor_near(quote.speaker)
            code = self.speaker_code(quote)
            if code is None:
                return []
            return [
                CodedSpan(
                    token.idx, token.idx + len(token.text), token.text, code, actor.id if actor is not None else None
                )
            ]
        if low not in self._third_person:
            return []
        # "Russia says it is in talks": the subject of a governing clause.
        for ancestor in list(token.ancestors)[1:5]:
            for child in ancestor.children:
                if child.dep_ not in _SUBJECT_DEPS or child.i == token.i or child.pos_ == "PRON":
                    continue
                if self._agrees(token, child):
                    parties = self._antecedent_parties(token, child)
                    if parties:
                        return parties
        # Else the nearest subject to the left in the same sentence, but not its own verb's: "Democrats and
        # some Republicans would resist them" cannot mean themselves (that would be "themselves").
        sentence = token.sent
        own_verb = _verb_of_object(token)
        for left in reversed(range(sentence.start, token.i)):
            candidate = token.doc[left]
            if own_verb is not None and candidate.head.i == own_verb.i:
                continue
            if candidate.dep_ in _SUBJECT_DEPS and candidate.pos_ != "PRON" and self._agrees(token, candidate):
                parties = self._antecedent_parties(token, candidate)
                if parties:
                    return parties
        return self._previous_subject(token)

    def _previous_subject(self, pronoun: Token, depth: int = 2) -> list[CodedSpan]:
        """The body a subject "it" with no antecedent in its sentence stands for: the previous sentence's subject, when
        that is a coded organisation, government or country ("The junta seized power. It has detained the
        president."); a thing there ("The report came out. It said ...") or a person stands for no party."""
        if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj" or pronoun.sent.start == 0 or depth == 0:
            return []
        if pronoun.head.lemma_ == "be":
            return []  # "It was a short call", "It is armed with ...": a copula's "it" describes, it does not act
        previous = pronoun.doc[pronoun.sent.start - 1].sent
        for subject in (child for child in previous.root.children if child.dep_ in _SUBJECT_DEPS):
            if subject.lower_ == "it":
                # "The junta seized power. It detained the president. It also expelled the envoy."
                return [_as_pronoun(pronoun, party) for party in self._previous_subject(subject, depth - 1)]
            if subject.pos_ != "PRON" and self._body(subject):
                return [party for party in self._antecedent_parties(pronoun, subject) if party.code]
        return []

    def _body(self, noun: Token) -> bool:
        """Whether ``noun`` names one organisation, government or country (its actor's kind, else its entity type)."""
        held = self._by_token.get(noun.i)
        kind = held[0].kind if held is not None else None
        if kind is not None:
            return kind in _COLLECTIVE_KINDS
        return noun.ent_type_ in _COLLECTIVE_ENTITIES and noun.tag_ not in ("NNS", "NNPS")

    def _antecedent_parties(self, pronoun: Token, antecedent: Token) -> list[CodedSpan]:
        """What a pronoun stands for, coded as the pronoun: the antecedent's first party, or for "they" every
        member of a coordinated antecedent ("Saudi Arabia and the United States said they were ready")."""
        members = coordinated(antecedent) if pronoun.lower_ in _PLURAL else iter((antecedent,))
        found: list[CodedSpan] = []
        for member in members:
            if member.pos_ == "PRON" or _restates(member):
                continue
            parties = self._phrase_parties(member)
            if parties and all(parties[0].actor_id != seen.actor_id for seen in found):
                found.append(_as_pronoun(pronoun, parties[0]))
        return found

    def _agrees(self, pronoun: Token, noun: Token) -> bool:
        """Whether a subject ``noun`` can be what a third-person ``pronoun`` stands for: "it" is no person ("Clinton
        promised Kenya loans if it cooperates"), "he" and "she" are no country, group or plural, and "they"
        is no single person or thing ("after the agency's ruling came out, they vowed to appeal it");
        organisations and countries may be "they"."""
        held = self._by_token.get(noun.i)
        kind = held[0].kind if held is not None else None
        plural = noun.tag_ in ("NNS", "NNPS")
        collective = noun.ent_type_ in _COLLECTIVE_ENTITIES or kind in _COLLECTIVE_KINDS
        person = noun.ent_type_ == "PERSON" or kind == "person"
        low = pronoun.lower_
        if low in _NEUTER:
            return not person and (not plural or collective)
        if low in _PLURAL:
            return plural or collective
        # A role ("the foreign minister said he") may be coded with its country's kind: only the name's own
        # entity type says it is no person.
        return not plural and noun.ent_type_ not in _COLLECTIVE_ENTITIES

    def _actor_near(self, span: Span | None) -> Actor | None:
        if span is None:
            return None
        for actor in self._actors:
            for mention in actor.mentions:
                if mention.start < span.end and span.start < mention.end:
                    return actor
        return None


def _verb_of_object(pronoun: Token) -> Token | None:
    """The verb a pronoun is the object of, directly or through a preposition ("met them", "spoke with them")."""
    if pronoun.dep_ in ("dobj", "dative"):
        return pronoun.head
    if pronoun.dep_ == "pobj" and pronoun.head.dep_ == "prep" and pronoun.head.head.pos_ in ("VERB", "AUX"):
        return pronoun.head.head
    return None


def _as_pronoun(token: Token, party: CodedSpan) -> CodedSpan:
    # The span stays the pronoun (what the text says here); code and id are the antecedent's.
    return CodedSpan(token.idx, token.idx + len(token.text), token.text, party.code, party.actor_id)


def _leaders_served(group: Token) -> list[Token]:
    """Whom a group serves, named by its adjective of allegiance or its leading participle ("troops loyal to
    Maduro", "militias led by X"; cues allegiance_adjectives, leading_participles). A backer is not served:
    "rebels backed by Rwanda" are not Rwanda's."""
    words = cues()
    loyal = words.get("allegiance_adjectives", frozenset())
    leading = words.get("leading_participles", frozenset())
    found: list[Token] = []
    for child in group.children:
        if child.dep_ == "amod" and child.lower_ in loyal:
            found += [obj for prep in child.children if prep.lower_ == "to" for obj in pobjs(prep)]
        elif child.dep_ == "acl" and child.tag_ == "VBN" and child.lower_ in leading:
            found += [obj for agent in child.children if agent.dep_ == "agent" for obj in pobjs(agent)]
    return found


def coordinated(token: Token) -> Iterator[Token]:
    """``token`` and every conjunct hanging from it ("Iran, Russia and Turkey").

    Long lists are often misparsed as appositions ("Ruritania, the Marches, Genovia
    and Latveria") or as a modifier heading its own list ("Genovia, Ruritania and
    the hostile Latveria"); both are followed too. An apposition that restates the
    same actor adds nothing, since parties are deduplicated.
    """
    yield token
    for child in token.children:
        if child.dep_ in ("conj", "appos"):
            yield from coordinated(child)
        elif child.dep_ == "nmod" and child.i < token.i and any(sub.dep_ == "conj" for sub in child.children):
            yield from coordinated(child)


def _listed_members(group: Token) -> list[Token]:
    """The objects of a group noun's "including" phrase ("several Baltic states, including Latvia")."""
    return [
        obj for child in group.children if child.dep_ == "prep" and child.lower_ == "including" for obj in pobjs(child)
    ]


def _restates(member: Token) -> bool:
    """An apposition that renames its head, not a misparsed list ("Ruritania, the Marches, Genovia and Latveria")."""
    if member.dep_ != "appos":
        return False
    return not any(child.dep_ == "conj" for child in (*member.children, *member.head.children))


def _phrase(token: Token) -> Iterator[Token]:
    """The tokens of ``token``'s own noun phrase, nearest modifiers first, without relative clauses."""
    # "Elian's father", "the relatives of Elian", "his kidnappers", "Clinton challengers": someone else
    # than the one named.
    words = cues()
    lemma = token.lemma_.lower() if token.pos_ == "NOUN" else ""
    related = lemma in words.get("relation_nouns", frozenset())
    # "Syria's ally", "the neighbours of Iraq": another party than the one named, though "NATO allies" are NATO's.
    counterpart = lemma in words.get("counterpart_nouns", frozenset())
    for child in token.children:
        if (related or counterpart) and _names_the_related(child, by_name=related):
            continue
        if child.dep_ in _PHRASE_DEPS:
            yield child
            yield from _phrase(child)
            for conj in child.children:
                if conj.dep_ == "conj":
                    yield conj
            yield from _leaders(child)
        elif child.dep_ == "prep" and child.lower_ in _PHRASE_PREPS and not _event_patient(token, child):
            # "the government of Iran" is Iran; "the bombing of the embassy" is not the embassy, an
            # "offer from X" is X's.
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield obj
                    yield from _phrase(obj)


def _follows(noun: Token, part: Token, actor: Actor) -> bool:
    """Whether ``noun`` names followers of the person ``part`` names ("Sanders supporters", cues follower_nouns)."""
    followers = cues().get("follower_nouns", frozenset())
    return part.dep_ == "compound" and actor.kind == "person" and noun.lemma_.lower() in followers


def _signed_at(noun: Token, part: Token, actor: Actor, mention: Span) -> bool:
    """Whether ``part`` is a lone town that names the pact or meeting ``noun`` after where it was made ("the
    Paris Agreement", "the Oslo Accords", "the Astana process", cues.txt venue_named_nouns): no party to it.

    A town is a place mention that is not its country's own name: a capital or city the actors layer codes as
    the country (Paris as France). A country's name ("the Iran deal"), an acronym ("the US deal") and a
    demonym ("the Iranian deal") still name a party, as do two names ("the US-China trade agreement").
    """
    # The head of a proper name ("the Paris Agreement", "the Oslo Accords") is tagged PROPN and keeps its plural.
    forms = {noun.lemma_.lower(), noun.lower_, noun.lower_.removesuffix("s")}
    if noun.pos_ not in ("NOUN", "PROPN") or not forms & cues().get("venue_named_nouns", frozenset()):
        return False
    if part is noun or part.pos_ != "PROPN" or part.dep_ not in ("compound", "nmod") or actor.kind not in _PLACE_KINDS:
        return False
    said = mention.text.strip()
    if said.replace(".", "").isupper():
        return False
    country = actor.name.split(" (")[0]
    return said.lower() != country.lower()


def _names_the_related(child: Token, *, by_name: bool = True) -> bool:
    """Whether a relation noun's dependent names the one related to: an owner ("Elian's father"), an
    "of" phrase ("the relatives of Elian") or, ``by_name``, a name before it ("Clinton challengers")."""
    if child.dep_ == "compound":
        return by_name and child.pos_ == "PROPN"
    return child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ == "of")


def _leaders(modifier: Token) -> Iterator[Token]:
    """The party a leading participle names ("Saudi-led warplanes" -> Saudi), with its own phrase."""
    if modifier.dep_ != "amod" or modifier.lower_ not in cues().get("leading_participles", frozenset()):
        return
    for child in modifier.children:
        if child.dep_ in ("npadvmod", "compound", "nmod") and child.pos_ in ("PROPN", "ADJ", "NOUN"):
            yield child
            yield from _phrase(child)


def _carried(noun: Token) -> list[Token]:
    """The objects of a participle that says who a vehicle or building holds ("a bus carrying soldiers")."""
    verbs = cues().get("carrying_verbs", frozenset())
    return [
        obj
        for clause in noun.children
        if clause.dep_ == "acl" and clause.lemma_.lower() in verbs
        for obj in clause.children
        if obj.dep_ == "dobj"
    ]


def _event_patient(token: Token, prep: Token) -> bool:
    """Whether ``prep`` is the "of" phrase of an event noun ("the bombing of the embassy"): another party."""
    return prep.lower_ == "of" and token.pos_ == "NOUN" and token.lemma_.lower() in noun_patterns()


def unknown_party(token: Token) -> CodedSpan:
    """An uncoded source spanning the attack noun's phrase ("a roadside bombing"), or only the
    passive verb that names no agent ("was attacked")."""
    if token.pos_ in ("VERB", "AUX"):
        return CodedSpan(token.idx, token.idx + len(token.text), token.text, None, None)
    first = token.left_edge
    while first.i < token.i and first.dep_ == "det":
        first = token.doc[first.i + 1]
    start = first.idx
    end = token.idx + len(token.text)
    return CodedSpan(start, end, token.doc.text[start:end], None, None)


def identity_group(token: Token) -> bool:
    """A common noun group qualified by a nationality, ethnicity or religion ("Yoruba leaders")."""
    if token.pos_ != "NOUN":
        return False
    members = [token, *(obj for prep in token.children if prep.lower_ == "of" for obj in pobjs(prep))]
    return any(
        child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE")
        for member in members
        for child in member.children
    )


def placed(party: CodedSpan) -> bool:
    """Whether a party is coded with a known country or organisation (not CAMEO's unknown ``---``)."""
    return bool(party.code) and not unplaced(party)


def unplaced(party: CodedSpan) -> bool:
    """Whether a party is an agent of unknown country ("---GOV": "officials")."""
    return unplaced_code(party.code)


def named(party: CodedSpan) -> bool:
    """Whether a party can act alone: coded, or a named actor the dictionaries do not code
    ("Deposed Governor Tomas Varga has offered to step down")."""
    return bool(party.code) or party.actor_id is not None
