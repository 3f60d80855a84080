"""Which way a time expression points: the tense, modals and quotation around it.

"on Thursday" is the coming Thursday after "will", the last one after a
past-tense verb; a reporting verb outside a quotation does not set the
tense of the dates inside it. ``orientation`` gives -1 (past), 0 (no
sign) or 1 (ahead); the other checks settle a tenseless month.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsgraph.extract._timex_grammar import lexicon

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_FUTURE = frozenset(lexicon()["future_cues"])
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# "until Tuesday", "effective Feb. 1": a deadline still to come, unless an activity told in the past ran until it.
_FUTURE_PREPOSITIONS = tuple(" " + words for words in lexicon()["future_prepositions"])
# "gave them until Friday", "has until Monday to reply": time granted, whose end is still to come
_GRANTING_VERBS = frozenset(lexicon()["granting_verbs"])
# Other modals point ahead only on the verb the expression hangs from: "would meet Thursday".
_MODALS = frozenset(lexicon()["future_modals"])
# Modals that look ahead from now even in reported speech; "would", "might" and "could" also report the past.
_PRESENT_MODALS = frozenset({"can", "may", "must", "should", "ca"})
# Words a source "would not" give: a refusal reported after the fact ("wouldn't say Tuesday").
_REFUSED_WORDS = frozenset({"say", "comment", "confirm", "disclose", "discuss", "elaborate", "specify",
                            "reveal", "answer", "identify", "name", "speculate"})
_QUOTE_MARKS = re.compile("[\"\u201c\u201d]|``|''")
# Clauses whose simple present speaks of the future: "if she wins in May", "once it opens on Monday"
_CONDITION_MARKS = frozenset({"if", "unless", "once", "when", "until", "till", "before", "after", "whether"})
_SCHEDULED_EVENTS = frozenset(lexicon()["scheduled_events"])
# "is forecast to", "are likely to": after a present "be", the infinitive that follows is still to come
_AHEAD_PREDICATES = frozenset(lexicon()["ahead_predicates"])
# The prepositions a scheduled day or month hangs from its verb by: "meets on Monday", "ends in May", and the
# bounds of a run still under way, "the festival runs through Sunday", "the sale ends before Christmas"; "at" for a
# clock time with its day, "polls open at 6 a.m. on Tuesday"
_SCHEDULE_PREPOSITIONS = frozenset({"on", "at", "by", "in", "from", "through", "thru", "before", "after"})
_DONE_EVENTS = frozenset(lexicon()["done_events"])
_REPORT_VERBS = frozenset(lexicon()["report_verbs"])
_FACT_PREPOSITIONS = frozenset(lexicon()["fact_prepositions"])
# "the second Tuesday in March", "the last Friday of the month": any year's, no scheduled day
_ORDINALS = frozenset(lexicon()["ordinals"]) | {"last"}


def names_a_scheduled_event(span: Span) -> bool:
    """The month dates a contest that is held on a set day ("the November election", "November's vote",
    "the party convention in July")."""
    month = span[-1]
    if month.dep_ == "pobj" and month.head.lower_ == "in" and month.head.dep_ == "prep":
        # only the contest itself, known to the reader: "the convention in July", not "a poll in February"
        event = month.head.head
        definite = any(child.dep_ == "poss" or child.lower_ in ("the", "this", "that") for child in event.children)
        return event.lemma_ in _SCHEDULED_EVENTS and event.pos_ == "NOUN" and definite
    return month.dep_ in ("compound", "nmod", "poss", "npadvmod", "amod") and month.head.lemma_ in _SCHEDULED_EVENTS


def _quote_between(token: Token, head: Token) -> bool:
    """The word is inside a quotation and its head outside it (the reporting clause), or the other way round."""
    first, last = sorted((token.i, head.i))
    if not any(word.is_quote or _QUOTE_MARKS.fullmatch(word.text) for word in token.doc[first + 1 : last]):
        return False  # no mark between them: both sides of any quotation (the cheap test, nearly always enough)
    return _inside_quote(token) != _inside_quote(head)


def _inside_quote(token: Token) -> bool:
    """An odd number of quotation marks since the start of the paragraph: the word is quoted."""
    marks = 0
    for word in reversed(token.doc[: token.i]):
        if "\n" in word.text_with_ws:
            break
        marks += word.is_quote or bool(_QUOTE_MARKS.fullmatch(word.text))
    return marks % 2 == 1


def scheduled_in_present(span: Span) -> bool:
    """The day or month hangs from a simple present that is no report: "He and Arafat meet separately Monday",
    "the levy takes effect on March 1", "her term ends in May".

    News writes what is planned in the present tense and what was said in the past;
    a present-tense report ("the White House says Monday") is the exception.
    """
    if span[0].lower_ in ("later", "earlier") or span.start and span.doc[span.start - 1].lower_ in _ORDINALS:
        return False  # "speaks later Monday" is today; "on the second Tuesday in March" is any year's
    verb = span.root.head
    if span.root.dep_ == "compound":
        return False  # "his Tuesday wins": the day names a thing, it dates no verb
    if _day_is_the_subject(span):
        return True  # "Friday is the deadline", "Sunday marks a year since the flood": the one ahead
    if verb.lower_ in _SCHEDULE_PREPOSITIONS and verb.head.i != verb.i:
        verb = verb.head  # "meet on Monday", "ends in May", "runs through Sunday", "closes before Christmas"
    # "she speaks Wednesday and testifies Thursday": a second present verb shares the first one's subject
    # (the tagger often reads it as a plural noun, but a noun is no conjunct of a verb)
    shared = verb.dep_ == "conj" and verb.head.tag_ in ("VBZ", "VBP") and verb.tag_ in ("VBZ", "VBP", "NNS")
    if verb.i == span.root.i or verb.tag_ not in ("VBZ", "VBP") and not shared or verb.lemma_ in _REPORT_VERBS:
        return False
    if _quote_between(span.root, verb):
        return False
    first, last = sorted((span.root.i, verb.i))
    if any(word.tag_ == "VBD" for word in span.doc[first:last]):
        return False  # "the index, which fell 1.4%, on Friday": a past verb nearer the day than the parse says
    dependents = {child.dep_ for child in verb.children}
    if shared:
        if verb.head.lemma_ in _REPORT_VERBS:
            return False
        dependents |= {child.dep_ for child in verb.head.children if child.dep_ in ("nsubj", "aux", "neg")}
    # A present verb with no subject is mostly a plural noun the tagger misread ("her remarks on Sunday")
    return "nsubj" in dependents and not dependents & {"aux", "auxpass", "neg"}


def _day_is_the_subject(span: Span) -> bool:
    """The day is the subject of the simple present right after it, which has no other ("Friday is the last day
    to register", "Sunday marks a year since the flood"); the parser often hangs such a day as an adverb."""
    verb = span.root.head
    if span.root.dep_ not in ("nsubj", "npadvmod") or verb.i != span.end or verb.tag_ not in ("VBZ", "VBP"):
        return False
    before = span.doc[span.start - 1] if span.start else None
    if before is not None and not before.is_sent_end and before.tag_ not in (",", ":", "CC", "IN", "``", "-LRB-"):
        return False  # "repeats her Tuesday wins": the day modifies a noun the tagger read as a verb
    if verb.lemma_ in _REPORT_VERBS or _quote_between(span.root, verb):
        return False
    return not any(child.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg") and child.i != span.root.i
                   for child in verb.children)


def names_a_done_event(span: Span) -> bool:
    """The day names an act that is over once it has happened ("Monday's ruling", "the Friday agreement", "the
    shooting on Sunday"): it lies behind the verb that looks ahead at what follows from it ("Monday's ruling will
    be appealed", "voters will remember the shooting on Sunday")."""
    day = span.root
    if day.dep_ in ("poss", "compound", "nmod") and day.head.lemma_.lower() in _DONE_EVENTS:
        return True
    # "the slaying in Chicago on Friday", "the shooting Sunday": the parse hangs the day from the act itself
    if day.dep_ == "pobj" and day.head.lower_ == "on":
        day = day.head
    return day.dep_ in ("prep", "npadvmod") and day.head.pos_ == "NOUN" and day.head.lemma_.lower() in _DONE_EVENTS


def counted_since(span: Span) -> bool:
    """The expression is the point "since" counts from ("has grown since October", "since Oct. 12", "since
    announcing in October that ..."): a point before the time the clause speaks from, whatever the month.

    Only up to the first verb with a tense of its own: in "since it will open in October" the "since" gives a
    reason and the month the opening's day.
    """
    if span.start and span.doc[span.start - 1].lower_ == "since":
        return True
    node = span.root
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lower_ == "since" and node.dep_ in ("prep", "mark"):
            return True
        if node.pos_ in ("VERB", "AUX") and (node.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass")
                                                                          for c in node.children)):
            return False
    return False


