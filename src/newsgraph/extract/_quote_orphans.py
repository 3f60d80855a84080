"""Quotes found by position: headline and transcript labels, and quotations nobody claimed.

Owns what the parse alone does not attribute: "Cruz: Trump Would ..." in a
headline, "TAPPER: ..." or "Chris Matthews: ..." in a transcript, and quoted stretches left over after
pass 1 (quotes the parser did not attach, several sentences in one quote,
"A," he said. "B"). Those get a cue right after the closing mark (or right
after a relative clause on the quote's last words: '"...," who died at sea,
said X'; but a source named after "quoting" is no speech), a cue with
a colon, comma or dash right before the opening mark (before a colon any verb
with a subject: "leaned in and boomed: "...""), or else the speaker of
the last quote with a speaker just before when only the rest of its cue
sentence lies between (an unsourced hedge in between hands no speaker on), or
that and a lead-in of a few words with no verb ('... he said. Instead, "B"':
the lead-in and the quotation are one mixed quote of the same speaker).
A quoted sentence (six words or more, closed by . ? ! or ,) that none of
these attribute is still a quote when a clause of its own sentence leads into
it ("As the prosecutor put it, "...""): that clause's subject speaks.
"""

from __future__ import annotations

import bisect
import re

from spacy.symbols import VERB
from spacy.tokens import Doc, Token

from newsgraph.extract._quote_drafts import Draft, cue_chars
from newsgraph.extract._quote_lexicon import CueLexicon
from newsgraph.extract._quote_marks import MarkIndex, Quoted, is_title, mid_sentence
from newsgraph.extract._quote_speakers import subject_of

_STOP_TEXT = frozenset({".", "!", "?", ";"})
_LOOKAHEAD = 6
_LONG_LOOKAHEAD = 30
_MAX_GAP = 300
_MAX_LABEL = 60
_MAX_NAME_LABEL = 4
_SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_INTRODUCERS = frozenset({":", ",", "—", "–", "-", "--"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?]+[)\]]?|\n")
_MIN_SPEECH_WORDS = 6
_SPEECH_ENDS = frozenset(".?!,")
_RELATIVE_TAGS = frozenset({"WP", "WDT", "WP$"})
_SOURCE_CITING = frozenset({"quote", "cite"})
_CLOSING_MARKS = "'\"”’"
_MAX_LEAD_IN_WORDS = 3  # "Instead,", "But", "And yet": the speaker's own words leading into the quotation
_RELATIVE_DEPTH = 3  # clauses between a relative pronoun and the relative clause it opens


def colon_drafts(doc: Doc, text: str, lexicon: CueLexicon) -> list[Draft]:
    """Headline and transcript attributions: "Warren: Senate Will Block The Nominee", "TAPPER: ...".

    Only the headline (first line), a line opening with a speaker in capitals or one
    opening with a person's whole name in title case qualifies; the words before the colon must name someone.
    """
    drafts: list[Draft] = []
    line_start = 0
    first = True
    length = len(text)
    while line_start < length:
        line_end = text.find("\n", line_start)
        line_end = length if line_end < 0 else line_end
        colon = text.find(": ", line_start, min(line_end, line_start + _MAX_LABEL))
        if colon > line_start and line_end - colon > 12:
            label = text[line_start:colon]
            if first or (label.isupper() and len(label.split()) <= 4) or _person_label(doc, line_start, colon):
                draft = _colon_draft(doc, line_start, colon, line_end, lexicon)
                if draft is not None:
                    drafts.append(draft)
        if text[line_start:line_end].strip():
            first = False
        line_start = line_end + 1
    return drafts


def _person_label(doc: Doc, start: int, colon: int) -> bool:
    """"Matthews: ...", "Alex Seitz-Wald: ...": a transcript turn labelled with a person's name in title case."""
    label = doc.char_span(start, colon, alignment_mode="contract")
    if label is None or not 1 <= len(label) <= _MAX_NAME_LABEL or not all(token.is_title for token in label if token.is_alpha):
        return False
    return any(ent.label_ == "PERSON" and ent.start == label.start and ent.end == label.end for ent in label.ents)


