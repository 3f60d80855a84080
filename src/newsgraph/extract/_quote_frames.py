"""Quotes framed by a phrase rather than a reporting verb.

"according to X, ..." (and "X, according to Y, Z" in two pieces), a poll
opening its sentence ("In a Fox poll, ...") or closing it ("Trump leads in
the latest poll."), a light verb with a cue noun ("voiced strong opposition
to ..."), a possessive cue noun ("X's remarks that ...", "X's pledge to
build ..."), a cue noun whose copula spells out what its holder said ("Her answer was that
...", "The promise she made is that ..."), a stance adjective ("critical of Y", "confident that ...")
and a cue noun received by its subject ("The plan drew criticism from X": the plan is the content).
``_quote_clauses`` calls these for the cue words it meets.
"""

from __future__ import annotations

from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Token

from newsgraph.extract._quote_drafts import Draft, Paragraphs, child_with_dep, cue_chars, token_range_chars
from newsgraph.extract._quote_lexicon import CueLexicon
from newsgraph.extract._quote_objects import acts_on_thing
from newsgraph.extract._quote_speakers import subject_of

_NOUN_CONTENT_PREPS = frozenset(
    {"to", "for", "about", "over", "of", "at", "with", "on", "regarding", "against", "toward", "towards"}
)
_EXPLETIVES = frozenset({"it", "there", "this", "that"})
_HOLDER_PREPS = frozenset({"by", "from"})
_RECEIVED_FROM = frozenset({"by", "from", "among", "of"})
_MADE_CLEAR_CONTENT = frozenset({"ccomp", "advcl", "csubj", "nsubj", "dobj", "xcomp"})
# The preposition before the medium of a statement: "said in a statement", "announced through a spokesman".
_MEDIUM_PREPS = frozenset({"in", "through", "via"})
_ENGAGING_PREPS = frozenset({"at", "to", "with", "on", "about", "against", "behind"})
_NOUN_CLAUSES = frozenset({"acl", "ccomp", "relcl"})
_QUESTION_WORDS = frozenset({"whether", "if", "how", "why", "what", "who", "when", "where", "which"})
_CLAUSE_MARKS = frozenset({"that", "whether", "if"})
_HOLDER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_CLOSING_PUNCT = frozenset({".", "!", "?", ";"})
_POLLS = frozenset({"poll", "survey"})


def according_draft(token: Token, paragraphs: Paragraphs) -> Draft | None:
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    to = doc[token.i + 1]
    source = next((child for child in to.children if child.dep_ == "pobj"), None)
    if source is None:
        return None
    # The parser's sentences sometimes run over a paragraph break ("the F.A.A.\n\nMost ..."):
    # both the source and the sentence stop at the paragraph's edges.
    sentence = token.sent
    left, right = _paragraph_tokens(doc, token, sentence.start, sentence.end)
    left = _after_last_colon(doc, left, token.i)
    phrase_start, phrase_end = token.i, min(source.right_edge.i + 1, right)
    if source.i >= right:
        source = _last_noun(doc, to.i + 1, right)
        if source is None:
            return None
    # The content is the sentence around the phrase, minus the phrase itself: what follows
    # "According to X," at the start of a sentence or of a that-clause ("said that according to X, A"),
    # else what comes before ("A, according to X").
    bare = all(doc[i].is_punct or doc[i].is_space for i in range(left, phrase_start))
    if bare or _opens_that_clause(doc, phrase_start):
        last = right - 1
        while last > phrase_end and (doc[last].is_punct or doc[last].is_space) and not doc[last].is_quote:
            last -= 1  # PolNeAR's contents end before the full stop
        start_token, end_token = doc[min(phrase_end, right - 1)], doc[last]
    else:
        start_token, end_token = doc[left], doc[max(phrase_start - 1, left)]
    if start_token.i > end_token.i:
        return None
    start, end = paragraphs.clip(token.idx, *token_range_chars(start_token, end_token))
    if end <= start:
        return None
    return Draft(start, end, (token.idx, to.idx + len(to)), source, token.idx, framing=True)


def _opens_that_clause(doc: Doc, phrase_start: int) -> bool:
    """True for "according to" right after the "that" of a reported clause ("said that, according to
    its count, the party won"): it frames that clause, not the speaker's words before it."""
    before = phrase_start - 1
    if before >= 0 and doc[before].text == ",":
        before -= 1
    return before >= 0 and doc[before].lower_ == "that" and doc[before].tag_ == "IN"


