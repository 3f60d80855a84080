"""Uses of event words that are no event: a refusal to comment, a question asked, a view shared.

``_event_roles`` asks ``no_event_use`` before it makes a verb trigger: "declined to
comment" is CAMEO's "decline comment" (011, no PLOVER type), "asked whether ..." a
question and so is what it asks about ("asked her if she would commit"), "most lawmakers agree the
girl should stay with her aunt" a view, not an agreement.
An assurance of a fact or to a campaign's audience, and a hand lent to one's own act ("helped write the
law") are no events either; nor are persuading someone of a fact or persuading voters, a warning of a
danger that threatens nobody, a doubt ("question whether"), the "discuss" of an anonymous source,
calling something a name ("called the speech a disgrace"), showing a fact ("demonstrate how ...") and
an errand for one's own staff or a thing asked for ("asks his assistant to book a flight", "asked it to
be brought in"), a wish about how someone fares ("wanted Trump to win"), and markets moving ("Chinese
shares rallied").
``own_wish`` and ``trades`` tell when a wish or a deal is aimed at nobody.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from newsgraph.extract._event_lexicon import Pattern, cues
from newsgraph.extract._event_syntax import infinitive, own_subjects, pobjs, prep_objects, subjects

# Entity types of a party: a name the parser took for a verb's predicate is its object ("called Zelensky").
_PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Prepositions of a noun that aim the act it names at a party ("action against Armenia", "strikes on Kyiv").
_AIMED_AT_PREPS = ("against", "on", "upon")

def no_event_use(token: Token, pattern: Pattern, children: list[Token]) -> bool:
    """Whether the verb ``token`` matched by ``pattern`` is used here in a way that codes no event."""
    return (
        _declines_comment(pattern, children)
        or _asks_question(token, pattern, children)
        or _is_asked(token)
        or _holds_view(token, children)
        or _assures_fact(token, children)
        or _lends_a_hand(token, children)
        or _lets_happen(token, children)
        or _asks_for_votes(token, children)
        or _persuades_of_fact(token, children)
        or _warns_of_danger(token, children)
        or _doubts(token, children)
        or _speaks_anonymously(token)
        or _names_something(token, children)
        or _shows_fact(token, children)
        or _asks_own_staff(token, children)
        or _talks_about(token, children)
        or _works_with_staff(token, children)
        or _wishes_a_state(pattern, children)
        or _markets_move(token)
    )


def _markets_move(token: Token) -> bool:
    """Prices, shares and currencies as the verb's subject ("Chinese shares rallied", "the lira plunged"): a
    market moving, whatever the verb means of people (cues market_subjects). A name is a party: "the
    Common Market imposed sanctions"."""
    markets = cues().get("market_subjects", frozenset())
    return any(
        subject.pos_ != "PROPN" and (subject.lemma_.lower() in markets or subject.lower_ in markets)
        for subject in subjects(token)
    )


def _wishes_a_state(pattern: Pattern, children: list[Token]) -> bool:
    """A wish about how someone else is or fares, no act anyone is asked to do ("wants America to become more
    like Europe", "wanted Trump to win", "want the next president's policies to be more liberal"; cues.txt
    state_verbs): no appeal. "Wants Turkey to close its borders" still asks Turkey to act."""
    if not (pattern.has("wrap") and pattern.has("obj2")):
        return False
    states = cues().get("state_verbs", frozenset())
    wished = [child for child in children if child.dep_ in ("ccomp", "xcomp") and child.pos_ in ("VERB", "AUX")]
    return bool(wished) and all(
        clause.lemma_.lower() in states and any(part.dep_ == "nsubj" for part in clause.children)
        for clause in wished
    )


def own_wish(pattern: Pattern) -> bool:
    """A wish that is an appeal only when someone else is to act ("wants Putin to attack"): "wants to
    return to Cuba" or "wants to buy Jaguar" is the subject's own plan, aimed at nobody."""
    return pattern.has("wrap") and pattern.has("obj2")


