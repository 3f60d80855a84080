"""Who said what: direct, mixed and reported quotes with their cues and speakers.

``find_quotes(doc, text)`` reads one parsed document and returns the
contract's ``quotes``. It works in three passes:

1. Syntactic cues. Every cue outside quotation marks — a reporting verb with a
   clausal complement ("said that ...", "told journalists ..."), a light verb
   with a cue noun ("voiced strong opposition to ..."), a possessive cue noun
   ("X's remarks that ..."), or "according to X, ..." — yields a quote whose
   content is the complement. Content that touches a quoted stretch grows to
   cover it; the share of letters inside marks makes it direct, mixed or
   reported.
2. Quoted stretches left over (quotes the parser did not attach, several
   sentences in one quote, "A," he said. "B") are attributed by position: a
   cue right after the closing mark, a cue with a colon or comma right before
   the opening mark, or the speaker of the quote just before.
3. Speakers are resolved in document order (pronouns, descriptions,
   surnames) by the rules in ``_quote_speakers``.

The words are data (resources/quote_cues.json). ``speaker_actor`` stays
None here; the orchestrator's actor step fills it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string
from spacy.symbols import NOUN, PROPN, VERB
from spacy.tokens import Doc, Token

from newsgraph.extract._quote_lexicon import CueLexicon, load_lexicon
from newsgraph.extract._quote_marks import Quoted, find_quoted
from newsgraph.extract._quote_speakers import SpeakerResolver, is_anonymous, speaker_tokens, subject_of
from newsgraph.records import Quote, Span

__all__ = ["find_quotes"]

_NOUN_CONTENT_PREPS = frozenset({"to", "for", "about", "over", "of", "at", "with", "on", "regarding"})
_STOP_TEXT = frozenset({".", "!", "?", ";"})
_TRIM = " \t\n\r\u00a0,;:-—–"
_LOOKAHEAD = 6
_MAX_GAP = 300
_MAX_LABEL = 60
_SPEAKER_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_OBJECT_TAIL_PREPS = frozenset({"as", "for", "of", "to", "against", "with", "from", "over"})
_INTRODUCERS = frozenset({":", ",", "—", "–", "-", "--"})
_SPEAKER_AGAIN = frozenset({"he", "she"})
_NEWLINE = re.compile("\n")
_ALNUM = re.compile(r"[^\W_]")
_SENTENCE_END = re.compile(r"[.!?]+[)\]]?|\n")


@dataclass(slots=True)
class _Draft:
    start: int  # content, characters
    end: int
    cue: tuple[int, int] | None  # characters
    subject: Token | None
    anchor: int  # where the cue is: orders the drafts for speaker resolution
    weak: bool = False  # an infinitive complement ("urged X to ..."): dropped when nested in another quote


class _Paragraphs:
    """Line boundaries of one text: contents stay inside their cue's paragraph.

    The parser's sentences sometimes run across paragraphs. A quotation running
    over several paragraphs is restored afterwards, when the content is grown
    over the quoted stretches it touches.
    """

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self.breaks = [match.start() for match in _NEWLINE.finditer(text)]

    def clip(self, anchor: int, start: int, end: int) -> tuple[int, int]:
        index = bisect.bisect_left(self.breaks, anchor)
        paragraph_start = self.breaks[index - 1] + 1 if index > 0 else 0
        paragraph_end = self.breaks[index] if index < len(self.breaks) else self.length
        return max(start, paragraph_start), min(end, paragraph_end)


class _Marks:
    """The quoted stretches of one text, with fast lookups by character offset."""

    def __init__(self, text: str) -> None:
        self.stretches = find_quoted(text)
        self.starts = [stretch.start for stretch in self.stretches]

    def containing(self, position: int) -> Quoted | None:
        index = bisect.bisect_right(self.starts, position) - 1
        if index >= 0 and position < self.stretches[index].end:
            return self.stretches[index]
        return None

    def overlapping(self, start: int, end: int) -> list[Quoted]:
        index = max(bisect.bisect_right(self.starts, start) - 1, 0)
        found = []
        for stretch in self.stretches[index:]:
            if stretch.start >= end:
                break
            if stretch.end > start:
                found.append(stretch)
        return found


def find_quotes(doc: Doc, text: str) -> tuple[Quote, ...]:
    """Every quote of the document, in text order, with spans into ``text``.

    ``doc`` was parsed from a copy of ``text`` of the same length in which
    removed spans are blanked. Everything is found on that copy, so nothing
    comes from removed text; ``text`` only gives the spans their words.
    """
    lexicon = load_lexicon()
    seen = doc.text
    if len(seen) != len(text):
        raise ValueError(f"doc has {len(seen)} characters but text has {len(text)}: offsets would not hold")
    marks = _Marks(seen)
    drafts = _syntactic_drafts(doc, seen, marks, lexicon)
    drafts.extend(_colon_drafts(doc, seen, lexicon))
    drafts.extend(_positional_drafts(doc, seen, marks, lexicon, drafts))
    return _finish(doc, text, seen, marks, lexicon, drafts)


# -- pass 1: cues found through the parse ---------------------------------------------------------


def _syntactic_drafts(doc: Doc, text: str, marks: _Marks, lexicon: CueLexicon) -> list[_Draft]:
    paragraphs = _Paragraphs(text)
    drafts: list[_Draft] = []
    for index in _candidate_indices(doc, lexicon):
        token = doc[index]
        if marks.containing(token.idx) is not None:
            continue  # speech reported inside someone else's quote
        lemma = token.lemma_.lower()
        draft: _Draft | None = None
        if token.pos == VERB and (
            lemma in lexicon.verbs or lemma in lexicon.object_verbs or lemma in lexicon.prep_verbs
        ):
            drafts.extend(_verb_drafts(token, lemma, lexicon, paragraphs))
        elif token.lower_ == "according":
            draft = _according_draft(token, paragraphs)
        elif token.pos in (NOUN, PROPN) and token.lower_ in lexicon.nouns:
            draft = _noun_draft(token, lexicon, paragraphs)
        if draft is not None:
            drafts.append(draft)
    return [draft for draft in drafts if not (draft.weak and _nested(draft, drafts))]


def _candidate_indices(doc: Doc, lexicon: CueLexicon) -> list[int]:
    """Indices of tokens that may be cues, found on the doc's arrays (no Token objects made)."""
    if not len(doc):
        return []
    lemma_hashes, lower_hashes = _cue_hashes(lexicon)
    columns = doc.to_array([LEMMA, LOWER]).tolist()
    return [
        index
        for index, (lemma, lower) in enumerate(columns)
        if lemma in lemma_hashes or lower in lower_hashes
    ]


