"""Who speaks through a cue verb when the parse does not say it plainly.

Owns the subject of pass 1's verb cues (see ``_quote_clauses``): the agent of
a passive ("was asked by X whether ..."), the holder of a passive view ("they
are convinced that ..."), the issuer behind a message ("issued a statement
saying ..."), the person a report quotes ("quoted witnesses as saying ..."),
the message or its issuer, not a time clause's subject, for a
participle the parser hung on that clause ("a memo went out as the ballots were
counted, stating ..."), the subject of a cue clause the parser put between a
main verb and a speech verb joined to it, when the main subject is a thing
("the quarrel took a turn when X called ... and said ..."), the speaker
after a clause-final cue lost in an apposition ("A, said a former spokesman
..., Oleg Voloshyn"), no agent for a "by" phrase that
measures the act ("by the narrowest of margins"; resources: measure_nouns), the
reporting verb's speaker
for a second cue the parser hung inside the reported clause ("X said that A,
adding that B"), a subject in the cue's own paragraph when the parser ran
a sentence over a paragraph break, a speaker described between commas right
before a cue the parser left without a subject ("Capt. X, a spokeswoman in Y,
said"), the subject of the clause above a participle the parser hung on a
noun that cannot speak ("made an attempt to ..., writing that ..."), and the speaker after an inverted cue
whose subject the parser took from the reported words before it ("The new
rules, said the mayor, would ...").
"""

from __future__ import annotations

from spacy.symbols import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Token

from newsgraph.extract._quote_drafts import Paragraphs, child_with_dep
from newsgraph.extract._quote_ends import speaker_continues
from newsgraph.extract._quote_lexicon import CueLexicon
from newsgraph.extract._quote_speakers import inverted_object, subject_of

# A cue hung inside a reported clause climbs these relations to the clause's top ("ccomp")
_INSIDE_REPORTED = frozenset({"advcl", "conj", "xcomp", "acomp", "attr", "dobj", "pobj", "prep"})
_REPORTED_DEPTH = 4
_SPEAKING_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# A common noun that is another word's object ("He criticized her record said ...") is not the speaker
_OBJECTS = frozenset({"dobj", "pobj", "attr", "oprd"})
# Relations a description's last word climbs to the description's head ("a spokesman in Baghdad")
_INSIDE_DESCRIPTION = frozenset({"pobj", "prep", "compound", "amod"})
# Conjunctions opening a time clause, which a participle after it does not belong to
_TIME_MARKS = frozenset({"as", "when", "after", "before", "once", "until"})
# Tokens a "(R-Wis.)" parenthesis may span between a name and its verb.
_PARENTHESIS = 8
# Heads a participle climbs from the noun it hangs on to the verb whose subject speaks through it
_GOVERNOR_DEPTH = 3
_OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def cue_subject(verb: Token, lemma: str, lexicon: CueLexicon, paragraphs: Paragraphs) -> Token | None:
    """Who speaks through a cue verb, in the verb's own paragraph, or None."""
    if any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children) or _agent_participle(verb):
        # "was asked by X whether ...": the speaker is the agent; without one
        # ("is expected to") there is no speaker to report.
        agent = child_with_dep(verb, "agent")
        subject = child_with_dep(agent, "pobj") if agent is not None else None
        if subject is not None and _measures(subject, lexicon):
            subject = None  # "declared the winner by the narrowest of margins": how, not by whom
        if subject is None and lemma in lexicon.holder_passives:
            subject = child_with_dep(verb, "nsubjpass")  # "they are convinced that ...": the convinced hold the view
    else:
        subject = _quoted_person(verb) or _message_past_time_clause(verb, lexicon) or _cue_goes_on(verb, lexicon)
        subject = subject or subject_of(verb)
        if subject is None and verb.dep_ == "acomp" and lemma in lexicon.holder_passives:
            subject = subject_of(verb.head)  # "they are convinced that ..." read as an adjective
        if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
            subject = _participle_speaker(verb.head, lexicon)
        if subject is None and lemma in lexicon.speech_verbs:
            subject = (
                _inverted_speaker(verb)
                or _adjacent_speaker(verb)
                or _described_speaker(verb)
                or _speaker_of_clause_above(verb)
            )
        if subject is not None and lemma in lexicon.speech_verbs:
            subject = _speaker_after_fronted_words(verb, subject) or subject
            subject = _reporting_speaker(verb, subject, lexicon, paragraphs) or subject
            subject = _speaker_of_clause_between(verb, subject, lexicon) or subject
    if subject is not None and not paragraphs.same(verb.idx, subject.idx):
        subject = _subject_in_paragraph(verb, paragraphs)
    if subject is None:
        subject = _paragraph_opening_speaker(verb, paragraphs)
    return subject


