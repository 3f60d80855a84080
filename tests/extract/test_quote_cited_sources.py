"""Quote errors a user sees at once, second review round: a source named in quotation marks after
"quoting" taken for the words of the cue that follows."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "The weekly, quoting ``classified cables,'' said Norway had hinted at new talks.",
            "Norway had hinted at new talks",
        ),
        (
            'The radio station, quoting "senior officers," said the army had left the town.',
            "the army had left the town",
        ),
    ],
)
def test_a_quoted_source_is_no_quote(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert [quote.content.text for quote in find_quotes(nlp(text), text)] == [content]
