"""Quote errors a user sees at once, second review round, continued: a content that ends in a dangling
conjunction ("... honest and trustworthy, and") where another rule cut the second conjunct off."""

from __future__ import annotations

import pytest

from newsgraph.extract._quote_bounds import trim_tail
from newsgraph.extract._quote_marks import MarkIndex


@pytest.mark.parametrize(
    "text, cut, kept",
    [
        (
            "Six in ten voters said the mayor is honest and trustworthy, and half said the same of her rival.",
            "trustworthy, and",
            "the mayor is honest and trustworthy",
        ),
        (
            "She said she had spoken to the builders twice but said nothing else.",
            "twice but",
            "she had spoken to the builders twice",
        ),
        ("He talked about the northern border and the ports.", "border and", "the northern border"),
    ],
)
def test_a_content_never_ends_in_a_dangling_conjunction(nlp, text: str, cut: str, kept: str) -> None:  # type: ignore[no-untyped-def]
    # a content cut after the conjunction, as other rules leave it, loses the conjunction and its comma
    start = text.index(kept)
    end = text.index(cut) + len(cut)
    assert text[start : trim_tail(nlp(text), start, end, MarkIndex(text))].rstrip(" ,") == kept


def test_a_conjunction_inside_quotation_marks_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'She said the plan was "bold and"'
    start = text.index('the plan')
    assert trim_tail(nlp(text), start, len(text), MarkIndex(text)) == len(text)