def tense_of_when_clause(span: Span) -> int:
    """The tense (-1, 0, +1) of a "when" clause right after the expression, which says what happened or happens
    then: "a dispute in June when the mayor attacked a judge" (-1), "on Tuesday, when the council meets" (+1).

    A simple present in such a clause, like one in a condition, speaks of what is still to come.
    """
    doc = span.doc
    at = span.end + (span.end < len(doc) and doc[span.end].text == ",")
    if at >= len(doc) or doc[at].lower_ != "when" or doc[at].head.i <= at:
        return 0
    verb = doc[at].head
    # the tagger often reads a present verb after its subject as a plural noun ("when California votes")
    misread = verb.tag_ == "NNS" and verb.dep_ == "advcl" and any(child.dep_ == "nsubj" for child in verb.children)
    if verb.pos_ not in ("VERB", "AUX") and not misread or _quote_between(doc[at], span.root):
        return 0
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBD" or auxiliaries & {"had", "did", "was", "were"}:
        return -1
    if auxiliaries & _FUTURE_AUX or (verb.tag_ in ("VBZ", "VBP") or misread) and not auxiliaries:
        return 1
    return 0


def present_in_condition(span: Span) -> bool:
    """The verb the expression hangs from is a simple present in a clause of condition or time, which English
    uses for what is still to come ("if he wins in November", "once the law takes effect on July 1", "when the
    court rules on Monday"), or the "could" or "would" of the outcome of such a clause ("could matter in
    November if he is the nominee")."""
    verb = span.root.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if _quote_between(span.root, verb):
        return False
    children = list(verb.children)
    if verb.tag_ == "VB" and any(child.lower_ in ("could", "would", "might") for child in children):
        # "could have big consequences in November if he is the nominee": the outcome of a present condition
        return any(child.dep_ == "advcl" and _present_condition(child) for child in children)
    return verb.tag_ in ("VBZ", "VBP") and _present_condition(verb)


