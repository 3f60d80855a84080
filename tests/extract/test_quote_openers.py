"""The piece before a mid-sentence cue ("A, she said, B") starts after a fronted adverbial that a comma
closes: the opener sets the scene, the speaker's words start at the subject. A piece that is only the
opener keeps it."""

from __future__ import annotations

from newsgraph.process import extract


def _contents(text: str) -> list[str]:
    return [quote.content.text for quote in extract(text, published="2024-05-10").quotes]


def test_a_fronted_participle_is_no_part_of_the_piece_before_the_cue() -> None:
    text = "Linked by centuries of river trade, the two provinces, Ortega said, now share one water agency."
    contents = _contents(text)
    assert "the two provinces" in contents
    assert not any(content.startswith("Linked by") for content in contents)


def test_a_piece_that_is_only_an_opener_stays() -> None:
    text = "Even then, the farmer said, he had no wish to sell the orchard to the developers."
    assert "Even then" in _contents(text)