def _holds_view(token: Token, children: list[Token]) -> bool:
    """Agreement with a view ("most lawmakers agree the girl should stay with her aunt", "agrees that program trading
    hurts the market"): a finite that-clause alone, with no one agreed with and nothing agreed to do.
    Coordinated parties that agree ("Norway and Chile agree that ...") agree with each other,
    unless what they agree on is a fact ("Both senators agree the fire was a tragedy").
    Agreeing with a person alone ("few voters agree with her") shares a view too, and so does one person's
    bare agreement with what was just said ("Davis agreed, praising the plan")."""
    words = cues()
    if token.lemma_.lower() not in words.get("opinion_verbs", frozenset()):
        return False
    if _agrees_with_someone(children) or _agrees_alone(token, children):
        return True
    clauses = [child for child in children if child.dep_ == "ccomp" and not infinitive(child)]
    others = [child for child in children if child.dep_ in ("xcomp", "dobj", "prep", "dative")]
    if not clauses or others:
        return False
    if any(conj.dep_ == "conj" for subject in subjects(token) for conj in subject.children):
        modal = words.get("modal_aux", frozenset())
        return not any(aux.dep_ == "aux" and aux.lower_ in modal for clause in clauses for aux in clause.children)
    return True


def _agrees_with_someone(children: list[Token]) -> bool:
    """A "with" phrase that names a person, a pronoun or what someone said (cues.txt view_nouns) and nothing else
    agreed on or to ("the senator now agrees with me entirely", "agrees with Ginsburg's remarks"), or only a view
    agreed with them ("agreed with him that the record is relevant": a that-clause with no modal); "agreed with
    Iran on a ceasefire", "agreed with Russia to ..." and "agreed with Lee that they would meet" still code."""
    preps = [child for child in children if child.dep_ == "prep"]
    if [prep.lower_ for prep in preps] != ["with"] or any(c.dep_ in ("xcomp", "dobj") for c in children):
        return False
    words = cues()
    modal = words.get("modal_aux", frozenset())
    for clause in (child for child in children if child.dep_ == "ccomp"):
        if infinitive(clause) or any(aux.dep_ == "aux" and aux.lower_ in modal for aux in clause.children):
            return False
    views = words.get("view_nouns", frozenset())
    return any(
        obj.pos_ == "PRON" or obj.ent_type_ == "PERSON" or (obj.pos_ == "NOUN" and obj.lemma_.lower() in views)
        for obj in pobjs(preps[0])
    )


def _agrees_alone(token: Token, children: list[Token]) -> bool:
    """One person who agrees, or concedes, with nothing agreed to, on or with ("The professor agreed.",
    "Davis agreed, praising the plan", "the adviser conceded in an interview"): a view shared with the last
    speaker, no agreement between parties. Coordinated or plural subjects ("Russia and Turkey agreed", "the
    two sides agreed") agree with each other and still code."""
    bound = {"to", "on", "upon", "with", "over", "about"}
    if any(
        child.dep_ in ("dobj", "xcomp", "ccomp", "dative", "agent") or (child.dep_ == "prep" and child.lower_ in bound)
        for child in children
    ):
        return False
    people = {"he", "she", "i"}
    found = subjects(token)
    return bool(found) and all(
        (subject.ent_type_ == "PERSON" or subject.lower_ in people)
        and not any(child.dep_ == "conj" for child in subject.children)
        for subject in found
    )



def trades(children: list[Token]) -> bool:
    """Whether the verb's infinitive complement buys, sells or pays (``cues.txt`` commerce_verbs)."""
    words = cues().get("commerce_verbs", frozenset())
    return any(child.dep_ == "xcomp" and child.lemma_.lower() in words for child in children)


def _declines_comment(pattern: Pattern, children: list[Token]) -> bool:
    """A refusal to speak ("declined to comment", "refused to identify himself"): CAMEO's "decline
    comment" (011), a statement of no PLOVER type, not a rejection of anyone."""
    words = cues()
    if not pattern.has("refusal"):
        return False
    comment = words.get("comment_verbs", frozenset())
    clauses = [child for child in children if child.dep_ in ("xcomp", "ccomp")]
    return any(
        clause.lemma_.lower() in comment or _talks_to_press(clause, words) or _talks_of_a_topic(clause, words)
        for clause in clauses
    )