def _cue_goes_on(verb: Token, lexicon: CueLexicon) -> Token | None:
    """"The coach says the team played well and calls the referee 'a disgrace'": a cue verb the parser
    coordinated with a reported clause is the speaker going on (``_quote_ends.speaker_continues``), and
    speaks as the subject of the cue above that clause, not as the clause's own subject."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or any(child.dep_ in _OWN_SUBJECTS for child in verb.children):
        return None
    cue = clause.head
    if cue.i > clause.i:
        return None  # a clause before its cue: the parser ran two sentences together
    if cue.lemma_.lower() not in lexicon.verbs or not speaker_continues(verb, cue, lexicon):
        return None
    return subject_of(cue)


def _speaker_of_clause_above(verb: Token) -> Token | None:
    """"The mayor made one more attempt to calm the row, writing on her blog that ...": a participle after
    a comma that the parser hung on a noun which cannot speak speaks with the subject of the nearest
    verb above that noun."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or verb.i < 1 or verb.doc[verb.i - 1].text != ",":
        return None
    governor = verb.head
    for _ in range(_GOVERNOR_DEPTH):
        if governor.pos == VERB or governor.pos_ == "AUX":
            return subject_of(governor)
        if governor.head.i == governor.i:
            return None
        governor = governor.head
    return None


def _quoted_person(verb: Token) -> Token | None:
    """"The wire service quoted neighbours as saying ...": whom a report quotes speaks, not the report."""
    preposition = verb.head
    if verb.dep_ != "pcomp" or preposition.lower_ != "as" or preposition.head.lemma_.lower() != "quote":
        return None
    return child_with_dep(preposition.head, "dobj")


def _speaker_of_clause_between(verb: Token, subject: Token, lexicon: CueLexicon) -> Token | None:
    """"The standoff took a grim turn when the general called the envoy a liar and said ...": the parser
    joined "said" to the main verb, whose subject (a standoff) cannot speak; the subject of the cue
    clause between them, which can, says it."""
    if verb.dep_ != "conj" or subject.head == verb or _can_speak(subject, lexicon):
        return None
    for token in reversed(verb.doc[verb.head.i + 1 : verb.i]):
        if token.pos != VERB or token.dep_ not in ("advcl", "relcl") or not _is_cue(token, lexicon):
            continue
        if verb.head not in (token.head, token.head.head):
            continue  # only a clause on the same verb or its word: "when he called ...", "Friday when he called ..."
        own = next((child for child in token.children if child.dep_ == "nsubj"), None)
        if own is not None and _can_speak(own, lexicon):
            return own
    return None


def _is_cue(token: Token, lexicon: CueLexicon) -> bool:
    lemma = token.lemma_.lower()
    return lemma in lexicon.verbs or lemma in lexicon.object_verbs or lemma in lexicon.prep_verbs


def _message_past_time_clause(verb: Token, lexicon: CueLexicon) -> Token | None:
    """The main clause's subject for a participle cue the parser hung on a time clause between them,
    when one of the two subjects is a message: "a memo went out as the ballots were counted, stating that
    ..." is the memo's, not the ballots'; "X changed her story after her statement proved false, stating
    ..." is X's, as a message states nothing about itself. Between two people the participle is as
    often the time clause's ("Clinton asks as a guard walks in, saying ...")."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.dep_ != "advcl" or head.i > verb.i:
        return None
    if not any(child.dep_ == "mark" and child.lower_ in _TIME_MARKS for child in head.children):
        return None
    subject = _own_subject(head.head)
    if subject is None:
        return None
    if subject.lemma_.lower() in lexicon.message_nouns:
        return subject
    timed = _own_subject(head)
    return subject if timed is not None and timed.lemma_.lower() in lexicon.message_nouns else None


def _own_subject(verb: Token) -> Token | None:
    return next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)


def _measures(agent: Token, lexicon: CueLexicon) -> bool:
    """True for a "by" phrase that measures the act ("by a wide margin", "by the narrowest of margins")."""
    if agent.pos == ADJ:
        agent = child_with_dep(child_with_dep(agent, "prep") or agent, "pobj") or agent  # "the narrowest of margins"
    return agent.pos == ADJ or agent.lemma_.lower() in lexicon.measure_nouns


def fronted_words(verb: Token) -> tuple[Token, Token] | None:
    """The reported words the parser took for a speech verb's subject when the speaker follows the
    verb: "The new rules, said the mayor, would hurt shops", "A return to the old ways is near, said
    Smith" (first and last token, before the comma), or None."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    before = next((child for child in verb.lefts if child.dep_ == "nsubj"), None)
    after = next((child for child in verb.rights if child.dep_ == "nsubj"), None) or inverted_object(verb)
    if before is None or after is None or before.right_edge.i >= verb.i:
        return None
    return before.left_edge, doc[verb.i - 2]