def _colon_draft(doc: Doc, start: int, colon: int, end: int, lexicon: CueLexicon) -> Draft | None:
    label = doc.char_span(start, colon, alignment_mode="contract")
    if label is None or not len(label) or any(token.pos == VERB for token in label):
        return None
    if label.text.strip().lower() in lexicon.not_speaker_labels:
        return None
    names = [ent for ent in label.ents if ent.label_ in _SPEAKER_LABELS]
    head = next((ent.root for ent in names if ent.label_ == "PERSON"), None) or (names[0].root if names else None)
    if head is None and len(label) <= 4 and (label.text.isupper() or label.root.is_title):
        head = label.root  # a name the tagger did not know ("Lavrov:", "TAPPER:")
    if head is None:
        return None
    return Draft(colon + 1, end, (colon, colon + 1), head, colon)


def positional_drafts(
    doc: Doc, text: str, marks: MarkIndex, lexicon: CueLexicon, claimed: list[Draft]
) -> list[Draft]:
    """Drafts for quoted stretches that no draft in ``claimed`` covers."""
    taken = sorted((draft.start, draft.end) for draft in claimed)
    token_starts = doc.to_array("IDX").tolist() if len(doc) else []
    found: list[Draft] = []
    for stretch in marks.stretches:
        if _claimed_by(stretch, taken, claimed) is not None or is_title(text, stretch):
            continue
        draft = _attribute(doc, text, token_starts, stretch, lexicon)
        if draft is None:
            previous = _last_before(stretch.start, claimed, found)
            lead_in = _lead_in(doc, token_starts, text, previous, stretch) if previous is not None else None
            if previous is not None and _continues(text, previous, stretch):
                draft = Draft(stretch.start, stretch.end, previous.cue, previous.subject, stretch.start)
            elif previous is not None and lead_in is not None:
                draft = Draft(lead_in, stretch.end, previous.cue, previous.subject, stretch.start)
            elif _is_speech(text, stretch):
                draft = _led_in(doc, token_starts, stretch)
        if draft is not None:
            found.append(draft)
    return found


def _is_speech(text: str, stretch: Quoted) -> bool:
    """A quoted sentence, not a phrase: enough words, closed by sentence punctuation inside the marks."""
    inner = text[stretch.inner_start : stretch.inner_end].strip()
    return len(_WORD.findall(inner)) >= _MIN_SPEECH_WORDS and inner[-1:] in _SPEECH_ENDS


def _led_in(doc: Doc, token_starts: list[int], stretch: Quoted) -> Draft | None:
    """A quoted sentence with no cue near it, led into by a clause of its own sentence: "As the
    prosecutor put it, "..."", "X pondered who might "..."": the clause's subject speaks.

    (The last speaker before a lone quoted sentence is PolNeAR's speaker only about a third of the
    time, so a quote with no lead-in stays unattributed and is left out.)
    """
    verb = _leading_verb(doc, token_starts, stretch)
    subject = subject_of(verb) if verb is not None else None
    if verb is None or subject is None:
        return None
    return Draft(stretch.start, stretch.end, cue_chars(verb), subject, verb.idx)


def _leading_verb(doc: Doc, token_starts: list[int], stretch: Quoted) -> Token | None:
    """The last verb before the opening mark in the quote's own sentence."""
    index = bisect.bisect_left(token_starts, stretch.start) - 1
    while index >= 0:
        token = doc[index]
        if token.text in _STOP_TEXT or token.is_quote or (token.is_space and "\n" in token.text):
            return None
        if token.pos_ == "VERB":
            return token
        index -= 1
    return None


def _frame_end(draft: Draft) -> int:
    return max(draft.end, draft.cue[1]) if draft.cue is not None else draft.end


def _last_before(position: int, *groups: list[Draft]) -> Draft | None:
    best: Draft | None = None
    for group in groups:
        for draft in group:
            if draft.subject is None:
                continue  # an unsourced hedge ("who is regarded as ...") hands no speaker on
            end = _frame_end(draft)
            if end <= position and (best is None or end > _frame_end(best)):
                best = draft
    return best


