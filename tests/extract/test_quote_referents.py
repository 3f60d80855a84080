"""A quote whose whole content is a relative pronoun keeps the pronoun as its content (the words the text
gives) and names what the pronoun stands for in ``content_resolved``."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import find_quotes


CASES = [
    # (text, content, speaker, content_resolved)
    ("The mayor's narrow defeat in the runoff, which Ortega conceded at midnight, surprised the city.",
     "which", "Ortega", "The mayor's narrow defeat in the runoff"),
    ("The budget of the province, which the auditors rejected on Friday, goes back to the council.",
     "which", "the auditors", "The budget of the province"),
    ("The minister dismissed the leaked memo, which she called a forgery.",
     "which", "she", "the leaked memo"),
]


@pytest.mark.parametrize(("text", "content", "speaker", "referent"), CASES)
def test_a_relative_pronoun_content_names_its_referent(  # type: ignore[no-untyped-def]
    nlp, text: str, content: str, speaker: str, referent: str
) -> None:
    quotes = find_quotes(nlp(text), text)
    found = [q for q in quotes if q.content.text == content]
    assert len(found) == 1, [q.content.text for q in quotes]
    assert found[0].speaker is not None and found[0].speaker.text == speaker
    assert found[0].content_resolved is not None and found[0].content_resolved.text == referent


@pytest.mark.parametrize("text", [
    "Inflation is now what economists call a spiral.",
    "The deal that the unions signed in May holds.",
])
def test_no_referent_without_a_lone_relative_pronoun_content(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    for quote in find_quotes(nlp(text), text):
        assert quote.content_resolved is None
        assert quote.content.text.lower() not in {"what", "which", "that"}