@lru_cache(maxsize=4)
def _cue_hashes(lexicon: CueLexicon) -> tuple[frozenset[int], frozenset[int]]:
    words = lexicon.verbs | lexicon.object_verbs | frozenset(lexicon.prep_verbs)
    lemmas = frozenset(hash_string(word) for word in words) | frozenset(hash_string(w.title()) for w in words)
    lowers = frozenset(hash_string(word) for word in lexicon.nouns | {"according"})
    return lemmas, lowers


def _nested(draft: _Draft, drafts: list[_Draft]) -> bool:
    return any(other is not draft and other.start <= draft.anchor < other.end for other in drafts)


def _verb_drafts(verb: Token, lemma: str, lexicon: CueLexicon, paragraphs: _Paragraphs) -> list[_Draft]:
    if any(child.dep_ in ("auxpass", "nsubjpass") for child in verb.children):
        return []  # "was asked", "is expected": the speaker is not the subject
    subject = subject_of(verb)
    if subject is None:
        return []
    cue = _cue_chars(verb)
    weak = False
    end: int | None = None
    complement = None
    if lemma in lexicon.verbs:
        complement = _nearest_child(verb, "ccomp", paragraphs)
        if complement is None:
            complement = _nearest_child(verb, "xcomp", paragraphs)
            weak = lemma not in lexicon.speech_verbs or lemma in lexicon.xcomp_verbs
            if complement is not None and lemma not in lexicon.xcomp_verbs and complement.tag_ != "VBG":
                complement = None  # "said to be": only "said legalizing it ..." reads as content
    if complement is None:
        complement, cue, end = _object_content(verb, lemma, lexicon, cue)
        weak = True
    if complement is None:
        if verb.dep_ == "parataxis" and lemma in lexicon.speech_verbs:
            return _parenthetical(verb, cue, subject, paragraphs)
        return []
    if end is None:
        end = _clause_end(complement, subject)
    start, end = paragraphs.clip(verb.idx, complement.left_edge.idx, end)
    end = _trim_tail(verb.doc, start, end)
    if start <= verb.idx < end or end <= start:
        return []  # a complement wrapping its own cue is a misparse
    return [_Draft(start, end, cue, subject, verb.idx, weak)]


