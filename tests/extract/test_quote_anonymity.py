"""A source's request for anonymity is how they talked, never what they said."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "Talks should resume in the spring, according to an envoy who had asked not to be named.",
        "The adviser, who asked not to be identified, left the room early.",
        "Two officials requested anonymity because the talks were private.",
    ],
)
def test_an_anonymity_request_is_no_quote(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    contents = [quote.content.text.casefold() for quote in find_quotes(nlp(text), text)]
    assert not any("anonymity" in content or "not to be" in content for content in contents)


def test_what_the_anonymous_source_said_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Talks should resume in the spring, according to an envoy who had asked not to be named."
    (quote,) = find_quotes(nlp(text), text)
    assert quote.content.text == "Talks should resume in the spring"
    assert quote.speaker is not None and quote.speaker.text == "an envoy"


def test_asking_someone_not_to_do_something_is_still_a_request(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor asked residents not to leave their homes."
    assert [quote.content.text for quote in find_quotes(nlp(text), text)] == ["residents not to leave their homes"]
