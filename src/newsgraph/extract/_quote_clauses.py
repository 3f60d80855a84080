"""Quotes found through the parse: a cue word and the clause or phrase it governs.

Owns pass 1 of the quote extractor (see ``quotes``): reporting verbs with a
clausal complement ("said that ..."), verbs with a phrase as content
("criticized X", "called for X", "called X 'unhinged'"), parenthetical cues
("A, she said, B", "As X revealed, A"), a fronted "Asked whether ..., X said"
with no speaker (X was asked), the noun a relative clause's cue
is about ("a deal she supported") and a naming verb's pronoun and name as two
pieces ("what critics call a hoax"); verbs that only look like cues ("That
said", "called an emergency session") are ``_quote_gates``'s. Cue nouns and adjectives, "according to"
and polls are framed by a phrase, not a verb: ``_quote_frames`` drafts them
when this pass meets their cue word. Contents stay inside the cue's
paragraph and lose trailing relative or participle clauses; a reported
clause whose subject the parser made the cue's object ("said redemption of
the shares, first issued in 1980, will end ...") opens at that object, unless
the cue addresses someone (resources: recipient_verbs); a clause the
parser hung on the cue right after a closing quotation mark ('said X is "A,"
and Y would B') goes on with the content. A cue inside
another draft's content is dropped: PolNeAR's contents never nest, and the
outer attribution is the one it keeps, also when the outer one is "according
to X" or "in a poll" framing its sentence ("X said A, according to Y" is Y's
attribution). A framing phrase inside another content is kept all the same:
it frames its own sentence. A relative clause with a cue of its own (",
which he argued ...") is cut out of the content around it instead, as
PolNeAR does. Who speaks through a verb cue when the parse does not say it
plainly (passives, messages, a second cue hung inside the reported clause)
is ``_quote_subjects``'s; a cue with no speaker the parse gives still reports the that-clause right
after it or its clausal complement ("it was widely reported that ...", "data showing he was paid ..."), a
quote with no speaker, and a
that-clause right after a cue that the parser broke up runs to the end of the cue's phrase. The drafts
it returns are character ranges
plus the cue and the subject token; kinds and speakers are decided later.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string
from spacy.symbols import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from newsgraph.extract._quote_bounds import trim_tail
from newsgraph.extract._quote_commas import after_opener, closing_piece, comma_pieces, piece_before
from newsgraph.extract._quote_drafts import Draft, Paragraphs, child_with_dep, cue_chars
from newsgraph.extract._quote_ends import (
    clause_content_end,
    coordinated_question_end,
    hung_on_cue_end,
    speakers_next_act_end,
)
from newsgraph.extract._quote_frames import (
    according_draft,
    according_rest,
    adjective_draft,
    made_clear_draft,
    noun_draft,
    received_drafts,
    survey_draft,
)
from newsgraph.extract._quote_gates import (
    asked_of_someone,
    asks_the_addressee,
    calls_someone,
    convenes,
    describes_a_noun,
    is_that_said,
    quoted_as_saying,
)
from newsgraph.extract._quote_holders import holder_draft
from newsgraph.extract._quote_lexicon import CueLexicon
from newsgraph.extract._quote_marks import MarkIndex
from newsgraph.extract._quote_objects import (
    object_content,
    object_end,
    only_the_medium,
    said_object,
    subject_taken_as_object,
)
from newsgraph.extract._quote_subjects import cue_subject, fronted_words

_QUESTION_MARKS = frozenset({"if", "whether"})
_THAT = frozenset({"that"})
# What makes a clause the cue's own rather than a participle on a noun: its subject, auxiliary or conjunction
_CLAUSE_OWN = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark", "csubj"})
# The preposition of a cue's medium ("said in a statement", "on Telegram", "through a spokesman") and how
# many words the medium phrase may take before its "that"
_MEDIUM_PREPS = frozenset({"in", "on", "through", "via"})
_MEDIUM_TOKENS = 12
_AS = frozenset({"as"})
_RELATIVES = frozenset({"who", "whom", "which", "that", "what"})
# Relative pronouns PolNeAR marks as a piece of content; "that" and "what" are mostly left out
_RELATIVE_CONTENT = frozenset({"which", "whom"})
# ... and for a naming verb, "what" too: "what critics call a hoax" names the thing "what" stands for
_NAMED_CONTENT = _RELATIVE_CONTENT | {"what"}
_GAP_PRONOUNS = frozenset({"everything", "something", "anything", "nothing", "one", "all", "much"})
_SENTENCE_ENDS = frozenset({".", "?", "!"})
# What a verb says after itself: an "as" clause with one of these tells when or how, it names no source
_OWN_WORDS = frozenset({"xcomp", "ccomp", "dobj", "advcl", "acomp", "oprd", "attr", "dative"})
_NOT_ASKED = frozenset({"it", "that", "what", "this"})
# ", according to X" closing a content; not after the "that" it frames ("said that, according to X, A")
_ACCORDING = re.compile(r"(?<!\bthat),\s+according to\b", re.IGNORECASE)


def syntactic_drafts(doc: Doc, paragraphs: Paragraphs, marks: MarkIndex, lexicon: CueLexicon) -> list[Draft]:
    """Drafts for every cue outside quotation marks; ``paragraphs`` are those of the text the doc was parsed from."""
    drafts: list[Draft] = []
    for index in _candidate_indices(doc, lexicon):
        token = doc[index]
        if marks.containing(token.idx) is not None:
            continue  # speech reported inside someone else's quote
        lemma = token.lemma_.lower()
        draft: Draft | None = None
        if token.lower_ in lexicon.making_adjectives and token.head.lemma_.lower() == "make":
            draft = made_clear_draft(token, paragraphs)  # "made it clear that ...", "made known his ..."
        elif token.pos == VERB and (
            lemma in lexicon.verbs
            or lemma in lexicon.object_verbs
            or lemma in lexicon.prep_verbs
            or lemma in lexicon.xcomp_verbs
            or lemma in lexicon.as_verbs
            or lemma in lexicon.naming_verbs
        ):
            drafts.extend(_verb_drafts(token, lemma, lexicon, paragraphs))
        elif token.lower_ == "according":
            draft = according_draft(token, paragraphs)
            if draft is not None and draft.end <= token.idx:
                drafts.extend(according_rest(token, draft, paragraphs))
        elif token.lower_ == "in":
            draft = survey_draft(token, lexicon, paragraphs)
        elif token.pos in (NOUN, PROPN) and (
            token.lower_ in lexicon.nouns
            or token.lower_ in lexicon.stance_nouns
            or lemma in lexicon.nouns
            or lemma in lexicon.copula_nouns
        ):
            cue_noun = lemma in lexicon.nouns or token.lower_ in lexicon.nouns or token.lower_ in lexicon.stance_nouns
            received = received_drafts(token, lexicon, paragraphs) if cue_noun else []
            drafts.extend(received)
            draft = noun_draft(token, lexicon, paragraphs) if not received else None
        elif token.pos == NOUN and lemma in lexicon.holder_nouns:
            draft = holder_draft(token, paragraphs)  # "X is a loyal supporter of Y"
        elif token.pos == ADJ and token.lower_ in lexicon.stance_adjectives:
            draft = adjective_draft(token, paragraphs)
        if draft is not None:
            drafts.append(draft)
    drafts = _cut_out_relatives(doc, drafts)
    return [draft for draft in drafts if draft.framing or not _nested(draft, drafts)]


def _cut_out_relatives(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """"the farmers, whom she called "patient," through most of the long winter": contents never
    nest, and a relative clause with a cue of its own is cut out of the content around it, which
    goes on in a second piece after the clause."""
    found = list(drafts)
    for inner in drafts:
        span = doc.char_span(inner.anchor, inner.anchor + 1, alignment_mode="expand")
        verb = span[0] if span is not None and len(span) else None
        if verb is None or verb.dep_ != "relcl" or verb.left_edge.i == 0:
            continue
        comma = doc[verb.left_edge.i - 1]
        if comma.text != ",":
            continue
        clause_end = verb.right_edge.idx + len(verb.right_edge)
        for outer in list(found):
            if outer.anchor == inner.anchor or not outer.start < comma.idx < clause_end <= outer.end:
                continue
            found.append(Draft(clause_end, outer.end, outer.cue, outer.subject, outer.anchor, outer.framing))
            outer.end = comma.idx
    return found


def _candidate_indices(doc: Doc, lexicon: CueLexicon) -> list[int]:
    """Indices of tokens that may be cues, found on the doc's arrays (no Token objects made)."""
    if not len(doc):
        return []
    lemma_hashes, lower_hashes = _cue_hashes(lexicon)
    columns = doc.to_array([LEMMA, LOWER]).tolist()
    return [
        index
        for index, (lemma, lower) in enumerate(columns)
        if lemma in lemma_hashes or lower in lower_hashes
    ]