def _claimed_by(stretch: Quoted, taken: list[tuple[int, int]], claimed: list[Draft]) -> Draft | None:
    index = bisect.bisect_right(taken, (stretch.end, stretch.end))
    for start, end in reversed(taken[max(0, index - 8) : index]):
        if start < stretch.end and stretch.start < end:
            return next(draft for draft in claimed if (draft.start, draft.end) == (start, end))
    return None


def _attribute(doc: Doc, text: str, token_starts: list[int], stretch: Quoted, lexicon: CueLexicon) -> Draft | None:
    """A cue right after the closing mark, or right before the opening mark."""
    after = bisect.bisect_left(token_starts, stretch.end)
    if not mid_sentence(text, stretch.start):
        after = _past_relative_clause(doc, after)  # a phrase inside a sentence may be the clause's own words
    closes_attribution = text[stretch.inner_start : stretch.inner_end].rstrip()[-1:] in (",", "?", "!")
    closes_attribution = closes_attribution and not mid_sentence(text, stretch.start)
    for offset, token in enumerate(doc[after : after + _LONG_LOOKAHEAD]):
        if token.text in _STOP_TEXT or (token.is_space and "\n" in token.text) or token.is_quote:
            break
        if token.pos_ != "VERB":
            continue
        if offset < _LOOKAHEAD and token.lemma_.lower() in lexicon.speech_verbs:
            if _quoted_source(doc, token_starts, stretch):
                return None  # 'The weekly, quoting "classified cables," said ...': a source named, not speech
            return _draft_for_cue(token, stretch, after, after + _LOOKAHEAD)
        subject = subject_of(token)
        # '"...," William M. Daley, a former chief of staff, said' and '"...," an angry Hollande retorted':
        # the clause right after the quote is its attribution; not after a phrase quoted inside a sentence
        # ('In what he called a "rant," the mayor took ...').
        if subject is not None and subject.left_edge.i == _first_word(doc, after) and (
            closes_attribution or token.lemma_.lower() in lexicon.speech_verbs
        ):
            return Draft(stretch.start, stretch.end, cue_chars(token), subject, token.idx)
    before = bisect.bisect_left(token_starts, stretch.start) - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 0 or doc[before].text not in _INTRODUCERS and doc[before].pos_ != "VERB":
        return None
    # a colon announces the quotation however long the clause before it ("He told his audience, to rowdy applause:")
    reach = _LONG_LOOKAHEAD if doc[before].text == ":" else _LOOKAHEAD
    for token in reversed(doc[max(0, before - reach) : before + 1]):
        if token.text in _STOP_TEXT or token.is_quote:
            break
        if token.pos_ == "VERB" and token.lemma_.lower() in lexicon.speech_verbs:
            return _draft_for_cue(token, stretch, token.i + 1, before)
    return _announced(doc, stretch, before)


def _announced(doc: Doc, stretch: Quoted, colon: int) -> Draft | None:
    """"The coach leaned in and boomed: “...”": a verb right before the colon that opens a quotation
    announces it, whatever verb it is; its subject speaks. (A verb the lexicon lacks may be a manner of
    speaking, "boomed", "lectured"; the colon says the words that follow are what was said.)"""
    if colon < 1 or doc[colon].text != ":" or doc[colon - 1].pos_ != "VERB":
        return None
    verb = doc[colon - 1]
    subject = subject_of(verb)
    if subject is None or subject.i > verb.i:
        return None
    return Draft(stretch.start, stretch.end, cue_chars(verb), subject, verb.idx)


def _quoted_source(doc: Doc, token_starts: list[int], stretch: Quoted) -> bool:
    """True for a quotation right after "quoting" or "citing": the words name a source ("quoting "classified
    cables""), they are not what the cue after them reports."""
    before = bisect.bisect_left(token_starts, stretch.start) - 1
    while before >= 0 and (doc[before].is_space or doc[before].is_quote):
        before -= 1
    return before >= 0 and doc[before].lemma_.lower() in _SOURCE_CITING


