"""Place names a story uses as a company's short name, or inside a publication's title.

A region that news names with "the" ("the Amazon") written bare is a company
too ("Amazon said it would hire"); the names are data (``article_names.tsv``).

Business news names a firm in full once ("Nashua Corp.", "Ralston Purina
Co.") and by its first word after that: "Nashua's shares", "Ralston said
its restructuring costs ...". Those bare names, and the first word of the
full name itself ("ONEIDA Ltd. declared a dividend"), are the company, not
the town. A name the story frames as a place ("plants in Nashua", "Nashua,
N.H.") stays, and so does a big place's name ("Boston Scientific Corp."
leaves Boston a city).

A place name inside a firm's full name ("U.S. Trust Corp.", "Toronto Dominion
Securities Inc.", "Chase Manhattan Bank") is the firm's, whatever the place's
size: the name words run up to a commercial suffix (``firm_suffixes.tsv``); a
place after the suffix is the firm's seat and stays ("the First National Bank
of Gainesville"). The short name the story uses after ("U.S. Trust said") ends in
such a word too. Institutions of a place ("the Kentucky Department of
Education", "the Georgia Association of Educators") keep the place.

A place name inside a publication's title ("The New York Times said on Monday",
"the Washington Post's editorial board") is the publication: a pin on the
place would be a false one. The titles are data (``publications.tsv``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from newsgraph.extract._gazetteer import data_rows, name_key
from newsgraph.extract._place_columns import lower_indices
from newsgraph.extract._place_people import BIG_CITY
from newsgraph.extract._place_record import Mention

# Words that end a company's legal name.
_CORPORATE_SUFFIXES = frozenset(
    {"corp", "corp.", "corporation", "co", "co.", "company", "inc", "inc.", "incorporated", "ltd", "ltd.",
     "limited", "plc", "llc", "l.p.", "ag", "s.a.", "n.v.", "holdings", "group", "bancorp", "industries",
     "association", "bank", "trust", "partners"}
)
# Words that join a firm's name ("Columbia Savings & Loan Association"; "amp" is a stripped "&amp;").
_JOINERS = frozenset({"&", "and", "amp"})
# Joiners inside one firm's name: "Columbia Savings & Loan Corp."; "and" may join two names
# ("Pike County and Lakeside Detention Corporation of America").
_FIRM_JOINERS = frozenset({"&", "amp"})
# Prepositions that frame a bare name as a place: "a plant in Nashua", "outside Ralston".
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "around", "from", "to"})
# "Co." ends a county's name in local news ("Loudon Co.") and a company's everywhere.
_COUNTY_ABBREVIATIONS = frozenset({"co", "co."})
# How many words may sit between the first word and the suffix ("Columbia Savings & Loan Association").
_MAX_NAME_WORDS = 4


def without_firm_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the bare first words of companies the story names in full."""
    firms = _firm_first_words(doc)
    if not firms:
        return mentions
    return [mention for mention in mentions if mention.key not in firms or _kept(doc, mention)]


