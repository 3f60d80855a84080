"""Events told in reported speech: what a speaker's clause makes of the reported act.

"The US said ISIL had attacked Iraq": the speaker accuses the attacker.
"Iran said the US was responsible for the attack": the speaker accuses the
one held responsible. "Russia said Sudan must return the helicopter": the
speaker demands it. "Washington said lifting the embargo on Cuba was out of the
question": the speaker rejects it. Each is an extra trigger beside the sentence's own;
``_event_triggers`` adds them.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsgraph.extract._event_authors import MATERIAL_CONFLICT_ROOTS
from newsgraph.extract._event_lexicon import Pattern, cues, noun_patterns
from newsgraph.extract._event_roles import Trigger
from newsgraph.extract._event_syntax import own_subjects, pobjs, prep_objects, subjects

# The pattern of a reported obligation whose verb is not itself an event word.
DEMAND = Pattern(lemma="must", cameo="100")
# The pattern of a reported attack by another party: the reporter accuses the attacker.
ACCUSE = Pattern(lemma="say", cameo="112")
# The pattern of a reported act the speaker rules out ("said lifting the embargo was out of the question").
REJECT = Pattern(lemma="say", cameo="120")
# Prepositions of the ruled-out act that name whom it concerns ("the embargo on Cuba", "talks with Iran").
_CONCERNED_PREPS = ("on", "with", "for", "to", "against", "from", "of")


def reported_attacks(kept: list[Trigger], triggers: dict[int, Trigger]) -> list[Trigger]:
    """"The US said ISIL had attacked Iraq": the speaker accuses the attacker (CAMEO 112).

    The reported attack stays an event of its own unless it is only the accuser's word (``events``): an attack
    its victim reports ("Ukraine said a rocket was fired at it"), or one a verb of contested assertion
    reports ("Lebanon claimed Israeli jets had attacked a convoy"); it is marked with its speakers for that. A speaker
    reporting its own attack claims it, which codes nothing here (same party on both sides).
    """
    words = cues()
    reporting = words.get("reporting_verbs", frozenset())
    contested = words.get("contested_reporting_verbs", frozenset())
    found = []
    for trigger in kept:
        token = trigger.token
        if trigger.pattern.cameo[:2] not in MATERIAL_CONFLICT_ROOTS or token.dep_ != "ccomp":
            continue
        if trigger.negated or trigger.hypothetical:
            continue
        head = token.head
        if head.lemma_.lower() not in reporting or head.i in triggers or not trigger.sources:
            continue
        speakers = subjects(head)
        if not speakers:
            continue
        found.append(accusation(head, speakers, list(trigger.sources)))
        trigger.claimed_by = speakers
        trigger.contested = head.lemma_.lower() in contested
    return found


def reported_blame(sentence: SpacySpan, triggers: dict[int, Trigger]) -> list[Trigger]:
    """"Iran said the US was responsible for the attack", "... was behind the bombing": the speaker accuses.

    The reported clause is "be" with a predicate of blame (``cues.txt`` blame_predicates)
    whose object is an event noun; its subject is accused (CAMEO 112).
    """
    words = cues()
    reporting = words.get("reporting_verbs", frozenset())
    blame = words.get("blame_predicates", frozenset())
    found = []
    for token in sentence:
        if token.lemma_ != "be" or token.dep_ != "ccomp" or token.head.lemma_.lower() not in reporting:
            continue
        if token.head.i in triggers:
            continue
        predicates = [child for child in token.children if child.lower_ in blame and child.dep_ in ("acomp", "prep")]
        nouns = [obj for predicate in predicates for obj in (*pobjs(predicate), *prep_objects(predicate))]
        if not any(noun.lemma_.lower() in noun_patterns() for noun in nouns):
            continue
        speakers, accused = subjects(token.head), own_subjects(token)
        if speakers and accused:
            found.append(accusation(token.head, speakers, accused))
    return found


def reported_rejections(sentence: SpacySpan, triggers: dict[int, Trigger]) -> list[Trigger]:
    """"Washington said lifting the embargo on Cuba was out of the question", "... talks with Iran were off the
    table": the speaker rules the act out, a rejection (CAMEO 120) of the party the act concerns.

    The reported clause is "be" with an idiom of ruling out ("out of the question", "off the table", "not on
    the table"); its subject (a gerund or a noun) is the act, whose phrases and possessor name the other party.
    """
    reporting = cues().get("reporting_verbs", frozenset())
    found = []
    for token in sentence:
        if token.lemma_ != "be" or token.dep_ != "ccomp" or token.head.lemma_.lower() not in reporting:
            continue
        if token.head.i in triggers or not _rules_out(token):
            continue
        acts = [child for child in token.children if child.dep_ in ("nsubj", "csubj")]
        acts += [child for act in acts for child in act.children if child.dep_ == "dobj"]
        concerned = [obj for act in acts for obj in prep_objects(act, _CONCERNED_PREPS)]
        concerned += [child for act in acts for child in act.children if child.dep_ == "poss"]
        speakers = subjects(token.head)
        if speakers and concerned:
            found.append(
                Trigger(
                    token=token.head,
                    pattern=REJECT,
                    start=token.head.idx,
                    end=token.head.idx + len(token.head.text),
                    sources=speakers,
                    targets=concerned,
                    needs_target=True,
                )
            )
    return found


def _rules_out(be: Token) -> bool:
    """Whether "be" says its subject is ruled out: "out of the question", "off the table", "not on the table"."""
    denied = any(child.dep_ == "neg" for child in be.children)
    for prep in (child for child in be.children if child.dep_ == "prep"):
        nouns = {obj.lemma_.lower() for obj in (*pobjs(prep), *prep_objects(prep, ("of",)))}
        if prep.lower_ == "out" and "question" in nouns and not denied:
            return True
        if prep.lower_ == "off" and "table" in nouns and not denied:
            return True
        if prep.lower_ == "on" and "table" in nouns and denied:
            return True
    return False


def accusation(verb: Token, speakers: list[Token], accused: list[Token], pattern: Pattern = ACCUSE) -> Trigger:
    """The speakers of the reporting ``verb`` accuse ``accused`` (CAMEO 112, or the accusing verb's own
    ``pattern``); a target is required."""
    return Trigger(
        token=verb,
        pattern=pattern,
        start=verb.idx,
        end=verb.idx + len(verb.text),
        sources=speakers,
        targets=accused,
        needs_target=True,
    )


def reported_obligations(sentence: SpacySpan, triggers: dict[int, Trigger]) -> Iterator[Trigger]:
    """"China must drop barriers", said by someone else: a demand (CAMEO 100) whatever the verb.

    Verbs the lexicon codes are handled through their own trigger (recoded in
    ``events``); this adds the clauses whose verb is not an event word.
    """
    words = cues()
    obligation = words.get("obligation_aux", frozenset())
    speech = words.get("speech_verbs", frozenset())
    for token in sentence:
        if token.pos_ not in ("VERB", "AUX") or token.i in triggers or token.dep_ != "ccomp":
            continue
        if token.lemma_ == "be":
            continue  # "a mayor must be calm under pressure": a view of how someone should be, no demand
        if not any(child.dep_ == "aux" and child.lower_ in obligation for child in token.children):
            continue
        if token.head.lemma_.lower() not in speech or token.head.i in triggers:
            continue
        trigger = Trigger(
            token=token,
            pattern=DEMAND,
            start=token.idx,
            end=token.idx + len(token.text),
            sources=subjects(token),
            obligation=True,
            speakers=subjects(token.head),
        )
        yield trigger