def _after_last_colon(doc: Doc, left: int, phrase_start: int) -> int:
    """Where the frame's sentence starts: after a colon or semicolon before the phrase
    ("It is no secret: According to a new survey, ...")."""
    for index in range(phrase_start - 1, left - 1, -1):
        if doc[index].text in (":", ";"):
            return index + 1
    return left


def according_rest(token: Token, before: Draft, paragraphs: Paragraphs) -> list[Draft]:
    """"Ticket sales, according to the league, have doubled": the sentence goes on after the phrase,
    and its rest is a second piece of the same content (PolNeAR splits content around its cue)."""
    doc = token.doc
    source = before.subject
    if source is None or token.i == 0 or doc[token.i - 1].text != ",":
        return []
    after = source.right_edge.i + 1
    if doc[after - 1].text == ",":
        after -= 1  # the parser gave the comma closing an apposition to the source ("Ross, an envoy, was ...")
    if after + 1 >= len(doc) or doc[after].text != ",":
        return []  # the phrase ends its sentence, or an apposition ("- the same as ...") follows
    sentence = token.sent
    _, right = _paragraph_tokens(doc, token, sentence.start, sentence.end)
    last = right - 1
    while last > after and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last <= after + 1:
        return []
    start, end = paragraphs.clip(token.idx, *token_range_chars(doc[after + 1], doc[last]))
    if end <= start:
        return []
    return [Draft(start, end, before.cue, source, token.idx, framing=True)]


def survey_draft(token: Token, lexicon: CueLexicon, paragraphs: Paragraphs) -> Draft | None:
    """"In a Fox News poll, Trump leads ...": a sentence opened by a survey or report as its source
    (or a clause closed by a poll: see ``_trailing_survey_draft``)."""
    doc = token.doc
    source = child_with_dep(token, "pobj")
    if source is None or source.lemma_.lower() not in lexicon.survey_nouns or token.dep_ != "prep":
        return None
    sentence = token.sent
    left, right = _paragraph_tokens(doc, token, sentence.start, sentence.end)
    if token.i != left:
        return _trailing_survey_draft(token, source, left, right, paragraphs)
    after = token.right_edge.i + 1
    if after >= right or doc[after].text != ",":
        return None
    last = right - 1
    while last > after and (doc[last].is_punct or doc[last].is_space):
        last -= 1  # PolNeAR's contents end before the full stop
    if last <= after:
        return None
    start, end = paragraphs.clip(token.idx, *token_range_chars(doc[after + 1], doc[last]))
    if end <= start:
        return None
    return Draft(start, end, (token.idx, token.idx + len(token)), source, token.idx, framing=True)


def _trailing_survey_draft(
    token: Token, source: Token, left: int, right: int, paragraphs: Paragraphs
) -> Draft | None:
    """"The mayor trails her rival in two recent polls.": a poll closing its sentence, or its clause before a
    comma ("..., the first since the strike"), is the source of the clause it is hung on, up to the poll
    phrase; an opener frames the whole sentence instead."""
    doc = token.doc
    verb = token.head
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "attr") and verb.right_edge.i == token.right_edge.i:
        verb = verb.head  # "won 41 percent backing in a county poll": the parser hung the poll on the share
    after = token.right_edge.i + 1
    if verb.pos_ not in ("VERB", "AUX") or verb.i > token.i or verb.left_edge.i < left:
        return None
    if source.lemma_.lower() not in _POLLS or verb.dep_ not in ("ROOT", "ccomp", "conj"):
        return None  # "the damage is borne out in a report": only a poll ranks whoever the clause is about
    if not _opens_with_subject(verb):
        return None
    if after < right and doc[after].text not in _CLOSING_PUNCT and doc[after].text != ",":
        return None  # only a phrase that closes its sentence or its clause
    start, end = paragraphs.clip(token.idx, *token_range_chars(verb.left_edge, doc[token.i - 1]))
    if end <= start:
        return None
    return Draft(start, end, (token.idx, token.idx + len(token)), source, token.idx, framing=True)


