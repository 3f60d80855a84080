"""Event triggers over the dependency parse: which words code an event, and their roles.

Each trigger and its argument tokens come from ``_event_roles``; this
module relates the triggers of one sentence and adds the clause facts the
record needs: negation and modality. A verb governing another trigger
settles which of the two is the event (wrappers, refusals, threats,
appeals); reported speech adds the reporter's accusations and demands
(``_event_reported``). Turning argument tokens into actors is
``_event_args``' job.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsgraph.extract._event_lexicon import cues, noun_patterns, recode
from newsgraph.extract._event_nouns import noun_trigger
from newsgraph.extract._event_reported import (
    DEMAND,
    reported_attacks,
    reported_blame,
    reported_obligations,
    reported_rejections,
)
from newsgraph.extract._event_roles import Trigger, find_place_targets, verb_trigger
from newsgraph.extract._event_trailing import told_by_tail, trailing_report
from newsgraph.extract._event_syntax import (
    climb,
    content_clauses,
    content_noun,
    for_clause,
    headline_subject,
    infinitive,
    own_subjects,
    pobjs,
    subjects,
)

# Unspecified appeal and demand codes, and the modality.tsv kind that says what they ask for.
_UNSPECIFIED_ASKS = {"020": "appeal", "100": "demand"}
# Any appeal or demand that a leader step down asks for a change in leadership ("urged the prime minister to
# resign": 1041, not urge's own 102): the modality.tsv kind of each asking root, and the act of stepping down.
_ASKING_KINDS = {"02": "appeal", "10": "demand"}
_STEPPING_DOWN = "0831"
# Unspecified acts whose object or preposition can name what they are about: (modality.tsv kind, preposition).
_UNSPECIFIED_ACTS = {"020": ("appeal", "for"), "100": ("demand", "for"), "030": ("intent", "to")}
# CAMEO roots of cooperation, which a refusal turns into a rejection.
_COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
# CAMEO root of protests, whose participle of appeal or demand says what they are for ("demonstrated calling for").
_PROTEST_ROOT = "14"
# CAMEO roots of appeals and demands.
_ASKING_ROOTS = frozenset({"02", "10"})
# Finite verb tags: a conjunct with one of these does not share the first conjunct's auxiliaries.
_FINITE = frozenset({"VBP", "VBZ", "VBD"})
# Subjects that name nobody: what they did, or what was done to them, did not happen.
_NOBODY = frozenset({"none", "nobody", "noone"})
# How a governed verb hangs from the verb that governs it ("agreed to lift").
_EMBED_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "advcl"})
# Pattern flags of verbs whose infinitive complement, even parsed as a purpose clause, is governed.
_GOVERNING_FLAGS = frozenset({"wrap", "obj2", "refusal", "threat"})
# A headline's speaker stands within this many tokens before its colon ("Iran: US must ...").
_HEADLINE_SPEAKER_REACH = 5


def find_triggers(sentence: SpacySpan) -> list[Trigger]:
    """Every event trigger of one sentence, embedded and wrapper verbs already resolved."""
    verbs = [trigger for token in sentence if (trigger := verb_trigger(token)) is not None]
    by_token = {trigger.token.i: trigger for trigger in verbs}
    dropped: set[int] = set()
    for trigger in verbs:
        _resolve_governor(trigger, trigger.token, by_token, dropped)
    kept = [trigger for trigger in verbs if trigger.token.i not in dropped]
    kept = _protest_demands_folded(kept)
    kept.extend(reported_obligations(sentence, by_token))
    kept = _with_noun_triggers(sentence, kept, by_token)
    kept = _pressed_for_folded(kept)
    # "failed to reach a settlement": a verb that is an event only through the one it governs; "hopes Iowa will
    # prove him right" asks nothing of Iowa, "hopes China will release the crew" asks the release of China.
    kept = [
        trigger
        for trigger in kept
        if not trigger.pattern.has("governs") and (trigger.asks_for_event or not trigger.pattern.has("asks"))
    ]
    for trigger in kept:
        _mark_clause(trigger)
        trigger.place_targets = find_place_targets(trigger)
        _ask_for_noun(trigger)
    # "..., a rights group charged on Friday": a reporting clause the parser hung on the reported one.
    report = trailing_report(sentence)
    told: list[Trigger] = []
    if report is not None:
        kept, told = told_by_tail(kept, report)
    # Read off the marked attacks: a denied or hypothetical attack accuses nobody.
    accusations = told + reported_attacks(kept, by_token) + reported_blame(sentence, by_token)
    accusations += reported_rejections(sentence, by_token)
    for accusation in accusations:
        _mark_clause(accusation)
    # In text order: the record lists events as the sentence tells them.
    return sorted(kept + accusations, key=lambda trigger: trigger.start)


def _protest_demands_folded(kept: list[Trigger]) -> list[Trigger]:
    """A protest's participle of appeal or demand says what the protest is for, no second event
    ("Kurds demonstrated in Kirkuk calling for independence from Iraq", "marched on the palace demanding
    his resignation"): the protest takes the demand's parties as its own when it has none."""
    protests = {trigger.token.i: trigger for trigger in kept if trigger.pattern.cameo[:2] == _PROTEST_ROOT}
    folded: set[int] = set()
    for trigger in kept:
        token = trigger.token
        protest = protests.get(token.head.i)
        if protest is None or token.tag_ != "VBG" or token.dep_ not in ("advcl", "xcomp", "conj"):
            continue
        if trigger.pattern.cameo[:2] not in _ASKING_ROOTS:
            continue
        folded.add(token.i)
        protest.fallback_targets += [*trigger.targets, *trigger.loose_targets, *trigger.fallback_targets]
    return [trigger for trigger in kept if trigger.token.i not in folded]


def _pressed_for_folded(kept: list[Trigger]) -> list[Trigger]:
    """What a party is pressed to do is asked of it, not done ("came under pressure to sign the treaty",
    "mounting pressure on Iran to halt enrichment"): the act in the infinitive of a pressure noun (cues.txt
    pressure_nouns) codes nothing, and says what the pressure demands when a presser is named (demand 057: 102)."""
    pressure_nouns = cues().get("pressure_nouns", frozenset())
    nouns = {trigger.token.i: trigger for trigger in kept if trigger.token.pos_ == "NOUN"}
    folded: set[int] = set()
    for trigger in kept:
        for node in (trigger.token, trigger.support):
            if node is None or node.dep_ != "acl" or not infinitive(node):
                continue
            if node.head.lemma_.lower() not in pressure_nouns:
                continue
            folded.add(id(trigger))
            pressure = nouns.get(node.head.i)
            kind = _UNSPECIFIED_ASKS.get(pressure.pattern.cameo) if pressure is not None else None
            if pressure is not None and kind is not None and pressure.code is None:
                pressure.code = recode(kind, trigger.code or trigger.pattern.cameo)
            break
    return [trigger for trigger in kept if id(trigger) not in folded]


def _with_noun_triggers(sentence: SpacySpan, kept: list[Trigger], by_token: dict[int, Trigger]) -> list[Trigger]:
    """``kept`` with the sentence's noun triggers added, and the verbs they stand for removed."""
    verb_heads = set(by_token)
    support_verbs = cues().get("support_verbs", frozenset())
    found = list(by_token.values())
    for token in sentence:
        noun = noun_trigger(token, verb_heads)
        if noun is None:
            continue
        found.append(noun)
        support = noun.support
        if support is not None and support.i not in by_token:
            # "threatened to launch an offensive", "agreed to hold talks": the support verb is governed.
            governor_dropped: set[int] = set()
            _resolve_governor(noun, support, by_token, governor_dropped)
            if support.i in governor_dropped:
                continue
            kept = [trigger for trigger in kept if trigger.token.i not in governor_dropped]
        if noun.between_others:
            kept.append(noun)  # beside the verb's own event, never instead of it
            continue
        if support is not None and support.i in by_token:
            verb = by_token[support.i]
            if (
                not noun.purpose
                and not noun.pattern.modifiers
                and (verb.pattern.specificity or support.lemma_.lower() not in support_verbs)
            ):
                continue  # "launched missiles", "condemned an attack": the verb pattern codes it
            # "launched a hunger strike": a noun qualified by its modifier says more than the verb.
            # "gave a warm welcome", "arrived for talks": the noun says what the verb did or was for.
            kept = [trigger for trigger in kept if trigger is not verb]
        kept.append(noun)
        if noun.content:
            kept = [trigger for trigger in kept if trigger.token.i not in noun.content]
    # Once every noun is found: what a demand asks for may be a noun after it ("their call that the two sides resume
    # talks").
    for noun in [trigger for trigger in kept if trigger.pattern.has("obj2") and trigger.token.i not in by_token]:
        kept = _demanded_of(noun, kept, found)
    return kept


def _demanded_of(noun: Trigger, kept: list[Trigger], found: list[Trigger]) -> list[Trigger]:
    """"its demand that Israel ease restrictions": a demand of Israel, not Israel's act. An unspecified
    appeal or demand says what it asks for, as its verb does ("expressed hope that China would release the
    crew": 0253; "their call that the two sides resume talks": 026)."""
    clauses = content_clauses(noun.token, noun.support)
    noun.targets = [sub for clause in clauses for sub in own_subjects(clause)] or noun.targets
    embedded = {clause.i for clause in clauses}
    asked = {
        id(trigger)
        for trigger in found
        if trigger is not noun
        and (trigger.token.i in embedded or (trigger.support is not None and trigger.support.i in embedded))
    }
    kind = _UNSPECIFIED_ASKS.get(noun.pattern.cameo)
    first_asked = next((trigger for trigger in found if id(trigger) in asked), None)
    if first_asked is not None:
        noun.asks_for_event = True
        if kind is not None and noun.code is None:
            noun.code = recode(kind, first_asked.pattern.cameo)
    return [trigger for trigger in kept if id(trigger) not in asked]


def _resolve_governor(trigger: Trigger, governed: Token, triggers: dict[int, Trigger], dropped: set[int]) -> None:
    """Settle a trigger governed by another trigger verb: which of the two is the event.

    ``governed`` is the trigger's verb, or a noun trigger's support verb. Adds
    the token index of the one that is not an event to ``dropped``.
    """
    governor = _governing_trigger(governed, triggers)
    if governor is None:
        return
    if governor.pattern.has("refusal") and trigger.pattern.cameo[:2] in _COOPERATIVE_ROOTS:
        # "refused to meet": a rejection of the embedded event (CAMEO 12x).
        dropped.add(governor.token.i)
        trigger.refused = True
    elif governor.pattern.has("threat"):
        # "threatened to launch an offensive": a threat of that act (CAMEO 13x).
        dropped.add(governor.token.i)
        trigger.hypothetical = True
        trigger.threatened = True
        trigger.negated = trigger.negated or governor.negated
    elif _wraps(governor, trigger, governed):
        # "agreed to lift": the embedded verb is the event; the wrapper marks intent.
        dropped.add(governor.token.i)
        trigger.hypothetical = True
        trigger.intent = not governor.pattern.has("obj2")
        trigger.negated = trigger.negated or governor.negated
        trigger.agreed_together = governor.pattern.has("recip")
        if not trigger.sources and not governor.pattern.has("obj2"):
            # "is committed to lifting the sanctions": the embedded act is the committed one's.
            trigger.sources = governor.sources
    else:
        # "urged Bree to help", "invited the US to attend": the governing verb is the event;
        # an unspecified appeal or demand says what it asks for ("asked Obama to help Iran": 023).
        dropped.add(trigger.token.i if governed is trigger.token else governed.i)
        governor.asks_for_event = True
        kind = _UNSPECIFIED_ASKS.get(governor.pattern.cameo)
        if kind is None and trigger.pattern.cameo == _STEPPING_DOWN:
            kind = _ASKING_KINDS.get(governor.pattern.cameo[:2])
        if kind is not None and governor.code is None:
            governor.code = recode(kind, trigger.pattern.cameo)


def _ask_for_noun(trigger: Trigger) -> None:
    """What an unspecified appeal, demand or promise is about, named by an event noun.

    "called for talks": 026; "demanded the withdrawal": 1056; "agreed to a ceasefire": 0356.
    """
    kind, preposition = _UNSPECIFIED_ACTS.get(trigger.pattern.cameo, (None, None))
    if kind is None or trigger.code is not None or trigger.token.pos_ != "VERB" or trigger.pattern is DEMAND:
        return  # a reported "must reach an agreement" has its noun trigger already
    asked = [child for child in trigger.token.children if child.dep_ == "dobj"]
    asked += [
        obj
        for child in trigger.token.children
        if child.dep_ == "prep" and child.lower_ == preposition
        for obj in pobjs(child)
    ]
    for noun in asked:
        patterns = noun_patterns().get(noun.lemma_.lower())
        if patterns:
            # The noun's plainest sense: its last, least specific row.
            trigger.code = recode(kind, patterns[-1].cameo)
            return


def _not_held_back(nodes: list[Token], words: Mapping[str, frozenset[str]]) -> bool:
    """Whether the act is governed by a denied restraint ("could not resist", "can't help"): a double negative."""
    restraints = words.get("restraint_verbs", frozenset())
    return any(node.lemma_.lower() in restraints and any(c.dep_ == "neg" for c in node.children) for node in nodes)


def _governing_trigger(token: Token, triggers: dict[int, Trigger]) -> Trigger | None:
    """The trigger verb that governs ``token`` through a complement ("agreed to lift")."""
    if token.dep_ not in _EMBED_DEPS:
        return None
    head = token.head
    if head.dep_ == "prep":  # "accused Rwanda of making"
        head = head.head
    governor = triggers.get(head.i)
    if governor is None and token.dep_ == "xcomp" and head.lemma_.lower() in cues().get("aspect_verbs", frozenset()):
        # "vowed to continue fighting": the verb that only carries the act on passes its governor down.
        return _governing_trigger(head, triggers)
    if governor is None:
        return None
    asks_for = for_clause(token) and governor.pattern.cameo[:2] in _ASKING_ROOTS
    if token.dep_ == "advcl" and not (infinitive(token) and governor.pattern.flags & _GOVERNING_FLAGS) and not asks_for:
        # "vowed to fight", "demanded the parties to allow" are often parsed as purpose clauses; "called for
        # the minister to resign" asks for what its "for ... to" clause says.
        return None
    if token.dep_ == "ccomp" and not governor.pattern.has("obj2") and not governor.pattern.has("wrap"):
        return None
    return governor



def _announced_infinitive(chain: list[Token]) -> bool:
    """Whether the clause's verb is a headline's bare infinitive announcing what its subject will do: "Putin to meet
    Xi in Beijing", also when the parser hangs it on its subject ("Merkel to visit Moscow"). The subject's name ends
    right before "to" (``headline_subject``); a copula's infinitive is not one ("his aim is to press the king")."""
    for lower in chain:
        if infinitive(lower) and lower.tag_ == "VB":
            return headline_subject(lower) is not None
    return False


def _wraps(governor: Trigger, embedded: Trigger, governed_token: Token) -> bool:
    if not governor.pattern.has("wrap"):
        return False
    if governor.pattern.has("obj2"):
        # "wants Putin to attack": an appeal to Putin, not Obama's own intent.
        governed = list(governed_token.children)
        has_own_subject = any(child.dep_ == "nsubj" for child in governed)
        has_object = any(child.dep_ == "dobj" for child in governor.token.children)
        return not (has_own_subject or has_object)
    return True


def _mark_clause(trigger: Trigger) -> None:
    """Negation and modality from the trigger, its support verb and the clauses above it."""
    words = cues()
    negators = words.get("negators", frozenset())
    modal = words.get("modal_aux", frozenset())
    future = words.get("future_aux", frozenset())
    obligation = words.get("obligation_aux", frozenset())
    possible = words.get("possibility_aux", frozenset())
    heads = words.get("hypothetical_heads", frozenset())
    intent_heads = words.get("intent_heads", frozenset())
    attempt_heads = words.get("attempt_heads", frozenset())
    readying_verbs = words.get("readying_verbs", frozenset())
    unwilling_heads = words.get("unwilling_heads", frozenset())
    if trigger.token.dep_ == "acl" and trigger.token.head.lemma_.lower() in attempt_heads:
        trigger.attempted = True  # "an attempt to assassinate the governor"
    if _forgone_chance(trigger.token, words):
        trigger.negated = True  # "passed on a chance to endorse him", "missed an opportunity to sign": not done
    if infinitive(trigger.token) and trigger.token.head.pos_ == "NOUN" and trigger.token.head.lemma_.lower() in heads:
        trigger.hypothetical = True  # "amid calls for the mayor to step down": asked for, not done
    if _predicated_aim(trigger.token, heads | intent_heads):
        trigger.hypothetical = True  # "the only hope is for Washington to oppose the plan": hoped for, not done
    if _demanded(trigger.token, words):
        trigger.hypothetical = True  # "a motion calling for Syria's withdrawal", "to demand his return"
    if _planned_object(trigger, heads | intent_heads):
        # "planned his trip to Japan", "rescheduled their meeting": an act that is the object of its plan is to come.
        trigger.hypothetical = True
        trigger.intent = trigger.intent or trigger.token.head.lemma_.lower() in intent_heads
    chain = [trigger.token]
    if trigger.support is not None:
        chain.append(trigger.support)
    holder = _intent_holder(trigger.token, words)
    if holder is None and trigger.support is not None:
        # "expressed readiness to hold talks": the noun's support verb is the intended act.
        holder = _intent_holder(trigger.support, words)
    if holder is not None:
        # "expressed willingness to cooperate", "showed no readiness to talk": the noun's clause is its content.
        chain.append(holder)
        if holder.head.pos_ in ("VERB", "AUX"):
            chain.append(holder.head)
    for node in climb(chain[-1]):
        if chain[-1].dep_ == "conj" and chain[-1].tag_ in _FINITE:
            break  # "have not invited the US and oppose": a finite conjunct has its own negation
        chain.append(node)
    purpose_of: Token | None = None
    if chain[-1].dep_ == "advcl" and infinitive(chain[-1]) and chain[-1].head.pos_ in ("VERB", "AUX"):
        # "is ready to ship parts to help repair X": a purpose shares its clause's intent.
        purpose_of = chain[-1].head
        chain.append(purpose_of)
        chain.extend(climb(purpose_of))
    causatives = words.get("causative_verbs", frozenset())
    cause = chain[-1].head
    if chain[-1].dep_ in ("ccomp", "xcomp") and cause.lemma_.lower() in causatives and _denied(cause):
        # "the raids did not cause Japan to back down": what is not caused does not happen. ("Would a ceasefire
        # make ISIL less likely to kill?" keeps its own modality: only a denial passes down.)
        chain.append(cause)
        chain.extend(climb(cause))
    noun_heads = words.get("noun_only_heads", frozenset())
    necessity = words.get("necessity_heads", frozenset())
    for position, node in enumerate(chain):
        # "did not need to meet him": what one need not do may still be done; only its necessity is denied.
        unneeded = position > 0 and node.lemma_.lower() in necessity
        for child in node.children:
            low = child.lower_
            if _denying(child) and not unneeded:
                trigger.negated = True
            if child.dep_ == "preconj" and low == "neither":
                trigger.negated = True  # "neither approves nor disapproves": both verbs are denied
            if child.dep_ == "det" and low == "no" and (node is trigger.token or node is holder):
                trigger.negated = True
            if child.dep_ == "aux" and low in modal:
                trigger.hypothetical = True
                trigger.future = trigger.future or low in future
                trigger.possible = trigger.possible or low in possible
                trigger.obligation = trigger.obligation or low in obligation
        lemma = node.lemma_.lower()
        if position > 0 and lemma in attempt_heads:
            trigger.attempted = True
        if position > 0 and lemma in readying_verbs:
            trigger.readied = True  # "prepared to resume the offensive": readied, not done (hypothetical too)
        made_call = position > 0 and node.pos_ == "VERB" and lemma in noun_heads
        if made_call and not _asks_for(node, chain[position - 1]):
            continue  # "called the senator to congratulate him": a call made; "calling for the mayor to resign" asks
        if position > 0 and (lemma in heads or lemma in intent_heads):
            trigger.hypothetical = True
            trigger.intent = trigger.intent or lemma in intent_heads
        if position > 0 and lemma in unwilling_heads:
            # "is unwilling to negotiate": a stated refusal, like "will not negotiate".
            trigger.hypothetical = trigger.intent = trigger.negated = True
        if position > 0 and any(child.dep_ == "advmod" and child.lower_ == "yet" for child in node.children):
            # "has yet to recognize", "is yet to sign": not done so far.
            trigger.negated = trigger.negated or node.lemma_ in ("have", "be")
    if any(_nobody(child) for node in chain[:2] for child in node.children if child.dep_ in ("nsubj", "nsubjpass")):
        trigger.negated = True  # "none of the doctors were killed", "no soldiers were hurt": it happened to nobody
    if trigger.token.dep_ == "conj" and any(
        child.dep_ == "cc" and child.lower_ == "nor" for child in trigger.token.head.children
    ):
        trigger.negated = True  # "neither approves nor disapproves", "did not meet nor call"
    if _asked(trigger.token):
        trigger.hypothetical = True  # "Would it leave the rebels less eager to fight?": asked, not told
    if _inverted_condition(trigger.token):
        trigger.hypothetical = True  # "had Clinton congratulated him", "Had Iran attacked": it did not happen
    if _not_held_back(chain[1:], words):
        # "could not resist mocking his rival": he did mock him.
        trigger.negated = trigger.hypothetical = False
    top = chain[-1]
    if top.dep_ == "ccomp" and infinitive(top) and top.head.lemma_.lower() in heads | intent_heads:
        trigger.hypothetical = True  # "Greece expects Turkey to withdraw", parsed with Turkey as the subject
    if _announced_infinitive(chain):
        # "Modi to visit Washington next month": a headline's way of saying "will visit".
        trigger.hypothetical = trigger.future = True
    if any(_open_condition(node, words) for node in chain):
        # "if he strikes again", "until Annan visits Baghdad": a condition or a time yet to come.
        trigger.hypothetical = True
    if _supposed_consequence(chain[-1], modal):
        trigger.hypothetical = True  # "could declare a zone, forcing airliners to detour": it would force them
    if trigger.token.pos_ != "VERB" and trigger.token.head.lower_ in negators:
        trigger.negated = True
    denials = words.get("denial_verbs", frozenset())
    if any(node.dep_ in ("ccomp", "xcomp", "pcomp") and node.head.lemma_.lower() in denials for node in chain):
        # "Iran denied that it had attacked Israel": the denied event did not happen, as far as said.
        trigger.negated = True
    doubting = words.get("neg_raising_verbs", frozenset())
    if any(node.dep_ == "ccomp" and node.head.lemma_.lower() in doubting and _denied(node.head) for node in chain):
        # "I don't believe I ever met him", "she did not think Iran had attacked": the speaker denies the act.
        trigger.negated = True
    if any(_dismissed_claim(node, words) for node in chain):
        # "Iran denied accusations that it supplied drones": the same, through the claim it dismisses.
        trigger.negated = True
    if trigger.obligation:
        trigger.speakers = _speakers(chain[-1], words.get("speech_verbs", frozenset()))
    conditions = words.get("threat_conditions", frozenset())
    trigger.conditional = any(
        child.dep_ == "advcl" and any(mark.dep_ == "mark" and mark.lower_ in conditions for mark in child.children)
        for node in chain
        for child in node.children
    )


def _predicated_aim(token: Token, heads: frozenset[str]) -> bool:
    """Whether ``token`` is the infinitive a hope, plan or aim is said to be ("the only hope is for Washington to
    oppose it", "the aim is to force Iran to talk"; cues hypothetical_heads and intent_heads)."""
    copula = token.head
    if not infinitive(token) or token.dep_ not in ("advcl", "xcomp", "ccomp", "attr") or copula.lemma_ != "be":
        return False
    return any(child.dep_ == "nsubj" and child.lemma_.lower() in heads for child in copula.children)


def _planned_object(trigger: Trigger, heads: frozenset[str]) -> bool:
    """Whether an event noun with no support verb is the object of a verb of planning ("planned his trip",
    "is preparing her visit", "rescheduled their meeting"; cues hypothetical_heads and intent_heads)."""
    token = trigger.token
    return (
        trigger.support is None
        and token.pos_ in ("NOUN", "PROPN")
        and token.dep_ == "dobj"
        and token.head.pos_ == "VERB"
        and token.head.lemma_.lower() in heads
    )


def _demanded(token: Token, words: Mapping[str, frozenset[str]]) -> bool:
    """Whether an event noun is what someone asks for ("calls for Syria's complete withdrawal", "pressed for
    talks", "rallied to demand his return", "sought the release of the crew"): asked for, not done
    (cues demanding_words, demanding_verbs)."""
    if token.pos_ != "NOUN":
        return False
    if token.dep_ == "dobj":
        # "called the murder wrong", "asked the minister": only some verbs take what they ask for as object
        return token.head.lemma_.lower() in words.get("demanding_verbs", frozenset())
    demanding = words.get("demanding_words", frozenset())
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "for"
        and token.head.head.lemma_.lower() in demanding
    )


