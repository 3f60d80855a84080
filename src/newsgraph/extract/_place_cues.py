"""What the words around a candidate place name, and its gazetteer entries, say about it.

Owns the tests the mention sources of :mod:`newsgraph.extract._place_mentions`
share to judge a name: a locative before it ("in Glastonbury", "north of
Moorhead"), a list with a recognised place, a demonym before a place noun
("Syrian territory"), a capitalised word of a person's name before it ("David
Hopkins"), a verb of a person's word or decision after it ("Reno said": the actors
extractor asks this too); and whether one of its entries is unmistakable (a country, a state,
our alias's sense, a city of a million) or well known (a city of 100,000).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from newsgraph.extract._gazetteer import Hit, data_rows

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Nouns that make a demonym mean the place: "Syrian territory", "the Turkish capital".
PLACE_NOUNS = frozenset(
    """territory territories soil border borders capital city town village province region coast
    coastline airspace waters mainland countryside desert mountains frontier port enclave island
    islands peninsula""".split()
)
LOCATIVE = frozenset({"in", "at", "near", "from", "to", "outside", "inside", "across", "into", "around", "via"})
STRONG_LOCATIVE = frozenset({"in", "near", "outside", "inside"})
DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest outside".split()
)
# Words that make a part of a place ("Western Pennsylvania", "Central Florida") and are
# also the names of small towns.
REGION_WORDS = frozenset(
    "north south east west northern southern eastern western central upper lower greater".split()
)
WELL_KNOWN_POPULATION = 100_000
# Verbs of a person's word or decision: "Reno said", "Reno allowed the extension", "Reno agreed to meet them".
_PERSON_VERBS = frozenset({"say", "tell", "add", "allow", "decide", "rule", "order", "announce", "refuse",
                           "insist", "argue", "approve", "reject", "sign", "veto", "testify", "resign",
                           "lift", "grant", "deny", "acknowledge", "admit", "promise", "vow", "warn",
                           "agree", "meet"})


def after_locative(span: Span) -> bool:
    """After "in", "near"..., "the town of" or "north of": what follows is a place."""
    doc = span.doc
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.lower_ in LOCATIVE:
        return True
    if before.lower_ != "of" or span.start < 2:
        return False
    # "the town of Goma", "north of Moorhead", "45 miles southeast of Champaign"
    return doc[span.start - 2].lemma_.lower() in PLACE_NOUNS or doc[span.start - 2].lower_ in DIRECTIONS


def acted_on_as_place(span: Span) -> bool:
    """The object of a verb that takes towns, or the subject of its passive (``place_verbs.tsv``):
    "missiles struck Lviv", "Kramatorsk was shelled", "the Pope visited Lviv"."""
    root = span.root
    verb = root.head
    return root.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in _place_verbs()


@lru_cache(maxsize=1)
def _place_verbs() -> frozenset[str]:
    return frozenset(row[0] for row in data_rows("place_verbs.tsv"))


def inside_place(span: Span) -> bool:
    """After "in", "near" or "north of": "in Glastonbury" is a place even tagged as an organisation.

    Not after "to", "from" or "at", which take people and companies as well
    ("led detectives to Henry", "from Jones", "at Culver's").
    """
    doc = span.doc
    if span.start == 0:
        return False
    before = doc[span.start - 1].lower_
    return before in STRONG_LOCATIVE or (before == "of" and span.start > 1 and doc[span.start - 2].lower_ in DIRECTIONS)


def listed_with_place(span: Span) -> bool:
    """In a list with a place the model did recognise: "in Birmingham and Manchester", whether the
    name comes after the place or first ("through Monroe, Trenton and Lebanon")."""
    root = span.root
    if root.dep_ in ("conj", "appos") and root.head.ent_type_ in PLACE_LABELS:
        return True
    return any(child.dep_ == "conj" and child.ent_type_ in PLACE_LABELS for child in root.children)


def place_meaning(token: Token) -> bool:
    """True when a demonym names the place ("Syrian territory"), not its people or government."""
    return token.dep_ in ("amod", "compound") and token.head.lemma_.lower() in PLACE_NOUNS


def inside_name(token: Token) -> bool:
    """True after a capitalised word of the same name: "David Hopkins", "Elizabeth Fairfield".

    Not after a word that makes a part of a place: "Western Pennsylvania".
    """
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.lower_ in REGION_WORDS:
        return False
    return before.pos_ == "PROPN" and before.text[:1].isupper() and not before.is_sent_start


def is_area(hit: Hit) -> bool:
    return hit.entry.feature in ("country", "admin1", "continent")


def unmistakable(hit: Hit) -> bool:
    entry = hit.entry
    if entry.feature in ("country", "admin1", "admin2", "continent", "region"):  # "County" says it is one
        return hit.rank >= 1
    return hit.rank == 2 or (hit.rank == 1 and entry.population >= 1_000_000)


def unmistakable_any(hits: tuple[Hit, ...]) -> bool:
    return any(unmistakable(hit) for hit in hits)


def well_known(hit: Hit) -> bool:
    # Alternate names count for big cities only: they carry the English exonyms
    # ("Cologne"); a small town's alternates are local spellings.
    return hit.entry.population >= WELL_KNOWN_POPULATION * (1 if hit.rank >= 1 else 10)


def says_or_decides(token: Token) -> bool:
    """Whether a name is the subject of a person's word or decision ("Reno said"): a person, whatever the
    name may also be a place of."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in _PERSON_VERBS