def _present_condition(verb: Token) -> bool:
    """ "if he wins", "once it opens": a simple present marked as a condition or a time still to come."""
    children = list(verb.children)
    if verb.tag_ not in ("VBZ", "VBP") or any(child.dep_ in ("aux", "auxpass", "neg") for child in children):
        return False
    return any(child.dep_ == "mark" and child.lower_ in _CONDITION_MARKS for child in children)


def hangs_from_non_finite_verb(span: Span) -> bool:
    """The verb the expression hangs from is a bare infinitive or a gerund with no auxiliary ("to win in May")."""
    head = span.root.head
    if head.lower_ in ("in", "on", "by", "until", "before") and head.head.i != head.i:
        head = head.head
    if head.tag_ == "VBG" and head.dep_ in ("pcomp", "pobj") and head.head.lower_ in _FACT_PREPOSITIONS:
        return False  # "despite winning the primary in February": a thing done, not a plan
    return head.tag_ in ("VB", "VBG") and not any(child.dep_ in ("aux", "auxpass") and child.lower_ != "to"
                                                  for child in head.children)


def tense_of_governing_verb(span: Span) -> int:
    """The tense (-1, 0, +1) of the nearest verb above ``span`` alone, ignoring verbs further up."""
    node = span.root
    for _ in range(4):
        if node.head.i == node.i:
            return 0
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            auxiliaries = {child.lower_ for child in node.children if child.dep_ in ("aux", "auxpass")}
            if auxiliaries & _FUTURE_AUX or auxiliaries & _PRESENT_MODALS and not auxiliaries & {"have", "'ve"}:
                return 1  # "will fly in December", "a team that can qualify in May"
            return -1 if node.tag_ == "VBD" or auxiliaries & {"had", "did", "was", "were"} else 0
    return 0


