"""Token indices found on a Doc's attribute arrays, without making a Token for every word.

Place finding passes over a whole story a dozen times to find a few tokens each
time: the word "counties", a party letter before "D-Kanawha", the word after a
comma, the capitalised words. Going through ``for token in doc`` makes a Token
object and reads its text for every word of the story on every pass, and that
was half the time of the places step. These helpers read one or two columns of
``doc.to_array`` (string hashes and lexeme flags) and return the indices of the
candidates only; the callers make Tokens for those and keep their own tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy
from spacy.attrs import IS_DIGIT, IS_TITLE, LOWER, ORTH, SHAPE, SPACY
from spacy.strings import hash_string
from spacy.tokens import Doc


def lower_indices(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lower-case form is one of ``words``."""
    return _indices_in(doc, LOWER, _hashes(words))


def text_indices(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose text is one of ``words``, case and all."""
    return _indices_in(doc, ORTH, _hashes(words))


def shape_indices(doc: Doc, shapes: frozenset[str]) -> list[int]:
    """Indices of the tokens of one of ``shapes`` ("X.X." for "S.C.": see ``Token.shape_``)."""
    return _indices_in(doc, SHAPE, _hashes(shapes))


def digit_indices(doc: Doc) -> list[int]:
    """Indices of the tokens all of digits (``token.text.isdigit()``)."""
    return numpy.flatnonzero(doc.to_array(IS_DIGIT)).tolist()


def capitalised_indices(doc: Doc) -> list[int]:
    """Indices of the tokens whose first character is a capital (``token.text[:1].isupper()``).

    Read from the shapes, of which a story has a few dozen: a word's shape begins
    with "X" exactly when the word begins with a capital letter, and with the
    character itself when that is no letter or digit. Words of 100 characters or
    more have the shape "LONG", and their text decides.
    """
    strings = doc.vocab.strings
    shapes = doc.to_array(SHAPE).tolist()
    capital = {shape for shape in set(shapes) if strings[shape][:1].isupper()}
    long = hash_string("LONG")
    return [
        index
        for index, shape in enumerate(shapes)
        if shape in capital and (shape != long or doc[index].text[:1].isupper())
    ]


def title_texts(doc: Doc) -> list[str]:
    """The texts of the tokens in title case ("Sanders"; ``token.is_title``), in text order."""
    strings = doc.vocab.strings
    return [strings[orth] for title, orth in doc.to_array([IS_TITLE, ORTH]).tolist() if title]


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined from the string columns: ``Doc.text`` makes a Token for every word."""
    strings = doc.vocab.strings
    return "".join(
        strings[orth] + " " if space else strings[orth] for orth, space in doc.to_array([ORTH, SPACY]).tolist()
    )


def _indices_in(doc: Doc, attribute: int, wanted: tuple[int, ...]) -> list[int]:
    return numpy.flatnonzero(_any_of(doc.to_array(attribute), wanted)).tolist()


def _any_of(column: numpy.ndarray, values: Sequence[int]) -> numpy.ndarray:
    """Where ``column`` holds one of ``values``: one comparison per value, the sets being small."""
    found = numpy.zeros(len(column), dtype=bool)
    for value in values:
        found |= column == value
    return found


@lru_cache(maxsize=64)
def _hashes(words: frozenset[str]) -> tuple[int, ...]:
    return tuple(sorted(hash_string(word) for word in words))
