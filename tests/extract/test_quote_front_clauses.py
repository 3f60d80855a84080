"""A clause before a mid-sentence cue whose content goes on after it ("A, she said, that B") is the first piece
of what was said, as PolNeAR splits it, also when the parse gives the cue only the words after it. A fronted
phrase, a time clause or a participle there sets the scene of speaking and is no piece; nor is a clause
before a cue not set off by a comma after it."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _contents(text: str) -> list[str]:
    return [quote.content.text for quote in extract(text, published="2024-05-10").quotes]


@pytest.mark.parametrize(
    "text, pieces",
    [
        (
            "The bridge is so old, the engineer said, that a heavy truck could bring it down.",
            ["The bridge is so old", "that a heavy truck could bring it down"],
        ),
        (
            "There is a danger, several farmers said, that the river will flood again.",
            ["There is a danger", "that the river will flood again"],
        ),
        (
            "The new figures show, she said in an interview, that the fund is running dry.",
            ["The new figures show", "that the fund is running dry"],
        ),
        (
            "If the dam holds, the governor said, the valley will be spared.",
            ["If the dam holds", "the valley will be spared"],
        ),
    ],
)
def test_a_clause_before_a_cue_set_off_by_commas_is_the_first_piece(text: str, pieces: list[str]) -> None:
    contents = _contents(text)
    assert all(piece in contents for piece in pieces)


@pytest.mark.parametrize(
    "text, scene",
    [
        ("In a written statement, the governor said, “we are ready for the flood.”", "In a written statement"),
        ("After the council voted, the mayor said, “this town has spoken.”", "After the council voted"),
        ("Later that week, the minister said, that the deal was off.", "Later that week"),
        ("If the dam holds, the governor said it would spare the valley.", "If the dam holds"),
    ],
)
def test_the_scene_before_a_cue_is_no_piece(text: str, scene: str) -> None:
    assert scene not in _contents(text)


def test_a_quote_of_its_own_before_a_cue_stays_its_own() -> None:
    text = "He said the road was closed, and when asked about the detour, he said, “it is not ready.”"
    contents = _contents(text)
    assert "the road was closed" in contents
    assert not any(content.startswith("He said") for content in contents)
