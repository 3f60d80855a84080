"""The array scans that find a story's candidate tokens for the place sources: the same tokens as the Token tests."""

from __future__ import annotations

import pytest

from newsgraph.extract._place_columns import (
    capitalised_indices,
    digit_indices,
    doc_text,
    lower_indices,
    shape_indices,
    text_indices,
    title_texts,
)

# (text, the words that begin with a capital, in order)
CAPITALISED = [
    ("Floodwater closed two roads near Marlow on Tuesday.", ["Floodwater", "Marlow", "Tuesday"]),
    ("the McDonald family of DuPage moved to ÉLAN STREET", ["McDonald", "DuPage", "ÉLAN", "STREET"]),
    ("no capitals here, only 42 words and - dashes", []),
    ("Chapter \u216b of the report", ["Chapter", "\u216b"]),  # a capital that is no letter: the Roman twelve
    ("see " + "A" + "b" * 120 + " and " + "c" * 120 + " then Dover", ["A" + "b" * 120, "Dover"]),  # long words
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), CAPITALISED)
def test_capitalised_indices(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    found = capitalised_indices(doc)
    assert [doc[index].text for index in found] == expected
    assert found == [token.i for token in doc if token.text[:1].isupper()]


# (text, lower-case words sought, the tokens found)
LOWER = [
    ("Hale and Ashby Counties voted; two counties did not.", frozenset({"counties"}), ["Counties", "counties"]),
    ("Acme Corp. and Beta Inc. merged with a co-op.", frozenset({"corp.", "inc."}), ["Corp.", "Inc."]),
    ("Nothing to find in this sentence.", frozenset({"parishes"}), []),
]


@pytest.mark.parametrize(("text", "words", "expected"), LOWER)
def test_lower_indices(  # type: ignore[no-untyped-def]
    nlp, text: str, words: frozenset[str], expected: list[str]
) -> None:
    doc = nlp.make_doc(text)
    assert [doc[index].text for index in lower_indices(doc, words)] == expected


# (text, exact words sought, the indices found)
EXACT = [
    ("Rep. Ann Wick, R-Marlow, and Sen. Bo Dee, D-Ashby, spoke.", frozenset({"R", "D"}), [4, 13]),
    ("Marlow, Okla., and Ashby, Neb., are small.", frozenset({","}), [1, 3, 6, 8]),
    ("A r d spoke.", frozenset({"R", "D"}), []),
]


@pytest.mark.parametrize(("text", "words", "expected"), EXACT)
def test_text_indices(  # type: ignore[no-untyped-def]
    nlp, text: str, words: frozenset[str], expected: list[int]
) -> None:
    doc = nlp.make_doc(text)
    assert text_indices(doc, words) == expected
    assert expected == [token.i for token in doc if token.text in words]


# (text, the dotted words of a state's abbreviation's shape)
DOTTED = [
    ("He moved from S.C. to N.Y. and then to N. Dakota.", ["S.C.", "N.Y.", "N."]),
    ("Mr. Smith paid $5.50 at 3 p.m.", []),
]


@pytest.mark.parametrize(("text", "expected"), DOTTED)
def test_shape_indices(nlp, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    shapes = frozenset({"X.", "X.X.", "X.Xx."})
    found = shape_indices(doc, shapes)
    assert [doc[index].text for index in found] == expected
    assert found == [token.i for token in doc if token.shape_ in shapes]


# (text, the words all of digits, the words in title case)
DIGITS_AND_TITLES = [
    ("County Road 43 meets Route 9 near Elm Grove in 2009.", ["43", "9", "2009"],
     ["County", "Road", "Route", "Elm", "Grove"]),
    ("NASA and the DuPage sheriff met at 10:30.", [], []),
]


@pytest.mark.parametrize(("text", "digits", "titles"), DIGITS_AND_TITLES)
def test_digit_indices_and_title_texts(  # type: ignore[no-untyped-def]
    nlp, text: str, digits: list[str], titles: list[str]
) -> None:
    doc = nlp.make_doc(text)
    assert [doc[index].text for index in digit_indices(doc)] == digits
    assert title_texts(doc) == titles


@pytest.mark.parametrize(
    "text", ["Two  spaces,\nthen a new line.  ", "Ashby, Neb. -- The mayor said no.", " leading blank", ""]
)
def test_doc_text(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    assert doc_text(doc) == doc.text == text
