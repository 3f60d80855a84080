"""The working state of actor extraction on one document, and the role grammar.

``Scene`` holds the parse, the lexicon matches, which tokens already belong
to a mention, and the mentions found so far. ``describe`` and ``compose``
turn a noun phrase ("Russian Foreign Minister", "the secretary of Iran's
Supreme National Security Council") into a CAMEO code: the affiliation (a
country, seat or organisation in the phrase) plus the sector of its role.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.extract._actor_anaphora import body_anaphora
from newsgraph.extract._actor_entries import INTERNATIONAL
from newsgraph.extract._actor_identities import glued, with_identity
from newsgraph.extract._actor_lexicon import ActorLexicon
from newsgraph.extract._actor_match import Match, match_lexicon
from newsgraph.extract._actor_names import party_word, reread_names
from newsgraph.extract._actor_quoted import quoted_words
from newsgraph.extract._actor_reigns import titles_out_of_reign
from newsgraph.extract._actor_seats import home_seats, namesake_bodies, owned_seats
from newsgraph.records import unplaced_code

AFFILIATING = frozenset({"country", "seat", "organization", "actor", "person"})
# How a word modifies the noun after it: "a U.S. base", "Filipino Clinton staffers".
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
_RIGHT_PREPOSITIONS = frozenset({"of", "for", "in", "from", "at", "to"})
# Prepositions whose phrase names only a person served, never a country ("an adviser to Sanders";
# "the ambassador to Israel" is not Israel's).
_SERVING_PREPOSITIONS = frozenset({"to"})
# Sectors of an office of state or army: a title of one places its holder in a country's state
# ("President", "Gen."), and "his government" is then that state's.
STATE_OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD"})
# Sectors of a state office: the staff of someone who holds one serve the state.
_STATE_SECTORS = STATE_OFFICE_SECTORS | {"COP", "SPY"}
# Armed or policing sectors a person's role may add ("Saddam's forces"), and the armed groups
# whose leader's forces are the group itself ("Kabila's forces" in 1997 are his rebels).
_ARMED_SECTORS = frozenset({"MIL", "COP", "SPY"})
_NONSTATE_ARMED = frozenset({"REB", "SEP", "INS", "UAF"})
# Sectors of a role that names armed men of whatever side ("troops", "commander", "fighters").
_ARMED_MEN = frozenset({"MIL", "UAF"})
# Participles that place an organisation: "a newspaper based in Beirut" is Lebanon's.
_LOCATING_PARTICIPLES = frozenset({"based", "headquartered"})
# Participles glued to a country's name that make it a group's patron, not its country:
# "Russian-backed separatists" are not Russia's, "Iran-sponsored militias" not Iran's.
PATRONAGE_PARTICIPLES = frozenset(
    {"backed", "sponsored", "supported", "funded", "financed", "trained", "armed", "allied", "aligned", "vetted"}
)
# Common nouns for a state or place: "the president of the country" is still placed by its context.
_STATE_NOUNS = frozenset(
    {"country", "nation", "state", "republic", "kingdom", "city", "town", "county", "province", "region",
     "island", "territory", "people", "world"}
)
# An ousted or deposed office holder no longer holds it: an elite, like a former one; so is a
# "then-senator", named by the office held at the time the story tells of.
_FORMER = frozenset({"former", "ex", "erstwhile", "ousted", "deposed", "toppled", "overthrown", "then"})
# Words that make a role an accusation ("an alleged American spy"), for roles marked "accused".
_DOUBTED = frozenset({"alleged", "accused", "suspected", "purported", "supposed"})


@dataclass(slots=True)
class Mention:
    """One mention on its way to an ``Actor``: tokens ``start``..``end`` (exclusive).

    key: mentions with the same key are one actor. country_member: a packaged
    country name, whose actor is the government when any such mention acts.
    """

    start: int
    end: int
    key: tuple[str, str]
    code: str | None
    kind: str
    name: str
    country_member: bool = False
    acting: bool = False
    user: bool = False


@dataclass(slots=True)
class Scene:
    doc: Doc
    text: str
    lexicon: ActorLexicon
    day: str | None
    matches: list[Match]
    texts: list[str] = field(default_factory=list)
    match_at: list[Match | None] = field(default_factory=list)
    taken: list[bool] = field(default_factory=list)
    sentence: list[int] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    # The countries of each sentence, keyed (sentence number, outside only): True holds those
    # outside double quotation marks, False all of them. A country a speaker names does not
    # place the speaker.
    sentence_countries: dict[tuple[int, bool], set[str]] = field(default_factory=dict)
    quoted: list[bool] = field(default_factory=list)
    unknown_org: list[bool] = field(default_factory=list)
    main_country: str | None = None
    # Countries whose office holders the article names, computed when a bare office asks
    # (``_actor_offices``).
    other_leaders: set[str] | None = None
    # The dateline's country ("" when the story has none or it names no one country), and the
    # countries whose police the article names, computed when a bare "police" asks (``_actor_dateline``).
    dateline: str = ""
    police_countries: set[str] | None = None
    # Words the tagger took for a name that are capitalised only because they open a sentence
    # ("Riot" of "Riot police"), found by ``_actor_people``: they own no role.
    capital_only: set[int] = field(default_factory=set)
    # Name words whose trailing period is the sentence's full stop, which the tokenizer kept as an
    # abbreviation's ("... by Hun Sen."), found by ``_actor_people``: their mention ends before it.
    full_stops: set[int] = field(default_factory=set)
    # The country of each word inside a town or province the places extractor resolved
    # (``_actor_towns``): "Kharkiv residents" are Ukraine's.
    towns: dict[int, str] = field(default_factory=dict)
    # Where the description that introduces a named organisation starts, keyed by the name's first word
    # ("the Palestinian militant group Hamas"), found by ``actors._find_groups``: one mention of the name.
    introduced: dict[int, int] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc, text: str, lexicon: ActorLexicon, day: str | None, dateline: str = "") -> Scene:
        """Match the lexicon once and index the matches, tokens and sentences; ``dateline`` is the
        country of the story's dateline ("" for none)."""
        texts = [token.text for token in doc]
        # "King Abdullah of Jordan" in 2010: a listed title-and-name out of its dates is its title.
        matches = titles_out_of_reign(match_lexicon(doc, lexicon, texts), lexicon, day)
        matches = reread_names(doc, _outside_unknown_names(doc, matches), day)
        matches = owned_seats(doc, matches, day)  # "Hong Kong's Justice Department" is not the US's
        matches = home_seats(doc, matches, day, dateline)  # "BRASILIA - ... stormed Congress": Brazil's
        matches = namesake_bodies(doc, matches, day, dateline, lexicon)  # "Congress leader Rahul Gandhi"
        matches = body_anaphora(doc, matches, day)  # "NATO ... the alliance"
        scene = cls(doc, text, lexicon, day, matches, texts)
        scene.match_at = [None] * len(doc)
        scene.taken = [False] * len(doc)
        for match in matches:
            for i in range(match.start, match.end):
                scene.match_at[i] = match
        scene.sentence = [0] * len(doc)
        if doc.has_annotation("SENT_START"):
            for number, sent in enumerate(doc.sents):
                for i in range(sent.start, sent.end):
                    scene.sentence[i] = number
        scene.quoted = quoted_words(doc)
        for match in matches:
            code = scene.code(match)
            if match.kind in ("country", "seat", "actor") and code and not code.startswith(INTERNATIONAL):
                number = scene.sentence[match.start]
                scene.sentence_countries.setdefault((number, False), set()).add(code[:3])
                if not scene.quoted[match.start]:
                    scene.sentence_countries.setdefault((number, True), set()).add(code[:3])
        scene.dateline = dateline
        scene.main_country = _main_country(scene, dateline)
        scene.unknown_org = [False] * len(doc)
        for ent in doc.ents:
            # An organisation the lexicon does not know, even if it contains a country's name.
            if ent.label_ == "ORG" and scene.match_at[ent.root.i] is None:
                for i in range(ent.start, ent.end):
                    scene.unknown_org[i] = True
        return scene

    def code(self, match: Match) -> str | None:
        return match.entry.code_on(self.day)

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def take(self, start: int, end: int) -> None:
        for i in range(start, end):
            self.taken[i] = True

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.take(mention.start, mention.end)

    def person_code_at(self, i: int) -> str | None:
        for mention in self.mentions:
            if mention.kind == "person" and mention.start <= i < mention.end:
                return mention.code
        return None

    def person_at(self, i: int) -> bool:
        return any(mention.kind == "person" and mention.start <= i < mention.end for mention in self.mentions)

    def places(self, i: int, j: int) -> bool:
        """Whether a country at word ``i`` may place someone at word ``j``: not from inside quotation
        marks when ``j`` stands outside them ('"Iran will pay," the rebels said'); a group inside a
        quote may still take the country of the words around it."""
        return self.quoted[j] or not self.quoted[i]

    def role_at(self, i: int) -> Match | None:
        match = self.match_at[i]
        return match if match is not None and match.kind == "role" else None

    def country_name(self, code: str) -> str:
        return self.lexicon.country_names.get(code[:3], code[:3])

    def sector_name(self, code: str) -> str:
        return self.lexicon.sector_names.get(code[3:6], code[3:].lower())


