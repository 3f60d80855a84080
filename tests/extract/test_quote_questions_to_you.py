"""A question put to "you" asks for a view nobody has given yet: "Do you support X?" attributes nothing."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import find_quotes


def _contents(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [quote.content.text for quote in find_quotes(nlp(text), text)]


@pytest.mark.parametrize(
    "text",
    [
        "Do you support the new stadium tax?",
        "Will you vote for the mayor in the runoff?",
        "Would you back a second referendum on the treaty?",
        "What do you think of the governor's budget?",
    ],
)
def test_a_question_to_you_is_no_quote(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _contents(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A statement about "you", or a clause that only sets the scene of a question, still quotes.
        ("You support the tax, the mayor told the crowd.", "You support the tax"),
        ("When you think of the old mill, does the town look different?", "the old mill"),
        # Someone else's question still reports what that someone supports.
        ("Does the senator support the new stadium tax?", "the new stadium tax"),
        # The question as someone's words stays a quote of the asker.
        ("\u201cDo you support the tax?\u201d the reporter asked.", "Do you support the tax?"),
    ],
)
def test_other_questions_and_statements_still_quote(  # type: ignore[no-untyped-def]
    nlp, text: str, content: str
) -> None:
    assert content in _contents(nlp, text), _contents(nlp, text)
