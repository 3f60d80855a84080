"""Where the words were said, cut off the end of a reported content.

Owns one trim applied to every reported content after ``_quote_bounds``:
news English puts the occasion of speaking after what was said ("criticized
the plan on Twitter", "declined to comment for this story", "called the
rival a clown on his radio show"), and the parser often hangs it on the
content's last noun. It tells the reader where someone spoke, not what they
said, and PolNeAR's contents stop before it. The occasion nouns are data
(resources/quote_cues.json, ``occasion_nouns``): only media and formats of
speech, not events that are often the topic ("to speak at the debate").

A noun phrase or an infinitive content ("the plan", "to speak to
reporters") also loses a trailing clause of time with a subject of its own
("as she left the hall", "while his rival surged"): that is when the speaker
acted. A clause content keeps its own: "said the mayor lied while he was in
office" reports the time too. Words inside quotation marks are never cut.
Dates stay: "to vote on Tuesday" or "his rise in the early 2000s" is as
often what was said as when.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract._quote_lexicon import CueLexicon
from newsgraph.extract._quote_marks import MarkIndex

# Prepositions that open an occasion of speaking: "on Twitter", "in an interview", "for this story"
_SETTING_PREPS = frozenset({"in", "on", "at", "during", "from", "over", "via", "through", "for"})
# Conjunctions of a clause of time after a phrase content: "refused to talk as she left"
_CIRCUMSTANCE_MARKS = frozenset({"as", "when", "while", "whereas", "after", "before", "since"})
_NOUN_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def without_setting(doc: Doc, start: int, end: int, marks: MarkIndex, lexicon: CueLexicon) -> int:
    """End of ``[start, end)`` without the trailing words that say where or when it was said."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2:
        return end
    shape = _shape(span)
    while True:
        words = [token for token in span if not (token.is_punct or token.is_space)]
        if len(words) < 2:
            return end
        last = words[-1]
        setting = _setting_to_end(span, last, shape, lexicon)
        if setting is None or marks.overlapping(setting.idx, end):
            return end
        kept = doc[setting.i - 1]
        while kept.i > span.start and (kept.is_punct or kept.is_space) and not kept.is_quote:
            kept = doc[kept.i - 1]
        if kept.i < span.start or (kept.is_punct and not kept.is_quote):
            return end  # nothing would be left
        end = kept.idx + len(kept)
        span = doc[span.start : kept.i + 1]


def _shape(span: Span) -> str:
    """"noun" for a noun phrase, "infinitive" for a to-infinitive, else "clause"."""
    root = span.root
    if root.pos_ in _NOUN_POS:
        return "noun"
    first = span[0]
    if first.lower_ == "to" and first.head == root and root.tag_ == "VB":
        return "infinitive"
    return "clause"


def _setting_to_end(span: Span, last: Token, shape: str, lexicon: CueLexicon) -> Token | None:
    """The first word of the longest setting that runs to the content's ``last`` word, if one does."""
    first = None
    for token in span[1:]:
        if token.i > last.i:
            break
        if token.right_edge.i != last.i or token.left_edge.i <= span.start:
            continue
        if (first is None or token.left_edge.i < first.i) and _is_setting(token, shape, lexicon):
            first = token.left_edge
    return first


def _is_setting(head: Token, shape: str, lexicon: CueLexicon) -> bool:
    """True when the phrase ``head`` heads says where or when it was said, for a content of ``shape``."""
    if head.dep_ == "prep" and head.lower_ in _SETTING_PREPS:
        noun = next((child for child in head.children if child.dep_ == "pobj"), None)
        if noun is None:
            return False
        if head.lower_ == "for" and not any(child.lower_ == "this" for child in noun.children):
            return False  # "for this story" is the writer's own piece; "requests for an interview" its topic
        return noun.lemma_.lower() in lexicon.occasion_nouns
    if shape != "clause" and head.dep_ == "advcl" and head.head.pos_ in ("VERB", "AUX"):
        # a clause with a subject of its own: "refused to talk as she left", not "while rebuilding the party"
        marked = any(child.dep_ == "mark" and child.lower_ in _CIRCUMSTANCE_MARKS for child in head.children)
        return marked and any(child.dep_ in ("nsubj", "nsubjpass") for child in head.children)
    return False
