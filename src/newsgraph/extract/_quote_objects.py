"""What a cue verb takes as a phrase rather than a clause: its object, with what completes it.

Owns the phrase contents of ``_quote_clauses`` (pass 1): an object verb's
object ("criticized X", "opposed it", "urged X to Y", "blamed X for Y"), a
naming verb's object and name ("called Trump 'unhinged'", "called her son her
hero", "what critics call a hoax"), a prepositional cue's object ("called for
X", and "called for X to Y", which the parser reads as a for-to clause), "sees
X as Y" (also when the parser hung the "as" on a word of the object or made
the state a clause of the verb), a passive object verb's subject when an agent speaks ("Trump was
criticized by ..."), and what was said as a noun phrase ("said
yes"), and the object the parser took from a reported clause's subject, where
the content opens ("said redemption of the shares ... will end ..."). A light
verb's cue noun with its own content ("expressed opposition to X") is left to
the noun. An "on" or "in" phrase after the object goes with it when it names
a topic ("knocked the senator on trade", "backed her bid in large numbers"),
not when it names a time or a place ("endorsed her in May", "in Ohio"). The verb lists are data
(resources/quote_cues.json).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract._quote_bounds import names_the_description
from newsgraph.extract._quote_drafts import child_with_dep
from newsgraph.extract._quote_lexicon import CueLexicon

_HYPHENS = frozenset({"-", "\u2010", "\u2011"})

_OBJECT_TAIL_PREPS = frozenset({"as", "for", "of", "to", "against", "with", "from", "over", "about"})
# Prepositions whose phrase after the object completes it only when it names neither a time nor a place:
# "knocked Rubio on trade", "backed her candidacy in high numbers", not "endorsed Sanders in December"
_TOPIC_PREPS = frozenset({"on", "in"})
# Words around an "as" that lists examples or adds an item rather than saying what the object is seen as
_LISTING_BEFORE_AS = frozenset({"such", "well", "much", "same", "long", "soon", "far"})
_ASIDE_OPENERS = frozenset({",", ";", "(", "-", "\u2013", "\u2014", "--"})
_LISTING_AFTER_AS = frozenset({"well", "much", "many", "if", "though", "of", "soon", "long", "far"})
_SETTING_ENTITIES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
# An object verb's pronoun object is content ("opposed it", "mocked him"), except these: "that" and "what"
# stand for a clause PolNeAR marks elsewhere ("what it calls ...", "he disputes that")
_NOT_OBJECT_CONTENT = frozenset({"that", "what"})
_FREE_RELATIVES = frozenset({"what", "whatever"})
# Entity types of places: "attacked Kabul" is an assault, not a verbal attack on the city.
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_RELATIVE_TAGS = frozenset({"WP", "WDT"})
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# How the parser hangs a reported clause's subject on the cue: as its object ("said redemption of the shares
# ... will end"), or as a noun of time or manner ("said the days when X ruled are gone", "said the way Y
# treated them would ...")
_TAKEN_SUBJECTS = frozenset({"dobj", "npadvmod"})
# What a published message's noun may carry and still say nothing of what it holds: "her new 30-second ad"
_BARE_NOUN_DEPS = frozenset({"det", "amod", "poss", "compound", "nummod", "punct"})
# ... and the prepositions after it that say what it is about: "posted a message about ...", "a column on ..."
_TOPIC_OF_MESSAGE = frozenset({"about", "of", "over", "against", "regarding"})
_OWN_CLAUSES = frozenset({"advcl", "xcomp", "ccomp", "conj", "cc", "punct"})


def object_content(
    verb: Token, lemma: str, lexicon: CueLexicon, cue: tuple[int, int]
) -> tuple[Token | None, tuple[int, int], int | None]:
    """A phrase, not a clause, as the content: "called it a hoax", "called for X", "criticized X"."""
    predicate = child_with_dep(verb, "oprd")
    if predicate is not None:
        target = child_with_dep(verb, "dobj")
        end = predicate.right_edge.idx + len(predicate.right_edge)
        if target is not None and verb.i < target.i < predicate.i:
            return target, cue, end  # "called Trump 'unhinged'"
        if target is not None and target.i < verb.i:
            return predicate, cue, end  # "what it calls “sensible gun laws”": the pronoun is a piece of its own
        return predicate, (verb.idx, predicate.idx), end
    preps = lexicon.prep_verbs.get(lemma)
    if preps:
        for child in verb.rights:
            if child.dep_ == "prep" and child.lower_ in preps:
                target = next((grand for grand in child.children if grand.dep_ in ("pobj", "pcomp")), None)
                if target is not None:
                    return target, (verb.idx, child.idx + len(child)), object_end(verb, child)
        wanted = _for_to_clause(verb, preps)
        if wanted is not None:
            clause, mark, subject = wanted
            return subject, (verb.idx, mark.idx + len(mark)), clause.right_edge.idx + len(clause.right_edge)
    if lemma in lexicon.naming_verbs:
        target = child_with_dep(verb, "dobj")
        name_end = _quoted_name_end(target) or _second_object_end(target) if target is not None else None
        if name_end is not None:
            return target, cue, name_end  # "called the senator “the next George Washington”"
    if lemma in lexicon.object_verbs:
        target = child_with_dep(verb, "nsubjpass")
        agent = child_with_dep(verb, "agent")
        if target is not None and agent is not None and target.lower_ not in _NOT_OBJECT_CONTENT:
            return target, cue, _phrase_end(target)  # "Trump was criticized by ...": the criticized
    if lemma in lexicon.as_verbs:
        target = child_with_dep(verb, "dobj")
        if target is not None and target.i < verb.i and _relative_pronoun(target):
            phrase = _as_phrase(verb)
            if phrase is not None:  # "the rival, whom he described as “volatile”": what he called the rival
                return phrase, cue, phrase.right_edge.idx + len(phrase.right_edge)
        if target is not None and _has_as_phrase(verb, target):
            return target, cue, object_end(verb, target)  # "sees the convention as a second chance"
        state = _as_state(verb, target) if target is not None else None
        if state is not None:  # "see Okafor as most likely to win": the parser made the "as" state a clause
            return target, cue, max(_phrase_end(target), _state_end(state))
        if target is not None and _as_inside(target):
            return target, cue, target.right_edge.idx + len(target.right_edge)  # "see the vote held Sunday as a test"
    if lemma in lexicon.object_verbs:
        target = child_with_dep(verb, "dobj") or _free_relative(verb)
        if target is not None and target.lemma_.lower() in lexicon.figure_nouns:
            return None, cue, None  # "reported a third-quarter loss", "posted net income": accounts, not words
        if target is not None and acts_on_thing(lemma, target, lexicon):
            return None, cue, None  # "attacked a police station", "recalled its ambassador": acts, not words
        if target is not None and only_the_medium(verb, lemma, target, lexicon):
            return None, cue, None  # "released a statement": how the words went out, not the words
        if target is not None and target.lower_ not in _NOT_OBJECT_CONTENT and not _light_cue(lemma, target, lexicon):
            return target, cue, object_end(verb, target)
    return None, cue, None


def _for_to_clause(verb: Token, preps: frozenset[str]) -> tuple[Token, Token, Token] | None:
    """"called for two rivals to drop out": the parser reads the cue's preposition as the mark of an
    infinitive clause with its own subject, so no object hangs on the preposition. The clause, its
    mark and its subject, where the content opens (PolNeAR's runs from whom is asked through the
    infinitive)."""
    for child in verb.rights:
        if child.dep_ != "advcl":
            continue
        mark = next((grand for grand in child.lefts if grand.dep_ == "mark"), None)
        subject = next((grand for grand in child.lefts if grand.dep_ == "nsubj"), None)
        if mark is None or subject is None or mark.lower_ not in preps or mark.i != subject.left_edge.i - 1:
            continue  # the preposition right before whom is asked: "called for the city to ..."
        if not any(grand.dep_ == "aux" and grand.lower_ == "to" for grand in child.lefts):
            continue  # an infinitive only: "pushed for a vote so that it passes" is no for-to clause
        return child, mark, subject
    return None


def acts_on_thing(lemma: str, target: Token, lexicon: CueLexicon) -> bool:
    """True when the cue verb (or its noun: "an attack on") acts on its object rather than speaks of it: a thing
    or person of physical_objects ("recalled its ambassador"), or for an attack a place name ("attacked Kabul")."""
    if lemma in lexicon.place_object_verbs and target.ent_type_ in _PLACE_ENTITIES:
        return True
    return lemma in lexicon.physical_verbs and target.lemma_.lower() in lexicon.physical_objects


def only_the_medium(verb: Token, lemma: str, target: Token, lexicon: CueLexicon) -> bool:
    """True for "released a statement", "posted a photo", "wrote a letter to the board": a publishing verb
    whose object is a message or a picture with nothing that says what it holds ("a statement that ...",
    "a photo of ...", "posted a message about ...", a quoted title do). The object is how the words went
    out; what they were comes elsewhere ("released a statement Monday saying ...") or not at all."""
    if lemma not in lexicon.publishing_verbs:
        return False
    if target.lemma_.lower() not in lexicon.published_nouns and target.lower_ not in lexicon.published_nouns:
        return False
    if any(child.dep_ not in _BARE_NOUN_DEPS for child in target.children):
        return False
    for child in verb.rights:
        if child.i < target.i or (child.dep_ in _OWN_CLAUSES and not child.is_quote):
            continue  # "released a statement Monday saying ...": the clause is a quote of its own
        if child.dep_ == "prep" and (child.lower_ in _TOPIC_OF_MESSAGE or _names_a_topic(child)):
            return False
        if any(token.is_quote for token in child.subtree):
            return False  # 'published a column, entitled “...”'
    return True


def _free_relative(verb: Token) -> Token | None:
    """"condemned what he called the reckless spending": a what-clause the parser hung on the verb as its
    complement is the verb's object."""
    clause = child_with_dep(verb, "ccomp")
    if clause is None or clause.i < verb.i or clause.left_edge.lower_ not in _FREE_RELATIVES:
        return None
    return clause


