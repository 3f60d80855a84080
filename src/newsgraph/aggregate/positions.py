"""Positions: for each actor, what it supports, rejects, demands or accuses, with the words that say so.

Two kinds of evidence:

- events with the actor as source and a target, the one the stance is
  about: SUPPORT and AGREE state support; REJECT and PROTEST rejection;
  REQUEST a demand; ACCUSE an accusation. Working with someone (COOPERATE)
  and giving help (AID) are acts, not stances: "worked with the Mexican
  authorities", "rescued by fishermen" say nothing of what the actor
  stands for, and appear in the event clusters instead. A negated
  SUPPORT ("did not back") is a rejection; other negated events ("has not
  invited"), hypothetical ones, concessions (a resignation, a release) and
  events with nobody on the other side ("Clinton attacked") state no
  position, nor does a mutual act, coded once each way ("Poland and the
  Czech Republic signed", "X and Y agreed"); of "X agreed with Y", coded
  both ways, only X's side is a position.
- quotes whose speaker is known: a stance cue from ``resources/stance_cues.tsv``
  in the cue or the content ("oppose", "call for", "accused"); in the content
  only with the speaker as its subject ("we oppose") or none. A negator just
  before the cue ("we do not support") turns support into rejection and
  voids a demand or accusation; before a cue outside the content, the
  negator is read in the document ("has not openly accused the council").
  In the speaker's own words only "I" and "we" are the speaker ('"He
  backed the plan," she said' is not her position). In a quote's
  content a cue just after an article or a possessive is a noun ("lost
  his support", "the welcome they felt", "rally women's support") and
  states no position. The object is
  the few words after the cue, or for a reported-speech cue ("condemned")
  the content, or what a content that is only a relative pronoun stands
  for. A speaker that is, opens with or holds an unresolved pronoun
  ("their", "whose leaders", "both of whom") names nobody, nor does one
  that is a document ("the plan calls for", "the decision by the board";
  ``resources/document_nouns.txt``). Refusing to do something is a stance
  only when the act accepts a thing ("refused to sign the accord",
  ``resources/accepting_verbs.txt``); "refused to answer questions" states
  none.

The evidence is the event's sentence or the quote's content, as a span of
the stored document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsgraph.aggregate._common import Item, Texts, identifying, named, read_lexicon, read_words, span_evidence
from newsgraph.store import Position, StoredQuote

EVENT_STANCES = {
    "SUPPORT": "supports", "AGREE": "supports",
    "REJECT": "rejects", "PROTEST": "rejects", "REQUEST": "demands", "ACCUSE": "accuses",
}
_NEGATED_STANCES = {"SUPPORT": "rejects"}
# CAMEO "sign formal agreement": the other side signs too.
_SIGNING = "057"
# How many words before a cue a negator still negates it ("do not really support").
_NEGATION_REACH = 3
# Words after a cue kept as the object of the position.
_OBJECT_WORDS = 8
# The object ends at a clause mark; not at the period of a title or an initial ("agreed with Mr. Cruz").
_QUOTE_MARKS = " \t\n\"“”'‘’"
_OBJECT_END = re.compile(r"[,;:!?\"“”]|(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bSen)(?<!\bRep)(?<!\bGov)"
                         r"(?<!\bGen)(?<!\b[A-Z])\.")
# The subjects by which a speaker states a position in a quote ("we oppose", reported: "she supports"),
# and how many words before the cue they may stand ("We have not invited the US and oppose ...").
_SPEAKER_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})
# In the speaker's own words only the first person is the speaker: '"He has backed the plan," she said' is another's.
_FIRST_PERSON = frozenset({"i", "we"})
_SUBJECT_REACH = 8
_RELATIVES = frozenset({"that", "who", "which", "whom", "whose"})
# An unresolved pronoun speaker names no one: its stance cannot be given to an actor. Nor does a speaker that
# opens with a possessive left unresolved ("their coach", "whose leaders"); "that group" may name one.
_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "it", "you", "me", "us", "him", "them", "who", "whom", "which",
                       "that", "those", "these", "all", "both", "each", "some", "many", "most", "several", "others",
                       "none"})
_POSSESSIVES = frozenset({"my", "our", "your", "his", "her", "its", "their", "whose"})
_RELATIVE_INSIDE = frozenset({"whom", "which"})
# A possessive noun just before a cue ("women's support", "voters’ support"); "he's backed" is "he has".
_POSSESSIVE_END = re.compile(r"(\w+)(?:['’]s|s['’])\s*$")
_CONTRACTED = frozenset({"he", "she", "it", "that", "there", "what", "who", "let", "here", "where"})
# A stance cue void in the lexicon ("demanded to know" asks a question).
_VOID = "none"
# Agreeing to do something is a commitment ("agreed to pay"); agreeing to a thing ("agreed to the plan") supports it.
_AGREEING = frozenset({"agree", "agrees", "agreed"})
# Refusing to do something is no stance unless the act accepts a thing ("refused to sign the accord").
_REFUSING = frozenset({"refuse", "refuses", "refused", "refusing"})
# Where a speaker's head noun ends: "the decision by the board", "the plan, which".
_HEAD_END = re.compile(r"\s(?:by|of|from|for|in|on|at|with|to|that|which|who)\s|[,;(]", re.IGNORECASE)
_PASSIVE = re.compile(r"\s+by\b", re.IGNORECASE)
_TO_WORD = re.compile(r"\s+to\s+([\w$]+)")
# Not endorsing someone unnamed is no stance toward anyone: "never endorsed a contender", "anybody for the seat".
_INDEFINITE = frozenset({"a", "an", "any", "anyone", "anybody", "either", "one"})
_NOUN_OPENERS = frozenset({"my", "our", "any", "all", "some", "such", "each", "every", "both", "no", "more"})


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern[str]:
    phrases = sorted(read_lexicon("stance_cues.tsv"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")(?!\w)",
                      re.IGNORECASE)


def event_positions(items: Sequence[Item], texts: Texts) -> list[Position]:
    """The positions events state; ``items`` hold whole documents (a mutual act is told by its twin)."""
    sides = {_sides(item) for item in items}
    positions = []
    for item in items:
        event = item.event
        if event.hypothetical or event.source is None or identifying(event.source.code) is None:
            continue  # uncoded, or an unplaced agent ("---REB"): no one actor's position
        if event.target is None:
            continue  # a stance about nothing named
        if _sides(item, swapped=True) in sides and _mutual(item):
            continue
        stance = _NEGATED_STANCES.get(event.plover) if event.negated else EVENT_STANCES.get(event.plover)
        if stance is None:
            continue
        obj = named(event.target, item.target_actor)
        if event.target and event.target.code:
            obj = f"{obj} ({event.target.code})"
        positions.append(Position(
            actor_code=event.source.code, actor_name=named(event.source, item.source_actor), stance=stance,
            object=obj, via="event",
            predicate=event.plover, evidence=texts.sentence(item.found, event.sentence, event.trigger),
            date=item.day.isoformat() if item.day else None,
        ))
    return positions


def _sides(item: Item, *, swapped: bool = False) -> tuple[int, int, int | None, int | None]:
    """An event's document, trigger and the starts of its sides (target first when ``swapped``)."""
    event = item.event
    starts = (event.source.start if event.source else None, event.target.start if event.target else None)
    first, second = starts[::-1] if swapped else starts
    return item.found.document_id, event.trigger.start, first, second