@lru_cache(maxsize=4)
def _cue_hashes(lexicon: CueLexicon) -> tuple[frozenset[int], frozenset[int]]:
    words = lexicon.verbs | lexicon.object_verbs | lexicon.xcomp_verbs | lexicon.as_verbs | lexicon.naming_verbs
    words = words | frozenset(lexicon.prep_verbs)
    # "allegations", "warnings": cue nouns match by lemma as well
    words = words | lexicon.nouns | lexicon.copula_nouns | lexicon.holder_nouns
    lemmas = frozenset(hash_string(word) for word in words) | frozenset(hash_string(w.title()) for w in words)
    nouns = lexicon.nouns | lexicon.stance_nouns | lexicon.stance_adjectives | lexicon.making_adjectives
    lowers = frozenset(hash_string(word) for word in nouns | {"according", "in"})
    return lemmas, lowers


def _nested(draft: Draft, drafts: list[Draft]) -> bool:
    """True for a cue inside another quote's content, framing or not: PolNeAR keeps only the outer attribution."""
    return any(other is not draft and other.start <= draft.anchor < other.end for other in drafts)


def _verb_drafts(verb: Token, lemma: str, lexicon: CueLexicon, paragraphs: Paragraphs) -> list[Draft]:
    if is_that_said(verb) or quoted_as_saying(verb, lexicon) or describes_a_noun(verb):
        return []
    if convenes(verb, lemma, lexicon) or calls_someone(verb, lemma, lexicon):
        return []
    if asks_the_addressee(verb):
        return []  # "Do you support X?": a view asked for, not given
    subject = cue_subject(verb, lemma, lexicon, paragraphs)
    if subject is None and lemma in lexicon.verbs:
        return _unsourced_clause(verb, paragraphs)
    if subject is None:
        return []  # no speaker, or only one the parser found in another paragraph
    drafts = _clause_drafts(verb, lemma, lexicon, paragraphs, subject)
    if not drafts and _parenthetical_cue(lemma, subject, lexicon):
        drafts = comma_pieces(verb, subject, paragraphs)  # "A, the network claimed, B" the parse did not give
        closing = None if drafts else closing_piece(verb, subject, paragraphs, lexicon.speech_verbs)
        if closing is not None:
            drafts = [closing]  # "A, the minister said on Monday." parsed as a verb coordinated with A
    elif len(drafts) == 1 and _parenthetical_cue(lemma, subject, lexicon):
        # "A, he said, that B": A as well
        before = piece_before(verb, subject, paragraphs, drafts[0].start, lexicon.speech_verbs)
        if before is not None:
            drafts.insert(0, before)
    fronted = fronted_words(verb) if lemma in lexicon.speech_verbs and subject.i > verb.i else None
    if fronted is not None:
        # "The new rules, said the mayor, would hurt shops": the words before the cue are a piece too
        start, end = paragraphs.clip(verb.idx, fronted[0].idx, fronted[1].idx + len(fronted[1]))
        if end > start and not any(draft.start <= start < draft.end for draft in drafts):
            drafts.append(Draft(start, end, cue_chars(verb), subject, verb.idx))
    if asked_of_someone(verb):
        for draft in drafts:
            draft.subject = None  # "Asked whether ..., Rubio said": an unnamed asker, not Rubio, asked
    pronoun = _relative_content(verb, subject, lemma in lexicon.naming_verbs)
    if pronoun is not None:
        # "the delegate system, which he said was rigged": PolNeAR gives the relative pronoun
        # as a piece of the content, beside the words after the cue
        drafts = [draft for draft in drafts if draft.end > verb.idx]  # not the antecedent as well
        drafts.append(Draft(pronoun.idx, pronoun.idx + len(pronoun), cue_chars(verb), subject, verb.idx))
    return drafts


