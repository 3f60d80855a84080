"""Quotes in a title-case headline whose verb the tagger took for a word of a name.

Owns one pass of the quote extractor (see ``quotes``): "Mayor Praises Flood Crews" or "Senator Finally
Endorses Farm Bill" in a story's first line, or in a line of its own further down (a subhead, an item
of a news roundup), is often tagged as one chain of proper nouns, and pass 1
then finds no cue there. A word of such a headline whose plain form is a cue verb of the lexicon (one
taking a clause or an object, or a naming verb; one taking a preposition or "to" before its content only
with it: "Calls For", "Votes To"), inflected as a verb ("Praises", "Endorsed"), after a few capitalized
words that name someone and before more words, is the cue: the words before it speak, and the words
after it, up to a colon, comma, semicolon, dash or the end of the line, are the content. A participle
and its preposition ("Mayor Accused Of X") report X with no speaker; a second cue verb after "and" or a
comma speaks for the same speaker ("Backs X And Denounces Y"). A headline pass 1 found a cue in, or a
label headline ("Warren: ...", ``_quote_orphans``), is left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract._quote_drafts import Draft
from newsgraph.extract._quote_lexicon import CueLexicon

_TITLE_SHARE = 0.8  # of the words of four letters or more, how many open with a capital
_MAX_SPEAKER_WORDS = 6
_CONTENT_ENDS = frozenset({":", ",", ";", "—", "–", "-", "--", "(", "?", "!"})
# Words of a speaker's name or description; an adverb between it and the verb is skipped ("Finally",
# resources: headline_adverbs, as the tagger reads it as a name too)
_SPEAKER_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART", "PUNCT"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_PASSIVE_PREPOSITIONS = frozenset({"of", "for", "as", "over", "in"})
# A line longer than this is a paragraph, however many of its words open with a capital
_MAX_HEADLINE_WORDS = 25


def headline_drafts(doc: Doc, text: str, lexicon: CueLexicon, claimed: list[Draft]) -> list[Draft]:
    """Drafts for the cue of every title-case headline that no draft claims (and for a second verb of the
    same speaker): the story's first line, and any other line that stands alone as a headline, such as a
    subhead or an item of a news roundup ("Coach Questioned Why The Rules Changed")."""
    drafts: list[Draft] = []
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if 0 < len(line.split()) <= _MAX_HEADLINE_WORDS:
            drafts.extend(_line_drafts(doc, text, start + len(line) - len(line.lstrip()), end, lexicon, claimed))
        start = end + 1
    return drafts


def _line_drafts(
    doc: Doc, text: str, start: int, end: int, lexicon: CueLexicon, claimed: list[Draft]
) -> list[Draft]:
    """Drafts for the cue of the line ``text[start:end]`` when it is a title-case headline."""
    if end <= start or ": " in text[start:end] or any(start <= draft.anchor < end for draft in claimed):
        return []
    line = doc.char_span(start, end, alignment_mode="contract")
    if line is None or len(line) < 3 or not _title_case(line):
        return []
    cue = next((token for token in line[1:-1] if _inflected_cue(token, lexicon)), None)
    speaker = _speaker_head(line, cue, lexicon.headline_adverbs) if cue is not None else None
    drafts: list[Draft] = []
    while cue is not None and speaker is not None:
        content, after = _content_range(line, cue, lexicon)
        if content is None:
            break
        subject = None if _passive(cue) else speaker  # "Mayor Accused Of X": nobody named accuses
        drafts.append(Draft(content[0], content[1], (cue.idx, cue.idx + len(cue)), subject, cue.idx))
        cue = after  # "Le Pen Backs X And Denounces Y": the same speaker's second verb
    return drafts


def _passive(cue: Token) -> bool:
    """"Accused Of", "Criticized For": a participle and its preposition, whose subject is talked about."""
    following = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    return cue.lower_.endswith("ed") and following is not None and following.lower_ in _PASSIVE_PREPOSITIONS


def _own_preposition(cue: Token, prep_verbs: dict[str, frozenset[str]]) -> bool:
    """True when the word after ``cue`` is the preposition its content comes with ("Calls For", "Talks About")."""
    following = cue.doc[cue.i + 1] if cue.i + 1 < len(cue.doc) else None
    return following is not None and any(following.lower_ in prep_verbs.get(form, ()) for form in _plain_forms(cue))


def _title_case(line: Span) -> bool:
    words = [token for token in line if token.is_alpha and len(token) >= 4]
    if len(words) < 2:
        return False
    capitalized = sum(1 for token in words if token.text[0].isupper())
    return capitalized >= _TITLE_SHARE * len(words)


def _inflected_cue(token: Token, lexicon: CueLexicon) -> bool:
    """True for "Praises", "Blasts", "Endorsed", "Calls For", "Votes To": a verb form whose plain form is a
    cue, with its own preposition or "to" when the cue takes its content after one."""
    if not token.is_alpha or not token.text[0].isupper():
        return False
    following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    for form in _plain_forms(token):
        if form in lexicon.verbs or form in lexicon.object_verbs or form in lexicon.naming_verbs:
            return True
        if following in lexicon.prep_verbs.get(form, ()) or (following == "to" and form in lexicon.xcomp_verbs):
            return True
    return False


def _plain_forms(token: Token) -> list[str]:
    """The plain forms a word inflected with -s, -es, -ed or -ied may have; none for any other word."""
    word = token.lower_
    if word.endswith("ies") or word.endswith("ied"):
        return [word[:-3] + "y"]
    if word.endswith("es") or word.endswith("ed"):
        return [word[:-2], word[:-1]]
    if word.endswith("s") and not word.endswith("ss"):
        return [word[:-1]]
    return []


def _speaker_head(line: Span, cue: Token, adverbs: frozenset[str]) -> Token | None:
    """The last word of the capitalized words before ``cue`` that name someone, past an adverb ("Just")."""
    doc = line.doc
    last = cue.i - 1
    while last > line.start and (doc[last].pos_ == "ADV" or doc[last].lower_ in adverbs):
        last -= 1
    words = doc[line.start : last + 1]
    if not 1 <= len(words) <= _MAX_SPEAKER_WORDS or words[0].like_num:
        return None
    for token in words:
        if token.pos_ not in _SPEAKER_POS or token.is_punct and token.text not in ("-", "’", "'"):
            return None
        if token.is_stop and token.i > words.start and token.lower_ not in _POSSESSIVES:
            return None  # "Carson Defends Himself Against Claims": a clause, not a name, before the cue
        if token.is_alpha and not token.text[0].isupper():
            return None
    head = doc[last]
    return head if head.is_alpha and head.lower_ not in _POSSESSIVES else None


def _content_range(line: Span, cue: Token, lexicon: CueLexicon) -> tuple[tuple[int, int] | None, Token | None]:
    """The characters after ``cue`` up to the first break of the headline, when words are there, and a
    second cue of the same speaker right after an "and" or a comma there."""
    doc = line.doc
    last = None
    after = None
    for token in doc[cue.i + 1 : line.end]:
        following = doc[token.i + 1] if token.i + 1 < line.end else None
        joins = token.lower_ == "and" or token.text == ","
        if joins and following is not None and _inflected_cue(following, lexicon):
            after = following
            break
        if token.text in _CONTENT_ENDS:
            break
        last = token
    # "Accused Of X", "Calls For X": X
    first = doc[cue.i + 2] if _passive(cue) or _own_preposition(cue, lexicon.prep_verbs) else doc[cue.i + 1]
    if last is None or first.lower_ == "by" or not any(token.is_alpha for token in doc[first.i : last.i + 1]):
        return None, None  # "Suspect Named By Police": a passive's agent is no content
    return (first.idx, last.idx + len(last)), after
