"""Unsourced attributions: a view the sentence hedges without saying whose it is.

Owns pass 1b of the quote extractor (see ``quotes``). News attribution
corpora (PolNeAR) count hedged statements as attributions with no source,
and split their content around the cue into pieces:

- a raising verb: "Trump seems to be winning" gives "Trump" and "to be
  winning" ("appeared paralyzed", "seemed closer to a deal" and "seemed like
  a different candidate" likewise, however the parser read the state); "it
  appears that ..." gives the that-clause alone;
- a passive with no agent: "X is thought to Y", "X is seen as Y", "X is
  known for Y", "X was asked about Y", and the participle "the contests
  known as Super Tuesday";
  an object verb's passive as well ("X is accused of Y", "X was criticized
  for Y"), except a name or a record ("is called X", "was released");
- a hedging adverb: "The group is reportedly spending $1 million" gives
  "The group is" and "spending $1 million".

The cue words are data (resources/quote_cues.json: hedge_verbs,
hedge_passives, hedge_adverbs, object_verbs less naming_verbs and
factual_passives). A hedge inside another quote's content is left to that
quote, a raising or speech hedge on a cue verb ("seemed to indicate that ...",
"are said to be urging ...") is part of that cue, but a passive forecast takes
the cue verb it governs into its own content ("are expected to discuss X"),
and a hedge never swallows the quotes inside it.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import LEMMA
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from newsgraph.extract._quote_drafts import Draft, Paragraphs, cue_chars, token_range_chars
from newsgraph.extract._quote_lexicon import CueLexicon
from newsgraph.extract._quote_marks import MarkIndex

_COMPLEMENTS = frozenset({"xcomp", "ccomp", "acomp", "oprd"})
_EXPLETIVES = frozenset({"it", "there"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_COMPARATIVES = frozenset({"RBR", "JJR"})
_PASSIVE_PREPS = frozenset({"of", "for", "on", "about", "over", "as", "with"})


def hedge_drafts(
    doc: Doc, paragraphs: Paragraphs, marks: MarkIndex, lexicon: CueLexicon, drafts: list[Draft]
) -> list[Draft]:
    """Drafts with no speaker for every hedge outside quotation marks and outside other contents."""
    found: list[Draft] = []
    for index in _candidate_indices(doc, lexicon):
        token = doc[index]
        lemma = token.lemma_.lower()
        if lemma in lexicon.hedge_adverbs and token.dep_ == "advmod":
            pieces = _adverb_pieces(token)
        elif token.pos_ in ("VERB", "AUX") and lemma in lexicon.hedge_verbs:
            pieces = _raising_pieces(token)
        elif token.pos_ == "VERB" and (lemma in lexicon.hedge_passives or lemma in _passive_object_cues(lexicon)):
            pieces = _passive_pieces(token)
        else:
            continue
        if not pieces or marks.containing(token.idx) is not None or _inside(token.idx, drafts):
            continue
        if _hedges_a_cue(token, drafts):
            if lemma in lexicon.hedge_verbs or lemma in lexicon.speech_verbs:
                continue  # "seemed to indicate that ...", "are said to be urging ...": one cue with its speaker
            _drop_forecast_cue(token, drafts)
        cue = cue_chars(token)
        for first, last in pieces:
            start, end = paragraphs.clip(token.idx, *token_range_chars(first, last))
            if end > start:
                found.append(Draft(start, end, cue, None, token.idx))
    return found


def _candidate_indices(doc: Doc, lexicon: CueLexicon) -> list[int]:
    """Indices of tokens whose lemma is a hedge word, found on the doc's arrays (no Token objects made)."""
    if not len(doc):
        return []
    wanted = _hedge_hashes(lexicon)
    return [index for index, lemma in enumerate(doc.to_array([LEMMA]).tolist()) if lemma in wanted]


@lru_cache(maxsize=4)
def _hedge_hashes(lexicon: CueLexicon) -> frozenset[int]:
    words = lexicon.hedge_verbs | lexicon.hedge_passives | lexicon.hedge_adverbs | _passive_object_cues(lexicon)
    return frozenset(hash_string(word) for word in words) | frozenset(hash_string(word.title()) for word in words)


def _inside(offset: int, drafts: list[Draft]) -> bool:
    return any(draft.start <= offset < draft.end for draft in drafts)


def _hedges_a_cue(hedge: Token, drafts: list[Draft]) -> bool:
    """True for "he seemed to indicate that ...": the complement's verb is a cue with its own quote,
    and the hedge is part of that cue ("seemed to indicate"), not a second attribution."""
    complement = _complement(hedge)
    return complement is not None and any(draft.anchor == complement.idx for draft in drafts)


def _drop_forecast_cue(hedge: Token, drafts: list[Draft]) -> None:
    """"The leaders are expected to discuss X", "Her backers are expected to support her": what is
    forecast is the whole "to discuss X", the hedge's second piece; the cue verb inside it gives no
    quote of its own (contents never nest)."""
    complement = _complement(hedge)
    drafts[:] = [draft for draft in drafts if complement is None or draft.anchor != complement.idx]


