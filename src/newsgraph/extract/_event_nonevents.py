"""Uses of event words that are no event: a refusal to comment, a question asked, a view shared.

``_event_roles`` asks ``no_event_use`` before it makes a verb trigger: "declined to
comment" is CAMEO's "decline comment" (011, no PLOVER type), "asked whether ..." a
question, "most lawmakers agree the boy should go back" a view, not an agreement.
An assurance of a fact or to a campaign's audience, and a hand lent to one's own act ("helped write the
law") are no events either. ``own_wish`` and ``trades`` tell when a wish or a deal is aimed at nobody.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract._event_lexicon import Pattern, cues
from newsgraph.extract._event_syntax import own_subjects, pobjs, subjects


def no_event_use(token: Token, pattern: Pattern, children: list[Token]) -> bool:
    """Whether the verb ``token`` matched by ``pattern`` is used here in a way that codes no event."""
    return (
        _declines_comment(pattern, children)
        or _asks_question(token, children)
        or _holds_view(token, children)
        or _assures_fact(token, children)
        or _lends_a_hand(token, children)
        or _lets_happen(token, children)
        or _asks_for_votes(token, children)
    )


def own_wish(pattern: Pattern) -> bool:
    """A wish that is an appeal only when someone else is to act ("wants Putin to attack"): "wants to
    return to Cuba" or "wants to buy Jaguar" is the subject's own plan, aimed at nobody."""
    return pattern.has("wrap") and pattern.has("obj2")


def _holds_view(token: Token, children: list[Token]) -> bool:
    """Agreement with a view ("most lawmakers agree the boy should go back", "agrees that program trading
    hurts the market"): a finite that-clause alone, with no one agreed with and nothing agreed to do.
    Coordinated parties that agree ("The Philippines and France agree that ...") agree with each other,
    unless what they agree on is a fact ("Both D'Amato and Schumer agree this was a horrific crime").
    Agreeing with a person alone ("Only a quarter of Americans agree with him") shares a view too."""
    words = cues()
    if token.lemma_.lower() not in words.get("opinion_verbs", frozenset()):
        return False
    if _agrees_with_someone(children):
        return True
    clauses = [child for child in children if child.dep_ == "ccomp" and not _infinitive_clause(child)]
    others = [child for child in children if child.dep_ in ("xcomp", "dobj", "prep", "dative")]
    if not clauses or others:
        return False
    if any(conj.dep_ == "conj" for subject in subjects(token) for conj in subject.children):
        modal = words.get("modal_aux", frozenset())
        return not any(aux.dep_ == "aux" and aux.lower_ in modal for clause in clauses for aux in clause.children)
    return True


def _agrees_with_someone(children: list[Token]) -> bool:
    """A "with" phrase that names a person or a pronoun and nothing else agreed on or to ("Ted Cruz is now
    agreeing with me 100 percent"); "agreed with Iran on a ceasefire" and "agreed with Russia to ..." still code."""
    preps = [child for child in children if child.dep_ == "prep"]
    if [prep.lower_ for prep in preps] != ["with"] or any(c.dep_ in ("xcomp", "ccomp", "dobj") for c in children):
        return False
    return any(obj.pos_ == "PRON" or obj.ent_type_ == "PERSON" for obj in pobjs(preps[0]))


def _infinitive_clause(clause: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in clause.children)


def trades(children: list[Token]) -> bool:
    """Whether the verb's infinitive complement buys, sells or pays (``cues.txt`` commerce_verbs)."""
    words = cues().get("commerce_verbs", frozenset())
    return any(child.dep_ == "xcomp" and child.lemma_.lower() in words for child in children)


def _declines_comment(pattern: Pattern, children: list[Token]) -> bool:
    """A refusal to speak ("declined to comment", "refused to identify himself"): CAMEO's "decline
    comment" (011), a statement of no PLOVER type, not a rejection of anyone."""
    words = cues().get("comment_verbs", frozenset())
    return pattern.has("refusal") and any(
        child.dep_ in ("xcomp", "ccomp") and child.lemma_.lower() in words for child in children
    )