def _talks_of_a_topic(clause: Token, words: Mapping[str, frozenset[str]]) -> bool:
    """Talking about a topic with nobody named to talk with ("declined to discuss details"): declining comment
    too; "refused to discuss the border with Iran" still rejects Iran."""
    if clause.lemma_.lower() not in words.get("topic_talk_verbs", frozenset()):
        return False
    # The "with" phrase may hang on the topic ("discuss the border with Iran").
    return not any(word.dep_ == "prep" and word.lower_ == "with" for word in clause.subtree)


def _talks_to_press(clause: Token, words: Mapping[str, frozenset[str]]) -> bool:
    """Speaking to the press or answering its questions ("refused to speak to reporters", "declined to respond
    to questions"): declining comment too; "refused to talk to the rebels" still rejects them."""
    if clause.lemma_.lower() not in words.get("press_talk_verbs", frozenset()):
        return False
    press = words.get("press_nouns", frozenset())
    return any(obj.lemma_.lower() in press for child in clause.children if child.dep_ == "prep" for obj in pobjs(child))


def _is_asked(token: Token) -> bool:
    """An act in an indirect question ("asked the senator if she would sign on to his plan", "wanted to know
    whether the council expected the mayor to act"): asked about, not reported. "whether" with a
    subject opens a question anywhere; "if" only after a verb of asking or finding out (cues
    question_heads), as elsewhere it sets a condition."""
    clause = token.head if token.dep_ == "conj" else token
    node = clause
    # "whether lawmakers wanted the governor to veto the bill": what the question asks about is asked too.
    while True:
        if any(child.dep_ == "mark" and child.lower_ == "whether" for child in node.children):
            # "determine whether to prosecute Clinton" weighs an act of its own (hypothetical), no question asked
            return not infinitive(node)
        if node.dep_ not in ("ccomp", "xcomp") or node.head.i == node.i:
            break
        node = node.head
    marks = {child.lower_ for child in clause.children if child.dep_ == "mark"}
    heads = cues().get("question_heads", frozenset())
    return "if" in marks and clause.dep_ in ("ccomp", "advcl") and clause.head.lemma_.lower() in heads


def _asks_question(token: Token, pattern: Pattern, children: list[Token]) -> bool:
    """A question asked ("reporters asked whether the ban applies", "asked him what he wanted", "Asked by
    the host to respond to Marlow's charge", cues answer_verbs): an interview's question is no appeal.
    So is an appeal verb with nothing asked for: only the one asked ("the host asked the senator", its question
    quoted in the next sentence) or an "if" clause ("asked the mayor if she was ready")."""
    words = cues()
    if token.lemma_.lower() not in words.get("question_verbs", frozenset()):
        return False
    answers = words.get("answer_verbs", frozenset())
    if any(child.dep_ == "xcomp" and child.lemma_.lower() in answers for child in children):
        return True
    if any(
        child.dep_ in ("ccomp", "advcl") and (_interrogative(child) or _quoted_question(child)) for child in children
    ):
        return True
    if pattern.cameo[:2] == "02" and not _asks_for_something(children):
        return True
    return _around_quoted_question(token, children)


def _asks_for_something(children: list[Token]) -> bool:
    """An act or a thing asked for ("asked Iran to leave", "asked that the vote be delayed", "asked for a
    recount", "asked of her rival"), or something asked that the parse left as the object ("asked
    help", "asked a favour"), beside the one asked."""
    if any(child.dep_ == "xcomp" or (child.dep_ == "ccomp" and not _quotation(child)) for child in children):
        return True
    if any(child.dep_ == "prep" and child.lower_ in ("for", "of") for child in children):
        return True
    objects = [child for child in children if child.dep_ == "dobj"]
    return any(obj.pos_ == "NOUN" and obj.tag_ != "NNS" and obj.ent_type_ == "" for obj in objects)