def _nearest_child(verb: Token, dep: str, paragraphs: _Paragraphs) -> Token | None:
    """The child in relation ``dep`` closest to the verb within its paragraph.

    The parser's sentences sometimes run across paragraphs, so a verb can get a
    complement from the paragraph before.
    """
    start, end = paragraphs.clip(verb.idx, 0, paragraphs.length)
    best: Token | None = None
    for child in verb.children:
        if child.dep_ == dep and start <= child.idx < end:
            if best is None or abs(child.i - verb.i) < abs(best.i - verb.i):
                best = child
    return best


def _child(token: Token, dep: str) -> Token | None:
    return next((child for child in token.children if child.dep_ == dep), None)


def _object_content(
    verb: Token, lemma: str, lexicon: CueLexicon, cue: tuple[int, int]
) -> tuple[Token | None, tuple[int, int], int | None]:
    """A phrase, not a clause, as the content: "called it a hoax", "called for X", "criticized X"."""
    predicate = _child(verb, "oprd")
    if predicate is not None:
        target = _child(verb, "dobj")
        end = predicate.right_edge.idx + len(predicate.right_edge)
        if target is not None and target.i < predicate.i:
            return target, cue, end  # "called Trump 'unhinged'"
        return predicate, (verb.idx, predicate.idx), end
    preps = lexicon.prep_verbs.get(lemma)
    if preps:
        for child in verb.rights:
            if child.dep_ == "prep" and child.lower_ in preps:
                target = next((grand for grand in child.children if grand.dep_ in ("pobj", "pcomp")), None)
                if target is not None:
                    return target, (verb.idx, child.idx + len(child)), _object_end(verb, child)
    if lemma in lexicon.object_verbs:
        target = _child(verb, "dobj")
        if target is not None and target.pos_ != "PRON":
            return target, cue, _object_end(verb, target)
    return None, cue, None


def _object_end(verb: Token, target: Token) -> int:
    """End of an object with what completes it: "urged X to ...", "described X as ...", "blamed X for ..."."""
    end = _phrase_end(target) if target.dep_ != "prep" else target.right_edge.idx + len(target.right_edge)
    for child in verb.rights:
        if child.i <= target.i:
            continue
        if child.dep_ in ("xcomp", "oprd", "ccomp") or (child.dep_ == "prep" and child.lower_ in _OBJECT_TAIL_PREPS):
            end = max(end, child.right_edge.idx + len(child.right_edge))
    return end


def _trim_tail(doc: Doc, start: int, end: int) -> int:
    """Content end without a trailing ", who ...", ", which ..." or ", saying ..." hung on its last words."""
    if end <= start:
        return end
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 3:
        return end
    last = span[-1].i
    for token in span[1:]:
        if token.i >= last or doc[token.i - 1].text != ",":
            continue
        root = token.head if token.dep_ in ("nsubj", "mark", "advmod") else token
        if token.left_edge.i != token.i and root is token:
            continue
        if root.right_edge.i >= last and root.left_edge.i == token.i and _is_tail(root):
            previous = doc[token.i - 2]
            return min(end, previous.idx + len(previous))
    return end


def _is_tail(root: Token) -> bool:
    return root.dep_ == "relcl" or (root.dep_ in ("advcl", "conj") and root.tag_ == "VBG")


