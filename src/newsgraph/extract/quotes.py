"""Who said what: direct, mixed and reported quotes with their cues and speakers.

``find_quotes(doc, text)`` reads one parsed document and returns the
contract's ``quotes``. This module owns the order of the passes and the
records; each pass lives in a private module:

1. ``_quote_clauses``: cues found through the parse — a reporting verb with
   a clausal complement ("said that ...", "told journalists ..."), a verb
   with a phrase ("criticized X", "called for X"; ``_quote_objects``), a
   light verb with a cue noun ("voiced strong opposition to ..."), a
   possessive cue noun ("X's remarks that ..."), a cue noun and its
   copula ("Her answer was that ..."), a holder noun ("is a loyal
   supporter of X"; ``_quote_holders``), a stance adjective
   ("critical of X"), "according to X, ...", "In a poll, ..." (these in
   ``_quote_frames``), parenthetical cues, each verb cue's subject
   (``_quote_subjects``); a cue inside another
   quote's content gives no quote of its own (PolNeAR's convention). These
   contents stop at a sentence end that a quotation opens right after
   (``_quote_bounds``).
   A title-case headline whose cue verb the tagger read as a word of a
   name ("Mayor Praises X") is ``_quote_headlines``'s.
2. ``_quote_orphans``: headline and transcript labels ("Cruz: ..."), and the
   quoted stretches (``_quote_marks``) nobody claimed, attributed by position
   ("A," he said. "B") or by the clause leading into them ("As X put it, "..."").
3. Here: every content loses the writer's tail (``_quote_bounds``: ", who
   ...", an appositive), the occasion of speaking (``_quote_settings``:
   "on Twitter", "for this story") and its closing full stop; content that touches a
   quoted stretch grows to cover it, and the
   share of letters inside marks makes it direct, mixed or reported; then
   speaker spans lose a cue the parser hung inside them, and speakers are
   resolved in document order by the rules in ``_quote_speakers``
   (pronouns, descriptions, surnames, relative pronouns) and anonymous
   sources are marked.

The words are data (resources/quote_cues.json). ``speaker_actor`` stays
None here; the orchestrator's actor step fills it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsgraph.extract._quote_antecedent import relative_antecedent
from newsgraph.extract._quote_bounds import own_sentence, trim_tail
from newsgraph.extract._quote_clauses import syntactic_drafts
from newsgraph.extract._quote_commas import after_opener
from newsgraph.extract._quote_drafts import Draft, Paragraphs, token_range_chars
from newsgraph.extract._quote_headlines import headline_drafts
from newsgraph.extract._quote_hedges import hedge_drafts
from newsgraph.extract._quote_lexicon import CueLexicon, load_lexicon
from newsgraph.extract._quote_marks import MarkIndex, Quoted, is_title
from newsgraph.extract._quote_orphans import colon_drafts, positional_drafts
from newsgraph.extract._quote_settings import without_setting
from newsgraph.extract._quote_speakers import SpeakerResolver, is_anonymous, speaker_tokens
from newsgraph.records import Quote, Span

__all__ = ["find_quotes"]

_TRIM = " \t\n\r\u00a0,;:-—–"
_ALNUM = re.compile(r"[^\W_]")
_LEAD_IN_ENDS = frozenset("-—–:")
_WHEN_LABELS = frozenset({"DATE", "TIME"})
# A piece of one of these word classes alone names nothing a reader could take as what was said.
_FUNCTION_POS = frozenset({"PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART"})
# ... and with a speaker neither, but for a personal pronoun: "called him a liar" says whom.
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
# A source's request for anonymity ("asked not to be identified", "requested anonymity", "spoke on condition
# of anonymity to discuss ...", "declined to be named because ..."): the terms of the talk, which a reader
# would take for nothing said.
_ANONYMITY = re.compile(r"(?:not\s+to\s+be\s+(?:named|identified|quoted)\b|(?:(?:on|under)\s+)?(?:the\s+)?"
                        r"(?:condition\s+of\s+)?anonymity\b|to\s+be\s+(?:named|identified|quoted)"
                        r"(?:\s*$|\s+because\b|\s+since\b|\s*,))", re.IGNORECASE)
# Words between a speaker and a cue the parser hung inside the speaker's phrase ("Trump May Not Have Suggested")
_LEADING_TO_CUE = frozenset({"AUX", "PART", "ADV", "VERB", "ADP", "PUNCT", "SPACE", "CCONJ", "SCONJ"})


def find_quotes(doc: Doc, text: str, people: Sequence[tuple[int, int]] = ()) -> tuple[Quote, ...]:
    """Every quote of the document, in text order, with spans into ``text``.

    ``doc`` was parsed from a copy of ``text`` of the same length in which
    removed spans are blanked. Everything is found on that copy, so nothing
    comes from removed text; ``text`` only gives the spans their words.
    ``people`` (character offsets of the names ``extract.actors`` found for
    persons) adds the names the entity recogniser split or missed ("Ursula
    von der Leyen") to those a "she said" can mean.
    """
    lexicon = load_lexicon()
    seen = doc.text
    if len(seen) != len(text):
        raise ValueError(f"doc has {len(seen)} characters but text has {len(text)}: offsets would not hold")
    marks = MarkIndex(seen)
    paragraphs = Paragraphs(seen)
    drafts = syntactic_drafts(doc, paragraphs, marks, lexicon)
    drafts.extend(hedge_drafts(doc, paragraphs, marks, lexicon, drafts))
    drafts.extend(headline_drafts(doc, seen, lexicon, drafts))
    for draft in drafts:  # before the orphans pass, so that a quotation cut off here finds its own cue
        draft.start, draft.end = own_sentence(seen, marks, draft.start, draft.end, draft.anchor)
    drafts.extend(colon_drafts(doc, seen, lexicon))
    drafts.extend(positional_drafts(doc, seen, marks, lexicon, drafts))
    return _finish(doc, text, seen, marks, lexicon, drafts, people)


def _finish(
    doc: Doc,
    text: str,
    seen: str,
    marks: MarkIndex,
    lexicon: CueLexicon,
    drafts: list[Draft],
    people: Sequence[tuple[int, int]],
) -> tuple[Quote, ...]:
    resolver = SpeakerResolver(doc, lexicon, marks, known_names=tuple(people))
    quotes: list[tuple[int, Quote]] = []
    done: set[tuple[int, int]] = set()
    unnamed: set[tuple[int, int]] = set()  # character spans of the anonymous speakers found so far
    for draft in sorted(drafts, key=lambda item: item.anchor):
        end = trim_tail(doc, draft.start, draft.end, marks)
        end = without_setting(doc, draft.start, end, marks, lexicon)
        start, end, kind = _content(seen, marks, draft.start, end, cue_first=draft.anchor < draft.start)
        if kind == "mixed" and draft.anchor >= end:
            start, end, kind = _without_opener(doc, seen, marks, start, end)
        if end <= start or (start, end) in done or not has_letters(seen, start, end):
            continue
        if kind == "direct" and _names_a_work(seen, marks, start, end):
            continue  # 'said on CBS's "Face the Nation."': the parser took the show's name for the words
        if kind == "reported" and _only_a_date(doc, start, end):
            continue  # "was announced on Monday": a date says when, never what was said
        referent = _referent(doc, start, end) if kind == "reported" and draft.subject is not None else None
        sourced = draft.subject is not None
        if referent is None and kind == "reported" and _says_nothing(doc, start, end, sourced=sourced):
            continue  # the "He" of an unsourced "He appears to ...", the "what" of "what economists call Y"
        if kind == "reported" and _lets(draft.subject):
            continue  # "Let's assume the budget passes": the writer's own supposition, said by nobody
        if kind == "reported" and _ANONYMITY.match(seen, start, end):
            continue  # "a diplomat who asked not to be named": how the source talked, not what they said
        done.add((start, end))
        speaker = resolved = None
        anonymous = False
        head = draft.subject
        if head is not None and marks.containing(head.idx) is not None and draft.cue is not None:
            head = _subject_near_cue(doc, marks, draft.cue[0])  # the parser took a word of the quote
        if head is not None:
            first, last, is_name = speaker_tokens(head)
            if draft.cue is not None:
                first, last = _without_cue(doc, first, last, head, draft.cue)
            phrase = (head.left_edge.i, head.right_edge.i + 1)
            span_start, span_end = token_range_chars(doc[first], doc[last - 1])
            speaker = Span.of(text, span_start, span_end)
            anonymous = is_anonymous(doc, phrase[0], phrase[1], head, lexicon)
            target = resolver.resolve(head, first, last, is_name, (start, end))
            if target is not None:
                resolved = Span.of(text, *target)
                anonymous = anonymous or target in unnamed  # "an unnamed official said ... He added": still unnamed
            if anonymous:
                unnamed.add((span_start, span_end))
            name = (span_start, span_end) if is_name else target
            if name is None and resolver.describes_one_person(head):
                name = (span_start, span_end)  # "an RSF adviser said ... He told Al Jazeera": the adviser
            resolver.remember(head, name, phrase)
            if not is_name:
                resolver.remember_body(head, target or (span_start, span_end))
        resolver.heard.append((start, end))
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
            content_resolved=Span.of(text, *referent) if referent is not None else None,
        )
        quotes.append((start, quote))
    quotes.sort(key=lambda item: item[0])
    return tuple(quote for _, quote in quotes)


def _names_a_work(text: str, marks: MarkIndex, start: int, end: int) -> bool:
    """True when ``[start, end)`` is the inside of one quoted stretch that names a show or book and closes
    the sentence ('on CBS's "Face the Nation."'): its full stop made the parser read a sentence. A name
    with no full stop is what a naming cue gave ('known as "Guccifer"', 'titled "Dangerous"')."""
    stretch = marks.containing(start)
    if stretch is None or stretch.inner_end < end or not text[start:end].endswith("."):
        return False
    return is_title(text, stretch)


def _without_cue(doc: Doc, first: int, last: int, head: Token, cue: tuple[int, int]) -> tuple[int, int]:
    """The speaker's token range without its cue and the words that lead to it: the parser can hang
    the cue inside the subject's phrase, most of all in a title-case headline ("Trump May Not Have
    Suggested ..." with cue "Suggested" speaks as "Trump"; "Continued Stone" as "Stone")."""
    inside = [token.i for token in doc[first:last] if cue[0] <= token.idx < cue[1]]
    if not inside:
        return first, last
    if head.i < inside[0]:
        end = inside[0]
        while end - 1 > head.i and doc[end - 1].pos_ in _LEADING_TO_CUE:
            end -= 1  # "Several aides are said to be" before "urging"
        return first, end
    if head.i > inside[-1]:
        return inside[-1] + 1, last
    return first, last


def _only_a_date(doc: Doc, start: int, end: int) -> bool:
    """True when every word of ``[start, end)`` is part of a date or time the tagger found ("Monday", "last
    week", "March 3, 2016")."""
    words = _content_words(doc, start, end)
    return bool(words) and all(token.ent_type_ in _WHEN_LABELS for token in words)


def _says_nothing(doc: Doc, start: int, end: int, *, sourced: bool) -> bool:
    """True when ``[start, end)`` is one pronoun or one function word ("He", "which", "that"); for a
    quote with a speaker, one relative pronoun or function word, not a personal pronoun.

    PolNeAR marks the relative pronoun of "Sanders's victory, which Clinton conceded" as the content,
    but a reader shown a quote whose words are "which" learns nothing from it.
    """
    words = _content_words(doc, start, end)
    if len(words) != 1 or words[0].pos_ not in _FUNCTION_POS:
        return False
    return not sourced or words[0].pos_ != "PRON" or words[0].tag_ in _RELATIVE_TAGS


def _referent(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """For a content that is one relative pronoun ("the victory, which Clinton conceded"), the characters
    of the noun phrase it stands for; None otherwise."""
    words = _content_words(doc, start, end)
    return relative_antecedent(doc, words[0]) if len(words) == 1 else None


def _content_words(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens of ``[start, end)`` that are neither punctuation nor space."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return [token for token in span if not (token.is_punct or token.is_space)] if span is not None else []


def _lets(subject: Token | None) -> bool:
    """The "'s" or "us" of "let's" and "let us", which the parser makes the subject of the verb after it."""
    if subject is None or subject.i == 0 or subject.lower_ not in ("'s", "\u2019s", "us"):
        return False
    return subject.doc[subject.i - 1].lower_ == "let"


def _subject_near_cue(doc: Doc, marks: MarkIndex, cue_start: int) -> Token | None:
    """The noun right before or after a cue, outside quotation marks ("... ," Trump said)."""
    span = doc.char_span(cue_start, cue_start + 1, alignment_mode="expand")
    if span is None:
        return None
    cue = span[0]
    for index in (cue.i - 1, cue.i + 1, cue.i - 2, cue.i + 2):
        if 0 <= index < len(doc):
            token = doc[index]
            if token.pos_ in ("PROPN", "NOUN", "PRON") and marks.containing(token.idx) is None:
                while token.dep_ in ("compound", "amod", "det") and token.head.i != token.i:
                    token = token.head
                return token
    return None


def _content(text: str, marks: MarkIndex, start: int, end: int, *, cue_first: bool) -> tuple[int, int, str]:
    """Content offsets grown over the quoted stretches they touch, trimmed, with the quote kind.
    ``cue_first`` says the cue comes before the content ("adds that A: “B”"): a colon or dash there is
    the speaker's own lead-in to the quotation, not the writer's."""
    touched = marks.overlapping(start, end)
    if touched:
        start = min(start, touched[0].start)
        end = max(end, touched[-1].end)
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    while end > start and text[end - 1] == "." and marks.containing(end - 1) is None:
        end -= 1  # PolNeAR's contents end before the full stop (and the dot of a final "U.S.")
    if not touched:
        return start, end, "reported"
    outside = False
    cursor = start
    for stretch in touched:
        outside = outside or has_letters(text, cursor, max(cursor, stretch.start))
        cursor = max(cursor, stretch.end)
    if outside or has_letters(text, cursor, end):
        last = touched[-1]
        quotation_last = last.start > start and not has_letters(text, last.end, end)
        if not cue_first and quotation_last and _leads_in(text, start, last.start):
            return (*_inner(text, last), "direct")  # "The players were tired — “We gave everything,” one said"
        return start, end, "mixed"
    if len(touched) == 1:
        return (*_inner(text, touched[0]), "direct")
    return start, end, "direct"


def _without_opener(doc: Doc, text: str, marks: MarkIndex, start: int, end: int) -> tuple[int, int, str]:
    """A mixed content before its cue that is a fronted adverbial and then the quotation ("Because of the
    delays, “we lost the season,” she said"): the opener is the writer's framing, the quotation the words."""
    span = doc.char_span(start, end, alignment_mode="expand")
    touched = marks.overlapping(start, end)
    if span is None or len(span) < 3 or not touched:
        return start, end, "mixed"
    after = after_opener(doc, span.start, span.end - 1, into_quotation=True)
    last = touched[-1]
    if after == span.start or doc[after].idx != last.start or has_letters(text, last.end, end):
        return start, end, "mixed"
    return (*_inner(text, last), "direct")


def _inner(text: str, stretch: Quoted) -> tuple[int, int]:
    """The words inside a quoted stretch, trimmed."""
    inner_start, inner_end = stretch.inner_start, stretch.inner_end
    while inner_start < inner_end and text[inner_start] in _TRIM:
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1] in _TRIM:
        inner_end -= 1
    return inner_start, inner_end


def _leads_in(text: str, start: int, quotation: int) -> bool:
    """True when the words before a closing quotation end in a dash or a colon: the writer's lead-in
    ("The players were tired — “...”", "She was calm about it: “...”"), not the speaker's words. A comma
    does not part them: "Last year, “...”" is often one mixed quote."""
    return text[start:quotation].rstrip()[-1:] in _LEAD_IN_ENDS


def has_letters(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` has a letter or digit."""
    return _ALNUM.search(text, start, max(start, end)) is not None