def _opens_with_subject(verb: Token) -> bool:
    """True when the clause of ``verb`` opens with its subject's phrase ("The mayor fell ...", "Okafor
    trails ...") or with a conjunction ("... that Okafor trails ..."), not with a fronted phrase."""
    first = verb.left_edge
    if first.dep_ == "mark" and first.head == verb:
        return True
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    return subject is not None and subject.left_edge.i == first.i


def _last_noun(doc: Doc, start: int, end: int) -> Token | None:
    return next((doc[i] for i in range(end - 1, start - 1, -1) if doc[i].pos in (NOUN, PROPN)), None)


def _paragraph_tokens(doc: Doc, token: Token, left: int, right: int) -> tuple[int, int]:
    """The token range ``[left, right)`` cut to the line ``token`` is on."""
    first = token.i
    while first > left and "\n" not in doc[first - 1].text and "\n" not in doc[first - 1].whitespace_:
        first -= 1
    last = token.i + 1
    while last < right and "\n" not in doc[last - 1].whitespace_ and "\n" not in doc[last].text:
        last += 1
    return first, last


def received_drafts(noun: Token, lexicon: CueLexicon, paragraphs: Paragraphs) -> list[Draft]:
    """"The proposal drew criticism from X", "Clinton received support among Y", "He faced criticism for
    Z", "came under criticism": a cue noun received by the verb's subject makes the subject what the view
    is about; the holder is named by "from", "by", "among" or "of" (or nobody), and a "for" phrase is a
    second piece (what the view is about the subject)."""
    verb = _receiving_verb(noun, lexicon)
    if verb is None:
        return []
    target = child_with_dep(verb, "nsubj")
    if target is None or target.pos_ not in ("NOUN", "PROPN", "PRON") or target.lower_ in _EXPLETIVES:
        return []
    holder = _received_from(noun, verb)
    pieces = [(target.left_edge, target.right_edge)]
    reason = _received_for(noun, verb)
    if reason is not None:
        pieces.append((reason, reason.right_edge))
    cue = (verb.idx, noun.idx + len(noun))
    drafts = []
    for first, last in pieces:
        start, end = paragraphs.clip(noun.idx, *token_range_chars(first, last))
        if end > start:
            drafts.append(Draft(start, end, cue, holder, verb.idx))
    return drafts


