"""A restriction proposed on a kind of people, and a call for a change to a measure, are policies, no events."""

from __future__ import annotations

import pytest

from newsgraph.records import RawDocument


def _triggers(engine, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    (result,) = list(engine.run([RawDocument(doc_id="case", text=text, published="2016-03-02")]))
    return [event.trigger.text for event in result.events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Senator Ana Ruiz proposed barring all foreign students from entering the country.", "barring"),
        ("Governor Tom Hale has vowed to block Syrian refugees from settling in the state.", "block"),
        ("The governor has tried to block the resettlement of any migrant in the state.", "block"),
        ("Senator Ana Ruiz has made a call for an end to cotton subsidies.", "call"),
        ("Governor Tom Hale called for tripling the caps on work visas.", "called"),
        ("Governor Tom Hale calls for ending corporate taxes.", "calls"),
        ("Senator Ana Ruiz called for a one-year ban on admitting migrants.", "called"),
    ],
)
def test_a_policy(engine, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger not in _triggers(engine, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Israel barred Palestinian workers from entering the city on Monday.", "barred"),
        ("Israel plans to bar Palestinian workers from entering the city.", "bar"),
        ("The police blocked protesters from entering the square.", "blocked"),
        ("The army will block protesters from entering the square.", "block"),
        ("Governor Tom Hale called on Congress to pass the bill.", "called"),
        ("Senator Ana Ruiz said she would order regulators to split the big banks.", "order"),
    ],
)
def test_still_an_event(engine, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert trigger in _triggers(engine, text)