def _reduced_relative(verb: Token, clause: Token) -> bool:
    """A bare participle the parser made the cue's clause though it describes the noun just before it:
    "said at a rally in Caracas attended by thousands" (the rally was attended). A reported clause has a
    subject, an auxiliary or a conjunction of its own."""
    if clause.tag_ != "VBN" or clause.i <= verb.i + 1 or clause.doc[clause.i - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    return not any(child.dep_ in _CLAUSE_OWN for child in clause.children)


def _relative_content(verb: Token, subject: Token, naming: bool = False) -> Token | None:
    """The relative pronoun that stands for (part of) what the cue reports: "which she said was ...",
    and for a naming verb "what" as well ("what economists call spending")."""
    first = verb.left_edge
    pronouns = _NAMED_CONTENT if naming else _RELATIVE_CONTENT
    if verb.dep_ == "ROOT" or first.i >= subject.left_edge.i or first.lower_ not in pronouns:
        return None
    if first.tag_ not in ("WDT", "WP") or first.dep_ in ("det", "mark", "nsubjpass") or first is subject:
        return None
    return first


def _parenthetical_cue(lemma: str, subject: Token, lexicon: CueLexicon) -> bool:
    """True for a cue that may interrupt the sentence it reports: a speech verb ("A, she said, B"), or
    a belief or evidence verb held by someone the writer names ("A, many think, B", "A, the survey
    found, B"); "you know", "I think" and "we know" set off by commas are the talker's fillers, not an
    attribution."""
    if lemma in lexicon.speech_verbs:
        return True
    return lemma in lexicon.parenthetical_verbs and not set(subject.morph.get("Person")) & {"1", "2"}


def _clause_drafts(
    verb: Token, lemma: str, lexicon: CueLexicon, paragraphs: Paragraphs, subject: Token
) -> list[Draft]:
    cue = cue_chars(verb)
    end: int | None = None
    complement = None
    if lemma in lexicon.verbs or lemma in lexicon.xcomp_verbs:
        complement = _nearest_child(verb, "ccomp", paragraphs)
        if complement is not None and _reduced_relative(verb, complement):
            complement = None
        if complement is None:
            complement = _nearest_child(verb, "xcomp", paragraphs)
            if complement is not None and lemma not in lexicon.xcomp_verbs and complement.tag_ != "VBG":
                if subject_taken_as_object(verb, complement) is None:
                    complement = None  # "said to be": only "said legalizing it ..." reads as content
            if complement is not None and lemma in lexicon.aspect_verbs:
                complement = None  # "continued screening people": an act going on, not speech
        if complement is None:
            complement = _displaced_clause(verb, addressed=lemma in lexicon.recipient_verbs)
        if complement is None:
            # "asked the students if they ...": an indirect question
            complement = next(
                (child for child in verb.rights if child.dep_ == "advcl" and _marked(child, _QUESTION_MARKS)), None
            )
        if complement is None:
            # "complained soon after that the lines were long", "reminding voters that ...": the parser
            # read the that-clause as an adverbial one
            complement = next((child for child in verb.rights if child.dep_ == "advcl" and _marked(child, _THAT)), None)
        if complement is None:
            complement = _that_by_surface(verb, lexicon)
            if complement is not None:
                end = verb.right_edge.idx + len(verb.right_edge)
    if complement is None and lemma in lexicon.said_object_verbs:
        complement = said_object(verb, lexicon.figure_nouns)
        if complement is not None and only_the_medium(verb, lemma, complement, lexicon):
            complement = None  # "wrote a letter", "posted a photo": how the words went out, not the words
        if complement is not None:
            end = object_end(verb, complement)
    if complement is None:
        complement, cue, end = object_content(verb, lemma, lexicon, cue)
        if complement is not None and complement.i == subject.i:
            complement, end = None, None  # "Money, admitted the treasurer, was ...": the object speaks
    if complement is None:
        complement = _gapped_antecedent(verb, subject)
        if complement is not None:
            end = complement.idx + len(complement)
    if complement is None:
        complement = _clause_taken_as_subject(verb, subject)
        if complement is not None:
            end = complement.right_edge.idx + len(complement.right_edge)
    if complement is None:
        if verb.dep_ == "parataxis" and _parenthetical_cue(lemma, subject, lexicon):
            return _parenthetical(verb, cue, subject, paragraphs, lexicon)
        if verb.dep_ == "advcl" and lemma in lexicon.verbs and _marked(verb, _AS):
            if verb.i > verb.head.i and not _closing_source(verb, lemma, lexicon):
                return []  # "..., as Bush continued to interject": a time or manner clause, no source
            pieces = _parenthetical(verb, cue, subject, paragraphs, lexicon)  # "As POLITICO revealed, ..."
            return pieces if len(pieces) == 1 else []
        return []
    if end is None:
        end = clause_content_end(verb, complement, subject, lexicon)
    else:
        # "praised the efforts of the envoy to find ..."; a name's reason is the namer's ("called the plan 'a
        # mistake' because ...", "described her as naive because ...")
        naming = lemma in lexicon.naming_verbs or lemma in lexicon.as_verbs
        end = hung_on_cue_end(verb, end, lexicon, reasons=naming)
    end = coordinated_question_end(verb, end)
    opener = _object_before_infinitive(verb, complement, lexicon.prep_verbs.get(lemma, frozenset()))
    if opener is None and lemma not in lexicon.recipient_verbs:
        opener = subject_taken_as_object(verb, complement)
    if opener is None and complement.dep_ == "advcl" and _marked(complement, _THAT):
        opener = next(child for child in complement.children if child.dep_ == "mark" and child.lower_ in _THAT)
    start, end = paragraphs.clip(verb.idx, (opener or complement).left_edge.idx, end)
    end = speakers_next_act_end(verb, complement, start, end)
    if start <= verb.idx < end and complement.i > verb.i:
        start = verb.idx + len(verb)  # "..., which officials said will go ...": the words after the cue
    end = trim_tail(verb.doc, start, end)
    end = _before_according(paragraphs.text, start, end)
    if start <= subject.idx < end < verb.idx:
        end = subject.left_edge.idx  # '"A," Jane Smith, an adviser, said': the speaker is no part of what was said
    if start <= verb.idx < end or end <= start:
        return []  # a complement wrapping its own cue is a misparse
    drafts = [Draft(start, end, cue, subject, verb.idx)]
    rest = _after_cue_piece(verb, complement, paragraphs, lexicon)
    if rest is not None:
        drafts.append(Draft(rest[0], rest[1], cue, subject, verb.idx))
    return drafts


def _object_before_infinitive(verb: Token, complement: Token, preps: frozenset[str]) -> Token | None:
    """"urged Congress to act", "asked the students to leave", "called on others to return it": the
    person asked is part of what was asked (PolNeAR's content runs from the object through the
    infinitive); the object, or the cue's own preposition's object, between the cue and its to-clause."""
    if complement.dep_ != "xcomp" or complement.i < verb.i:
        return None
    for child in verb.children:
        if not verb.i < child.i < complement.i:
            continue
        if child.dep_ == "dobj" and child.lower_ not in _NOT_ASKED:
            return child
        if child.dep_ == "prep" and child.lower_ in preps:
            return child_with_dep(child, "pobj")
    return None


def _gapped_antecedent(verb: Token, subject: Token) -> Token | None:
    """"a deal she once supported", "everything they wanted": the noun a relative clause's cue is about.

    Only when the relative clause has its own subject and no object: the noun
    fills the object's place.
    """
    if verb.dep_ != "relcl" or subject.head != verb or subject.lower_ in _RELATIVES:
        return None
    if any(child.dep_ in ("dobj", "ccomp", "xcomp", "prep", "oprd") for child in verb.children):
        return None
    antecedent = verb.head
    return antecedent if antecedent.pos in (NOUN, PROPN) or antecedent.lower_ in _GAP_PRONOUNS else None


def _clause_taken_as_subject(verb: Token, subject: Token) -> Token | None:
    """"Sudan, which hosts refugees, offered to mediate, the agency reported.": the parser may make the reported
    sentence's subject a second subject of the cue, with the rest of that sentence hung on it. A second subject
    that opens the sentence and runs up to the comma before the speaker is then what was reported."""
    if subject.i < verb.i and subject.left_edge.i > 0 and verb.doc[subject.left_edge.i - 1].text == ",":
        for other in verb.lefts:
            if other.dep_ == "nsubj" and other.i != subject.i and other.right_edge.i == subject.left_edge.i - 2:
                opens = other.left_edge.i == verb.sent.start or verb.doc[other.left_edge.i - 1].is_punct
                return other if opens and other.pos in (NOUN, PROPN) else None
    return None


def _displaced_clause(verb: Token, *, addressed: bool = False) -> Token | None:
    """A that-clause the parser hung on a noun after the cue: "alleged in the suit that ...",
    "predicted at the debate that ..."; with ``addressed`` (a cue whose object is whom it addresses), also on
    that object: "told a regular briefing that China would respond", never on what another cue's object
    names ("rejected the claim that ...": the claim is not the subject's)."""
    nouns = [noun for child in verb.rights if child.dep_ == "prep" for noun in child.children if noun.dep_ == "pobj"]
    if addressed:
        nouns += [child for child in verb.rights if child.dep_ in ("dobj", "dative")]
    for noun in nouns:
        for clause in noun.rights:
            if clause.dep_ in ("acl", "ccomp", "relcl") and clause.pos == VERB and _opens_with_that(clause):
                return clause
    return None


def _unsourced_clause(verb: Token, paragraphs: Paragraphs) -> list[Draft]:
    """The reported clause of a cue whose speaker the parse does not give: "it was widely reported that A",
    "ledgers showing he was paid", "Not everyone is convinced the issue will matter", "Noting that A, ...".
    PolNeAR counts these as attributions, with or without a source: a cue with a clause of its own reports,
    whoever speaks. A that-clause right after the cue counts however the parser hung it; any other clause
    only as the cue's complement, and not after an imperative ("Guess what, ...") or a preposition ("no
    way of knowing who ..."), nor a result clause ("so charged that ...")."""
    if verb.dep_ in ("acomp", "amod"):
        return []
    that = _that_by_surface(verb)
    if that is not None:
        clause = that.head
        first = that
        last = clause.right_edge if clause.head == verb and clause.dep_ == "ccomp" else verb.right_edge
    else:
        clause = next((child for child in verb.rights if child.dep_ == "ccomp"), None)
        if clause is None or verb.tag_ == "VB" or verb.dep_ == "pcomp":
            return []
        first, last = clause.left_edge, clause.right_edge
    start, end = paragraphs.clip(verb.idx, first.idx, last.idx + len(last))
    end = trim_tail(verb.doc, start, end)
    end = _before_according(paragraphs.text, start, end)
    return [Draft(start, end, cue_chars(verb), None, verb.idx)] if end > start else []


def _that_by_surface(verb: Token, lexicon: CueLexicon | None = None) -> Token | None:
    """The "that" right after a cue ("agreed that the board has ...") whose clause the parser broke up and
    hung elsewhere (on an object noun, an auxiliary): the words from it to the end of the cue's phrase
    are the content all the same. Only a conjunction opening a clause to its right, not a determiner
    ("denied that report") nor a relative pronoun. Given the lexicon, the "that" may come after the cue's
    medium ("said in a separate interview that ...")."""
    doc = verb.doc
    index = verb.i + 1
    while index < len(doc) and doc[index].dep_ in ("advmod", "neg") and doc[index].head == verb:
        index += 1  # "said publicly that"
    if index >= len(doc) or index > verb.right_edge.i:
        return None
    if lexicon is not None:  # a cue with a speaker: its medium may come before the "that"
        index = _after_medium(doc[index], verb, lexicon)
    that = doc[index]
    if that.lower_ != "that" or that.dep_ != "mark" or that.head.i <= that.i:
        return None
    return that


def _after_medium(token: Token, verb: Token, lexicon: CueLexicon) -> int:
    """The index after the medium phrase that ``token`` opens, or ``token``'s own: "said in a separate
    interview that ...", "said in a report seen by Reuters that ..." (the parser hangs the that-clause on
    the medium's noun or on its participle). The phrase is the cue's own, without punctuation, and ends
    where a "that" conjunction opens a clause. A cue noun there ("in a statement that") is the noun
    cue's, whose cue takes in the medium."""
    if token.dep_ != "prep" or token.head != verb or token.lower_ not in _MEDIUM_PREPS:
        return token.i
    if any(child.dep_ == "pobj" and child.lemma_.lower() in lexicon.nouns for child in token.children):
        return token.i
    doc = token.doc
    for index in range(token.i + 1, min(token.i + _MEDIUM_TOKENS, len(doc))):
        word = doc[index]
        if word.lower_ == "that" and word.dep_ == "mark" and word.head.i > index and index > token.i + 1:
            return index
        if word.is_punct or not token.is_ancestor(word):
            break
    return token.i


def _opens_with_that(clause: Token) -> bool:
    """True when "that" opens the clause as a conjunction, not as a relative pronoun of the clause's verb.

    The parser sometimes hangs the conjunction deep inside the clause ("that Trump earned $5 million
    from ...", with "that" as object of "from"); a relative "that" is the verb's own subject or object.
    """
    first = clause.left_edge
    if first.lower_ != "that":
        return False
    if first.dep_ == "advmod" and first.head == clause:
        # "said for the first time that some files were found": read as "the time that", a relative
        # "that" is never the clause's adverb when the clause has its own subject
        return any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in clause.children)
    return first.dep_ == "mark" or first.head != clause