def _light_cue(lemma: str, target: Token, lexicon: CueLexicon) -> bool:
    """True for "expressed opposition to X": a light verb with a cue noun that frames its own content
    (its phrase or clause); "expressed solidarity" alone is the verb's content."""
    if lemma not in lexicon.light_verbs:
        return False
    if target.lemma_.lower() not in lexicon.nouns and target.lower_ not in lexicon.stance_nouns:
        return False
    return any(child.dep_ in ("prep", "acl", "relcl", "ccomp") for child in target.rights)


def said_object(verb: Token, figures: frozenset[str] = frozenset()) -> Token | None:
    """What was said as a noun phrase: "said yes", "told a joke", "says the increase ... makes ...".

    The parser often reads a that-less clause as an object plus a relative
    clause; either way the words after the cue are the content. Pronouns
    ("said it", "what he said") give no content.
    """
    target = child_with_dep(verb, "dobj") or child_with_dep(verb, "intj")  # "said no"
    if target is None or target.i < verb.i or target.pos_ == "PRON" or target.lemma_.lower() in figures:
        return None  # "posted net income of ...": accounts, not words
    return target


def _quoted_name_end(target: Token) -> int | None:
    """End of the quoted name right after an object ("X “thugs”"), or None when no quotation follows."""
    doc = target.doc
    after = target.right_edge.i + 1
    if after >= len(doc) or not doc[after].is_quote:
        return None
    for token in doc[after + 1 : after + 30]:
        if token.is_quote:
            return token.idx + len(token)
        if "\n" in token.text:
            break
    return None