def orientation(span: Span) -> int:
    """-1 when the governing verb is past, +1 when future ("will", "due to", "scheduled"), 0 otherwise.

    +2 after "until", "effective", "as early as": a date that cannot lie before publication; -2 after "until"
    that ends an activity told in the past ("worked there until March").
    """
    if _words_before(span, 3).endswith(_FUTURE_PREPOSITIONS):
        if _lasted_until(span):
            return -2  # "he worked at the plant until March": an activity told in the past ended then
        return 2  # surely ahead: no date before publication
    node, first_verb = span.root, True
    for _ in range(6):
        if node.head.i == node.i or _quote_between(node, node.head):
            break  # a quotation keeps its own tense: "Let's defeat her in November," he boomed
        node = node.head
        if node.lower_ == "set" and node.tag_ == "VBN" and _sets_a_date(node):
            return 1  # "talks set to resume Monday", "a vote set for Friday"
        if node.lower_ in _FUTURE and node.pos_ != "VERB" or node.lemma_ in ("schedule", "plan", "expect", "due"):
            if _has_auxiliary(node, {"had", "'d"}) and node.tag_ == "VBN":
                return -1  # "the bid had been scheduled to lapse Friday": a plan overtaken, its day past
            if node.tag_ == "VBD" and first_verb and _fronted(span):
                return -1  # "On Friday, the government planned to pay ...": the day the plan was made, told past
            if node.tag_ != "VBD" or node.lemma_ in ("schedule", "plan"):
                return 1
        if node.pos_ not in ("VERB", "AUX"):
            continue
        auxiliaries = {child.lower_ for child in node.children if child.dep_ in ("aux", "auxpass")}
        if "would" in auxiliaries and node.lemma_ in _REFUSED_WORDS and any(c.dep_ == "neg" for c in node.children):
            return -1  # "wouldn't say Tuesday how ...": a refusal already made, not a plan
        if auxiliaries & _FUTURE_AUX or first_verb and auxiliaries & _MODALS and not auxiliaries & {"have", "'ve"}:
            return 1
        if first_verb and _planned_with_be_to(node, auxiliaries):
            return 1  # "talks are to resume Monday", "the president is to visit China next month"
        if node.tag_ == "VBD" or auxiliaries & {"had", "did", "was", "were"}:
            return -1
        if first_verb and node.tag_ == "VBN" and not auxiliaries and node.dep_ in ("acl", "amod", "relcl"):
            return -1  # "the ruling announced Wednesday"
        if node.tag_ in _FINITE or auxiliaries & {"has", "have", "is", "are", "am", "does", "do"}:
            return -1 if node.tag_ == "VBN" and auxiliaries & {"has", "have"} else 0
        first_verb = first_verb and _absolute_with(node, auxiliaries)
    return 0


def _planned_with_be_to(verb: Token, auxiliaries: set[str]) -> bool:
    """ "are to resume", "is to visit", "is forecast to hit", "are likely to meet": a present "be" with an
    infinitive, straight or through a word that looks ahead, states what is still to come ("was to arrive"
    tells a plan in the past, whose day may be either side of publication)."""
    if verb.tag_ != "VB" or "to" not in auxiliaries or verb.dep_ != "xcomp":
        return False
    be: Token | None = verb.head
    if verb.head.lower_ in _AHEAD_PREDICATES:
        predicate = verb.head
        if predicate.pos_ == "VERB":
            be = next((child for child in predicate.children if child.dep_ == "auxpass"), None)
        else:
            be = predicate.head if predicate.dep_ == "acomp" else None
    return (be is not None and be.lemma_ == "be" and be.tag_ in ("VBZ", "VBP")
            and not _quote_between(verb, be))


def _lasted_until(span: Span) -> bool:
    """ "worked at the plant until March", "had been paying rent until May": an active verb in the past that
    "until" hangs from tells an activity that stopped then. A deadline given or moved keeps the date ahead: a
    passive ("talks were extended until Tuesday") or a verb that grants time ("gave them until Friday")."""
    until = span.root.head
    verb = until.head
    if until.dep_ != "prep" or until.lower_ not in ("until", "till") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_ in _GRANTING_VERBS or any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children):
        return False
    return verb.tag_ == "VBD" or _has_auxiliary(verb, {"had"})


def _fronted(span: Span) -> bool:
    """The expression opens its sentence and a comma closes it ("On Friday, ...", "Last week, ..."): it sets the
    time of the main clause, not of a plan or an infinitive further on."""
    doc = span.doc
    start = span.start - 1 if span.start and doc[span.start - 1].pos_ == "ADP" else span.start
    opens = start == 0 or doc[start - 1].is_sent_end or doc[start].is_sent_start is True
    return opens and span.end < len(doc) and doc[span.end].text == ","


def _words_before(span: Span, count: int) -> str:
    """The ``count`` lower-cased words before ``span``, space-separated with a leading space."""
    start = max(span.start - count, 0)
    return "".join(" " + token.lower_ for token in span.doc[start : span.start])


def _absolute_with(verb: Token, auxiliaries: set[str]) -> bool:
    """ "with a third boat crossing every Friday from August 7": a circumstance of the clause it hangs from,
    whose verb ("would sail") gives the tense; the gerund has none of its own."""
    return (verb.tag_ == "VBG" and not auxiliaries and verb.head.lower_ == "with"
            and any(child.dep_ == "nsubj" for child in verb.children))


def _sets_a_date(verb: Token) -> bool:
    """ "set to resume", "set for Friday": a plan; "a record set on Sept. 9" is a past fact."""
    if _has_auxiliary(verb, {"has", "have", "had"}):
        return False
    return any(child.dep_ == "xcomp" or child.lower_ == "for" for child in verb.children)


def _has_auxiliary(verb: Token, words: set[str]) -> bool:
    return any(child.dep_ in ("aux", "auxpass") and child.lower_ in words for child in verb.children)