def _phrase_end(head: Token) -> int:
    """End of a noun phrase, before a comma and a relative clause hung on it."""
    end_token = head.right_edge
    for child in head.rights:
        if child.dep_ in ("relcl", "acl", "appos") and head.doc[child.left_edge.i - 1].text == ",":
            end_token = head.doc[child.left_edge.i - 2]
            break
    return end_token.idx + len(end_token)


def _clause_end(head: Token, subject: Token) -> int:
    """End of a clause's words, stopping before "and he railed ...": a new clause by the speaker.

    Coordinated content ("that A, and that B") stays whole.
    """
    end_token = head.right_edge
    for child in head.rights:
        if child.dep_ != "conj" or any(grand.dep_ == "mark" for grand in child.children):
            continue
        own = next((grand for grand in child.children if grand.dep_ in ("nsubj", "nsubjpass")), None)
        if own is not None and (own.lower_ in _SPEAKER_AGAIN or own.lower_ == subject.lower_):
            previous = child.left_edge.i - 1
            while previous > head.i and head.doc[previous].dep_ in ("cc", "punct"):
                previous -= 1
            end_token = head.doc[previous]
            break
    return end_token.idx + len(end_token)


def _parenthetical(verb: Token, cue: tuple[int, int], subject: Token, paragraphs: _Paragraphs) -> list[_Draft]:
    """"A, she said, B": the sentence around the cue, in its pieces before and after it."""
    head = verb.head
    doc = verb.doc
    pieces = []
    inner_start, inner_end = verb.left_edge.i, verb.right_edge.i + 1
    if head.left_edge.i < inner_start:
        last = doc[inner_start - 1]
        pieces.append((head.left_edge.idx, last.idx + len(last)))
    if inner_end <= head.right_edge.i:
        last = head.right_edge
        pieces.append((doc[inner_end].idx, last.idx + len(last)))
    drafts = []
    for start, end in pieces:
        start, end = paragraphs.clip(verb.idx, start, end)
        if end > start:
            drafts.append(_Draft(start, end, cue, subject, verb.idx))
    return drafts


def _according_draft(token: Token, paragraphs: _Paragraphs) -> _Draft | None:
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    to = doc[token.i + 1]
    source = next((child for child in to.children if child.dep_ == "pobj"), None)
    if source is None:
        return None
    phrase_start, phrase_end = token.i, source.right_edge.i + 1
    sentence = token.sent
    left, right = sentence.start, sentence.end
    # The content is the sentence around the phrase, minus the phrase itself.
    if phrase_start - left <= right - phrase_end:
        start_token, end_token = doc[min(phrase_end, right - 1)], doc[right - 1]
    else:
        start_token, end_token = doc[left], doc[max(phrase_start - 1, left)]
    if start_token.i > end_token.i:
        return None
    start, end = paragraphs.clip(token.idx, *_token_range_chars(start_token, end_token))
    if end <= start:
        return None
    return _Draft(start, end, (token.idx, to.idx + len(to)), source, token.idx)


def _noun_draft(noun: Token, lexicon: CueLexicon, paragraphs: _Paragraphs) -> _Draft | None:
    content: Token | None = None
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") and any(grand.dep_ == "mark" for grand in child.children):
            content = child
            break
        if child.dep_ == "prep" and child.lower_ in _NOUN_CONTENT_PREPS:
            content = next((grand for grand in child.children if grand.dep_ in ("pobj", "pcomp")), None)
            if content is not None:
                break
    if content is None:
        return None
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in lexicon.light_verbs:
        subject = subject_of(verb)
        cue = (verb.idx, noun.idx + len(noun))
        anchor = verb.idx
    else:
        subject = next((child for child in noun.children if child.dep_ == "poss"), None)
        if subject is None or content.dep_ not in ("acl", "ccomp"):
            return None
        cue = _cue_chars(noun)
        anchor = noun.idx
    if subject is None:
        return None
    start, end = paragraphs.clip(noun.idx, *_token_range_chars(content.left_edge, content.right_edge))
    if end <= start:
        return None
    return _Draft(start, end, cue, subject, anchor)


