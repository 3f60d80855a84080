"""Putting out a message is no quote of it: "released a statement", "posted a photo" say how words went out."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import find_quotes


def _contents(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [quote.content.text for quote in find_quotes(nlp(text), text)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor released a statement on Monday.",
        "The union released a short video late on Friday.",
        "The governor posted a photo on Sunday night.",
        "Her campaign manager wrote a new memo.",
        "The ministry published two statements this week.",
    ],
)
def test_a_bare_published_message_is_no_quote(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _contents(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # What the message says, in the message's own clause or in a participle after it, is still quoted.
        ("The town council released a statement saying the bridge would reopen in May.",
         "the bridge would reopen in May"),
        ("The senator released a statement that criticized the new tariffs.",
         "a statement that criticized the new tariffs"),
        # A message about something says what it holds.
        ("The candidate posted a long message about the closing of the steel mill.",
         "the closing of the steel mill"),
        # Records put out are still quoted: the corpus reads them as what the source made known.
        ("The agency released its findings on the crash.", "its findings"),
    ],
)
def test_what_a_published_message_holds_is_still_quoted(  # type: ignore[no-untyped-def]
    nlp, text: str, content: str
) -> None:
    assert any(content in found for found in _contents(nlp, text)), _contents(nlp, text)