def _second_object_end(target: Token) -> int | None:
    """End of the name a naming verb gives its object when the parser took the two for one phrase:
    "called her son her hero" (an appositive with no comma) or "called protesters “thugs”" (the quoted
    name as the head)."""
    doc = target.doc
    for child in target.rights:
        if child.dep_ == "appos" and doc[child.left_edge.i - 1].text != ",":
            return child.right_edge.idx + len(child.right_edge)
    if any(token.is_quote for token in doc[target.left_edge.i : target.right_edge.i + 1]):
        return target.right_edge.idx + len(target.right_edge)
    return None


def _relative_pronoun(token: Token) -> bool:
    """True for "whom" or "which" standing for a noun before it; not for "what" ("praised what her staff
    call ..."), which names no noun of its own: the words around it are another cue's content."""
    return token.tag_ in _RELATIVE_TAGS and token.lower_ not in _FREE_RELATIVES


def _as_phrase(verb: Token) -> Token | None:
    """The "as ..." phrase the verb governs after itself, if any."""
    return next((child for child in verb.rights if child.dep_ == "prep" and child.lower_ == "as"), None)


def _has_as_phrase(verb: Token, target: Token) -> bool:
    """True when "as ..." follows the object, attached to the verb or to the object."""
    return any(
        child.dep_ == "prep" and child.lower_ == "as" and child.i > target.i
        for child in (*verb.children, *target.children)
    )


def _as_state(verb: Token, target: Token) -> Token | None:
    """"sees Okafor as most likely to win", "view the mayor as better prepared": the parser reads the state
    after "as" as a clause of the verb, with "as" its modifier, right after the object."""
    for child in verb.rights:
        if child.dep_ in ("advcl", "ccomp") and child.i > target.i and child.left_edge.i == target.right_edge.i + 1:
            first = child.left_edge
            if first.lower_ == "as" and first.dep_ == "advmod":
                return child
    return None


def _state_end(state: Token) -> int:
    """End of an "as" state before a dash, comma or bracket that opens the writer's aside ("as better
    prepared - with 50 percent saying ...")."""
    last = state
    for token in state.doc[state.i + 1 : state.right_edge.i + 1]:
        if token.text in _ASIDE_OPENERS:
            break
        last = token
    return last.idx + len(last)