def _nearest_child(verb: Token, dep: str, paragraphs: Paragraphs) -> Token | None:
    """The child in relation ``dep`` closest to the verb within its paragraph.

    The parser's sentences sometimes run across paragraphs, so a verb can get a
    complement from the paragraph before.
    """
    start, end = paragraphs.clip(verb.idx, 0, paragraphs.length)
    best: Token | None = None
    for child in verb.children:
        if child.dep_ == dep and start <= child.idx < end:
            if _marked(child, _THAT):
                return child  # "said ..., that ...": the that-clause is the content
            if best is None or abs(child.i - verb.i) < abs(best.i - verb.i):
                best = child
    return best


def _marked(clause: Token, marks: frozenset[str]) -> bool:
    return any(child.dep_ == "mark" and child.lower_ in marks for child in clause.children)


def _before_according(text: str, start: int, end: int) -> int:
    """Content end before ", according to X": that phrase is a second attribution, not content."""
    match = _ACCORDING.search(text, start, end)
    return match.start() if match is not None else end


def _parenthetical(
    verb: Token, cue: tuple[int, int], subject: Token, paragraphs: Paragraphs, lexicon: CueLexicon
) -> list[Draft]:
    """"A, she said, B": the sentence around the cue, in its pieces before and after it."""
    head = verb.head
    doc = verb.doc
    pieces = []
    inner_start, inner_end = verb.left_edge.i, verb.right_edge.i + 1
    hung_on_cue = subject.head == verb or (subject.dep_ == "appos" and subject.head.head == verb)
    if verb.dep_ == "parataxis" and hung_on_cue and subject.i < verb.i and subject.left_edge.i > inner_start:
        # "Building the new bridge, Okafor said, took ...": the parser hung the opening words on the cue
        # (or on its subject: "Money, the treasurer conceded, ..." parses the speaker as an appositive)
        inner_start = subject.left_edge.i
        inner_end = _comma_after(verb, inner_end)
    if head.left_edge.i < inner_start:
        last = doc[inner_start - 1]
        first = doc[after_opener(doc, head.left_edge.i, inner_start - 1)]  # "Linked by trade, the two ..."
        pieces.append((min(first.idx, verb.left_edge.idx), last.idx + len(last)))
    if (
        inner_end <= head.right_edge.i
        and _has_words(doc[inner_end : head.right_edge.i + 1])  # not the full stop after "..., as X said."
        and not _writers_comment(doc[inner_end], lexicon)
        and not _summing_up(doc, inner_end, head.right_edge.i)
    ):
        last = head.right_edge
        pieces.append((doc[inner_end].idx, last.idx + len(last)))
    drafts = []
    for start, end in pieces:
        start, end = paragraphs.clip(verb.idx, start, end)
        if end > start:
            drafts.append(Draft(start, end, cue, subject, verb.idx))
    return drafts