@dataclass(frozen=True, slots=True)
class Description:
    """What a noun phrase says about whom someone belongs to and what they do."""

    affiliation: Match | None
    role: Match | None
    has_role: bool
    former: bool
    affiliation_in_of: bool = False
    person_code: str | None = None
    # Named with a patron ("Russian-backed separatists"): neither the patron's country nor,
    # by guesswork, its sentence's is the group's own.
    patronised: bool = False
    # Owned by an organisation no dictionary knows ("GM officials", "Innopac's president",
    # "president of Acme Trust"): that organisation's, not a country's by guesswork.
    organisation: bool = False
    # An ethnic or religious group or a region's states before the role ("Kurdish rebels",
    # "Shiite militias", "Western diplomats"): identities.tsv.
    identity: Match | None = None
    # "an alleged spy": a role someone is accused of, not known to be held (roles.tsv "accused").
    doubted: bool = False
    # The sector of the body a role without one speaks for ("a spokesman for the Sudanese army": MIL).
    served_sector: str | None = None


def _a_persons(scene: Scene, i: int, left: range) -> bool:
    """Whether word ``i`` names a person who owns the role ("a top Clinton aide"); a name that
    swallowed its own title ("Flint Mayor Karen Weaver" as one entity) owns nothing."""
    doc = scene.doc
    return (
        doc[i].ent_type_ == "PERSON" and doc[left.stop - 1].ent_type_ != "PERSON" and scene.match_at[i] is None
        and i not in scene.capital_only
    )