def _receiving_verb(noun: Token, lexicon: CueLexicon) -> Token | None:
    """The verb that gives ``noun`` to its subject ("drew criticism", "came under criticism"), or None."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in lexicon.receiving_verbs:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() == "come":
        return head.head
    return None


def _received_for(noun: Token, verb: Token) -> Token | None:
    """What the view holds against the subject: "criticism for her emails" (the "for" phrase, with "for")."""
    for child in (*noun.rights, *verb.rights):
        if child.dep_ == "prep" and child.lower_ == "for" and child.i > noun.i and child.right_edge.i > child.i:
            return child
    return None


def _received_from(noun: Token, verb: Token) -> Token | None:
    """Who gives the view: "criticism from X", "support among Y", "won the endorsement of X" (received,
    the noun's "of" names the giver, not the target)."""
    for child in (*noun.rights, *verb.rights):
        if child.dep_ == "prep" and child.lower_ in _RECEIVED_FROM:
            holder = child_with_dep(child, "pobj")
            if holder is not None:
                return holder
    return None


def noun_draft(noun: Token, lexicon: CueLexicon, paragraphs: Paragraphs) -> Draft | None:
    copula = _copula_clause(noun)
    if copula is not None:
        return _copula_draft(noun, copula, lexicon, paragraphs)
    lemma = noun.lemma_.lower()
    if not (lemma in lexicon.nouns or noun.lower_ in lexicon.nouns or noun.lower_ in lexicon.stance_nouns):
        return None  # a copula noun ("answer", "impression") names what was said only through its copula
    content: Token | None = None
    for child in noun.children:
        # a that-clause the parser read as a relative clause still has "that" as its conjunction
        if child.dep_ in _NOUN_CLAUSES and any(grand.dep_ == "mark" for grand in child.children):
            content = child
            break
        if _possessive_infinitive(noun, child):
            content = child  # "Trump's pledge to build a wall": what the holder said they would do
            break
        content = _prep_object(child)
        if content is not None:
            break
    if content is None or acts_on_thing(lemma, content, lexicon):
        return None  # "launched an attack on the base", "an attack on Kabul": an act of war, no words
    verb = noun.head
    # only a that-clause is what the statement said: "said in an interview with reporters" names no content
    said = _speech_verb_through(noun, lexicon) if content.dep_ in _NOUN_CLAUSES else None
    if said is not None or (noun.dep_ == "dobj" and verb.lemma_.lower() in lexicon.light_verbs):
        verb = said or verb
        subject = subject_of(verb)
        if subject is None:
            return None
        cue = (verb.idx, noun.idx + len(noun))
        anchor = verb.idx
    else:
        subject = _possessive_holder(noun)
        clause = content.dep_ in _NOUN_CLAUSES or _is_question_clause(content)
        if subject is None and clause:
            # "the DOJ demand that ...", "warnings from aides that ...", "complaints that ...":
            # a cue noun with its that-clause is an attribution, with or without a holder
            subject = _noun_holder(noun)
        elif subject is None or (not clause and noun.lower_ not in lexicon.stance_nouns):
            return None  # "Trump's attacks on Clinton" passes, "Trump's plan for ..." does not
        cue = cue_chars(noun)
        anchor = noun.idx
    start, end = paragraphs.clip(noun.idx, *token_range_chars(content.left_edge, content.right_edge))
    if end <= start:
        return None
    return Draft(start, end, cue, subject, anchor)


def _speech_verb_through(noun: Token, lexicon: CueLexicon) -> Token | None:
    """The speech verb whose medium the cue noun is: "said in a statement that ...", "wrote in a letter
    that ..." (the parser hangs the that-clause on the noun); None otherwise."""
    medium = noun.head
    if noun.dep_ != "pobj" or medium.dep_ != "prep" or medium.lower_ not in _MEDIUM_PREPS:
        return None
    verb = medium.head
    if verb.i > noun.i:
        return None  # "In a statement that ..., Carson said ...": the cue would run backwards
    return verb if verb.lemma_.lower() in lexicon.speech_verbs else None


def _copula_clause(noun: Token) -> Token | None:
    """The clause a copula gives its cue noun subject: "Her answer was that ...", "The fear is whether ...",
    "My advice is, stay ..." (a clause after a comma); None for "The plan is a failure" or "The
    question is moot", which say something about the noun, not what it holds."""
    copula = noun.head
    if noun.dep_ != "nsubj" or copula.lemma_ != "be" or copula.i < noun.i:
        return None
    doc = noun.doc
    for child in copula.rights:
        if child.dep_ not in ("ccomp", "xcomp") or child.pos_ not in ("VERB", "AUX"):
            continue
        marked = any(grand.dep_ == "mark" and grand.lower_ in _CLAUSE_MARKS for grand in child.children)
        after_comma = child.left_edge.i == copula.i + 2 and doc[copula.i + 1].text == ","
        if marked or after_comma:
            return child
    return None


def _copula_draft(noun: Token, clause: Token, lexicon: CueLexicon, paragraphs: Paragraphs) -> Draft | None:
    """The copula's clause as the content, the noun's possessive (or holder) as the speaker, and the noun
    through the copula as the cue ("answer was"); None without a holder."""
    copula = noun.head
    start, end = paragraphs.clip(noun.idx, *token_range_chars(clause.left_edge, clause.right_edge))
    if end <= start:
        return None
    subject = _possessive_holder(noun) or _noun_holder(noun) or _maker(noun, lexicon)
    if subject is None:
        return None  # "The question is whether ...": the writer's own framing, nobody's words
    return Draft(start, end, (noun.idx, copula.idx + len(copula)), subject, noun.idx)


def _maker(noun: Token, lexicon: CueLexicon) -> Token | None:
    """Who made the statement a cue noun names through a relative clause with a light verb: "the
    promise she made in June", "the argument the mayor offered"."""
    for child in noun.children:
        if child.dep_ == "relcl" and child.lemma_.lower() in lexicon.light_verbs:
            return child_with_dep(child, "nsubj")
    return None


def _possessive_infinitive(noun: Token, clause: Token) -> bool:
    """True for the to-infinitive of a cue noun with a possessive holder: "Trump's pledge to build a wall"."""
    if clause.dep_ != "acl" or clause.tag_ != "VB" or clause.i < noun.i:
        return False
    if not any(grand.dep_ == "aux" and grand.lower_ == "to" for grand in clause.children):
        return False
    return any(child.dep_ == "poss" for child in noun.children)


def _possessive_holder(noun: Token) -> Token | None:
    """The possessive of a cue noun ("Trump's attacks"); for a possessive pronoun on the object of a verb
    ("The mayor has softened her attacks on the council"), the verb's subject, whom the pronoun repeats."""
    possessive = next((child for child in noun.children if child.dep_ == "poss"), None)
    if possessive is None or possessive.pos_ != "PRON" or noun.dep_ != "dobj":
        return possessive
    return subject_of(noun.head) or possessive


def _is_question_clause(content: Token) -> bool:
    """"the question of whether ...", "debate over how ...": an indirect question after the cue noun's preposition."""
    return content.dep_ == "pcomp" and content.left_edge.lower_ in _QUESTION_WORDS


def _noun_holder(noun: Token) -> Token | None:
    """Who holds the view a cue noun names when no possessive says so: "the DOJ demand", "advice from aides"."""
    for child in noun.children:
        if child.dep_ == "compound" and child.ent_type_ in _HOLDER_ENTITIES:
            return child
        if child.dep_ == "prep" and child.lower_ in _HOLDER_PREPS:
            holder = child_with_dep(child, "pobj")
            if holder is not None:
                return holder
    governor = noun.head
    if noun.dep_ == "pobj" and governor.dep_ == "prep" and governor.lower_ in _ENGAGING_PREPS:
        governor = governor.head
    elif noun.dep_ != "dobj":
        return None  # "Despite complaints that ...": the sentence's subject has nothing to do with them
    if governor.pos_ == "VERB":
        return subject_of(governor)  # "Republicans scoff at the idea that ...": the subject engages with the view
    return None


def made_clear_draft(adjective: Token, paragraphs: Paragraphs) -> Draft | None:
    """"X made (it) clear that ...", "made plain ...", "made known his intention to ...": "make" with
    the adjective states what follows it; the subject of "make" speaks."""
    verb = adjective.head
    subject = subject_of(verb)
    if subject is None or subject.lower_ in _EXPLETIVES:
        return None
    content = _made_clear_content(adjective, verb)
    if content is None:
        return None
    start, end = paragraphs.clip(adjective.idx, *token_range_chars(content.left_edge, content.right_edge))
    if end <= start:
        return None
    return Draft(start, end, (verb.idx, adjective.idx + len(adjective)), subject, verb.idx)


def _made_clear_content(adjective: Token, verb: Token) -> Token | None:
    """What "made clear" states: the clause or phrase after the adjective, whatever the parser hung it on
    ("made it clear that ..." puts the clause under the adjective, "made clear that ..." under the verb),
    or the phrase before it ("made his views clear"); not the "it" that stands for the clause."""
    after = [child for child in (*adjective.children, *verb.children)
             if child.i > adjective.i and child.dep_ in _MADE_CLEAR_CONTENT]
    if after:
        return min(after, key=lambda child: child.left_edge.i)
    before = next((child for child in adjective.children if child.dep_ == "nsubj" and child.i < adjective.i), None)
    if before is not None and before.lower_ not in _EXPLETIVES:
        return before
    return None


def adjective_draft(adjective: Token, paragraphs: Paragraphs) -> Draft | None:
    """"X is critical of Y", "X was confident that ...": a stance adjective after a copula."""
    if adjective.dep_ != "acomp":
        return None
    subject = subject_of(adjective.head)
    if subject is None or subject.lower_ in _EXPLETIVES:
        return None  # "it is clear that ...": nobody holds the stance
    content: Token | None = None
    for child in adjective.rights:
        # "confident that ...", "eager to ...", "critical of X"
        content = child if child.dep_ in ("ccomp", "xcomp") else _prep_object(child)
        if content is not None:
            break
    if content is None:
        return None
    start, end = paragraphs.clip(adjective.idx, *token_range_chars(content.left_edge, content.right_edge))
    if end <= start:
        return None
    return Draft(start, end, cue_chars(adjective), subject, adjective.idx)


def _prep_object(prep: Token) -> Token | None:
    """What a content preposition is about ("opposition to X", "critical of X"), if ``prep`` is one."""
    if prep.dep_ != "prep" or prep.lower_ not in _NOUN_CONTENT_PREPS:
        return None
    return next((grand for grand in prep.children if grand.dep_ in ("pobj", "pcomp")), None)
