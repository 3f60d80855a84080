"""A reporting clause at the end of a sentence that the parser did not take as one.

"The army is torturing detainees in the north, a rights group charged on Friday": the small
model often hangs the tail on the reported clause, the reporter as its object with "charged" a
participle on it ("a rights group charged", acl), or the reporting verb as a second conjunct
("..., Ukraine's foreign minister charged", conj) or a relative clause on the object ("tortured student
leaders, the exiled group charged", relcl). The reporter is then read as a party of the reported act
(the rights group tortured). Here the tail is read as the reporting clause it is, as if the parser had
made the reported clause its complement: its words are nobody's party in the reported act, and its
reporter accuses as ``_event_reported`` says (an accusing verb, "charged", "alleged", accuses the act's
author outright, the clause then being its accusation; another reporting verb accuses through
:func:`~newsgraph.extract._event_reported.reported_attacks`' conventions).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsgraph.extract._event_authors import MATERIAL_CONFLICT_ROOTS
from newsgraph.extract._event_lexicon import Pattern, cues, match, verb_patterns
from newsgraph.extract._event_reported import accusation
from newsgraph.extract._event_roles import Trigger
from newsgraph.extract._event_syntax import own_subjects, pobjs

# How the parser hangs a tail's reporting verb: on the reporter ("a rights group charged"), or beside the
# reported clause with its own subject ("..., the minister charged", "..., the group charged").
_ON_REPORTER = "acl"
_WITH_OWN_SUBJECT = frozenset({"conj", "relcl"})
# What a reporting verb of a tail may carry besides its reporter: when and where it spoke, never an object
# or clause of its own (then it reports something else: "a man charged with murder" has a "with" phrase).
_TAIL_DEPS = frozenset({"npadvmod", "advmod", "prep", "punct", "nsubj", "aux"})
_DATE_ENTITIES = frozenset({"DATE", "TIME"})


@dataclass(frozen=True)
class TrailingReport:
    """A sentence-final reporting clause: its ``verb``, its ``reporters`` and the token index its words start
    at (``start``); ``clause`` is the verb of what it reports."""

    verb: Token
    reporters: tuple[Token, ...]
    start: int
    clause: Token


def trailing_report(sentence: SpacySpan) -> TrailingReport | None:
    """The misparsed reporting clause ending ``sentence``, if there is one.

    The reporting verb is the sentence's last word but for its own date or channel ("on Friday", "in a
    statement") and punctuation; its reporter follows a comma; the reported clause is the sentence's root.
    """
    root = sentence.root
    content = [token for token in sentence if not token.is_punct and not token.is_space]
    verbs = [token for token in content if _reporting_verb(token)]
    if not verbs or root.pos_ not in ("VERB", "AUX"):
        return None
    verb = verbs[-1]
    if verb.i == root.i or not _only_when_and_where(verb, content):
        return None
    if verb.dep_ == _ON_REPORTER and verb.head.pos_ in ("NOUN", "PROPN") and not own_subjects(verb):
        reporters = [verb.head]
    elif verb.dep_ in _WITH_OWN_SUBJECT and not any(child.dep_ == "cc" for child in verb.children):
        reporters = [child for child in verb.children if child.dep_ == "nsubj"]
    else:
        return None
    if len(reporters) != 1:
        return None
    start = reporters[0].left_edge.i
    if start <= root.i or start == sentence.start or sentence.doc[start - 1].text != ",":
        return None
    if any(token.is_quote for token in sentence.doc[start : verb.i]):
        return None  # '..., the people," Trump said': the comma closes a quotation, whose speaker this is
    return TrailingReport(verb=verb, reporters=tuple(reporters), start=start, clause=root)


def told_by_tail(kept: list[Trigger], report: TrailingReport) -> tuple[list[Trigger], list[Trigger]]:
    """The triggers of a sentence whose tail is ``report``, with the tail's words taken out of the reported
    act, and the reporter's accusations of its author (an accusing verb's accusation replaces the act)."""
    in_tail = report.start
    found = []
    for trigger in kept:
        if trigger.token.i >= in_tail:
            continue  # "a rights group charged": the tail acts in nothing it reports
        for tier in (trigger.sources, trigger.targets, trigger.loose_targets, trigger.fallback_targets,
                     trigger.place_targets):
            tier[:] = [token for token in tier if token.i < in_tail]
        trigger.told_by = list(report.reporters)
        found.append(trigger)
    reporters = list(report.reporters)
    accusing = _accusing_pattern(report.verb)
    reported = [trigger for trigger in found if trigger.token.i == report.clause.i]
    if accusing is not None:
        # "..., a rights group charged": as "a rights group charged that the army ...", an accusation of the
        # clause's subject, which the act stays only as.
        accused = own_subjects(report.clause) or [source for trigger in reported for source in trigger.sources]
        if not accused:
            return found, []
        acts = [trigger for trigger in found if trigger.token.i != report.clause.i]
        return acts, [accusation(report.verb, reporters, accused, accusing)]
    contested = report.verb.lemma_.lower() in cues().get("contested_reporting_verbs", frozenset())
    accusations = []
    for trigger in reported:
        if trigger.pattern.cameo[:2] not in MATERIAL_CONFLICT_ROOTS or not trigger.sources:
            continue
        if trigger.negated or trigger.hypothetical:
            continue
        accusations.append(accusation(report.verb, reporters, list(trigger.sources)))
        trigger.claimed_by = reporters
        trigger.contested = contested
    return found, accusations


def _reporting_verb(token: Token) -> bool:
    """A verb that reports what another clause says: a reporting verb, or an accusing one ("charged")."""
    if token.pos_ != "VERB":
        return False
    return token.lemma_.lower() in cues().get("reporting_verbs", frozenset()) or _accusing_pattern(token) is not None


def _accusing_pattern(verb: Token) -> Pattern | None:
    """The verb's sense of accusing the subject of a clause it governs ("charged that", "alleged that")."""
    patterns = verb_patterns().get(verb.lemma_.lower(), ())
    pattern = match(patterns, objects=frozenset(), preps=frozenset(), verb=None, has_xcomp=True)
    if pattern is None or pattern.cameo[:2] != "11" or not pattern.has("obj2"):
        return None
    return pattern


def _only_when_and_where(verb: Token, content: list[Token]) -> bool:
    """Whether the reporting verb ends the sentence but for its own date or channel ("on Friday", "Tuesday",
    "in a statement") and says nothing else: no object, no clause, no other phrase."""
    if any(token.i > verb.i and verb not in token.ancestors for token in content):
        return False
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ not in _TAIL_DEPS:
            return False
        if child.dep_ == "prep" and not all(_when_or_channel(obj) for obj in pobjs(child) or [child]):
            return False
        if child.dep_ == "npadvmod" and not _when_or_channel(child):
            return False
    return True


def _when_or_channel(noun: Token) -> bool:
    """A date ("on Friday", "last week") or the channel a report went out by ("in a statement")."""
    channels = cues().get("report_channels", frozenset())
    return noun.ent_type_ in _DATE_ENTITIES or noun.lemma_.lower() in channels