def _common_body(scene: Scene, i: int) -> bool:
    """A common noun no dictionary knows that owns a role: a body of its own, not a state ("the
    union's president", "the president of a trades council"; not "the president of the country")."""
    token = scene.doc[i]
    return (
        token.tag_ in ("NN", "NNS") and token.text.islower() and scene.match_at[i] is None
        and token.lemma_ not in _STATE_NOUNS
    )


def _unknown_acronym(scene: Scene, i: int) -> bool:
    """An all-capitals proper noun no dictionary knows, modifying a role: an organisation ("AFT President")."""
    token = scene.doc[i]
    return scene.match_at[i] is None and token.pos_ == "PROPN" and len(token.text) >= 2 and token.text.isupper()


def patron(doc: Doc, match: Match) -> bool:
    """Whether a name is glued to a participle of patronage ("Russian-backed", "Iran-sponsored")."""
    end = match.end
    return end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in PATRONAGE_PARTICIPLES


def left_start(token: Token) -> int:
    """First token of the pre-modifiers of ``token``, without determiners and leading punctuation."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in ("det", "predet") or (child.dep_ == "poss" and child.pos_ == "PRON") or child.is_punct:
            continue
        if any(grandchild.dep_ in ("nsubj", "nsubjpass") for grandchild in child.children):
            continue  # "Iran armed Houthi rebels": a clause the parser folded into a modifier is no part of the name
        start = min(start, child.left_edge.i)
    doc = token.doc
    for i in range(token.i - 1, start - 1, -1):
        if doc[i].is_space or "\n" in doc[i].whitespace_:
            start = i + 1  # never across a line break (or blanked boilerplate)
            break
    while start < token.i and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ in ("det", "case")):
        start += 1
    return start


def _outside_unknown_names(doc: Doc, matches: list[Match]) -> list[Match]:
    """Matches without the words inside the name of an organisation the lexicon does not know.

    "the Association of African Jurists" is one organisation, not Africa's; a
    leading demonym still names the country ("the Syrian Observatory"), and so
    does one before a role noun.
    """
    at = {i: match for match in matches for i in range(match.start, match.end)}
    inside: set[int] = set()
    named: set[int] = set()
    for ent in doc.ents:
        if ent.label_ != "ORG" or not any(token.pos_ == "PROPN" for token in ent):
            continue
        if ent.root.i in at and not at[ent.root.i].entry.demonym and at[ent.root.i].kind != "identity":
            continue  # a known name ("the Organization of African Unity")
        first = ent.start
        # A count opens no name: "Three Britons" the tagger calls an organisation are Britons.
        while first < ent.end and (doc[first].dep_ in ("det", "predet", "nummod") or doc[first].like_num):
            first += 1
        inside.update(range(first + 1, ent.end))
        named.update(range(first, ent.end))
    return [
        m for m in matches
        if not (m.start in inside and m.end - 1 in inside and _inside_a_name(doc, at, m))
        # "the Catholic Church", "the European Central Bank", "Western Union": an organisation of
        # its own, kept uncoded as before, not a religion's or a region's group.
        and not (m.kind == "identity" and m.start in named and m.end - 1 in named and not _before_role(doc, at, m))
    ]


def _inside_a_name(doc: Doc, at: dict[int, Match], match: Match) -> bool:
    """Whether a match inside an unknown organisation's name is only a word of that name: a demonym
    ("the Association of African Jurists") or a country's name after another capitalised word of
    it ("Priorities USA Action"; "the Bank of Japan" keeps its country)."""
    if match.entry.demonym:
        return not _before_role(doc, at, match)
    before = doc[match.start - 1]
    return match.kind == "country" and before.i not in at and before.text[:1].isupper() and before.pos_ == "PROPN"


def _before_role(doc: Doc, at: dict[int, Match], demonym: Match) -> bool:
    # "the Union of Iranian Journalists" keeps its country: Iran's media.
    head = doc[demonym.end - 1].head
    return head.i in at and at[head.i].kind == "role"


def only_in_subjects(named: Sequence[Match], verbs: Sequence[Token]) -> bool:
    """Whether every match of ``named`` lies inside a subject of one of ``verbs`` ("Russia armed the
    separatists": the sentence names Russia only as the one who acts)."""
    subjects = [child for verb in verbs for child in verb.children if child.dep_ == "nsubj"]
    inside = {i for subject in subjects for i in range(subject.left_edge.i, subject.right_edge.i + 1)}
    return all(match.start in inside for match in named)


def right_phrases(token: Token, exclude: range | None = None) -> list[tuple[str, range]]:
    """Prepositional phrases after ``token`` that may name its affiliation ("of Iran", "for the UN").

    A locating participle's phrase counts too: "a newspaper based in Beirut".
    """
    found: list[tuple[str, range]] = []
    children = list(token.rights)
    for child in token.rights:
        if child.dep_ == "acl" and child.lower_ in _LOCATING_PARTICIPLES:
            children.extend(grandchild for grandchild in child.rights if grandchild.lower_ == "in")
    for child in children:
        if child.dep_ == "prep" and child.lower_ in _RIGHT_PREPOSITIONS:
            span = range(child.i + 1, child.right_edge.i + 1)
            if exclude is not None and span.start <= exclude.start < span.stop:
                span = range(span.start, exclude.start)
            found.append((child.lower_, span))
    return found


def _insurgents_men(scene: Scene, role: Match | None, left: range) -> Match | None:
    """The role of armed men a non-state armed group's word before them names ("rebel troops", "a
    militia commander", "separatist fighters"): the group's men, not an army or a gang of no side.
    Not after "anti-" or "counter-" ("anti-rebel forces" fight the rebels)."""
    head_sector = _role_sector(role)
    if role is None or head_sector not in _ARMED_MEN:
        return role
    for i in left:
        match = scene.match_at[i]
        if match is None or match.kind != "role" or match.end > role.start:
            continue
        sector = _role_sector(match)
        if sector in _NONSTATE_ARMED and sector != head_sector and not _against(scene.doc, match.start):
            return match
    return role


def _role_sector(role: Match | None) -> str | None:
    code = role.entry.codes[0].code if role is not None and role.entry.codes else None
    return code[1:4] if code and code.startswith("~") and len(code) == 4 else None


def _against(doc: Doc, start: int) -> bool:
    """Whether a word is glued to an "anti-" or "counter-" before it."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("anti", "counter")


# Verbs whose subject owns the force that is their object ("has troops in Niger", "sent troops to Mali").
KEEPING_VERBS = frozenset({"have", "keep", "maintain", "station", "base", "deploy", "send", "dispatch"})


def kept_force(head: Token, role: Match | None) -> bool:
    """Whether a force noun is the object of a verb by which its subject has, keeps or sends it ("which
    has about 1,100 troops in Niger"): its subject's, and its "in" phrase only where it is."""
    code = role.entry.codes[0].code if role is not None and role.entry.codes else ""
    return (
        code == "~MIL" and head.dep_ == "dobj" and head.head.lemma_.lower() in KEEPING_VERBS
        and any(child.dep_ == "nsubj" for child in head.head.children)
    )


def _envoy_to(scene: Scene, role: Match | None, match: Match, left: range, i: int) -> bool:
    """Whether a country or body right before an envoy names where or to whom the envoy is sent, because an
    owner is named before it ("Russia's U.N. envoy", "the UN's Yemen envoy", "the Chinese EU ambassador")."""
    if role is None or not role.entry.abroad or scene.doc[match.end - 1].dep_ == "poss":
        return False
    for j in range(left.start, i):
        before = scene.match_at[j]
        if before is not None and before is not match and before.kind in ("country", "organization") and (
            scene.code(before)
        ):
            return True
    return False


def describe(scene: Scene, left: range, right: list[tuple[str, range]]) -> Description:
    """Affiliation and role of the phrase ``left`` (pre-modifiers and head) plus ``right`` PPs."""
    role: Match | None = None
    has_role = False
    affiliation: Match | None = None
    # The head's own role wins ("anti-government demonstrators" are OPP); a head
    # without a sector takes its modifier's ("rebel spokesman" is REB).
    for i in reversed(left):
        match = scene.match_at[i]
        if match is not None and match.kind == "role":
            has_role = True
            if match.entry.codes and match.entry.codes[0].code not in (None, "~"):
                if role is not None and role.entry.generic:
                    role = match  # "military officials": the modifier's sector
                    break
                role = match
                if not match.entry.generic:
                    break
    role = _insurgents_men(scene, role, left)
    body = _private_body(scene, role, left, right)
    if body is not None:
        role = body  # "the president of the company", "the bank's vice president": business, not state
    person_code: str | None = None
    patronised = False
    party = False
    identity: Match | None = None
    sectorless = role is None or not role.entry.codes or role.entry.codes[0].code in (None, "~")
    for i in reversed(left):
        match = scene.match_at[i]
        if match is not None and match.kind == "identity":
            # "Iraqi Kurdish rebels": the identity, and a country further left may still place them.
            if patron(scene.doc, match):
                patronised = True  # "Western-backed rebels" are not the West's
            elif identity is None and not glued(scene.doc, match):
                identity = match  # not "the Shiite-led government", which is the state's
            continue
        if sectorless and match is None and party_word(scene.doc, i):
            party = True  # "Iowa GOP leaders" lead the party, not the state; "in Congress" may still place them
            break
        if match is None and scene.unknown_org[i] and scene.doc[i].pos_ == "PROPN" and not scene.person_at(i):
            break  # "American Unity Fund president": an organisation named after the country owns the role
        if match is not None and match.kind in AFFILIATING and scene.code(match):
            if patron(scene.doc, match):
                patronised = True
                continue
            if _envoy_to(scene, role, match, left, i):
                continue  # "Russia's U.N. envoy", "the UN's Yemen envoy": where the owner's envoy serves
            if match.kind == "person":
                # A listed person owns the role as any person does: "a Trump administration" is the
                # state's, "Trump aides" a candidate's staff.
                person_code = scene.code(match)
                break
            affiliation = match
            break
        person_code = scene.person_code_at(i)
        if person_code:
            break  # "Modi's government": the person's code is the affiliation
    if identity is not None and affiliation is not None and _coordinated(scene.doc, identity, affiliation):
        identity = None  # "U.S. and Arab troops": two groups, not Arabs of the US (actors._find_groups)
    in_of = False
    served_sector: str | None = None
    # One person's office ("president", not "police"): owned by a common noun, it is a body's officer.
    officer = role is not None and role.entry.single
    # Owned by an unknown organisation or by a person the article does not code ("a top Clinton
    # aide" while Clinton is no office holder): not placed by guesswork either.
    organisation = affiliation is None and person_code is None and not party and any(
        scene.unknown_org[i]
        or _unknown_acronym(scene, i)
        or _a_persons(scene, i, left)
        or (officer and scene.doc[i].dep_ == "poss" and _common_body(scene, i))
        for i in left
    )
    if affiliation is None and person_code is None and not organisation:
        for preposition, span in right:
            if role is not None and preposition in ("in", "at") and (
                role.entry.abroad or kept_force(scene.doc[left[-1]], role)
            ):
                continue  # "its embassy in Israel" stands in Israel; "has troops in Niger" keeps them there
            if preposition in _SERVING_PREPOSITIONS:
                if officer:
                    person_code = next((code for i in span if (code := scene.person_code_at(i))), None)
                if person_code:
                    break
                continue
            owner = next((scene.doc[i] for i in span if scene.doc[i].dep_ == "pobj"), None)
            if officer and preposition == "of" and owner is not None and _common_body(scene, owner.i) and any(
                child.dep_ in ("det", "poss") for child in owner.children
            ):
                # "the president of a construction trades council"; "a professor of higher education"
                # names a field, not a body.
                organisation = True
                break
            named_people = owner is not None and owner.ent_type_ == "PERSON" and scene.match_at[owner.i] is None
            if preposition == "of" and named_people:
                # "the three ministers of Ana Wolak of Poland, ...": the countries are the people's.
                continue
            # "leaders of Egypt's Muslim Brotherhood" lead the Brotherhood: the phrase's own named body, if
            # coded, owns the role before the country that owns the body.
            for i in _owner_first(scene, span, owner):
                if scene.unknown_org[i]:
                    # "a spokesman for the Syrian Observatory for Human Rights" is not Syria's, nor
                    # is "a vice president at Harlow Kemp Securities Corp." an American official.
                    organisation = organisation or preposition in ("of", "for") or (officer and preposition == "at")
                    break
                match = scene.match_at[i]
                if match is not None and match.kind in AFFILIATING and scene.code(match):
                    affiliation, in_of = match, preposition == "of"
                    if sectorless and preposition in ("of", "for"):
                        served_sector = _sector_of_the_body(scene, span)
                    break
            if affiliation is not None:
                break
    former = any(scene.doc[i].lower_ in _FORMER for i in left) or _ex_prefixed(scene.doc, left.start)
    doubted = role is not None and role.entry.accused and any(scene.doc[i].lower_ in _DOUBTED for i in left)
    return Description(
        affiliation, role, has_role, former, in_of, person_code, patronised, organisation, identity, doubted,
        served_sector,
    )


def _ex_prefixed(doc: Doc, start: int) -> bool:
    """Whether the phrase at ``start`` is glued to an "ex-" ("an ex-official of the World Bank"): the
    tagger splits the prefix off and the parser leaves it out of the phrase."""
    if start < 2 or doc[start - 1].text != "-" or doc[start - 2].lower_ != "ex":
        return False
    return not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_


def _sector_of_the_body(scene: Scene, span: range) -> str | None:
    """The sector of the state body a phrase's object names ("for the Sudanese army": MIL, "of the
    Chadian police": COP); None for a country alone ("a spokesman for Sudan")."""
    head = max((scene.doc[i] for i in span if scene.doc[i].dep_ == "pobj"), key=lambda token: token.i, default=None)
    role = scene.role_at(head.i) if head is not None else None
    code = role.entry.codes[0].code if role is not None and role.entry.codes else None
    return code[1:] if code and code.startswith("~") and len(code) == 4 and code[1:] in _STATE_SECTORS else None


def _coordinated(doc: Doc, first: Match, second: Match) -> bool:
    """Whether two matches are conjuncts of one coordination ("U.S. and Arab")."""
    return conj_root(doc[first.start : first.end].root) == conj_root(doc[second.start : second.end].root)


def conj_root(token: Token) -> int:
    """The first conjunct of the coordination ``token`` is in (itself when in none)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.i


def _private_body(
    scene: Scene, role: Match | None, left: range, right: list[tuple[str, range]]
) -> Match | None:
    """The body role noun outside the state that owns a state-sounding one-person office: "company"
    of "the president of the company" or "the company's president"."""
    if role is None or not role.entry.single or _sector(role) not in STATE_OFFICE_SECTORS:
        return None
    doc = scene.doc
    owners = [i for i in left if doc[i].dep_ == "poss"]
    owners += [i for preposition, span in right[:1] if preposition == "of" for i in span if doc[i].dep_ == "pobj"]
    for i in owners:
        body = scene.role_at(i)
        if body is not None and not body.entry.single and _sector(body) not in _STATE_SECTORS | {""}:
            return body
    return None


def _sector(role: Match) -> str:
    code = role.entry.codes[0].code if role.entry.codes else None
    return code[1:4] if code and code.startswith("~") else ""


def compose(scene: Scene, description: Description, fallback: str | None = None) -> str | None:
    """The CAMEO code of a described phrase; ``fallback`` is a country code from the context.

    An ethnic or religious group a country places keeps the country first and the identity after
    its primary role ("Iraqi Kurdish rebels" IRQREBKUR); its leaders are the group's, not the
    state's ("Kurdish leaders in Iraq" IRQKUR). A group no country places is coded by the caller
    (``_actor_identities.identity_code``).
    """
    code = _compose(scene, description, fallback)
    identity = description.identity
    if (
        identity is None or identity.entry.identity == "region" or code is None or unplaced_code(code)
        or code.startswith(INTERNATIONAL)
        or (description.affiliation is not None and description.affiliation.kind == "organization")
    ):
        return code
    role = description.role
    sectorless = role is None or not role.entry.codes or role.entry.codes[0].code in (None, "~")
    if sectorless and not description.former:
        code = code[:3]
    return with_identity(code, scene.code(identity) or "")


def _compose(scene: Scene, description: Description, fallback: str | None) -> str | None:
    if description.affiliation is not None:
        affiliation = scene.code(description.affiliation)
    else:
        # Through a person only the country carries: the "Clinton administration" is USAGOV.
        person = description.person_code
        if person and _staff_of_a_private_person(description, person):
            return None  # "a top Clinton aide" in 2016 works for a candidate, not the government
        affiliation = (person if person.startswith(INTERNATIONAL) else person[:3]) if person else fallback
    if not affiliation:
        return None
    organisation = description.affiliation is not None and description.affiliation.kind == "organization"
    if organisation and description.role is not None and description.role.entry.outside:
        # "Hamas critic X" opposes the group and holds none of its offices: only the group's country
        # places him; an international body's critic has no country from it.
        if affiliation.startswith(INTERNATIONAL):
            return None
        affiliation = affiliation[:3]
    elif affiliation.startswith(INTERNATIONAL) and description.former:
        # "a former U.N. secretary-general" no longer acts for the body, and it gives him no
        # country whose elite he would be: left to whatever else codes him.
        return None
    elif affiliation.startswith(INTERNATIONAL) or organisation:
        return affiliation
    role_code = description.role.entry.codes[0].code if description.role is not None else None
    if description.former:
        return affiliation[:3] + "ELI"
    if description.doubted:
        return affiliation[:3]  # "an alleged American spy": an American the other side accuses
    if role_code and role_code.endswith("~") and len(role_code) > 1:
        return role_code[:-1] + affiliation[:3]
    suffix = role_code[1:] if role_code and role_code.startswith("~") and len(role_code) > 1 else None
    person = description.person_code if description.affiliation is None else None
    private = person and person[3:6] not in _STATE_SECTORS and not person.startswith(INTERNATIONAL)
    if private and suffix in _ARMED_SECTORS:
        # A candidate's "forces" are the campaign's, no army; a rebel leader's are his rebels.
        return person if person[3:6] in _NONSTATE_ARMED else None
    if suffix == "GOV" and person and person[3:6] in _STATE_SECTORS and not person.startswith(INTERNATIONAL):
        suffix = person[3:6]  # "an aide to Senator X" serves the legislature, "Putin's aide" the government
    if suffix is None and description.served_sector is not None:
        return affiliation[:3] + description.served_sector  # "a spokesman for the Sudanese army"
    generic = description.role is not None and description.role.entry.generic
    if suffix is None or ((suffix == "GOV" or generic) and len(affiliation) > 3):
        # "Kremlin spokesman" keeps RUSGOV; "Pentagon officials" keep USAMIL, "FBI agents" USACOP,
        # "CIA officers" USASPY: a generic role takes the body's own sector.
        return affiliation if len(affiliation) > 3 else affiliation + "GOV"
    return affiliation[:3] + suffix


def _staff_of_a_private_person(description: Description, person: str) -> bool:
    """Whether a one-person role, or its plural, serves someone who holds no state office ("Trump's
    adviser", "Clinton aides" while candidates); "Modi's spokesman" serves the state, and the
    "Clinton administration" is a body, not staff."""
    role = description.role
    if role is None or not (role.entry.single or role.entry.personal) or person.startswith(INTERNATIONAL):
        return False
    return person[3:6] not in _STATE_SECTORS


def _main_country(scene: Scene, dateline: str = "") -> str | None:
    """The country an article is about: named at least three times and twice as often as any other.
    A country's own bodies count as naming it ("Senate Democrats", "Hamas"), and so does the
    dateline ("ISLAMABAD, Oct 5 -"), which the cleaner cut from the text the parser read."""
    counts: dict[str, int] = {dateline: 1} if dateline else {}
    for match in scene.matches:
        code = scene.code(match)
        if (
            match.kind in ("country", "seat", "actor", "organization")
            and code
            and not unplaced_code(code)
            and not code.startswith(INTERNATIONAL)
        ):
            counts[code[:3]] = counts.get(code[:3], 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


def _owner_first(scene: Scene, span: range, owner: Token | None) -> list[int]:
    """The indices of an "of" phrase, with its object's name first when that name is a coded body or country;
    an unknown one ("Syria's ruling Baath party") leaves the order, and the country, as they were."""
    if owner is None or owner.i not in span:
        return list(span)
    # "leaders of the Palestinian group Hamas": the name in apposition is the object's own.
    names = [owner, *(child for child in owner.children if child.dep_ == "appos" and child.i in span)]
    match = next((found for token in names if (found := scene.match_at[token.i]) is not None), None)
    if match is None or match.kind not in AFFILIATING or not scene.code(match):
        return list(span)
    first = list(range(match.start, match.end))
    return first + [i for i in span if i not in first]
