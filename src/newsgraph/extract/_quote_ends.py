"""How far a verb cue's reported clause or phrase runs to the right, before the writer's tails are cut.

Owns the end of pass 1's verb contents (see ``_quote_clauses``): the
complement's own words, stopping where the speaker goes on ("said A, and
she railed ...", "said A and called for B"); a second that-clause the
parser coordinated with the cue ("said A, but that B"); a clause the
parser hung on the cue after a closing quotation mark ('said X is "A," and
Y would B'); and the words the parser hung on the cue right after the
content with nothing between them, which PolNeAR's contents run through:
a verb phrase with no subject of its own that is no cue ("praised the
efforts of the envoy to find a settlement", "recalled her father teaching
her to swim", "described the players as highly skilled"), the verb of a
clause whose subject the parser took as the content ("said the boats
seized were heading home"), a second object ("made the pledge the
centrepiece of her speech"), an "as" with no subject ("described the city as
beset by crime"), a to-infinitive even of a cue verb ("called for the chairman
to release his records"), or a condition ("will back the plan if the
district hires more staff") and, after a reported clause, a reason ("said the
ferry was late because the crew was sick"). A comma, dash or conjunction before such words
is the writer's own break ("..., noting that ..."), and a cue verb there is
the speaker going on ("... to encourage voters ..." stays, "..., saying
..." goes); an indirect question joined by "and" or "or" goes on with the
content too ("talked about the drought and how many farms ..."). A verb the
parser coordinated with a word of the content that has the cue's form and not
that word's ("praised the plan and criticized its cost": "criticized" cannot
go with "plan"; "vowed to keep it and celebrated the ruling") is the speaker's
next act, and the content stops before it.
``_quote_bounds`` trims the tails afterwards.
"""

from __future__ import annotations

from spacy.symbols import PRON, VERB
from spacy.tokens import Doc, Token

from newsgraph.extract._quote_lexicon import CueLexicon

