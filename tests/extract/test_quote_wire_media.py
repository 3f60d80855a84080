"""Wire-story cues with their medium before the that-clause, and a source's refusal to be named."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The former negotiator said in a separate interview that Tehran was ready to resume indirect talks.",
            "that Tehran was ready to resume indirect talks",
            "The former negotiator",
        ),
        (
            "The atomic agency said in a confidential report seen by Reuters that Iran had expanded its"
            " stockpile of enriched uranium.",
            "that Iran had expanded its stockpile of enriched uranium",
            "The atomic agency",
        ),
    ],
)
def test_a_that_clause_after_the_medium_is_the_content(nlp, text, content, speaker) -> None:  # type: ignore[no-untyped-def]
    quotes = {quote.content.text: quote for quote in find_quotes(nlp(text), text)}
    assert content in quotes
    assert quotes[content].speaker is not None and quotes[content].speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        # A relative "that" on the medium says which interview, not what was said.
        "The minister spoke in an interview that aired on Sunday.",
        "The envoy said in a letter that was published on Monday that the offer stood.",
    ],
)
def test_a_relative_clause_on_the_medium_is_no_content(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    contents = [quote.content.text for quote in find_quotes(nlp(text), text)]
    assert not any(content.startswith("that aired") or content.startswith("that was") for content in contents)


@pytest.mark.parametrize(
    "text",
    [
        "A security official, who declined to be identified because he was not authorised to speak, said"
        " 30 warships had been tracked.",
        "A senior diplomat, who refused to be named, said the window for a deal was closing.",
    ],
)
def test_a_refusal_to_be_named_is_no_quote(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    contents = [quote.content.text for quote in find_quotes(nlp(text), text)]
    assert contents and not any(content.startswith("to be") for content in contents)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # The participle says who attended the rally, not what was said.
        (
            'Venezuelan opposition leader Maria Corina Machado spoke on Friday. "We have the proof, and the whole'
            ' world can see it," Machado said at a rally in Caracas attended by tens of thousands of people.',
            None,
        ),
        # A clause with its own subject and auxiliary after the setting is what was said.
        (
            "The envoy said at the talks in Geneva the prisoners had been released.",
            "the prisoners had been released",
        ),
    ],
)
def test_a_participle_on_the_setting_is_no_content(nlp, text: str, kept: str | None) -> None:  # type: ignore[no-untyped-def]
    contents = [quote.content.text for quote in find_quotes(nlp(text), text)]
    assert not any(content.startswith(("attended", "organised")) for content in contents)
    if kept is not None:
        assert kept in contents
