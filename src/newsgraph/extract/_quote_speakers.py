"""Speakers of quotes: which words name them, whether they are anonymous, whom pronouns mean.

Owns the rules the quote extractor applies to a cue's subject:

- the speaker span prefers a person's name over its description
  ("Kremlin spokesman, Dmitry Peskov" gives "Dmitry Peskov");
- unnamed sources ("an unnamed official", "officials") are anonymous;
- pronouns and definite descriptions are resolved by rule, since no
  coreference model runs offline with spaCy 3.8: "he"/"she" go to the nearest
  preceding person name that was a speaker or a subject, never to one of the
  other sex (by a title, "Ms. Tanzer", or a pronoun that meant them before)
  nor to a subject inside quotation marks or inside the quote's own content
  ('"If Trump wins, I'll be stopped," he said': the speaker is not the
  person he talks about), "the official" to
  the nearest preceding speaker described with the same role noun, else the
  person the text gave that title, apposition or copula noun
  ("the Florida senator" after "Florida Sen. Ana Ruiz", "the 46-year-old leader" after
  "President X"; ``_quote_roles``), else the body that spoke last by the same noun
  ("the ministry" after "Brazil's foreign ministry"), and a bare surname to the full
  name mentioned earlier, else to the one it opens (a family name written first:
  "Wang" for "Wang Wenbin");
- a dateline in capitals ("RANGOON, Burma — ...") is never the subject that speaks;
- of a verb's several subjects the one nearest before it speaks, and the object
  of a causing verb speaks through its infinitive ("the memo prompted X to
  accuse ...": X; resources: causing_verbs).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.extract._given_names import given_name_sex
from newsgraph.extract._quote_lexicon import CueLexicon, load_lexicon
from newsgraph.extract._quote_marks import DASHES, MarkIndex
from newsgraph.extract._quote_roles import Described, described_people, described_person

_SUBJECTS = frozenset({"nsubj", "csubj"})
# A cue in one of these relations has no subject of its own: "he said, adding ...";
# "prep" passes a gerund's subject up from "by saying ..." to the verb the phrase hangs on;
# "acomp" the copula's subject to "X was quick to condemn ...".
_INHERITS_SUBJECT = frozenset({"advcl", "conj", "xcomp", "pcomp", "prep", "acomp"})
_CUT_FROM_SPEAKER = frozenset({"relcl", "acl", "punct", "cc", "conj"})
# Relations of words in a speaker's phrase that describe something else: "a spokeswoman for the company"
_NOT_THE_SPEAKER = frozenset({"pobj", "relcl", "acl", "poss", "dobj", "nsubj", "conj", "npadvmod"})
_INDEFINITE = frozenset({"a", "an", "some", "several", "two", "three", "many", "one", "other", "another"})
_DEFINITE = frozenset({"the", "this", "that"})
_NAME_LABELS = frozenset({"PERSON"})
_GIVEN_SEX = {"m": "male", "f": "female"}  # given_names.tsv's letters in the cue lexicon's words
# Entity types of speakers a later "it" can mean.
_BODY_LABELS = frozenset({"ORG", "GPE", "NORP"})
_MAX_SPEAKER_TOKENS = 25
_DATELINE_TOKENS = 8  # "WASHINGTON, Jan. 5 —": a dateline's words before its dash
_DATELINE_POS = frozenset({"PROPN", "PUNCT", "NUM", "NOUN"})
_POSSESSIVE_MARKERS = frozenset({"'s", "’s", "'", "’"})
_RELATIVE = frozenset({"who", "that", "which"})
_THING_RELATIVES = frozenset({"that", "which"})
# Entities that are where or when something was, never who spoke.
_SETTING_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
# Tokens back to the medium a bare "the statement" speaks for
_MEDIUM_WINDOW = 150


def subject_of(verb: Token) -> Token | None:
    """The subject of a cue verb, borrowed from the governing verb for "adding", "saying" ..."""
    current = verb
    for _ in range(4):
        agent = _possessor_in_gerund(current)
        if agent is not None:
            return agent
        # A governing verb's passive subject speaks too: "was forced out and said ..."
        subjects = [
            child
            for child in current.children
            if child.dep_ in _SUBJECTS or (current.i != verb.i and child.dep_ == "nsubjpass")
        ]
        if subjects:
            child = _nearest_subject(current, subjects)
            return _parenthetical_speaker(current, child) or _past_dateline(child)
        if current.dep_ not in _INHERITS_SUBJECT or current.head.i == current.i:
            return None
        controller = _object_controller(current)
        if controller is not None:
            return controller
        current = current.head
    return None


def _object_controller(clause: Token) -> Token | None:
    """The object that does an infinitive's act: "the remark prompted Senator Hale to accuse her" and
    "the vote left many to wonder whether ..." give Hale and "many", not the remark or the vote."""
    if clause.dep_ != "xcomp" or clause.tag_ not in ("VB", "VBG"):
        return None
    if clause.head.lemma_.lower() not in load_lexicon().causing_verbs:
        return None  # "used the data to claim", "spent the day attacking": the subject acts
    return next((child for child in clause.head.children if child.dep_ == "dobj" and child.i < clause.i), None)


def _nearest_subject(verb: Token, subjects: list[Token]) -> Token:
    """The one of a verb's subjects that speaks: the last before the verb. The parser can give a verb a
    second subject from a fronted phrase ("Speaking in Salem, Oregon, Vance hit back": "Oregon"; "The
    next morning, over coffee, Vance was blunt": "morning"; "BOISE (AP) - Vance said": "BOISE"); the subject
    next to the verb is its own."""
    before = [child for child in subjects if child.i < verb.i]
    return before[-1] if before else subjects[0]


def _parenthetical_speaker(verb: Token, subject: Token) -> Token | None:
    """The speaker of a parenthetical cue the parser hung on the sentence's first words: "Money, the
    treasurer conceded, was running short" parses "the treasurer" as an appositive of "Money", "Money,
    conceded the treasurer, was ..." as the cue's object; the words right beside the cue speak. A real
    appositive is closed by a comma before the verb ("Ana Ruiz, the treasurer, said ...") and keeps its
    noun."""
    if verb.dep_ != "parataxis":
        return None
    after = inverted_object(verb)
    if after is not None and subject.i < verb.i and verb.doc[verb.i - 1].text == ",":
        return after
    for child in subject.rights:
        if child.dep_ == "appos" and child.right_edge.i + 1 == verb.i and verb.doc[child.left_edge.i - 1].text == ",":
            return child
    return None


def inverted_object(verb: Token) -> Token | None:
    """"Money, conceded the treasurer, was ...": the parser makes the speaker after a parenthetical cue
    its object; the object stands between the cue and a comma."""
    doc = verb.doc
    after = next((child for child in verb.rights if child.dep_ == "dobj"), None)
    if verb.dep_ != "parataxis" or after is None or after.left_edge.i != verb.i + 1:
        return None
    follower = after.right_edge.i + 1
    return after if follower < len(doc) and doc[follower].text == "," else None


def _possessor_in_gerund(gerund: Token) -> Token | None:
    """The possessor that does a gerund's act: "questioning Clinton's judgment in supporting the war"
    gives Clinton, not the one who questions."""
    preposition = gerund.head
    if gerund.dep_ != "pcomp" or preposition.lower_ not in ("in", "for") or gerund.tag_ != "VBG":
        return None
    for noun in preposition.head.children:
        if noun.dep_ == "dobj" and noun.i < preposition.i:
            return next((child for child in noun.children if child.dep_ == "poss"), None)
    return None


def _past_dateline(subject: Token) -> Token:
    """The subject after a dateline the parser took for it: "MARLOW, Lundia — Senator Hale's allies
    appeared ..." gives "allies" (hung on the dateline), "MYRTLE BEACH, S.C. — Ted Cruz criticized ..."
    gives "Cruz" (the verb's other subject); a place in capitals opening a paragraph never speaks."""
    dash = _dateline_dash(subject)
    if dash is None:
        return subject
    verb = subject.head
    after = [child for child in (*subject.rights, *verb.children) if child.i > dash.i]
    return next((child for child in after if child.dep_ in ("appos", *_SUBJECTS)), subject)


def _opens_dateline(token: Token) -> bool:
    """A word in capitals opening a paragraph ("BOISE", the first word of "MYRTLE BEACH")."""
    if not (token.is_upper and token.is_alpha and len(token) > 1):
        return False
    return token.i == 0 or "\n" in token.doc[token.i - 1].text_with_ws


def _closes_dateline(dash: Token) -> bool:
    """True for the dash after a dateline's words ("RANGOON, Burma -")."""
    doc = dash.doc
    for index in range(dash.i - 1, max(-1, dash.i - _DATELINE_TOKENS), -1):
        if _opens_dateline(doc[index]):
            return True
        if doc[index].pos_ not in _DATELINE_POS:
            return False
    return False


def _dateline_dash(token: Token) -> Token | None:
    """The dash closing a dateline that ``token`` heads: a word in capitals opening a paragraph, then its
    place words, then a dash ("WASHINGTON, Jan. 5 —"). The parser hangs the dash on the dateline word, on
    the verb ("BOISE, Idaho — Greg Ashby criticized ...") or on a name after it."""
    first = token.left_edge
    if not (token.is_upper and token.is_alpha and len(token) > 1):
        return None
    if first.i > 0 and "\n" not in token.doc[first.i - 1].text_with_ws:
        return None
    own = next((child for child in token.rights if child.text in DASHES), None)
    if own is not None:
        return own
    doc = token.doc
    for index in range(token.i + 1, min(len(doc), token.i + _DATELINE_TOKENS)):
        word = doc[index]
        if word.text in DASHES:
            return word
        if word.pos_ not in _DATELINE_POS:
            return None
    return None


def noun_phrase(head: Token) -> tuple[int, int]:
    """Token range (start, end) of the phrase headed by ``head``, without relative clauses."""
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ in _CUT_FROM_SPEAKER or _says_when(child):
            break
        end = child.right_edge.i + 1
    for child in head.lefts:
        if child.dep_ == "punct" and not _glued_hyphen(child):
            start = max(start, child.i + 1)
    for token in head.doc[start : head.i]:
        if token.text in DASHES and not _glued_hyphen(token) and _closes_dateline(token):
            start = token.i + 1  # "MARLOW, Lundia - Senator Hale's allies": the parser hung the dateline on them
    end = min(end, start + _MAX_SPEAKER_TOKENS)
    return start, end


def _says_when(phrase: Token) -> bool:
    """A prepositional phrase of time the parser hung on the subject ("foreign ministers on Thursday agreed"):
    when they spoke, not part of who spoke."""
    return phrase.dep_ == "prep" and any(
        obj.dep_ == "pobj" and obj.ent_type_ in _TIME_LABELS for obj in phrase.children
    )


def _entity_span(token: Token) -> tuple[int, int] | None:
    """Token range of the person entity ``token`` is part of, if any."""
    if token.ent_type_ not in _NAME_LABELS:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    while start >= 2 and _glued_hyphen(doc[start - 1]):
        start -= 2  # "Hewlett-Packard Co.": the tagger may start the name after the hyphen
    return start, end


def _titled_name(token: Token) -> tuple[int, int] | None:
    """Token range of a name of two or more words that a role noun just before shows to be a person's,
    whatever entity type the tagger gave it ("AU Commission chairman Moussa Faki Mahamat" is not a firm)."""
    if token.pos_ != "PROPN" or not token.is_title or token.ent_type_ in _NAME_LABELS:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and doc[start - 1].head.i >= start:
        start -= 1  # the name's earlier words, which hang on a later one
    if token.i - start < 1 or start == 0 or doc[start - 1].lemma_.lower() not in load_lexicon().role_nouns:
        return None
    return start, token.i + 1


def _glued_hyphen(token: Token) -> bool:
    """A hyphen inside a word ("Hewlett-Packard"), not a dash between words."""
    return token.text == "-" and token.i > 0 and not token.whitespace_ and not token.doc[token.i - 1].whitespace_


def speaker_tokens(head: Token) -> tuple[int, int, bool]:
    """Token range of the speaker span for a subject head, and whether it is a person's name.

    The range never leaves the head's line: the parser can hang words of
    another line (or of blanked boilerplate) on a subject.
    """
    for candidate in (head, *[child for child in head.children if child.dep_ == "appos"]):
        name = _entity_span(candidate) or _titled_name(candidate)
        if name is not None and name[0] <= candidate.i < name[1]:
            start, end = _on_one_line(candidate.doc, name[0], name[1], candidate.i)
            return start, _before_possessive(candidate.doc, start, end), True
    start, end = noun_phrase(head)
    start, end = _on_one_line(head.doc, start, end, head.i)
    return start, _before_possessive(head.doc, start, end), False


def _before_possessive(doc: Doc, start: int, end: int) -> int:
    """The end of a speaker span without its possessive marker: "Varga’s judgment in supporting ..." names
    Varga. The parser hangs the marker on the name whether or not the tagger took it for a person, and
    the apostrophe may be straight or curly."""
    while end - 1 > start and doc[end - 1].lower_ in _POSSESSIVE_MARKERS:
        end -= 1
    return end


def _on_one_line(doc: Doc, start: int, end: int, anchor: int) -> tuple[int, int]:
    """The part of the token range ``[start, end)`` around ``anchor`` without spaces tokens or line breaks."""
    first = anchor
    while first > start and not doc[first - 1].is_space and "\n" not in doc[first - 1].whitespace_:
        first -= 1
    last = anchor + 1
    while last < end and not doc[last].is_space and "\n" not in doc[last - 1].whitespace_:
        last += 1
    return first, last


def is_anonymous(doc: Doc, start: int, end: int, head: Token, lexicon: CueLexicon) -> bool:
    """True for unnamed sources: "an unnamed official", "officials", "a source familiar with ..."."""
    words = [token for token in doc[start:end]]
    if any(token.ent_type_ in _NAME_LABELS for token in words):
        return False
    if any(token.lower_ in lexicon.anonymous_words for token in words):
        return True
    if head.lower_ not in lexicon.source_nouns and head.lemma_.lower() not in lexicon.source_nouns:
        return False
    determiners = [child.lower_ for child in head.children if child.dep_ in ("det", "nummod", "amod", "quantmod")]
    if any(word in _INDEFINITE for word in determiners):
        return True
    has_definite = any(word in _DEFINITE for word in determiners) or any(
        child.dep_ == "poss" for child in head.children
    )
    return not has_definite and head.tag_ in ("NNS", "NNPS")


def _grown_over_surname(doc: Doc, end: int) -> int:
    """The end of a person name the tagger cut short before its surname: "Maria Corina" tagged, "Machado"
    left out, though the parser hangs the tagged words on it as a compound."""
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end - 1].dep_ == "compound" and (
        doc[end - 1].head.i == end
    ):
        end += 1
    return end


def _plain_name(name: str) -> bool:
    """A name of words alone, which a first word can stand for: not a tagger's "George (W. Bush"."""
    return all(word[:1].isupper() and word.replace("-", "").replace(".", "").isalpha() for word in name.split())


def _describes_subject(token: Token) -> bool:
    """A name in apposition to a subject: "the club's president, Jay DiPietro, suggested ..."."""
    return token.dep_ == "appos" and token.head.dep_ in ("nsubj", "nsubjpass")


def _antecedent(relative: Token) -> Token | None:
    """The noun a relative pronoun stands for: "Obama, whose criticism of Trump ..." gives Obama.

    A place or time the relative clause hangs on is only where or when the noun
    before it was: "a speech in Orlando, which affirmed ..." is the speech,
    "the mayor of Chicago, who said ..." the mayor.
    """
    clause = relative.head if relative.lower_ != "whose" else relative.head.head
    if clause.dep_ != "relcl":
        earlier = _coordinated_relative(relative)
        return _antecedent(earlier) if earlier is not None else None
    if clause.head.i == clause.i:
        return None
    noun = clause.head
    if noun.ent_type_ in _SETTING_LABELS and noun.dep_ == "pobj" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        return noun.head.head
    return noun


def _coordinated_relative(relative: Token) -> Token | None:
    """The earlier relative pronoun a second one is coordinated with: "voters, who will vote in the South -
    and who have favored Clinton": the parser hangs the second clause elsewhere, but both describe the
    voters."""
    doc = relative.doc
    before = relative.i - 1
    while before > relative.sent.start and doc[before].is_punct:
        before -= 1
    if before <= relative.sent.start or doc[before].dep_ != "cc":
        return None
    for index in range(before - 1, relative.sent.start - 1, -1):
        token = doc[index]
        if token.lower_ == relative.lower_ and token.head.dep_ == "relcl":
            return token
    return None


def _describes_itself(token: Token, head: Token) -> bool:
    """A noun that says what the speaker is, not one in a phrase or clause on it: in "Ana Ruiz, a spokeswoman
    for the company, who filed the lawsuit" the spokeswoman, not the company or the lawsuit (a later "the
    company said" is the company, not Ruiz)."""
    current = token
    for _ in range(_MAX_SPEAKER_TOKENS):
        if current.i == head.i:
            return True
        if current.dep_ in _NOT_THE_SPEAKER or current.head.i == current.i:
            return False
        current = current.head
    return False


@dataclass(slots=True)
class _Known:
    position: int
    start: int  # character offsets of the name
    end: int
    roles: frozenset[str]


@dataclass(slots=True)
class SpeakerResolver:
    """Resolves pronoun and description speakers against what came before, in document order."""

    doc: Doc
    lexicon: CueLexicon
    marks: MarkIndex | None = None
    known_names: tuple[tuple[int, int], ...] = ()  # character offsets of person names found by extract.actors
    speakers: list[_Known] = field(default_factory=list)
    bodies: list[_Known] = field(default_factory=list)  # speakers that are states, bodies or organisations
    named_bodies: list[_Known] = field(default_factory=list)  # such speakers as a noun with a possessor or "the"
    bodies_named_again: set[tuple[int, int]] = field(default_factory=set)  # what a "the ministry" resolved to
    heard: list[tuple[int, int]] = field(default_factory=list)  # character spans of the contents found so far
    _sexes: dict[str, str] | None = None  # last word of a person's name -> "male" / "female" / "" (both seen)
    _subjects: list[_Known] | None = None
    _names: list[tuple[int, int, int, str]] | None = None  # token start, chars, last word of person names
    _described: list[Described] | None = None  # person names with the words beside them

    def _people(self) -> list[tuple[int, int, int, str]]:
        if self._names is None:
            names: list[tuple[int, int, int, str]] = []
            subjects: list[_Known] = []
            for ent in self._person_names():
                end = _grown_over_surname(self.doc, ent.end)
                if end - ent.start > 1:
                    last = self.doc[end - 1]
                    names.append((ent.start, ent.start_char, last.idx + len(last), last.text))
                if ent.root.dep_ in ("nsubj", "nsubjpass") or _describes_subject(ent.root):
                    subjects.append(_Known(ent.start_char, ent.start_char, ent.end_char, frozenset()))
            self._names, self._subjects = names, subjects
        return self._names

    def _person_names(self) -> list[Span]:
        """The recogniser's person names, with a name the actors found in place of the pieces the
        recogniser split it into ("Ursula von der" and "Leyen"), in text order."""
        found = [ent for ent in self.doc.ents if ent.label_ in _NAME_LABELS]
        for start, end in self.known_names:
            name = self.doc.char_span(start, end, alignment_mode="expand")
            if name is None or len(name) < 2 or any(ent.start == name.start and ent.end == name.end for ent in found):
                continue
            if any(ent.start < name.end and name.start < ent.end and not name.start <= ent.start <= ent.end <= name.end
                   for ent in found):
                continue  # crosses a name the recogniser found: keep the recogniser's
            found = [ent for ent in found if not name.start <= ent.start < name.end] + [name]
        return sorted(found, key=lambda span: span.start)

    def _person_subjects(self) -> list[_Known]:
        self._people()
        return self._subjects or []

    def remember(self, head: Token, name: tuple[int, int] | None, phrase: tuple[int, int]) -> None:
        """Record a named speaker (character offsets of the name) and the role nouns describing it."""
        if name is None or head.lower_ in _THING_RELATIVES:
            return  # "pronouncements, which challenged ...": a thing spoke, not a person a later "he" can mean
        if name in self.bodies_named_again:
            return  # "the ministry" meaning "Brazil's foreign ministry": a body, which no "he" or "she" means
        roles = frozenset(
            token.lemma_.lower()
            for token in self.doc[phrase[0] : phrase[1]]
            if token.pos_ in ("NOUN", "PROPN") and _describes_itself(token, head)
        )
        self.speakers.append(_Known(head.idx, name[0], name[1], roles))

    def describes_one_person(self, head: Token) -> bool:
        """Whether a speaker that names nobody is one person by a role ("an RSF adviser", "a senior official"):
        what a later "he" or "she" can mean when no name is nearer."""
        return head.pos_ == "NOUN" and head.tag_ == "NN" and head.lemma_.lower() in self.lexicon.person_nouns

    def remember_body(self, head: Token, span: tuple[int, int]) -> None:
        """Record a speaker that is a state, body or organisation ("the State Department", "Russia", "the
        army"): what a later speaking "it" means ("..., it added")."""
        if head.pos_ == "PRON" or head.tag_ in ("NNS", "NNPS") or head.ent_type_ in _NAME_LABELS:
            return
        determiners = {child.lower_ for child in head.children if child.dep_ == "det"}
        common = head.lemma_.lower() not in self.lexicon.person_nouns
        known = _Known(head.idx, span[0], span[1], frozenset({head.lemma_.lower()}))
        if head.ent_type_ in _BODY_LABELS or (head.pos_ == "NOUN" and determiners & _DEFINITE and common):
            self.bodies.append(known)
        owned = any(child.dep_ == "poss" for child in head.children)
        if common and head.pos_ in ("NOUN", "PROPN") and (determiners & _DEFINITE or owned):
            self.named_bodies.append(known)  # "Brazil's foreign ministry", for a later "the ministry"

    def _same_body(self, head: Token, start: int, end: int) -> tuple[int, int] | None:
        """The body that spoke last by the same noun: "the ministry" after "Brazil's foreign ministry said".
        ``start``/``end`` are the description's token range, whose every word must be among the body's:
        not "the UN office" for "the prime minister's office", nor "the government in Beijing" for "the
        German government"."""
        role = head.lemma_.lower()
        description = {token.lower_ for token in self.doc[start:end] if token.dep_ != "det"}
        for known in reversed(self.named_bodies):
            if known.position < head.idx and role in known.roles and known.end <= head.idx:
                words = set(self.doc.text[known.start : known.end].lower().split())
                if not description <= words or len(words) <= len(description) + 1:
                    return None  # another body by its own words, or one that says no more ("the government")
                self.bodies_named_again.add((known.start, known.end))
                return known.start, known.end
        return None

    def resolve(
        self, head: Token, start: int, end: int, is_name: bool, content: tuple[int, int] | None = None
    ) -> tuple[int, int] | None:
        """Character offsets of the name a pronoun, description or surname refers to, or None.

        ``start``/``end`` are the token range of the speaker span, ``content``
        the character offsets of what the speaker says.
        """
        position = head.idx
        lower = head.lower_
        antecedent = _antecedent(head) if lower in _RELATIVE or lower == "whose" else None
        if antecedent is not None:
            # "Mr. X, who said ...": the speaker as written is "who", meaning Mr. X.
            first, last, _ = speaker_tokens(antecedent)
            last = min(last, head.left_edge.i)  # the clause that "who" opens is not part of the name
            while last - 1 > first and self.doc[last - 1].text in (",", ";", "-", "—", "–"):
                last -= 1
            if last <= first:
                return None  # the name the parser gave the antecedent comes after the clause: no span before it
            return self.doc[first].idx, self.doc[last - 1].idx + len(self.doc[last - 1])
        if lower in self.lexicon.resolvable_pronouns and end - start == 1:
            sex = self.lexicon.pronoun_sex.get(lower)
            found = self._nearest_person(position, sex, content)
            if found is not None and sex is not None:
                self._sex_table().setdefault(self._last_word(*found), sex)  # "she" told us who she is
            return found
        if is_name:
            return self._full_name(start, end)
        if lower == "it" and end - start == 1:
            earlier = [known for known in self.bodies if known.end <= position]
            return (earlier[-1].start, earlier[-1].end) if earlier else None
        if lower in self.lexicon.pronouns:
            return None
        if head.pos_ == "PROPN" and end - start == 1:
            return self._full_name(start, end)  # a surname the tagger took for a place or firm ("Reno said")
        determiners = {child.lower_ for child in head.children if child.dep_ == "det"}
        if determiners & _DEFINITE:
            role = head.lemma_.lower()
            for known in reversed(self.speakers):
                if known.position < position and role in known.roles:
                    return known.start, known.end
            if head.pos_ == "NOUN" and head.tag_ == "NN":
                if self._described is None:
                    self._described = described_people(self.doc, self.lexicon)
                return (
                    described_person(head, self._described, self.lexicon)
                    or self._same_body(head, start, end)
                    or self._medium_owner(head, start, end)
                )
        return None

    def _medium_owner(self, head: Token, start: int, end: int) -> tuple[int, int] | None:
        """Who put out the message that a bare "the statement" speaks for: "X's office said in a statement
        that ... 'We remain committed,' the statement said" is X's office. The last earlier mention of the
        noun must be the medium of a speech verb whose subject is no pronoun."""
        lemma = head.lemma_.lower()
        if end - start != 2 or lemma not in self.lexicon.message_nouns:
            return None
        for token in reversed(self.doc[max(0, head.i - _MEDIUM_WINDOW) : head.i]):
            if token.lemma_.lower() != lemma:
                continue
            verb = token.head.head
            if token.dep_ != "pobj" or token.head.dep_ != "prep" or verb.lemma_.lower() not in self.lexicon.speech_verbs:
                return None
            subject = subject_of(verb)
            if subject is None or subject.pos_ == "PRON":
                return None
            first, last, is_name = speaker_tokens(subject)
            owner = self.doc[first].idx, self.doc[last - 1].idx + len(self.doc[last - 1])
            if not is_name:
                self.bodies_named_again.add(owner)  # a body spoke through it, whom no later "he" means
            return owner
        return None

    def _nearest_person(
        self, position: int, sex: str | None = None, content: tuple[int, int] | None = None
    ) -> tuple[int, int] | None:
        candidates = [(known, True) for known in self.speakers]
        candidates += [(known, False) for known in self._person_subjects()]
        best: _Known | None = None
        for known, spoke in candidates:
            if known.end > position or (best is not None and known.position <= best.position):
                continue
            if not spoke and self._talked_about(known.position, position, content):
                continue
            if sex is not None and self._sex_of(known.start, known.end) not in (None, "", sex):
                continue
            best = known
        return None if best is None else (best.start, best.end)

    def _talked_about(self, mention: int, pronoun: int, content: tuple[int, int] | None) -> bool:
        """A person named inside quotation marks (not the pronoun's own) or inside the quote's content:
        someone the speaker talks about, not the speaker."""
        if content is not None and content[0] <= mention < content[1]:
            return True
        if any(start <= mention < end for start, end in self.heard):
            return True  # named in an earlier quote's content: "... said Naypyitaw would not send anyone. He ..."
        if self.marks is None:
            return False
        stretch = self.marks.containing(mention)
        return stretch is not None and not stretch.start <= pronoun < stretch.end

    def _last_word(self, start: int, end: int) -> str:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        words = span.text.split() if span is not None else []
        return words[-1].removesuffix("'s").removesuffix("’s") if words else ""

    def _sex_of(self, start: int, end: int) -> str | None:
        """"male" / "female" for the person named at these character offsets, from the given name
        ("Hillary Clinton") or else from a title the surname bears elsewhere ("Ms. Tanzer")."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        given = _GIVEN_SEX.get(given_name_sex(span.text)) if span is not None else None
        return given or self._sex_table().get(self._last_word(start, end))

    def _sex_table(self) -> dict[str, str]:
        """Sex of the people a title names ("Ms. Tanzer", "Mr. Farid"), by last word; "" when both are seen."""
        if self._sexes is None:
            sexes: dict[str, str] = {}
            for token in self.doc:
                sex = self.lexicon.title_sex.get(token.lower_)
                if sex is None or token.i + 1 >= len(self.doc) or not self.doc[token.i + 1].is_title:
                    continue
                last = token.i + 1
                while last + 1 < len(self.doc) and self.doc[last + 1].pos_ == "PROPN" and self.doc[last + 1].is_title:
                    last += 1
                word = self.doc[last].text
                sexes[word] = sex if sexes.get(word, sex) == sex else ""
            self._sexes = sexes
        return self._sexes

    def _full_name(self, start: int, end: int) -> tuple[int, int] | None:
        """A one-word name ("Lavrov") resolved to the fuller name mentioned before ("Sergei Lavrov"); failing
        that, to the last fuller name it opens: a family name written first ("Wang Wenbin ... Wang said",
        "Yoon Suk Yeol ... Yoon said")."""
        if end - start != 1:
            return None
        word = self.doc[start].text
        # "Mrs. Clinton" after "Bill Clinton" and "Hillary Clinton": the namesake of the title's sex.
        title = self.lexicon.title_sex.get(self.doc[start - 1].lower_) if start > 0 else None
        found: tuple[int, int] | None = None
        opened: tuple[int, int] | None = None
        for first, begin, finish, last_word in self._people():
            if first >= start:
                break
            if title is not None and self._sex_of(begin, finish) not in (None, "", title):
                continue
            if last_word == word:
                found = (begin, finish)
            elif self.doc[first].text == word and _plain_name(self.doc.text[begin:finish]):
                opened = (begin, finish)
        return found or opened
