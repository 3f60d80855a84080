"""A speech verb with its medium: "said in a statement that ...", where the parser hangs the clause on the noun."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        ("The trade ministry declared in a statement that every duty was protectionist.",
         "The trade ministry", "declared in a statement", "that every duty was protectionist"),
        ("The senator wrote in a letter that the agency had ignored the law.",
         "The senator", "wrote", "that the agency had ignored the law"),
        ("Mayor Hale said in a radio interview with local reporters that he would run again.",
         "Hale", "said", "that he would run again"),
    ],
)
def test_the_speaker_of_a_statement_s_medium_is_the_verb_s_subject(  # type: ignore[no-untyped-def]
    nlp, text: str, speaker: str, cue: str, content: str
) -> None:
    (quote,) = find_quotes(nlp(text), text)
    assert quote.speaker is not None and quote.cue is not None
    assert (quote.speaker.text, quote.cue.text, quote.content.text) == (speaker, cue, content)


def test_an_interview_s_partner_is_no_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The governor spoke in an interview with Iowa reporters on Monday."
    quotes = find_quotes(nlp(text), text)
    assert [q.content.text for q in quotes] == []


def test_a_fronted_medium_gives_no_backward_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In a statement issued on Monday that the plan had failed, Carson said he would quit."
    for quote in find_quotes(nlp(text), text):
        assert quote.cue is None or quote.cue.start < quote.cue.end