def _nobody(subject: Token) -> bool:
    """Whether a subject names nobody ("none of those doctors", "nobody", "no soldiers", "no one")."""
    if subject.lower_ in _NOBODY:
        return True
    return any(child.dep_ == "det" and child.lower_ == "no" for child in subject.children)


def _forgone_chance(token: Token, words: Mapping[str, frozenset[str]]) -> bool:
    """Whether ``token`` is the act of a chance its subject let go ("passed on a chance to endorse him",
    "missed an opportunity to sign the deal"); a chance welcomed or taken keeps the act."""
    noun = token.head
    if token.dep_ != "acl" or not infinitive(token) or noun.lemma_.lower() not in words.get("chance_nouns", ()):
        return False
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        verb = noun.head.head  # "passed on a chance", "passed up on the opportunity"
    else:
        return False
    return verb.lemma_.lower() in words.get("forgoing_verbs", ())


def _inverted_condition(verb: Token) -> bool:
    """A condition told by inversion ("it would have been nice had Hale thanked him", "Were Iran to
    attack"): "had", "were" or "should" before the clause's own subject, in a clause that is not a question."""
    subject = next((child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(word.text == "?" for word in verb.sent):
        return False
    return any(
        child.dep_ == "aux" and child.lower_ in ("had", "were", "should") and child.i < subject.i
        for child in verb.children
    )


def _denying(child: Token) -> bool:
    """Whether a verb's dependent denies it ("not", "n't", "never")."""
    return child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ == "never")


def _denied(verb: Token) -> bool:
    return any(_denying(child) for child in verb.children)


def _asks_for(verb: Token, clause: Token) -> bool:
    """Whether a verb of calling asks for its clause ("called on Iraq to withdraw", "calling for the mayor to
    resign": a "for" or "on" phrase of the verb, or a "for" that opens the clause)."""
    if any(child.dep_ == "prep" and child.lower_ in ("for", "on", "upon") for child in verb.children):
        return True
    return any(child.dep_ == "mark" and child.lower_ == "for" for child in clause.children)


def _asked(token: Token) -> bool:
    """Whether ``token`` is in a yes-no question ("Would it leave the rebels less eager to fight?",
    "Did Iran attack?"): an auxiliary opens the question and a question mark ends it, with no quote mark or
    full stop between. A question that opens with a wh-word often asks about a real event ("whose son was
    killed in the attacks?"), so it stays told."""
    quotes = {'"', "\u201c", "\u201d", "``", "''"}
    for following in token.doc[token.i + 1 : token.sent.end]:
        if following.text in quotes or following.text in (".", "!"):
            return False
        if following.text == "?":
            break
    else:
        return False
    opening = token.doc[token.sent.start : token.i + 1]
    # The question may open after a quote mark or a colon ("The question is: does Iran ...?").
    starts = [word for word in opening if word.text in quotes or word.text == ":"]
    first = token.doc[starts[-1].i + 1] if starts else opening[0]
    if first.tag_ == "CC" and first.i < token.i:
        first = token.doc[first.i + 1]  # "Or have they received promises from Turkey?"
    return first.tag_ == "MD" or (first.lower_ in _QUESTION_AUXILIARIES and first.dep_ in ("aux", "ROOT"))


_QUESTION_AUXILIARIES = frozenset({"do", "does", "did", "is", "are", "was", "were", "has", "have", "had"})


def _open_condition(clause: Token, words: Mapping[str, frozenset[str]]) -> bool:
    """Whether ``clause`` is a condition ("if he strikes", "unless Iraq withdraws") or a time to come
    ("until Annan visits", "once the talks resume": a present tense after "until" or "once")."""
    if clause.dep_ != "advcl":
        return False
    marks = {child.lower_ for child in clause.children if child.dep_ == "mark"}
    if marks & words.get("condition_marks", frozenset()):
        return True
    # "once Gonzalez arrives": the parse may make an opening "once" an adverb of the clause, not its mark
    # ("he once visited Iran" has it inside, after the subject).
    marks |= {child.lower_ for child in clause.children if child.dep_ == "advmod" and child.i == clause.left_edge.i}
    return bool(marks & words.get("future_time_marks", frozenset())) and clause.tag_ in ("VBZ", "VBP")


def _supposed_consequence(clause: Token, modal: frozenset[str]) -> bool:
    """Whether ``clause`` tells what a supposed act would bring about: a participle after a clause with a modal
    ("Beijing could declare a zone, forcing airliners to detour") or an infinitive the parse made the complement
    of one ("which would allow officials to take the boy"). Only the modality passes down: "did not resign,
    forcing a vote" forced it."""
    head = clause.head
    if head.i == clause.i or not any(child.dep_ == "aux" and child.lower_ in modal for child in head.children):
        return False
    if clause.dep_ == "advcl":
        own = ("mark", "nsubj", "nsubjpass")
        return clause.tag_ == "VBG" and not any(child.dep_ in own for child in clause.children)
    return clause.dep_ == "ccomp" and infinitive(clause)


def _intent_holder(token: Token, words: Mapping[str, frozenset[str]]) -> Token | None:
    """The noun of intent whose clause ``token`` is ("willingness to cooperate", "no intention of apologizing")."""
    noun = content_noun(token)
    if noun is None:
        return None
    return noun if noun.lemma_.lower() in words.get("intent_heads", frozenset()) else None


def _dismissed_claim(clause: Token, words: Mapping[str, frozenset[str]]) -> bool:
    """Whether ``clause`` is the content of a claim someone denies ("rejected claims that its troops ...")."""
    claim = clause.head
    return (
        clause.dep_ in ("acl", "ccomp")
        and claim.lemma_.lower() in words.get("claim_nouns", frozenset())
        and claim.dep_ == "dobj"
        and claim.head.lemma_.lower() in words.get("dismissal_verbs", frozenset())
    )


def _speakers(clause: Token, speech_verbs: frozenset[str]) -> list[Token]:
    """The subject of the speech verb whose complement ``clause`` is ("Russia said Sudan must ..."),
    or the name before a headline's colon ("Iran: US must lift all sanctions")."""
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in speech_verbs:
        return subjects(clause.head)
    if clause.dep_ != "ROOT":
        return []
    sentence = clause.sent
    colon = next((token for token in sentence[:_HEADLINE_SPEAKER_REACH] if token.text == ":"), None)
    if colon is None:
        return []
    return [
        token
        for token in sentence
        if token.i < colon.i and token.head.i == clause.i and token.pos_ in ("PROPN", "NOUN")
    ][:1]