def _colon_drafts(doc: Doc, text: str, lexicon: CueLexicon) -> list[_Draft]:
    """Headline and transcript attributions: "Cruz: Trump Would Put Liberals On Court", "TAPPER: ...".

    Only the headline (first line) or a line opening with a speaker in capitals
    qualifies; the words before the colon must name someone.
    """
    drafts: list[_Draft] = []
    line_start = 0
    first = True
    length = len(text)
    while line_start < length:
        line_end = text.find("\n", line_start)
        line_end = length if line_end < 0 else line_end
        colon = text.find(": ", line_start, min(line_end, line_start + _MAX_LABEL))
        if colon > line_start and line_end - colon > 12:
            label = text[line_start:colon]
            if first or (label.isupper() and len(label.split()) <= 4):
                draft = _colon_draft(doc, line_start, colon, line_end, lexicon)
                if draft is not None:
                    drafts.append(draft)
        if text[line_start:line_end].strip():
            first = False
        line_start = line_end + 1
    return drafts


def _colon_draft(doc: Doc, start: int, colon: int, end: int, lexicon: CueLexicon) -> _Draft | None:
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
    return _Draft(colon + 1, end, (colon, colon + 1), head, colon)


# -- pass 2: quoted stretches nobody claimed -------------------------------------------------------


def _positional_drafts(
    doc: Doc, text: str, marks: _Marks, lexicon: CueLexicon, claimed: list[_Draft]
) -> list[_Draft]:
    taken = sorted((draft.start, draft.end) for draft in claimed)
    token_starts = doc.to_array("IDX").tolist() if len(doc) else []
    found: list[_Draft] = []
    for stretch in marks.stretches:
        if _claimed_by(stretch, taken, claimed) is not None:
            continue
        draft = _attribute(doc, text, token_starts, stretch, lexicon)
        if draft is None:
            previous = _last_before(stretch.start, claimed, found)
            if previous is not None and _continues(text, previous, stretch):
                draft = _Draft(stretch.start, stretch.end, previous.cue, previous.subject, stretch.start)
        if draft is not None:
            found.append(draft)
    return found


def _frame_end(draft: _Draft) -> int:
    return max(draft.end, draft.cue[1]) if draft.cue is not None else draft.end


def _last_before(position: int, *groups: list[_Draft]) -> _Draft | None:
    best: _Draft | None = None
    for group in groups:
        for draft in group:
            end = _frame_end(draft)
            if end <= position and (best is None or end > _frame_end(best)):
                best = draft
    return best


def _claimed_by(stretch: Quoted, taken: list[tuple[int, int]], claimed: list[_Draft]) -> _Draft | None:
    index = bisect.bisect_right(taken, (stretch.end, stretch.end))
    for start, end in reversed(taken[max(0, index - 8) : index]):
        if start < stretch.end and stretch.start < end:
            return next(draft for draft in claimed if (draft.start, draft.end) == (start, end))
    return None


def _attribute(doc: Doc, text: str, token_starts: list[int], stretch: Quoted, lexicon: CueLexicon) -> _Draft | None:
    """A cue right after the closing mark, or right before the opening mark."""
    after = bisect.bisect_left(token_starts, stretch.end)
    for token in doc[after : after + _LOOKAHEAD]:
        if token.text in _STOP_TEXT or (token.is_space and "\n" in token.text) or token.is_quote:
            break
        if token.pos_ == "VERB" and token.lemma_.lower() in lexicon.speech_verbs:
            return _draft_for_cue(token, stretch, after, after + _LOOKAHEAD)
    before = bisect.bisect_left(token_starts, stretch.start) - 1
    while before >= 0 and doc[before].is_space:
        before -= 1
    if before < 0 or doc[before].text not in _INTRODUCERS and doc[before].pos_ != "VERB":
        return None
    for token in reversed(doc[max(0, before - _LOOKAHEAD) : before + 1]):
        if token.text in _STOP_TEXT or token.is_quote:
            break
        if token.pos_ == "VERB" and token.lemma_.lower() in lexicon.speech_verbs:
            return _draft_for_cue(token, stretch, token.i + 1, before)
    return None