def _quotation(clause: Token) -> bool:
    """Whether a complement clause is a quotation before its verb ('"You said the party broke its pledge," the host
    asked him'): what was said, not asked for ('asked them to "prayerfully consider" it' still asks)."""
    if clause.i > clause.head.i:
        return False
    doc = clause.doc
    before = doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return doc[clause.left_edge.i].tag_ == "``" or (before is not None and before.tag_ == "``")


def _around_quoted_question(token: Token, children: list[Token]) -> bool:
    """'"Will you raise taxes?" the host asked.', 'the host asked, "Will you?"': an "ask" with nothing asked of
    anyone, whose question the parse left outside it, in a sentence that holds a question mark."""
    if any(child.dep_ in ("dobj", "dative", "xcomp") for child in children):
        return False
    if any(child.dep_ == "prep" and child.lower_ in ("for", "of") for child in children):
        return False
    return any(word.text == "?" for word in token.sent)


def _quoted_question(clause: Token) -> bool:
    """A question quoted as said ('"... why should he quit now?" asked the aide')."""
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
    """Letting that is no concession: a participle that tells what a clause led to ("Hale won in
    Ohio, allowing her to widen her lead") or an imperative to the writer ("Allow me to do the research")."""
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
    """An appeal to vote or to back a candidate ("urged them to vote Tuesday", "asks you to give your votes
    to one slate", "may ask them to back a rival"): campaigning, no appeal between parties."""
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


def _persuades_of_fact(token: Token, children: list[Token]) -> bool:
    """Persuasion that is no appeal to act: of a fact ("the reporters were convinced that she would quit",
    "to persuade voters that he shares their worries": a finite that-clause and no infinitive) or of a
    campaign's audience ("failed to convince the voters", cues campaign_audiences). "persuaded Iran to
    halt enrichment" still appeals."""
    words = cues()
    if token.lemma_.lower() not in words.get("persuasion_verbs", frozenset()):
        return False
    if any(child.dep_ == "xcomp" for child in children):
        return False
    audiences = words.get("campaign_audiences", frozenset())
    if any(child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in audiences for child in children):
        return True
    return any(child.dep_ == "ccomp" and not infinitive(child) for child in children)


def _warns_of_danger(token: Token, children: list[Token]) -> bool:
    """A warning addressed to nobody that tells of a danger, not of an act ("retailers warn it could hurt
    sales", "warned of a long fight ahead", "warning against false hopes"): a forecast, no
    threat; so is one of what a measure will do ("warned that the merger would hurt the workers", cues
    forecast_subjects). A warning to someone ("warned China against provocative behavior"), about someone ("warned of
    the rebel commander"), or of what is to happen ("warned that any attack would be met with force",
    "the rebels warned that they would strike back") still threatens: only a clause of what may or
    could happen, or of what "it" does, forecasts (cues possibility_aux)."""
    words = cues()
    if token.lemma_.lower() not in words.get("warning_verbs", frozenset()):
        return False
    impersonal = words.get("impersonal_pronouns", frozenset())
    # "warn it could hurt sales": the parse may take the clause's "it" for an addressee.
    if any(child.dep_ in ("dobj", "dative", "nsubjpass") and child.lower_ not in impersonal for child in children):
        return False
    if any(child.dep_ == "dobj" for child in children):
        return True  # the "it" of a clause the parse split off
    clauses = [child for child in children if child.dep_ == "ccomp"]
    if clauses:
        possible = words.get("possibility_aux", frozenset())
        measures = words.get("forecast_subjects", frozenset())
        return all(
            any(aux.dep_ == "aux" and aux.lower_ in possible for aux in clause.children)
            or any(sub.lower_ in impersonal or sub.lemma_.lower() in measures for sub in own_subjects(clause))
            for clause in clauses
        )
    # "warned of a long fight": a danger; "warned of the King of Rohan", "warned against Iran":
    # a warning about a party is aimed at it; so is one of an act against a party ("warned of military action
    # against Armenia", "warned of reprisals on Kyiv").
    # A party the act is aimed at may be people named by their adjective ("an offensive against Kurdish fighters";
    # a singular "against Islamist extremism" is a cause, no party).
    about = [obj for child in children if child.dep_ == "prep" for obj in pobjs(child)]
    aimed_at = [obj for noun in about for obj in prep_objects(noun, _AIMED_AT_PREPS)]
    about += aimed_at + [
        mod for obj in aimed_at if obj.tag_ == "NNS" for mod in obj.children if mod.dep_ in ("amod", "compound")
    ]
    return bool(about) and not any(obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or obj.pos_ == "PROPN" for obj in about)