def _speaker_after_fronted_words(verb: Token, subject: Token) -> Token | None:
    """The speaker after the verb when the words before it are what was said (see ``fronted_words``)."""
    if subject.i > verb.i or fronted_words(verb) is None:
        return None
    return next((child for child in verb.rights if child.dep_ == "nsubj"), None)


def _agent_participle(verb: Token) -> bool:
    """"..., as first reported by the Times", "As reported by X, ...": a past participle with an agent is
    a passive with no auxiliary; its speaker is the agent, not the subject of the verb it hangs on."""
    return verb.tag_ == "VBN" and any(child.dep_ == "agent" for child in verb.children)


def _inverted_speaker(verb: Token) -> Token | None:
    """"A, said a former spokesman for the ministry, Oleg Voloshyn": the speaker after a clause-final cue,
    which the parser lost in a long apposition. Only right after the cue, and only after reported words."""
    if not any(child.dep_ == "ccomp" and child.i < verb.i for child in verb.children):
        return None
    doc = verb.doc
    for token in doc[verb.i + 1 : min(verb.i + 5, len(doc))]:
        if token.pos in (NOUN, PROPN):
            while token.dep_ in ("compound", "amod") and token.head.i > token.i:
                token = token.head
            return token
        if token.pos_ not in ("DET", "ADJ", "NUM"):
            return None
    return None


def _adjacent_speaker(verb: Token) -> Token | None:
    """"After the vote, Senate leader Dana Hale (R-Ore.) said ...": a name right before a finite speech
    verb that the parser hung on an earlier noun (as its apposition or object), leaving the verb no
    subject. A person's or organisation's name, or a common noun that is no other word's object ("At
    a meeting with parents, the principal stated ..."), in the verb's sentence, and not another verb's
    subject; a party-and-state parenthesis between them is skipped."""
    if verb.dep_ != "ROOT" or verb.tag_ not in _FINITE:
        return None
    doc = verb.doc
    before = verb.i - 1
    if before > 0 and doc[before].text == ")":
        opening = next((token.i for token in doc[max(verb.sent.start, before - _PARENTHESIS) : before]
                        if token.text == "("), None)
        before = opening - 1 if opening is not None else -1
    if before < verb.sent.start:
        return None
    name = doc[before]
    if name.dep_ in ("nsubj", "nsubjpass"):
        return None
    if name.pos == NOUN and name.dep_ not in _OBJECTS:
        return name  # "the Democratic candidate stated ...", "Trump's campaign manager says ..."
    if name.pos != PROPN or name.ent_type_ not in ("PERSON", "ORG"):
        return None
    return name


def _described_speaker(verb: Token) -> Token | None:
    """"On Monday, Capt. Jane Smith, a fire department spokeswoman, said ...": a speaker with a description
    between commas right before a finite speech verb, which the parser hung on an earlier phrase (the
    date), leaving the verb no subject. The description's head names the speaker when it is an
    apposition of a name; else the description's head itself."""
    if verb.dep_ != "ROOT" or verb.tag_ not in _FINITE or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    token = verb.doc[verb.i - 2]
    if token.i < verb.sent.start:
        return None
    while token.dep_ in _INSIDE_DESCRIPTION and token.head.i < token.i:
        token = token.head
    if token.dep_ == "appos" and token.head.pos == PROPN:
        token = token.head
    if token.pos not in (NOUN, PROPN) or token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return None
    return token