def _draft_for_cue(cue: Token, stretch: Quoted, window_start: int, window_end: int) -> _Draft | None:
    subject = subject_of(cue)
    if subject is None:
        # No parse link: take the nearest noun or name next to the cue ("said Peskov").
        for token in cue.doc[window_start:window_end]:
            if token.pos_ in ("PROPN", "NOUN", "PRON") and token.i != cue.i:
                subject = token
                while subject.dep_ in ("compound", "amod", "det", "nmod") and subject.head is not subject:
                    subject = subject.head
                break
    if subject is None:
        return None
    return _Draft(stretch.start, stretch.end, _cue_chars(cue), subject, cue.idx)


def _continues(text: str, previous: _Draft, stretch: Quoted) -> bool:
    """True for the next piece of a split quote: nothing but the rest of the cue sentence in between.

    ``"A," he said. "B"``, ``"A," said X, a lawyer in Y. "B"`` and a quote
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
    return _SENTENCE_END.search(gap.rstrip()[-2:]) is not None


# -- pass 3: kinds, speakers, records ---------------------------------------------------------------


def _finish(
    doc: Doc, text: str, seen: str, marks: _Marks, lexicon: CueLexicon, drafts: list[_Draft]
) -> tuple[Quote, ...]:
    resolver = SpeakerResolver(doc, lexicon)
    quotes: list[tuple[int, Quote]] = []
    done: set[tuple[int, int]] = set()
    for draft in sorted(drafts, key=lambda item: item.anchor):
        start, end, kind = _content(seen, marks, draft.start, draft.end)
        if end <= start or (start, end) in done or not _letters(seen, start, end):
            continue
        done.add((start, end))
        speaker = resolved = None
        anonymous = False
        if draft.subject is not None:
            head = draft.subject
            first, last, is_name = speaker_tokens(head)
            phrase = (head.left_edge.i, head.right_edge.i + 1)
            span_start, span_end = _token_range_chars(doc[first], doc[last - 1])
            speaker = Span.of(text, span_start, span_end)
            anonymous = is_anonymous(doc, phrase[0], phrase[1], head, lexicon)
            target = resolver.resolve(head, first, last, is_name)
            if target is not None:
                resolved = Span.of(text, *target)
            name = (span_start, span_end) if is_name else target
            resolver.remember(head, name, phrase)
        cue = Span.of(text, *draft.cue) if draft.cue is not None else None
        quote = Quote(
            content=Span.of(text, start, end),
            speaker=speaker,
            speaker_resolved=resolved,
            speaker_actor=None,
            cue=cue,
            direct=kind == "direct",
            kind=kind,
            anonymous=anonymous,
        )
        quotes.append((start, quote))
    quotes.sort(key=lambda item: item[0])
    return tuple(quote for _, quote in quotes)


def _content(text: str, marks: _Marks, start: int, end: int) -> tuple[int, int, str]:
    """Content offsets grown over the quoted stretches they touch, trimmed, with the quote kind."""
    touched = marks.overlapping(start, end)
    if touched:
        start = min(start, touched[0].start)
        end = max(end, touched[-1].end)
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if not touched:
        return start, end, "reported"
    outside = False
    cursor = start
    for stretch in touched:
        outside = outside or _letters(text, cursor, max(cursor, stretch.start))
        cursor = max(cursor, stretch.end)
    if outside or _letters(text, cursor, end):
        return start, end, "mixed"
    if len(touched) == 1:
        inner_start, inner_end = touched[0].inner_start, touched[0].inner_end
        while inner_start < inner_end and text[inner_start] in _TRIM:
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1] in _TRIM:
            inner_end -= 1
        return inner_start, inner_end, "direct"
    return start, end, "direct"


def _letters(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` has a letter or digit."""
    return _ALNUM.search(text, start, max(start, end)) is not None


def _token_range_chars(first: Token, last: Token) -> tuple[int, int]:
    return first.idx, last.idx + len(last)


def _cue_chars(token: Token) -> tuple[int, int]:
    """The cue word, with its particle when there is one ("pointed out")."""
    end = token.idx + len(token)
    for child in token.rights:
        if child.dep_ == "prt" and child.i == token.i + 1:
            end = child.idx + len(child)
    return token.idx, end
