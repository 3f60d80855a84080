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


def _contents(nlp, text: str) -> list[tuple[str | None, str]]:  # type: ignore[no-untyped-def]
    from newsgraph.extract.quotes import find_quotes

    return [(quote.cue.text if quote.cue else None, quote.content.text) for quote in find_quotes(nlp(text), text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an infinitive or participle the parser hung on the cue right after the content goes on with it
        (
            "The chairman proposed nearly $2 million in grants to help towns repair their bridges.",
            [("proposed", "nearly $2 million in grants to help towns repair their bridges")],
        ),
        (
            "The professor defended his demand to lower the fees for foreign students.",
            [("defended", "his demand to lower the fees for foreign students")],
        ),
        (
            "He bragged about his grandmother teaching him how to fish when he was a boy.",
            [("bragged about", "his grandmother teaching him how to fish when he was a boy")],
        ),
        (
            "The coach described the young players as highly skilled.",
            [("described", "the young players as highly skilled")],
        ),
        # ... and so does the verb of a clause whose subject the parser took for the content
        ("The council said the water tested was safe to drink.", [("said", "the water tested was safe to drink")]),
        # ... and so does a condition of what the speaker will do
        (
            "Many teachers would back the plan if the district hires more staff.",
            [("back", "the plan if the district hires more staff")],
        ),
        (
            "The chairman would welcome a merger unless the regulators object.",
            [("welcome", "a merger unless the regulators object")],
        ),
        # a comma, a time clause or a cue of its own is the writer's break
        ("The coach praised the team after it won the final.", [("praised", "the team")]),
        (
            "Officials said the road would reopen soon, noting that repairs were ahead of schedule.",
            [("said", "the road would reopen soon"), ("noting", "that repairs were ahead of schedule")],
        ),
        (
            "The council criticized the budget while praising the new parks.",
            [("criticized", "the budget"), ("praising", "the new parks")],
        ),
    ],
)
def test_words_hung_on_the_cue_after_the_content_go_on_with_it(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert _contents(nlp, text) == expected