def _doubts(token: Token, children: list[Token]) -> bool:
    """Questioning whether something is so ("critics question whether the minister really backs the plan")
    is a doubt, not an inquiry into anyone (cues doubt_verbs)."""
    if token.lemma_.lower() not in cues().get("doubt_verbs", frozenset()):
        return False
    return any(child.dep_ == "ccomp" and _interrogative(child) for child in children)


def _speaks_anonymously(token: Token) -> bool:
    """The topic of an anonymous source ("an aide, granted anonymity to discuss the
    plans", "was not authorized to discuss the talks"): why the source is unnamed, no talks held
    (cues confidential_verbs, discretion_heads)."""
    words = cues()
    if token.lemma_.lower() not in words.get("confidential_verbs", frozenset()):
        return False
    heads = words.get("discretion_heads", frozenset())
    if token.dep_ not in ("xcomp", "advcl", "acl") or token.head.i == token.i:
        return False
    # Only the clause the infinitive hangs on: "authorized", or "speaking on the condition of anonymity".
    head = token.head
    return head.lemma_.lower() in heads or any(
        word.lemma_.lower() in heads for word in head.subtree if not token.left_edge.i <= word.i <= token.right_edge.i
    )


def _names_something(token: Token, children: list[Token]) -> bool:
    """A verb with a predicate noun names what its object is ("the chairman called the senator's speech a disgrace"),
    and so does a naming verb with a predicate adjective ("called Putin's remarks irresponsible"; cues
    naming_verbs): a label, not an appeal ("called on Iraq to withdraw" has none). A lone "predicate" that names a
    party, with no object or passive subject beside it, is the object the parser misread ("Macron called Zelensky
    after the attack", "called army chief al-Burhan")."""
    naming = token.lemma_.lower() in cues().get("naming_verbs", frozenset())
    if naming and _quoted_label_follows(children):
        return True  # 'called protesters "thugs"'
    predicates = [
        child for child in children if child.dep_ == "oprd" and (child.pos_ in ("NOUN", "PROPN") or naming)
    ]
    if not predicates:
        return False
    named = [predicates[0], *[child for child in predicates[0].children if child.dep_ == "appos"]]
    misread_object = (
        len(predicates) == 1
        and not any(child.dep_ in ("dobj", "nsubjpass") for child in children)
        and (
            any(name.pos_ == "PROPN" and name.ent_type_ in _PARTY_ENTITIES for name in named)
            or _foreign_office_holder(predicates[0])
        )
    )
    return not misread_object