_THAT = frozenset({"that"})
_AS = frozenset({"as"})
# Modals of reported speech after a past-tense cue ("said ... and would run again")
_PAST_MODALS = frozenset({"would", "could", "might", "should"})
_BREAKS = frozenset({",", ";", ":", "-", "--", "\u2014", "\u2013"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_CONDITIONS = frozenset({"if", "unless"})
# A naming verb with one of these asks for something: "called on X to ...", "called for X"
_ASKING = frozenset({"on", "for"})
# A reason after a reported clause is the speaker's too ("said the plan failed because ..."); after a phrase
# ("opposed the bill because ...") it is the writer's account of why
_REASONS = frozenset({"because"})
# How a second source's clause hangs on the first one's reported clause ("..., while X said ...")
_SECOND_CLAUSE_DEPS = frozenset({"advcl", "conj"})
_CONTRASTS = frozenset({"while", "whereas", "whilst"})
# Subjects that name no other source: personal and relative pronouns, and the "that" of a misparse
_NOT_NAMING_TAGS = frozenset({"PRP", "PRP$", "WP", "WDT", "EX"})
_NOT_NAMING = frozenset({"that", "this", "these", "those", "it"})
# An indirect question coordinated with a content: "the border and how many cross it", "X or whether Y"
_QUESTION_JOINERS = frozenset({"and", "or"})
_QUESTION_WORDS = frozenset({"how", "whether", "what", "why"})
# ... unless the question is a clause of the sentence's own or its subject ("what residents heard was ...")
_OWN_CLAUSES = frozenset({"ROOT", "csubj", "csubjpass", "parataxis"})
# Auxiliaries of the perfect, which a second verb shares without a word of its own ("had visited Paris and met
# her"), and whose past participle the tagger often reads as a past tense
_PERFECT = frozenset({"have", "has", "had", "having", "'ve", "'d"})
_ACTED_ON = frozenset({"dobj", "prep", "xcomp", "ccomp", "advmod", "acomp", "oprd", "dative", "punct"})


def clause_content_end(verb: Token, complement: Token, subject: Token, lexicon: CueLexicon) -> int:
    """End (characters) of the content of ``verb`` whose head word is ``complement``."""
    end = _clause_end(complement, subject, lexicon)
    end = max(end, _coordinated_complement_end(verb, complement))
    end = max(end, _past_closing_mark_end(verb, complement, subject, lexicon))
    end = max(end, hung_on_cue_end(verb, end, lexicon, reasons=True))
    second = _second_attribution(complement, subject, lexicon)
    return min(end, _end_before(second)) if second is not None else end


def _second_attribution(complement: Token, speaker: Token, lexicon: CueLexicon) -> Token | None:
    """The first word of another source's attribution that the parser hung on the reported clause and
    that runs to its end: "said A, while 15 percent said B", "argued A, whereas the engineer argued
    that B", "said A and the council said B". That clause is a second quote, with its own speaker,
    not part of the first one's words. Only a cue verb with a clause of its own and a subject that names
    someone else: a pronoun ("and he feels B", "because she thought B") goes on with the speaker's words,
    and a clause of reason or condition ("because ...", "if Erdogan decides ...") is part of them."""
    last = complement.right_edge.i
    for token in complement.subtree:
        if token.i <= complement.i or token.dep_ not in _SECOND_CLAUSE_DEPS or token.right_edge.i < last:
            continue
        if token.lemma_.lower() not in lexicon.verbs:
            continue
        children = list(token.children)
        if token.dep_ == "advcl" and not any(child.dep_ == "mark" and child.lower_ in _CONTRASTS for child in children):
            continue
        own = next((child for child in children if child.dep_ == "nsubj" and child.i < token.i), None)
        if own is None or own.tag_ in _NOT_NAMING_TAGS or own.lower_ in _NOT_NAMING or _phrase(own) == _phrase(speaker):
            continue
        if any(child.dep_ == "mark" and child.lower_ == "that" for child in children):
            continue  # "said that A and that the chamber thinks B": a second that-clause of the same report
        if not any(child.dep_ == "ccomp" and child.i > token.i for child in children):
            continue
        first = token.left_edge
        before = token.doc[first.i - 1] if first.i > 0 else None
        if before is None or not (before.text in _BREAKS or before.dep_ == "cc" or first.dep_ in ("mark", "cc")):
            continue
        return first
    return None


def _phrase(head: Token) -> str:
    """The words of the phrase ``head`` heads, in lower case: "60 percent" and "15 percent" are two sources."""
    return head.doc[head.left_edge.i : head.right_edge.i + 1].text.lower()


def _end_before(first: Token) -> int:
    """End of the words before ``first``, without the commas, conjunctions and marks between."""
    doc = first.doc
    index = first.i - 1
    while index > 0 and (doc[index].is_punct or doc[index].is_space or doc[index].dep_ in ("cc", "mark")) and not doc[index].is_quote:
        index -= 1
    return doc[index].idx + len(doc[index])


def hung_on_cue_end(verb: Token, end: int, lexicon: CueLexicon, *, reasons: bool = False) -> int:
    """End of words the parser hung on the cue right after a content ending at ``end``, when they go on
    with what was said: a verb phrase with no subject of its own that is no cue itself, a verb whose
    subject is the content, a second object, a condition; else ``end``."""
    if verb.idx >= end:
        return end  # the content comes before the cue
    for child in verb.rights:
        if child.right_edge.idx < end or child.left_edge.idx < end - 1:
            continue  # inside the content, or the content itself
        first = child.left_edge
        if first.is_punct or first.dep_ == "cc" or not _adjoining(first, end):
            return end  # a comma, dash, bracket or conjunction before it: the writer's break
        if not _goes_on(child, lexicon, reasons):
            return end
        last = child.right_edge
        while last.i > child.i and (last.is_punct or last.is_space) and not last.is_quote:
            last = verb.doc[last.i - 1]
        return max(end, last.idx + len(last))
    return end


def coordinated_question_end(verb: Token, end: int) -> int:
    """End of an indirect question joined by "and" or "or" to a content ending at ``end``: "talked about the
    border and how many people cross it", "asked about the protests and whether she would back them". The
    parser often hangs the question on the cue or on a word before, but it is part of what was talked
    about or asked. Not a clause of the sentence's own ("..., and what voters heard was ...")."""
    doc = verb.doc
    index = _first_token_at(doc, verb.i + 1, end)
    if index is None:
        return end
    if index < len(doc) and doc[index].text == ",":
        index += 1
    if index > verb.i + 1 and doc[index - 1].lower_ in _QUESTION_JOINERS:
        index -= 1  # the content took the conjunction along ("the drought and")
    if index + 1 >= len(doc) or doc[index].lower_ not in _QUESTION_JOINERS:
        return end
    question = doc[index + 1]
    if question.lower_ not in _QUESTION_WORDS or question.i > verb.right_edge.i and question.head.i > verb.i:
        return end
    clause = question
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head  # "how many farms could lose": from "how" up to "lose"
    if clause.dep_ in _OWN_CLAUSES or clause == verb or clause.right_edge.i <= question.i or clause.left_edge.i < index:
        return end
    last = clause.right_edge
    while last.i > question.i and (last.is_punct or last.is_space) and not last.is_quote:
        last = doc[last.i - 1]
    return last.idx + len(last)


def speakers_next_act_end(verb: Token, phrase: Token, start: int, end: int) -> int:
    """End of a phrase content (``start``..``end``, characters; head word ``phrase``) before a verb the parser
    coordinated with one of its words though it has the cue's form and not that word's: "praised the new
    plan and criticized its cost" ("criticized" is no second thing praised), "was urging a ban and pressing
    for a vote", "vowed to keep the clinic open and celebrated the ruling". Such a verb, with no subject of
    its own, is what the speaker did next; else ``end``. Not in a clause with a subject of its own ("said
    she was tired and wanted to rest"): its verbs' forms tell nothing of whose they are, and PolNeAR's
    contents run on."""
    if any(child.dep_ in _SUBJECTS for child in phrase.children):
        return end
    doc = verb.doc
    for token in doc[verb.i + 1 :]:
        if token.idx >= end:
            break
        if token.idx <= start or token.dep_ != "conj" or token.pos != VERB or token.tag_ != verb.tag_:
            continue
        head = token.head
        if head.idx < start or head.tag_ == verb.tag_ or token.left_edge.idx <= start:
            continue
        if any(child.dep_ in _SUBJECTS for child in token.children) or not _acts_on(token):
            continue  # a clause of its own; a noun the tagger took for a verb ("attention and help she got")
        if any(child.dep_ in ("aux", "auxpass") and child.lower_ in _PERFECT for child in head.children):
            continue  # "had visited Paris and met her": one perfect, the tagger's past tense notwithstanding
        if _in_relative_clause(head, phrase):
            continue  # "rates that rise with pay and fall ...": the relative clause's own verbs
        return min(end, _end_before(token.left_edge))
    return end


def _acts_on(verb: Token) -> bool:
    """True for a verb with an object, a complement or a phrase of its own after it ("criticized its cost")."""
    return any(child.dep_ in _ACTED_ON for child in verb.rights)


def _in_relative_clause(token: Token, phrase: Token) -> bool:
    """True when ``token`` sits in a relative or participle clause below ``phrase``."""
    while token != phrase and token.head != token:
        if token.dep_ in ("relcl", "acl"):
            return True
        token = token.head
    return False


def _first_token_at(doc: Doc, start: int, offset: int) -> int | None:
    """Index of the first token from ``start`` on that begins at or after character ``offset``."""
    for index in range(start, len(doc)):
        if doc[index].idx >= offset:
            return index
    return None


def _adjoining(first: Token, end: int) -> bool:
    """True when only spaces part a content ending at ``end`` from words opening at ``first``; a comma,
    dash or colon the content ends in is a break. (Read on the tokens: ``Doc.text`` is built anew on each
    call.)"""
    doc = first.doc
    before = first.i - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 0:
        return False
    last = doc[before]
    return last.idx + len(last) == end and last.text not in _BREAKS


def _goes_on(child: Token, lexicon: CueLexicon, reasons: bool = False) -> bool:
    """True for the words after a content that carry it on (see ``hung_on_cue_end``); ``reasons`` when the
    content is a clause, whose reason the speaker gives too."""
    if child.dep_ == "dobj":
        return True
    marks = _CONDITIONS | _REASONS if reasons else _CONDITIONS
    if child.dep_ == "advcl" and any(grand.dep_ == "mark" and grand.lower_ in marks for grand in child.children):
        return True  # "said he would serve if asked": the condition is part of what was said
    if child.dep_ == "advcl" and not any(grand.dep_ in _SUBJECTS for grand in child.children):
        if _marked(child, _AS):
            return True  # "described the city as beset by crime": what the object was said to be
        if _infinitive(child):
            return True  # "called for the chairman to release his records": the act asked for, a cue or not
    if any(grand.dep_ in _SUBJECTS or grand.dep_ == "mark" for grand in child.children):
        return False  # a clause of its own, a time clause ("while running for the Senate")
    lemma = child.lemma_.lower()
    if child.dep_ == "ccomp":
        return lemma not in lexicon.speech_verbs  # "... and half of the others said": the writer goes on
    # any other verb phrase with no subject or conjunction of its own goes on: "to encourage voters",
    # "teaching her to swim", "described the players as highly skilled"; "noting that" is a cue of its own
    return child.dep_ == "advcl" and not _is_cue_lemma(lemma, lexicon)


def _coordinated_complement_end(verb: Token, complement: Token) -> int:
    """End of a second that-clause the parser coordinated with the cue: "said A, but that B"; or of a
    verb phrase with no subject led by a backshifted modal after a past-tense cue ("said she hoped to
    win, and then would run again"): the modal says it is still the reported speech going on, not the
    writer's narration ("said A and called for B")."""
    end = 0
    for child in verb.rights:
        if child.i <= complement.i or child.dep_ != "conj":
            continue
        if _marked(child, _THAT) or (verb.tag_ == "VBD" and _backshifted(child)):
            end = child.right_edge.idx + len(child.right_edge)
    return end


def _backshifted(phrase: Token) -> bool:
    """True for a verb phrase with no subject of its own whose first auxiliary is a past modal ("would
    run", "couldn't provide")."""
    if any(child.dep_ in _SUBJECTS for child in phrase.children):
        return False
    first = next((child for child in phrase.lefts if child.dep_ == "aux"), None)
    return first is not None and first.lower_ in _PAST_MODALS


def _past_closing_mark_end(verb: Token, complement: Token, subject: Token, lexicon: CueLexicon) -> int:
    """End of a clause the parser hung on the cue because a closing quotation mark ended the complement:
    'told players that the referees could be "very strict," and have been harsh before', 'said the
    teachers have been "a steady team," and parents would need ...': the reported words go on after the mark. Not
    when the speaker goes on ("..., and he gave ...", "... and called for ...")."""
    doc = verb.doc
    after = complement.right_edge.i + 1
    while after < len(doc) and doc[after].text == ",":
        after += 1
    if after + 2 >= len(doc) or not doc[after].is_quote or doc[after].head != verb:
        return 0
    conjunction = doc[after + 1]
    if conjunction.dep_ != "cc" or conjunction.head != verb:
        return 0
    clause = next((child for child in verb.rights if child.dep_ == "conj" and child.i > after + 1), None)
    if clause is None or clause.left_edge.i != after + 2 or _is_cue_lemma(clause.lemma_.lower(), lexicon):
        return 0
    own = next((child for child in clause.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if own is not None and (own.pos == PRON or own.lower_ == subject.lower_):
        return 0
    return clause.right_edge.idx + len(clause.right_edge)


def speaker_continues(verb: Token, cue: Token, lexicon: CueLexicon) -> bool:
    """True for a verb with no subject of its own after a reported clause that is the speaker going on: a
    speech verb ("... and added B"), or a naming verb that names in quotation marks or asks ("... and called
    the plan 'a failure'", "... and called on the board to resign"; not "never called a donor"), unless it repeats
    the cue's own act ("calling on A to act and call on B ...": one request)."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.speech_verbs:
        return True
    if lemma not in lexicon.naming_verbs or lemma == cue.lemma_.lower():
        return False
    if any(child.dep_ == "prep" and child.lower_ in _ASKING for child in verb.children):
        return True
    return any(token.is_quote for token in verb.subtree)  # the name given, in the speaker's words


def _is_cue_lemma(lemma: str, lexicon: CueLexicon) -> bool:
    return lemma in lexicon.verbs or lemma in lexicon.object_verbs or lemma in lexicon.prep_verbs


def _infinitive(verb: Token) -> bool:
    """True for a to-infinitive with no conjunction of its own ("to release his records")."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.lefts) and not any(
        child.dep_ == "mark" for child in verb.children
    )


def _marked(clause: Token, marks: frozenset[str]) -> bool:
    return any(child.dep_ == "mark" and child.lower_ in marks for child in clause.children)


def _clause_end(head: Token, subject: Token, lexicon: CueLexicon) -> int:
    """End of a clause's words, stopping before "she said A, and she railed ...": a new clause by the
    speaker, named by the same word.

    "... and said B" or "... and questioning B" (a cue verb with no subject of
    its own), or "... and called C 'D'" (``speaker_continues``), is the speaker
    going on, not content. Coordinated content ("that
    A, and that B") stays whole, and so does "Trump said A and he feels B":
    a pronoun after a named speaker goes on with the reported words, as
    PolNeAR marks them.
    """
    end_token = head.right_edge
    for child in head.rights:
        if child.dep_ != "conj" or any(grand.dep_ == "mark" for grand in child.children):
            continue
        own = next((grand for grand in child.children if grand.dep_ in ("nsubj", "nsubjpass")), None)
        speaker_goes_on = own is None and child.pos == VERB and speaker_continues(child, head.head, lexicon)
        if speaker_goes_on or (own is not None and own.lower_ == subject.lower_):
            previous = child.left_edge.i - 1
            while previous > head.i and head.doc[previous].dep_ in ("cc", "punct"):
                previous -= 1
            end_token = head.doc[previous]
            break
    return end_token.idx + len(end_token)