def _as_inside(target: Token) -> bool:
    """"see the vote held Sunday as a test", "perceived her efforts to cut costs as timid": the parser hung
    the "as" phrase on a word inside the object rather than on the verb; not "such as" nor "as well as",
    which list examples, nor a "the role as chair" the object's own head takes."""
    doc = target.doc
    for token in doc[target.i + 1 : target.right_edge.i + 1]:
        if token.lower_ != "as" or token.dep_ != "prep" or token.head.i == target.i or token.i + 1 >= len(doc):
            continue
        before, after = doc[token.i - 1], doc[token.i + 1]
        if before.lower_ in _LISTING_BEFORE_AS or after.lower_ in _LISTING_AFTER_AS or before.is_punct:
            continue
        if token.head.pos_ in ("VERB", "NOUN", "PROPN") and token.right_edge.i > token.i:
            return True
    return False


def object_end(verb: Token, target: Token) -> int:
    """End of an object with what completes it: "urged X to ...", "described X as ...", "blamed X for ..."."""
    end = _phrase_end(target) if target.dep_ != "prep" else target.right_edge.idx + len(target.right_edge)
    for child in verb.rights:
        if child.i <= target.i:
            continue
        if child.dep_ in ("xcomp", "oprd", "ccomp") or (child.dep_ == "prep" and child.lower_ in _OBJECT_TAIL_PREPS):
            end = max(end, child.right_edge.idx + len(child.right_edge))
        elif child.dep_ == "prep" and child.lower_ in _TOPIC_PREPS and _names_a_topic(child):
            end = max(end, child.right_edge.idx + len(child.right_edge))
    return end


def _names_a_topic(prep: Token) -> bool:
    """True for an "on" or "in" phrase whose object is no date, time or place and that holds no clause of
    its own ("on trade", "in high numbers"; not "in December", "in Georgia", "in saying ...")."""
    noun = child_with_dep(prep, "pobj")
    if noun is None or noun.ent_type_ in _SETTING_ENTITIES:
        return False
    return not any(token.pos_ in ("VERB", "AUX") for token in prep.subtree)


def _phrase_end(head: Token) -> int:
    """End of a noun phrase, before a comma and a relative clause or an appositive hung on it. An
    appositive the parser made of a list's second item ("Rep. Ann Lowe, D-Maine, and Carl Burns",
    "his speed, his stamina and his calm") stays: the list goes on after it; so does a name after a
    description ("her assistant, Maria Lopez"), which says whom the speaker meant."""
    head = _hyphenated_rest(head)
    end_token = head.right_edge
    for child in head.rights:
        if child.dep_ not in ("relcl", "acl", "appos") or head.doc[child.left_edge.i - 1].text != ",":
            continue
        if child.dep_ == "appos" and (_in_list(head, child) or names_the_description(child)):
            continue
        end_token = head.doc[child.left_edge.i - 2]
        break
    return end_token.idx + len(end_token)


def _in_list(head: Token, appositive: Token) -> bool:
    """True when a coordination follows the appositive, on it or on the head: the "appositive" is an item."""
    return any(
        token.dep_ in ("cc", "conj") and token.i > appositive.i
        for token in (*head.rights, *appositive.rights)
    )


def _hyphenated_rest(head: Token) -> Token:
    """The last part of a hyphenated word the parser split into sibling objects ("opposed the re-emergence
    of ...": "re", "-" and "emergence" all hang on the verb), so that the phrase runs to its end."""
    doc = head.doc
    while True:
        last = head.right_edge
        hyphen = last.i + 1
        if hyphen + 1 >= len(doc) or last.whitespace_ or doc[hyphen].text not in _HYPHENS or doc[hyphen].whitespace_:
            return head
        rest = doc[hyphen + 1]
        if rest.head != head.head or rest.dep_ != head.dep_:
            return head
        head = rest


def subject_taken_as_object(verb: Token, complement: Token) -> Token | None:
    """"said redemption of the shares, first issued in 1980, will end ...": the parser made the reported
    clause's subject the cue's object (or, for "said the days when ... are gone", a noun of time hung on
    the cue) and left the clause without one; the content opens at that subject.
    Likewise "said that bombings this month of ... ``show that ...''", where the parser read "that" as a
    preposition, the subject as its object and the verb as an xcomp: the content opens at "that"."""
    if complement.dep_ not in ("ccomp", "xcomp") or complement.i < verb.i:
        return None
    if any(child.dep_ in _CLAUSE_SUBJECTS or child.dep_ == "mark" for child in complement.children):
        return None  # a clause of its own; after "that" the object is whom the cue addressed
    if complement.dep_ == "xcomp":
        if complement.tag_ not in ("VB", "VBP") or any(child.lower_ == "to" for child in complement.lefts):
            return None  # "urged X to act" is an infinitive, no clause
        return next((child for child in verb.rights if child.dep_ == "prep" and child.lower_ == "that"
                     and child.i < complement.i), None)
    if not any(child.dep_ == "aux" or child.tag_ in _FINITE_TAGS for child in (complement, *complement.lefts)):
        return None  # a finite clause only: "will end", "ended"
    return next((child for child in verb.rights if child.dep_ in _TAKEN_SUBJECTS and child.i < complement.i), None)
