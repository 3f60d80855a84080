"""Working with one's own staff is one camp's work, no cooperation between parties."""

from __future__ import annotations

import pytest

from newsgraph.records import RawDocument


def _triggers(engine, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    (result,) = list(engine.run([RawDocument(doc_id="case", text=text, published="2016-03-02")]))
    return [event.trigger.text for event in result.events]


@pytest.mark.parametrize(
    ("text", "trigger", "kept"),
    [
        ("Donald Trump works with advisers on every speech.", "works", False),
        ("Donald Trump will work closely with campaign manager Hal Reed.", "work", False),
        ("France cooperates closely with Germany on border security.", "cooperates", True),
    ],
)
def test_work_with_staff(engine, text: str, trigger: str, kept: bool) -> None:  # type: ignore[no-untyped-def]
    assert (trigger in _triggers(engine, text)) is kept