def _mutual(item: Item) -> bool:
    """Whether an event coded once each way is no stance of this side's.

    Both sides before the act did it together ("Kavan and Martonyi signed",
    "Cruz and Kasich agreed"), and signing a formal agreement (CAMEO 057) with
    someone is no stance toward them ("signed a supply agreement with
    Norvale"): neither way states one. Otherwise only the way the sentence runs
    does: "Sanders agrees with Ginsburg" is his position, not hers.
    """
    event = item.event
    _, trigger, source, target = _sides(item)
    after = [start is not None and start > trigger for start in (source, target)]
    return not any(after) or event.cameo.startswith(_SIGNING) or after[0]


def stance_of(text: str, *, own: bool = False, direct: bool = False) -> tuple[str, str, str | None] | None:
    """The first stance cue in ``text``: (stance, cue, object words), None when there is none or it is voided.

    ``own``: the text is what a speaker said, where a cue states the speaker's
    position only with a subject that is the speaker ("we oppose", "he
    supports") or none ("supports the plan", reported); "a bill that has
    bipartisan support" and "Rubio supported the call" state no position of
    the speaker's. ``direct``: the text is the speaker's own words, where only
    "I" and "we" are the speaker ('"He has backed the plan," she said').
    """
    lexicon = read_lexicon("stance_cues.tsv")
    negators = read_words("negators.txt")
    determiners = read_words("noun_determiners.txt")
    for match in _cue_pattern().finditer(text):
        cue = " ".join(match.group(1).lower().split())
        stance = lexicon[cue]
        if stance == _VOID:
            continue
        if own and not _speaker_is_subject(text[: match.start()], _FIRST_PERSON if direct else _SPEAKER_PRONOUNS):
            continue
        before = _words_before(text[: match.start()])
        if _PASSIVE.match(text[match.end():]):
            continue  # "was endorsed by the party", "backed by Castro": the stance is someone else's
        if _no_stance_to_do(cue, text[match.end():], determiners):
            continue  # a deal or a thing not done: "agreed to pay $93 million", "refused to answer questions"
        if own and ((before and before[-1] in determiners) or _possessive_before(text[: match.start()])):
            # A noun, not the verb: "lost much of his support", "the welcome they felt". Not so in a cue, where a
            # possessive is the speaker's own ("threw his support behind") and support won is the speaker's
            # ("X won the support of Y" is quoted with Y as the speaker and X as the content).
            continue
        # Quotation marks right after the cue open or close a quotation around it ('opposes "accounting gimmicks"',
        # '"I strongly support" the law'): the object is past them.
        rest = _OBJECT_END.split(text[match.end():].lstrip(_QUOTE_MARKS), maxsplit=1)[0].split()
        obj = " ".join(rest[:_OBJECT_WORDS]) or None
        if _negates(before, negators):
            if stance != "supports" or _withheld(cue, obj):
                continue
            stance = "rejects"
        return stance, cue, obj
    return None