def _reporting_speaker(
    cue: Token, subject: Token, lexicon: CueLexicon, paragraphs: Paragraphs
) -> Token | None:
    """"X said that A ..., adding that B", "X said that A but did not suggest B": the parser hung the
    second cue inside A, so the subject it borrowed is one of the reported clause's; a speech verb
    there goes on with the reporting verb's speaker (as ``_quote_clauses`` ends A before it)."""
    if subject.head == cue or not (cue.dep_ == "conj" or (cue.dep_ == "advcl" and cue.tag_ == "VBG")):
        return None
    clause = _reported_clause(cue.head, lexicon)
    if clause is None or not clause.left_edge.i <= subject.i <= clause.right_edge.i:
        return None
    reporter = clause.head
    if reporter.pos != VERB or reporter.lemma_.lower() not in lexicon.verbs:
        return None
    speaker = subject_of(reporter)
    return speaker if speaker is not None and paragraphs.same(speaker.idx, cue.idx) else None


def _reported_clause(token: Token, lexicon: CueLexicon) -> Token | None:
    """The top of the reported clause ``token`` lies in ("would do the same ..., saying": "has been"),
    or None when a cue verb comes first: "she said, adding ..." has the speaker already."""
    for _ in range(_REPORTED_DEPTH):
        if token.lemma_.lower() in lexicon.verbs:
            return None
        if token.dep_ == "ccomp":
            return token
        if token.dep_ not in _INSIDE_REPORTED or token.head == token:
            return None
        token = token.head
    return None


def _subject_in_paragraph(verb: Token, paragraphs: Paragraphs) -> Token | None:
    """The verb's subject closest to it in its own paragraph.

    A sentence the parser ran over a paragraph break ("12:15 p.m.:\n\nObama says ...")
    can give a verb two subjects, one of them in the line before.
    """
    candidates = [
        child
        for child in verb.children
        if child.dep_ in ("nsubj", "nsubjpass") and paragraphs.same(verb.idx, child.idx)
    ]
    return min(candidates, key=lambda child: abs(child.i - verb.i), default=None)


def _paragraph_opening_speaker(verb: Token, paragraphs: Paragraphs) -> Token | None:
    """"9:15 a.m.\n\nThe governor's spokesman says ...", "Headline\nJane Doe said ...": the noun phrase
    that opens the cue's paragraph right before the cue, which the parser hung on a word of the line
    above (as its apposition) when it ran the sentence over the break."""
    if verb.i == 0 or verb.pos != VERB:
        return None
    name = verb.doc[verb.i - 1]
    if name.pos not in (NOUN, PROPN) or paragraphs.same(name.head.idx, name.idx):
        return None
    first = name.left_edge
    while first.i < name.i and (first.is_space or not paragraphs.same(first.idx, name.idx)):
        first = verb.doc[first.i + 1]
    if not paragraphs.same(first.idx, verb.idx) or paragraphs.clip(verb.idx, 0, paragraphs.length)[0] != first.idx:
        return None
    return name


def _participle_speaker(noun: Token, lexicon: CueLexicon) -> Token | None:
    """Who speaks through "a group backing Rubio" (the group) or "issued a statement saying ..." (the issuer).

    A message ("a statement", "an ad") does not speak: whoever issued it does,
    when the parse says so; otherwise, and when the verb only received it ("received calls
    saying ..."), the message stands for its issuer.
    """
    if noun.lemma_.lower() not in lexicon.message_nouns:
        return noun if _can_speak(noun, lexicon) else None
    governor = noun.head
    if noun.dep_ == "pobj" and governor.dep_ == "prep":
        governor = governor.head  # "said in a statement saying ..."
        if governor.dep_ == "dobj" and governor.pos != VERB and governor.head.pos == VERB:
            governor = governor.head  # "spent much of his speech defending ...": the speaker spent it
    if noun.dep_ in ("dobj", "pobj") and governor.pos == VERB:
        if governor.lemma_.lower() in lexicon.receiving_verbs:
            return noun  # "Police received calls saying ...": the calls' makers spoke, not the police
        return subject_of(governor) or noun
    return noun


def _can_speak(noun: Token, lexicon: CueLexicon) -> bool:
    """True for a noun that can hold a view: a named person, group or place, a pronoun, a source noun.

    "the statistics showing ...", "one point calling ...": things and moments do not speak.
    """
    if noun.ent_type_ in _SPEAKING_ENTITIES or noun.pos_ == "PRON":
        return True
    words = lexicon.source_nouns | lexicon.speaking_nouns | lexicon.survey_nouns
    return noun.lower_ in words or noun.lemma_.lower() in words
