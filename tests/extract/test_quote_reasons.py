"""A reason the parser hung on the cue goes with a reported clause ("said the ferry was late because ...":
the speaker gives it) but not with a phrase ("opposed the bill because ...": the writer's account)."""

from __future__ import annotations

from newsgraph.process import extract


def _contents(text: str) -> list[tuple[str | None, str]]:
    result = extract(text, published="2024-05-10")
    return [(quote.cue.text if quote.cue else None, quote.content.text) for quote in result.quotes]


def test_a_reason_after_a_reported_clause_is_part_of_it() -> None:
    text = "The fishing cooperative would prefer not to join the new registry because its paperwork is far heavier."
    content = "not to join the new registry because its paperwork is far heavier"
    assert ("prefer", content) in _contents(text)


def test_a_reason_after_a_phrase_content_is_the_writers() -> None:
    text = "The farmers opposed the levy because it fell far short of their demands."
    assert ("opposed", "the levy") in _contents(text)