def _withheld(cue: str, obj: str | None) -> bool:
    """Whether a negated endorsement is of nobody named ("never endorsed a contender"): no stance."""
    return cue.startswith("endors") and (not obj or obj.split()[0].casefold() in _INDEFINITE)


def _possessive_before(before: str) -> bool:
    found = _POSSESSIVE_END.search(before)
    return found is not None and found.group(1).casefold() not in _CONTRACTED


def _infinitive_after(rest: str, determiners: frozenset[str]) -> str | None:
    """The verb when a cue is followed by "to" and a verb: a lower-case word that opens no noun phrase."""
    found = _TO_WORD.match(rest)
    if found is None:
        return None
    word = found.group(1)
    return word if word.islower() and word not in determiners and word not in _NOUN_OPENERS else None


def _no_stance_to_do(cue: str, rest: str, determiners: frozenset[str]) -> bool:
    """Whether a cue and the words after it tell of doing something rather than a stance.

    Agreeing to do something is a deal ("agreed to pay a fine"); refusing to
    do it is a thing not done ("refused to answer questions") unless the act
    accepts a thing ("refused to sign the accord" rejects the accord).
    """
    if cue not in _AGREEING and cue not in _REFUSING:
        return False
    verb = _infinitive_after(rest, determiners)
    if verb is None:
        return False
    return cue in _AGREEING or verb not in read_words("accepting_verbs.txt")