def _foreign_office_holder(noun: Token) -> bool:
    """A person named by a nationality and a title ("called the Saudi crown prince", "called his Iranian counterpart"),
    or by a tie to another ("called its allies"; cues counterpart_nouns): a party, no label, when nothing else is
    the verb's object."""
    if any(child.dep_ in ("dobj", "oprd", "appos", "attr") for child in noun.children):
        return False  # "called the Saudi plan a trap": the label the parser hung on the thing labelled
    if noun.lemma_.lower() in cues().get("counterpart_nouns", frozenset()):
        return True
    return any(child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE") for child in noun.children)


def _quoted_label_follows(children: list[Token]) -> bool:
    """Whether a quotation mark opens after the verb's object in its sentence ('called her “a liar”', 'called
    Munero, who drove a taxi, a “ruffian”'), however the parser hung the quoted name."""
    for child in children:
        if child.dep_ in ("dobj", "oprd"):
            after = child.doc[child.left_edge.i : child.sent.end]
            if any(token.is_quote for token in after):
                return True
    return False


def _shows_fact(token: Token, children: list[Token]) -> bool:
    """Demonstrating that or how something is so ("trying to demonstrate how the senator was swayed by
    lobbyists") or demonstrating something ("had demonstrated a fondness for strongmen", "the resolve
    demonstrated by the allies"): showing it, no demonstration in the street, which takes no object (cues
    showing_verbs)."""
    if token.lemma_.lower() not in cues().get("showing_verbs", frozenset()):
        return False
    return any(
        (child.dep_ == "ccomp" and not infinitive(child)) or child.dep_ in ("dobj", "nsubjpass")
        for child in children
    ) or (token.dep_ == "acl" and token.tag_ == "VBN")


def _asks_own_staff(token: Token, children: list[Token]) -> bool:
    """An errand, not an appeal between parties: asking one's own staff ("the governor asks his assistant to book a
    flight", cues staff_nouns) or asking for a thing ("asked it to be brought to the stage")."""
    words = cues()
    if token.lemma_.lower() not in words.get("appeal_verbs", frozenset()):
        return False
    staff = words.get("staff_nouns", frozenset())
    impersonal = words.get("impersonal_pronouns", frozenset())
    passive = any(c.dep_ == "xcomp" and any(a.dep_ == "auxpass" for a in c.children) for c in children)
    return any(
        child.dep_ == "dobj" and (child.lemma_.lower() in staff or (passive and child.lower_ in impersonal))
        for child in children
    )


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


def _talks_about(token: Token, children: list[Token]) -> bool:
    """One speaker discussing a topic with nobody named ("the senator is seen discussing her own plan to cut
    imports", "the former envoy also discussed the differences between the two"): talk about something, no
    consultation; the topic's owner ("her plan") is no counterpart. Talks with someone ("discussed trade
    with Iran") and between coordinated or plural parties ("Putin and Erdogan discussed Syria", "the
    ministers discussed trade") still code (cues topic_verbs)."""
    if token.lemma_.lower() not in cues().get("topic_verbs", frozenset()):
        return False
    if not any(child.dep_ == "dobj" for child in children):
        return False
    # The parse may hang "with Arafat" on the topic ("discussed the peace process with Arafat").
    objects = [child for child in children if child.dep_ == "dobj"]
    if any(child.dep_ == "prep" and child.lower_ in ("with", "between", "among") for child in children):
        return False
    if any(child.dep_ == "prep" and child.lower_ == "with" for obj in objects for child in obj.children):
        return False
    found = subjects(token)
    return bool(found) and not any(
        subject.tag_ in ("NNS", "NNPS") or any(child.dep_ == "conj" for child in subject.children) for subject in found
    )


def _works_with_staff(token: Token, children: list[Token]) -> bool:
    """Working with one's own staff ("works with advisers on every speech", "will work with campaign
    manager Hal Reed"): the work of one camp, no cooperation between parties (cues collaboration_verbs,
    staff_nouns)."""
    words = cues()
    if token.lemma_.lower() not in words.get("collaboration_verbs", frozenset()):
        return False
    staff = words.get("staff_nouns", frozenset())
    withs = [child for child in children if child.dep_ == "prep" and child.lower_ == "with"]
    partners = [obj for child in withs for obj in pobjs(child)]
    # "with advisers to draft a reply": the parse may make the partner the subject of the purpose clause.
    clauses = [clause for child in withs for clause in child.children if clause.dep_ == "pcomp"]
    partners += [sub for clause in clauses for sub in clause.children if sub.dep_ == "nsubj"]
    if not partners:
        return False
    # "campaign manager Hal Reed": the role is a compound or an apposition of the name.
    return all(
        any(word.lemma_.lower() in staff for word in (partner, *partner.children) if word.dep_ != "prep")
        for partner in partners
    )