def _subject(verb: Token) -> Token | None:
    return next((child for child in verb.lefts if child.dep_ in _SUBJECTS), None)


def _complement(verb: Token) -> Token | None:
    return next((child for child in verb.rights if child.dep_ in _COMPLEMENTS), None)


def _raising_pieces(verb: Token) -> list[tuple[Token, Token]]:
    """"X seems to Y": X and "to Y"; "X appeared paralyzed" and "X seemed like Y" too; "it appears that Z":
    Z alone; "appeared on TV" or "appeared as a guest" is no hedge."""
    view = _raising_view(verb)
    if view is None:
        return []
    subject = _subject(verb)
    pieces = []
    if subject is not None and subject.lower_ not in _EXPLETIVES:
        pieces.append((subject.left_edge, subject.right_edge))
    pieces.append(view)
    return pieces


def _raising_view(verb: Token) -> tuple[Token, Token] | None:
    """What a raising verb hedges: its complement ("to Y", "that Z"), an adjective (the parser's "oprd" in
    "seemed unperturbed") or a "like" phrase, with "like"."""
    complement = _complement(verb)
    if complement is not None and (complement.dep_ != "oprd" or complement.pos_ == "ADJ"):
        return complement.left_edge, complement.right_edge
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ == "like" and child.right_edge.i > child.i:
            return child, child.right_edge
        if child.i == verb.i + 1 and _state_misparsed(child):
            return child.left_edge, child.right_edge
    return None


def _state_misparsed(child: Token) -> bool:
    """A state right after a raising verb that the parser did not call its complement: a participle
    read as an adverbial clause ("appeared paralyzed") or a comparative read as an adverb ("seemed
    closer to a deal")."""
    if child.dep_ == "advcl" and child.tag_ == "VBN":
        return not any(grand.dep_ in ("mark", "nsubj", "nsubjpass") for grand in child.children)
    return child.dep_ == "advmod" and child.tag_ in _COMPARATIVES and child.right_edge.i > child.i


def _passive_pieces(verb: Token) -> list[tuple[Token, Token]]:
    """"X is expected to Y", "X was seen as Y", "contests known as Z", "X is known for Y", "X is accused of Y":
    the held-about thing and the view."""
    if any(child.dep_ == "agent" for child in verb.children):
        return []  # "was seen by voters as ...": the agent holds the view, a sourced quote
    complement = _complement(verb)
    view = (complement.left_edge, complement.right_edge) if complement is not None else _as_object(verb)
    if view is None:
        target = _prep_object(verb)
        view = (target.left_edge, target.right_edge) if target is not None else None
    if view is None:
        return []
    if complement is not None and complement.dep_ == "ccomp" and verb.lemma_.lower() in ("say", "report"):
        return []
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i > verb.head.i:
        head = verb.head  # "the row of shops known as Baker Street": the whole noun phrase
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head.head
        return [(head.left_edge, verb.doc[verb.i - 1]), view]
    if not any(child.dep_ == "auxpass" for child in verb.children):
        return []
    subject = _subject(verb)
    if subject is None:
        return []
    pieces = []
    if subject.lower_ not in _EXPLETIVES:
        pieces.append((subject.left_edge, subject.right_edge))
    pieces.append(view)
    return pieces


def _prep_object(verb: Token) -> Token | None:
    """"was accused of plotting ...", "were blamed for X": what the passive cue says about its subject."""
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ in _PASSIVE_PREPS:
            return next((grand for grand in child.children if grand.dep_ in ("pobj", "pcomp")), None)
    return None


@lru_cache(maxsize=4)
def _passive_object_cues(lexicon: CueLexicon) -> frozenset[str]:
    """Cue verbs whose agentless passive is an unsourced attribution ("is accused of ...", "was criticized for ...").

    A name ("is called X") or a record ("was released", "was listed") is not a view.
    """
    return (lexicon.object_verbs | lexicon.as_verbs) - lexicon.naming_verbs - lexicon.factual_passives


def _as_object(verb: Token) -> tuple[Token, Token] | None:
    """The words after "as" ("known as Super Tuesday"), whatever the parser made of them (a name's first
    word can come out as a modifier of "as")."""
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ == "as" and child.right_edge.i > child.i:
            return child.doc[child.i + 1], child.right_edge
    return None


def _adverb_pieces(adverb: Token) -> list[tuple[Token, Token]]:
    """"The group is reportedly spending ...": the clause before the adverb and the clause after it."""
    clause = adverb.head
    doc = adverb.doc
    first, last = clause.left_edge, clause.right_edge
    while last.i > adverb.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    pieces = []
    if first.i < adverb.i:
        before = doc[adverb.i - 1]
        if before.text == "," and before.i > first.i:
            before = doc[before.i - 1]
        if not before.is_punct:
            pieces.append((first, before))
    if adverb.i < last.i:
        after = doc[adverb.i + 1]
        if after.text == "," and after.i < last.i:
            after = doc[after.i + 1]
        pieces.append((after, last))
    return pieces if _subject(clause) is not None else []