def _speaker_is_subject(before: str, pronouns: frozenset[str]) -> bool:
    """Whether the clause before a cue in a quote is empty or has a speaker's pronoun in its last few words."""
    clause = re.split(r"[.!?;:]", before)[-1]
    words = re.findall(r"\w+", clause.lower())[-_SUBJECT_REACH:]
    if not words:
        return True
    last = max((i for i, word in enumerate(words) if word in pronouns), default=None)
    # "the one treaty we know of that has support in both chambers": a relative clause between has another subject
    return last is not None and not _RELATIVES.intersection(words[last + 1:])


def _negated_before(text: str, start: int) -> bool:
    """Whether a negator stands in the few words of the clause before ``start`` ("has not openly accused")."""
    clause = re.split(r"[.!?;:,\"“”]", text[max(0, start - 80):start])[-1]
    return _negates(_words_before(clause), read_words("negators.txt"))


def _words_before(text: str) -> list[str]:
    """The last few words of ``text``, with a curly apostrophe read as a straight one ("couldn’t")."""
    return re.findall(r"\w+(?:'\w+)?|n't", text.lower().replace("’", "'"))[-_NEGATION_REACH:]


def _negates(words: list[str], negators: frozenset[str]) -> bool:
    return any(word in negators or word.endswith("n't") for word in words)


def _names_nobody(speaker: str) -> bool:
    """An uncoded speaker that is a pronoun ("they", "which"), opens with a possessive ("their coach"),
    holds a relative pronoun ("both of whom") or is a document ("the plan")."""
    words = speaker.casefold().split()
    if not words or " ".join(words) in _PRONOUNS or words[0] in _POSSESSIVES:
        return True
    if _RELATIVE_INSIDE.intersection(words):
        return True  # "both of whom", "many of which"
    # "the plan", "the decision by the board"; in capitals a name ("Bill", "Kerry Plan" stays a plan's name too)
    head = _HEAD_END.split(f" {speaker} ", maxsplit=1)[0].split()
    return bool(head) and head[-1].islower() and head[-1] in read_words("document_nouns.txt")


def quote_positions(quotes: Sequence[StoredQuote], texts: Texts | None = None) -> list[Position]:
    """The positions quotes state; with ``texts`` a negator just before the cue in the document counts too
    ("has not openly accused" with the cue "accused")."""
    positions = []
    for stored in quotes:
        quote = stored.quote
        named = quote.speaker_resolved or quote.speaker
        coded = identifying(quote.speaker_actor)  # an unplaced "officials" (---GOV) goes by its words
        actor = coded or (named.text if named else None)
        if not actor or (not coded and _names_nobody(actor)):
            continue
        found = ((stance_of(quote.cue.text) if quote.cue else None)
                 or stance_of(quote.content.text, own=True, direct=quote.direct))
        if found is None:
            continue
        stance, cue, obj = found
        if quote.cue and stance_of(quote.cue.text):
            # A reported-speech cue ("accused X of ...") takes its object from the content, or from what a
            # content that is only a relative pronoun stands for ("the remarks, which she condemned").
            said = quote.content_resolved or quote.content
            if _no_stance_to_do(cue, f" {said.text}", read_words("noun_determiners.txt")):
                continue  # "MGM agreed" + "to pay $93 million": a deal; "refused" + "to comment": nothing held
            obj = " ".join(said.text.split()[:_OBJECT_WORDS])
            if texts is not None and _negated_before(texts.text(stored.found.document_id), quote.cue.start):
                if stance != "supports" or _withheld(cue, obj):
                    continue  # "has never openly blamed the council": no accusation; "never endorsed anybody"
                stance = "rejects"  # "did not support the bill"
        if not obj:
            continue  # "whom she supported", "picking up speed, widening his base of support": about nothing said
        positions.append(Position(
            actor_code=actor, actor_name=named.text if named else None, stance=stance, object=obj, via="quote",
            predicate=cue, evidence=span_evidence(stored.found, quote.content),
            date=(stored.found.published or "")[:10] or None,
        ))
    return positions