def _asks_question(token: Token, children: list[Token]) -> bool:
    """A question asked ("reporters asked whether the ban applies", "asked him what he wanted", "Asked by
    Stephanopoulos to respond to Trump's criticism", cues answer_verbs): an interview's question is no appeal."""
    words = cues()
    if token.lemma_.lower() not in words.get("question_verbs", frozenset()):
        return False
    answers = words.get("answer_verbs", frozenset())
    if any(child.dep_ == "xcomp" and child.lemma_.lower() in answers for child in children):
        return True
    return any(child.dep_ == "ccomp" and (_interrogative(child) or _quoted_question(child)) for child in children)


def _quoted_question(clause: Token) -> bool:
    """A question quoted as said ('"... why should the nomination be grabbed from him?" asked Bennett')."""
    return any(word.text == "?" for word in clause.subtree)


def _interrogative(clause: Token) -> bool:
    """Whether a complement clause is an indirect question: opened by "whether" or "if", or by a wh-word."""
    if any(child.dep_ == "mark" and child.lower_ in ("whether", "if") for child in clause.children):
        return True
    return clause.doc[clause.left_edge.i].tag_ in ("WDT", "WP", "WP$", "WRB")


def _assures_fact(token: Token, children: list[Token]) -> bool:
    """An assurance that is a claim, not a promise ("assured the American people that the claims are false":
    a that-clause with no will or would), or one made to a campaign's audience ("assured voters he would
    force Mexico to pay", cues campaign_audiences): no intent to cooperate with anyone."""
    words = cues()
    if token.lemma_.lower() not in words.get("assurance_verbs", frozenset()):
        return False
    audiences = words.get("campaign_audiences", frozenset())
    if any(child.dep_ in ("dobj", "dative") and child.lemma_.lower() in audiences for child in children):
        return True
    future = words.get("future_aux", frozenset())
    clauses = [child for child in children if child.dep_ == "ccomp"]
    return bool(clauses) and not any(
        aux.dep_ == "aux" and aux.lower_ in future for clause in clauses for aux in clause.children
    )


def _lets_happen(token: Token, children: list[Token]) -> bool:
    """Letting that is no concession: a participle that tells what a clause led to ("Sanders prevailed in
    Vermont, allowing her to build a lead") or an imperative to the writer ("Allow me to do the research")."""
    words = cues()
    if token.lemma_.lower() not in words.get("permission_verbs", frozenset()):
        return False
    if token.tag_ == "VBG" and token.dep_ == "advcl" and not own_subjects(token):
        return True
    first_person = words.get("first_person", frozenset())
    # An imperative has no subject and no auxiliary ("to allow me", "would allow us" are no imperatives).
    imperative = token.tag_ == "VB" and not own_subjects(token) and not any(c.dep_ == "aux" for c in children)
    return imperative and any(child.dep_ == "dobj" and child.lower_ in first_person for child in children)


def _asks_for_votes(token: Token, children: list[Token]) -> bool:
    """An appeal to vote or to back a candidate ("urged them to vote Tuesday", "asks you to focus your votes on
    this group", "can ask them to support another candidate"): campaigning, no appeal between parties."""
    words = cues()
    if token.lemma_.lower() not in words.get("appeal_verbs", frozenset()):
        return False
    voting = words.get("voting_verbs", frozenset())
    ballots = words.get("ballot_nouns", frozenset())
    for clause in (child for child in children if child.dep_ in ("xcomp", "ccomp")):
        if clause.lemma_.lower() in voting:
            return True
        if any(obj.dep_ == "dobj" and obj.lemma_.lower() in ballots for obj in clause.children):
            return True
    return False


def _lends_a_hand(token: Token, children: list[Token]) -> bool:
    """Help with one's own work ("helped write the law", "helped convince lawmakers": cues
    contribution_verbs, own_work_verbs) is a contribution, not aid; "helped Iraq rebuild its army" and
    "help defend Saudi Arabia" still code."""
    words = cues()
    if token.lemma_.lower() not in words.get("contribution_verbs", frozenset()):
        return False
    work = words.get("own_work_verbs", frozenset())
    helped = any(child.dep_ in ("dobj", "dative", "ccomp") for child in children)
    return not helped and any(child.dep_ == "xcomp" and child.lemma_.lower() in work for child in children)
