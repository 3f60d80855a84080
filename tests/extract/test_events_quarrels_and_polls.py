"""Campaign news: a clash between unarmed people is a quarrel in words, support counted in a poll or a
voter's prospective support is a vote, not support between parties."""

from __future__ import annotations

import pytest

from newsgraph.records import RawDocument


def _events(engine, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    (result,) = list(engine.run([RawDocument(doc_id="case", text=text, published="2016-03-02")]))
    return {event.trigger.text: event.cameo for event in result.events}


@pytest.mark.parametrize(
    ("text", "trigger", "code"),
    [
        ("The Kennedy family has clashed with Donald Trump over trade.", "clashed", "111"),
        ("Demonstrators clashed with police in Cairo.", "clashed", "145"),
        ("Soldiers clashed with rebels near the border.", "clashed", "193"),
        ("The donor Tom Steyer has been supporting Barack Obama for years.", "supporting", "051"),
        ("Germany will back France in the dispute.", "back", "032"),
    ],
)
def test_coded(engine, text: str, trigger: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(engine, text).get(trigger) == code


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Hillary Clinton has support from 48 percent of likely voters, while Bernie Sanders has backing"
            " from 41 percent.",
            "backing",
        ),
        ("Rita Gomez, a retired nurse, said she might back Donald Trump in November.", "back"),
        ("Her neighbours could not bring themselves to support Donald Trump.", "support"),
    ],
)
def test_a_vote(engine, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in _events(engine, text)