def _past_relative_clause(doc: Doc, index: int) -> int:
    """The index after a relative clause that opens right after a closing mark, and its comma:
    '"... his mother," who died at sea, said X' describes the last words of the quote; the cue
    comes after it. The pronoun may sit in a clause inside the relative one ('"...," which the
    manager fears will cost jobs')."""
    first = _first_word(doc, index)
    if first >= len(doc) or doc[first].tag_ not in _RELATIVE_TAGS:
        return index
    clause = doc[first].head if doc[first].tag_ != "WP$" else doc[first].head.head  # "whose farm burned"
    for _ in range(_RELATIVE_DEPTH):
        if clause.dep_ == "relcl" or clause.head.i == clause.i or clause.head.i < first:
            break
        clause = clause.head
    if clause.dep_ != "relcl" or not all(token.is_punct for token in doc[clause.left_edge.i : first]):
        return index  # (the parser may hang the closing mark and its comma on the clause)
    end = clause.right_edge.i + 1
    while end < len(doc) and doc[end].text == ",":
        end += 1
    return end


def _first_word(doc: Doc, index: int) -> int:
    while index < len(doc) and (doc[index].is_space or doc[index].is_punct):
        index += 1
    return index


def _draft_for_cue(cue: Token, stretch: Quoted, window_start: int, window_end: int) -> Draft | None:
    subject = subject_of(cue)
    if subject is None:
        # No parse link: take the nearest noun or name next to the cue ("said Peskov").
        for token in cue.doc[window_start:window_end]:
            if token.pos_ in ("PROPN", "NOUN", "PRON") and token.i != cue.i:
                subject = token
                while subject.dep_ in ("compound", "amod", "det", "nmod") and subject.head.i != subject.i:
                    subject = subject.head
                break
    if subject is None:
        return None
    return Draft(stretch.start, stretch.end, cue_chars(cue), subject, cue.idx)


def _continues(text: str, previous: Draft, stretch: Quoted) -> bool:
    """True for the next piece of a split quote: nothing but the rest of the cue sentence in between.

    ``"A," he said. "B"``, ``"A," said X, a lawyer in Y. "B"``, ``"A," said X,
    a lawyer who ..., "B"`` (the first piece ending in a comma) and a quote
    paragraph right after its speaker's statement pass; a quote in
    mid-sentence, or after a new paragraph of narration, does not.
    """
    frame = _frame_end(previous)
    if stretch.start < frame or stretch.start - frame > _MAX_GAP:
        return False
    gap = text[frame : stretch.start]
    if not gap.strip():
        return True
    if "\n" in gap.rstrip():
        return False
    if gap.rstrip().endswith(",") and _SENTENCE_END.search(gap) is None and _opens_split(text, previous):
        return True  # '"The hardest part," said X, a nurse at Y, "is ..."': the speaker's long description
    # the sentence may end inside a title's closing mark: '..., he said on Radio Norte's "Evening Forum." "B"'
    return _SENTENCE_END.search(gap.rstrip().rstrip(_CLOSING_MARKS)[-2:]) is not None


def _lead_in(
    doc: Doc, token_starts: list[int], text: str, previous: Draft, stretch: Quoted
) -> int | None:
    """Where the next sentence opens when a few words of no clause lead into the quotation ('"A," he
    said. Instead, "B."', '... But "B."'): the speaker goes on, and the lead-in is part of the quote
    (a mixed one). None when the words before the mark have a verb or run longer than a few words."""
    frame = _frame_end(previous)
    if stretch.start < frame or stretch.start - frame > _MAX_GAP:
        return None
    gap = text[frame : stretch.start]
    if "\n" in gap.rstrip():
        return None
    ends = list(_SENTENCE_END.finditer(gap))
    if not ends:
        return None
    opening = frame + ends[-1].end()
    first = bisect.bisect_left(token_starts, opening)
    last = bisect.bisect_left(token_starts, stretch.start)
    words = [token for token in doc[first:last] if not (token.is_punct or token.is_space)]
    if not words or len(words) > _MAX_LEAD_IN_WORDS or any(token.pos_ in ("VERB", "AUX") for token in words):
        return None
    if any(not token.is_punct and not token.is_space for token in doc[words[-1].i + 1 : last] if token.text not in ","):
        return None
    return words[0].idx


def _opens_split(text: str, previous: Draft) -> bool:
    """True when the previous quotation stops at a comma inside its marks ('"The hardest part,"'): the first
    piece of a sentence the speaker goes on with."""
    return text[previous.start : previous.end].rstrip().rstrip("\"”'’").rstrip().endswith(",")