def without_firm_name_words(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less place names inside a firm's full name ("U.S. Trust Corp.", "Chase Manhattan Bank")."""
    suffixes = _firm_suffixes()
    return [mention for mention in mentions if not _inside_firm_name(doc, mention, suffixes)]


def _inside_firm_name(doc: Doc, mention: Mention, suffixes: frozenset[str]) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.end_char != mention.end:
        return False  # "Wilmington, Del.-based Harbor Trust": the firm is based there
    if doc[span.end - 1].lower_ in _COUNTY_ABBREVIATIONS and span.start > 0 and _firm_word_before(doc[span.start - 1]):
        return True  # "Georgia Power Co.": a firm's "Co.", not Power County; "in Loudon Co." stays
    index = span.end
    while index < len(doc) and index - span.end < _MAX_NAME_WORDS and doc[index].lower_ not in suffixes:
        if not (_name_word(doc[index]) or doc[index].lower_ in _FIRM_JOINERS):
            return False
        index += 1
    return index < len(doc) and doc[index].lower_ in suffixes and doc[index].text[:1].isupper()


@lru_cache(maxsize=1)
def _firm_suffixes() -> frozenset[str]:
    return frozenset(row[0].lower() for row in data_rows("firm_suffixes.tsv"))


def _firm_first_words(doc: Doc) -> set[str]:
    """Name keys of the first word of every "<Name> ... Corp." in ``doc``."""
    firsts: set[str] = set()
    for index in lower_indices(doc, _CORPORATE_SUFFIXES):
        if index == 0:
            continue
        token = doc[index]
        start = token.i
        while start > 0 and token.i - start < _MAX_NAME_WORDS and (
            _name_word(doc[start - 1]) or doc[start - 1].lower_ in _JOINERS
        ):
            start -= 1
        while start < token.i and not _name_word(doc[start]):
            start += 1  # a joiner cannot open the name
        if start < token.i:
            firsts.add(name_key(doc[start].text))
    return firsts


def _firm_word_before(token: Token) -> bool:
    """A name's word right before "Power Co.": "Georgia", not a capitalised "A" opening the sentence."""
    return _name_word(token) and token.pos_ == "PROPN" and not token.is_stop


def _name_word(token: Token) -> bool:
    """A word of a name: capitalised, or in capitals as business briefs open ("ONEIDA Ltd. declared ...")."""
    return token.is_title or (token.is_upper and token.is_alpha)


def _kept(doc: Doc, mention: Mention) -> bool:
    """A big place keeps its name ("Boston Scientific Corp." leaves Boston a city) unless it acts as the
    firm (see ``_acts_as_firm``), and a bare name framed as a place keeps it: after a place preposition
    ("a plant in Nashua") or qualified ("Nashua, N.H.")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if any(hit.entry.feature != "city" or hit.entry.population >= BIG_CITY for hit in mention.hits):
        return span is None or not _acts_as_firm(span)
    if mention.qualifier is not None:
        return True
    if span is None or span.start == 0:
        return span is None
    return doc[span.start - 1].lower_ in _PLACE_PREPOSITIONS


def _acts_as_firm(span: Span) -> bool:
    """The bare name does what a company does or owns what a company owns: "Columbia reported a loss",
    "Columbia's chairman", "Columbia shares" (``firm_words.tsv``). "Boston has long been home to ..." stays."""
    verbs, nouns = _firm_words()
    root = span.root
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in verbs:
        return True
    return root.dep_ in ("poss", "compound") and head.pos_ == "NOUN" and head.lower_ in nouns


@lru_cache(maxsize=1)
def _firm_words() -> tuple[frozenset[str], frozenset[str]]:
    rows = data_rows("firm_words.tsv")
    return (
        frozenset(word for word, kind in rows if kind == "verb"),
        frozenset(word for word, kind in rows if kind == "noun"),
    )


def without_bare_region_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less region names that news writes with "the" written without it (``article_names.tsv``):
    "Amazon said" is the company, "the Amazon" and "the Brazilian Amazon" the region."""
    names = _article_names()
    return [mention for mention in mentions if mention.key not in names or _with_article(doc, mention, names)]


def _with_article(doc: Doc, mention: Mention, names: dict[str, frozenset[str]]) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return True
    if span.end < len(doc) and doc[span.end].lower_ in names[mention.key]:
        return True  # "Amazon rain forest"
    index = span.start - 1
    while index >= 0 and doc[index].pos_ in ("ADJ", "PROPN") and index >= span.start - 3:
        index -= 1  # "the vast Brazilian Amazon"
    return index >= 0 and doc[index].lower_ == "the"


@lru_cache(maxsize=1)
def _article_names() -> dict[str, frozenset[str]]:
    return {name_key(row[0]): frozenset(row[1].split()) if len(row) > 1 else frozenset()
            for row in data_rows("article_names.tsv")}


def without_publications(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less those inside the title of a news publication ("The New York Times")."""
    titles = [(found.start(), found.end()) for found in _publication_pattern().finditer(text)]
    if not titles:
        return mentions
    return [mention for mention in mentions if not any(start <= mention.start < end for start, end in titles)]


@lru_cache(maxsize=1)
def _publication_pattern() -> re.Pattern[str]:
    # longest first: "New York Daily News" before "Daily News"
    titles = sorted((row[0].strip() for row in data_rows("publications.tsv")), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(title) for title in titles) + r")(?!\w)", re.IGNORECASE)