def _closing_source(verb: Token, lemma: str, lexicon: CueLexicon) -> bool:
    """True for an "as" clause after its sentence's words that names where they come from: "..., as some
    have speculated", "..., as first reported by the Gazette", "..., as she noted in a column": a speech
    verb that is no aspect verb ("as talks continued") and says nothing of its own after it (not "as
    the crowd began to chant", "as he decides which ...")."""
    if lemma not in lexicon.speech_verbs or lemma in lexicon.aspect_verbs:
        return False
    return not any(child.dep_ in _OWN_WORDS for child in verb.rights)


def _has_words(span: Span) -> bool:
    return any(not (token.is_punct or token.is_space) for token in span)


def _comma_after(verb: Token, limit: int) -> int:
    """Index of the first comma after the cue, or ``limit``: where the parenthetical "Butz said," ends."""
    doc = verb.doc
    return next((i for i in range(verb.i + 1, limit) if doc[i].text == ","), limit)


def _after_cue_piece(
    verb: Token, complement: Token, paragraphs: Paragraphs, lexicon: CueLexicon
) -> tuple[int, int] | None:
    """"A, he said, because B", "A, he said, by B.": what follows a mid-sentence cue goes on with the content."""
    doc = verb.doc
    if complement.i > verb.i or verb.i + 2 >= len(doc) or doc[verb.i + 1].text != ",":
        return None
    for child in verb.rights:
        marked_clause = child.dep_ in ("advcl", "ccomp", "conj") and _marked_any(child)
        if _writers_comment(child, lexicon):
            return None
        if child.left_edge.i == verb.i + 2 and (marked_clause or _continues_sentence(child, complement)):
            last = child.right_edge
            while last.i > child.left_edge.i and (last.is_punct or last.is_space):
                last = doc[last.i - 1]
            start, end = paragraphs.clip(verb.idx, child.left_edge.idx, last.idx + len(last))
            return (start, end) if end > start else None
    return None


