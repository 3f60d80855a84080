"""The two pieces of a reported sentence around a cue set off by commas, read from the commas.

Owns a fallback of pass 1 (see ``_quote_clauses``): "This kind of commentary,
the network claimed, breaks its rules" is one reported sentence the cue
interrupts, and PolNeAR gives it as two pieces, the words before the first
comma and those after the second. ``_quote_clauses`` finds these pieces
through the parse; in long sentences the parser often hangs the cue so
that no complement is found, and then the commas still say where the
pieces are. Not after a closing quotation mark or before an opening one
(direct quotes are ``_quote_orphans``'s), nor around a relative pronoun
(", which, she said, ...") or a conjunction (", and, he argued, ..."), nor
when what follows the cue is another cue ("..., she said, adding ...") or
has no verb to go on with.

Also owns where the piece before such a cue begins, for both ways of finding
it: after a fronted adverbial that a comma closes ("Linked by trade, the two
provinces, she said, share ..." gives "the two provinces"). That opener sets
the scene for the reported sentence; the speaker's words start at its
subject. A piece that is nothing but the opener ("Even then, he said, ...")
keeps it.

And owns the piece before such a cue when the parse gave only the words after
it ("Of course, the mayor said, “we ...”", "The bridge is so old, the
engineer said, that ..."): the sentence the cue interrupts starts before it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract._quote_drafts import Draft, Paragraphs, cue_chars

# Relations of a fronted opener the piece before a mid-sentence cue starts after
_OPENERS = frozenset({"advcl", "prep", "npadvmod", "advmod"})
# Words that may stand between a speaker and its cue: "she also said", "he has argued"
_BETWEEN_SPEAKER_AND_CUE = frozenset({"ADV", "AUX", "PART"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
_SENTENCE_ENDS = frozenset({".", "?", "!"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# Marks of a fronted clause that is part of what was said, not the scene of saying it ("As the crowd left")
_CONDITIONS = frozenset({"if", "unless", "whether"})


def comma_pieces(verb: Token, subject: Token, paragraphs: Paragraphs) -> list[Draft]:
    """The pieces before and after ", <speaker> <cue>," (or ", <cue> <speaker>,") in the cue's sentence,
    or no piece when the cue is not set off so."""
    doc = verb.doc
    sentence = verb.sent
    if subject.i < verb.i:
        if any(doc[i].pos_ not in _BETWEEN_SPEAKER_AND_CUE for i in range(subject.right_edge.i + 1, verb.i)):
            return []
        first, last = subject.left_edge.i, verb.i
    else:
        first, last = verb.i, subject.right_edge.i
    while last + 1 < len(doc) and doc[last + 1].dep_ == "prt":
        last += 1  # "pointed out"
    opening, closing = first - 1, last + 1
    if opening <= sentence.start or closing + 1 >= sentence.end:
        return []
    if doc[opening].text != "," or doc[closing].text != ",":
        return []
    before, after = doc[opening - 1], doc[closing + 1]
    if before.is_quote or before.tag_ in _RELATIVE_TAGS or before.lower_ == "that" or before.pos_ == "CCONJ":
        return []
    if after.is_quote or after.is_space or after.pos_ == "CCONJ" or after.tag_ == "VBG":
        return []
    start = doc[sentence.start]
    while start.i < opening and (start.is_space or (start.is_punct and not start.is_quote)):
        start = doc[start.i + 1]
    end = doc[sentence.end - 1]
    while end.i > closing and (end.is_space or (end.is_punct and not end.is_quote)):
        end = doc[end.i - 1]
    if not any(token.pos_ in ("VERB", "AUX") for token in doc[closing + 1 : end.i + 1]):
        return []
    start = doc[after_opener(doc, start.i, before.i)]
    drafts = []
    for first_token, last_token in ((start, before), (after, end)):
        piece_start, piece_end = paragraphs.clip(verb.idx, first_token.idx, last_token.idx + len(last_token))
        if piece_end <= piece_start:
            return []
        drafts.append(Draft(piece_start, piece_end, cue_chars(verb), subject, verb.idx))
    return drafts


def piece_before(
    verb: Token, subject: Token, paragraphs: Paragraphs, content_start: int, speech_verbs: frozenset[str]
) -> Draft | None:
    """The words before ", <speaker> <cue>," when the cue's content starts after the cue and a comma
    ("There is a risk, some farmers said, that ..."), or None. Only a clause of its own, or a condition
    ("If the dam holds, he said, ..."): a fronted phrase or time clause sets the scene ("In a statement,
    she said, ...", "After the vote, he said, ..."), and a cue not set off by a comma after it ("If the
    dam holds, she said it would ...") leaves the words before it to the writer."""
    doc = verb.doc
    sentence = verb.sent
    if subject.i > verb.i or content_start <= verb.idx:
        return None
    if any(doc[i].pos_ not in _BETWEEN_SPEAKER_AND_CUE for i in range(subject.right_edge.i + 1, verb.i)):
        return None
    opening = subject.left_edge.i - 1
    if opening <= sentence.start or doc[opening].text != ",":
        return None
    if "," not in doc.text[verb.idx + len(verb) : content_start]:
        return None
    before = doc[opening - 1]
    if before.is_quote or before.tag_ in _RELATIVE_TAGS or before.lower_ == "that" or before.pos_ == "CCONJ":
        return None
    if before.pos_ == "ADP" or before.dep_ == "prep":
        return None  # "... were aimed at critics, including, he said, ...": the writer's sentence goes on
    first = sentence.start
    for token in doc[sentence.start : opening]:
        if token.text in _SENTENCE_ENDS and token.i + 1 < opening:
            first = token.i + 1  # the parser's sentence ran on over a full stop
    while first < opening and (doc[first].is_space or doc[first].is_punct):
        first += 1
    if first >= opening or doc[first - 1].is_quote and first - 1 >= sentence.start:
        return None  # nothing left, or the end of a quotation: '"...," he said. Then, she said, ...'
    return _clause_piece(verb, subject, paragraphs, first, before, speech_verbs)


def closing_piece(verb: Token, subject: Token, paragraphs: Paragraphs, speech_verbs: frozenset[str]) -> Draft | None:
    """The words before ", <speaker> <cue>" that close a sentence when the parser made the cue a verb
    coordinated with them, with no conjunction ("India and China have agreed to resume patrols, India's
    foreign secretary said on Monday, after two days of talks"), or None. Only a clause of its own before
    the comma, and nothing but phrases after the cue: another verb there means the cue goes on with a
    content of its own."""
    doc = verb.doc
    sentence = verb.sent
    if verb.dep_ != "conj" or subject.i > verb.i or verb.head.i > subject.left_edge.i:
        return None
    if any(token.dep_ == "cc" and verb.head.i < token.i < verb.i for token in doc[verb.head.i : verb.i]):
        return None  # "... and the minister said": a coordination the writer made
    if any(doc[i].pos_ not in _BETWEEN_SPEAKER_AND_CUE for i in range(subject.right_edge.i + 1, verb.i)):
        return None
    opening = subject.left_edge.i - 1
    if opening <= sentence.start or doc[opening].text != ",":
        return None
    if any(token.pos_ in ("VERB", "AUX") for token in doc[verb.i + 1 : sentence.end]):
        return None
    before = doc[opening - 1]
    if before.is_quote or before.tag_ in _RELATIVE_TAGS or before.pos_ == "CCONJ":
        return None
    first = sentence.start
    while first < opening and (doc[first].is_space or doc[first].is_punct):
        first += 1
    if first >= opening:
        return None
    return _clause_piece(verb, subject, paragraphs, first, before, speech_verbs)


def _clause_piece(
    verb: Token, subject: Token, paragraphs: Paragraphs, first: int, before: Token, speech_verbs: frozenset[str]
) -> Draft | None:
    """The words from ``first`` (after a fronted opener) to ``before`` as a piece of what ``verb`` reports, when
    they are a clause of their own and the paragraph holds them."""
    doc = verb.doc
    start = doc[after_opener(doc, first, before.i)]
    if not _own_clause(doc[start.i : before.i + 1], speech_verbs):
        return None
    piece_start, piece_end = paragraphs.clip(verb.idx, start.idx, before.idx + len(before))
    if piece_end <= piece_start:
        return None
    return Draft(piece_start, piece_end, cue_chars(verb), subject, verb.idx)


def _own_clause(piece: Span, speech_verbs: frozenset[str]) -> bool:
    """True when ``piece`` is one clause with a subject and a finite verb ("the bridge is so old", "the
    figures show"), bare or opened by "if", "unless" or "whether", and not a cue with its own content
    ("He said A"); a cue verb left bare ("The records indicate, she said, that ...") is part of the words."""
    roots = [token for token in piece if not piece.start <= token.head.i < piece.end or token.head == token]
    if len(roots) != 1:
        return False
    root = roots[0]
    if root.pos_ not in ("VERB", "AUX"):
        return False
    if root.lemma_.lower() in speech_verbs and any(child.dep_ in ("ccomp", "dobj") for child in root.children):
        return False  # "He said A, and when asked B, he said, ...": a quote of its own before the cue
    if root.tag_ in ("VBG", "VBN") and not any(child.dep_ in ("aux", "auxpass") for child in root.children):
        return False  # "Holding open a book": a participle with no auxiliary is the scene, not a clause
    if not any(child.dep_ in _SUBJECTS and piece.start <= child.i for child in root.children):
        return False
    marks = [child.lower_ for child in root.children if child.dep_ == "mark"]
    return all(mark in _CONDITIONS for mark in marks)


def after_opener(doc: Doc, first: int, last: int, *, into_quotation: bool = False) -> int:
    """Index where the piece of tokens ``first`` .. ``last`` before a mid-sentence cue begins: after a
    fronted adverbial closed by a comma ("Linked by trade, the two provinces"), when words follow it; a
    quotation after the comma counts only with ``into_quotation``."""
    for token in doc[first : last + 1]:
        if token.left_edge.i != first or token.dep_ not in _OPENERS or token.head.i <= token.right_edge.i:
            continue
        comma = token.right_edge.i + 1
        if comma < last and doc[comma].text == "," and (into_quotation or not doc[comma + 1].is_quote):
            return comma + 1
        return first
    return first
