"""Aid given 'with' something: in 'supplied Syria with Iranian drones' the object is the recipient and the 'with'
phrase what is given, whose maker is no party to the aid. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Belarus supplied Serbia with Russian drones.", {"Belarus": "BLRGOV", "Serbia": "SRBGOV", "Russian": "RUS"},
         {("070", "BLRGOV", "SRBGOV")}),
        ("Iran armed the Houthis with Chinese rockets.", {"Iran": "IRNGOV", "Houthis": "YEMREB", "Chinese": "CHN"},
         {("072", "IRNGOV", "YEMREB")}),
        ("Japan provided the Philippines with American radars.",
         {"Japan": "JPNGOV", "Philippines": "PHLGOV", "American": "USA"}, {("070", "JPNGOV", "PHLGOV")}),
    ],
)
def test_what_is_given_with_is_no_recipient(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected
