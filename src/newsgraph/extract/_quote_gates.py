"""Checks on a verb cue before pass 1 drafts it (see ``_quote_clauses``).

Owns the verbs that look like cues but report no speech or no speaker of
their own: "That said, ..." is a connective; "quoted as saying" frames the
speech verb after it; a naming verb that convenes ("called an emergency
session"; resources: convened_nouns) or telephones or appoints someone named
("called Erdogan", "named Ana Ruiz") names nothing; a participle between a
noun's determiner, possessive or number and the noun ("the state's pledged
delegates", "475 pledged delegates") describes the noun; in "Asked
whether ..., X said" the one asked is no asker; and a question put to "you"
("Do you support X?") asks for a view nobody has given yet.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract._quote_lexicon import CueLexicon

# Words that open a noun phrase and cannot be a verb's subject on their own ("the pledged delegates", "475
# pledged delegates", "its promised reforms"); "both", "some", "all" can ("Some accused Trump of ...").
_NOUN_OPENERS_TAGS = frozenset({"PRP$", "POS", "CD"})
_NOUN_OPENERS = frozenset({"the", "a", "an", "every", "no"})
_PARTICIPLES = frozenset({"VBD", "VBN"})
# Entity types of the one a naming verb telephones or appoints rather than names.
_NAMED_PARTIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def convenes(verb: Token, lemma: str, lexicon: CueLexicon) -> bool:
    """"called an emergency session", "called a strike": a naming verb with one object, a thing one
    convenes, names nothing ("called the strike a disgrace" does)."""
    if lemma not in lexicon.naming_verbs:
        return False
    objects = [child for child in verb.children if child.dep_ in ("dobj", "oprd")]
    if len(objects) != 1 or objects[0].lemma_.lower() not in lexicon.convened_nouns:
        return False
    return not any(child.dep_ == "appos" for child in objects[0].children)  # 'the meeting "a farce"' names it


def calls_someone(verb: Token, lemma: str, lexicon: CueLexicon) -> bool:
    """"Blinken called Sudan's army chief", "named Ana Ruiz": a naming verb whose one object is a named person,
    body or country, with nothing it is called, telephones or appoints, and names nothing ("called Trump a
    liar" does)."""
    if lemma not in lexicon.naming_verbs:
        return False
    objects = [child for child in verb.children if child.dep_ in ("dobj", "oprd")]
    if len(objects) != 1:
        return False
    # "called army chief Abdel al-Burhan": the parser may hang the name on the title as an apposition.
    appositions = [child for child in objects[0].children if child.dep_ == "appos"]
    if any(_in_quotation_marks(apposition) for apposition in appositions):
        return False  # 'called the governor "the next Lincoln"': the quoted words are the name given
    names = [objects[0], *appositions]
    return any(name.pos_ == "PROPN" and name.ent_type_ in _NAMED_PARTIES for name in names)


def _in_quotation_marks(phrase: Token) -> bool:
    """True when a quotation mark opens ``phrase`` or stands right before it."""
    first = phrase.left_edge
    return first.is_quote or (first.i > 0 and phrase.doc[first.i - 1].is_quote)


def describes_a_noun(verb: Token) -> bool:
    """"the convention's pledged delegates", "475 pledged delegates", "the promised reforms": a participle
    between the opening of a noun phrase and its noun is an adjective of the noun, whatever the tagger
    made of it, and reports nothing."""
    doc = verb.doc
    if verb.tag_ not in _PARTICIPLES or verb.i == 0 or verb.i + 1 >= len(doc):
        return False
    before, after = doc[verb.i - 1], doc[verb.i + 1]
    if after.pos_ not in ("NOUN", "PROPN") or after.is_punct:
        return False
    return before.tag_ in _NOUN_OPENERS_TAGS or before.lower_ in _NOUN_OPENERS


def asks_the_addressee(verb: Token) -> bool:
    """"Do you support the plan?", "Will you vote for him?", "What do you think of X?": a question whose
    cue has "you" for subject asks the reader or the one interviewed for a view; nobody has given it yet,
    so nothing is attributed ("you support the plan" said of "you" would be the asker's guess)."""
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ != "you":
        return False
    sentence = verb.sent
    last = next((token for token in reversed(sentence) if not (token.is_space or token.is_quote)), None)
    if last is None or last.text != "?":
        return False
    # "do you", "will you", "have you": a question; "When you think of X, is ...?" only sets the scene
    return any(child.dep_ in ("aux", "auxpass") and child.i < subject.i for child in verb.children)


def asked_of_someone(verb: Token) -> bool:
    """"Asked whether he would ..., Rubio said ...": a fronted passive participle of "ask" with no agent;
    the subject it borrows was asked, and who asked goes unsaid (PolNeAR leaves the speaker out)."""
    if verb.lemma_.lower() != "ask" or verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.i > verb.head.i:
        return False
    return not any(child.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent") for child in verb.children)


def quoted_as_saying(verb: Token, lexicon: CueLexicon) -> bool:
    """"He was quoted as saying ...", "quoted by Interfax as saying ...": the speech verb after "as" is
    the cue; "quoted" frames it and has no content of its own (not "he", not "saying ...")."""
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ == "as":
            said = next((grand for grand in child.children if grand.dep_ in ("pcomp", "pobj")), None)
            return said is not None and said.lemma_.lower() in lexicon.speech_verbs
    return False


def is_that_said(verb: Token) -> bool:
    """"That said, ...", "That being said, ...": a connective ("even so"), not a cue whose
    content would swallow the sentence's own attributions."""
    doc = verb.doc
    after = verb.i + 1
    if after >= len(doc) or doc[after].text != "," or verb.lower_ != "said":
        return False
    before = [token for token in doc[verb.sent.start : verb.i] if not token.is_space]
    words = [token.lower_ for token in before]
    return words in (["that"], ["that", "being"])