def _writers_comment(first: Token, lexicon: CueLexicon) -> bool:
    """"..., the minister said, in a step both sides hope will ease tensions": a phrase after a cue that
    comments on what was said (``comment_nouns``) is the writer's, no piece of the content."""
    while first.is_punct and first.i + 1 < len(first.doc):
        first = first.doc[first.i + 1]
    return first.lower_ == "in" and any(
        child.dep_ == "pobj" and child.lemma_.lower() in lexicon.comment_nouns for child in first.children
    )


def _summing_up(doc: Doc, first: int, last: int) -> bool:
    """"Troops fired on the crowd, witnesses said, the second such clash this week": a bare noun phrase
    after a mid-sentence cue, opened by a determiner or an adjective, sums up what was reported. It is
    the writer's, no piece of the content; a quotation or anything with a verb of its own goes on."""
    while first <= last and doc[first].text == ",":
        first += 1
    while last >= first and (doc[last].is_space or doc[last].is_punct and not doc[last].is_quote):
        last -= 1
    if first > last or doc[first].pos_ not in ("DET", "ADJ", "NUM"):
        return False
    phrase = doc[first : last + 1]
    if any(token.is_quote for token in phrase):
        return False
    heads = [token for token in phrase if not first <= token.head.i <= last or token.head == token]
    return len(heads) == 1 and heads[0].pos_ == "NOUN"


def _continues_sentence(child: Token, complement: Token) -> bool:
    """"A, Devine said, by the upcoming calendar": a phrase the parser hung on a mid-sentence cue that
    ends the sentence goes on with reported words; after a closed quotation ('"...," Cruz said, in
    another shot at Trump') it is the writer's comment."""
    doc = child.doc
    if child.dep_ != "prep" or child.right_edge.i + 1 >= len(doc) or complement.right_edge.is_quote:
        return False
    after = complement.right_edge.i + 1
    if after < len(doc) and doc[after].is_quote or after + 1 < len(doc) and doc[after + 1].is_quote:
        return False
    return doc[child.right_edge.i + 1].text in _SENTENCE_ENDS


def _marked_any(clause: Token) -> bool:
    return any(child.dep_ == "mark" for child in clause.children)
