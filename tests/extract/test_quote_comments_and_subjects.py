"""A mid-sentence cue followed by the writer's comment, and a reported sentence the parser made the cue's
subject. Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _quotes(text: str) -> list[tuple[str | None, str]]:
    result = extract(text, published="2024-03-04")
    return [(quote.speaker.text if quote.speaker else None, quote.content.text) for quote in result.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in a move ...", "in a swipe at ...": the writer's comment on the words, not more of them.
        (
            "The talks will resume in March, the minister said, in a move that surprised diplomats.",
            [("the minister", "The talks will resume in March")],
        ),
        ("The plan would fail, Sanders said, in a swipe at his rival.", [("Sanders", "The plan would fail")]),
        # A bare noun phrase after the cue sums up the report: the writer's too.
        (
            "Gunmen fired on a bus near the border, local officials said, the second such attack this month.",
            [("local officials", "Gunmen fired on a bus near the border")],
        ),
        (
            "Two boats were rammed on Sunday, the navy said, the third such clash this year.",
            [("the navy", "Two boats were rammed on Sunday")],
        ),
        # Any other phrase after the cue goes on with what was said.
        (
            "The plan would fail, Sanders said, by the end of the year.",
            [("Sanders", "The plan would fail"), ("Sanders", "by the end of the year")],
        ),
    ],
)
def test_the_writers_comment_after_a_cue_is_no_content(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _quotes(text) == expected


def test_a_reported_sentence_parsed_as_the_cues_subject_is_the_content() -> None:
    text = "Sudan, which hosts about 60,000 refugees, offered to mediate any dispute, the state news agency reported."
    assert _quotes(text) == [
        ("the state news agency", "Sudan, which hosts about 60,000 refugees, offered to mediate any dispute")
    ]
