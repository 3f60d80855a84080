"""A chance let go is an act not done ("passed on a chance to endorse him"); a chance seized takes nobody's
property ("seized the opportunity")."""

from __future__ import annotations

import pytest

from newsgraph.records import RawDocument


def _events(engine, text: str) -> list[tuple[str, str, bool]]:  # type: ignore[no-untyped-def]
    (result,) = list(engine.run([RawDocument(doc_id="case", text=text, published="2017-01-19")]))
    return [(event.cameo, event.trigger.text, event.negated) for event in result.events]


@pytest.mark.parametrize(
    ("text", "trigger", "negated"),
    [
        ("The governor passed on a chance to endorse Senator Hale.", "endorse", True),
        ("The governor passed up the opportunity to praise Senator Hale.", "praise", True),
        ("The governor passed on the bill and chose to endorse Senator Hale.", "endorse", False),
    ],
)
def test_a_chance_let_go_is_not_taken(engine, text: str, trigger: str, negated: bool) -> None:  # type: ignore[no-untyped-def]
    found = {event_trigger: denied for _, event_trigger, denied in _events(engine, text)}
    assert found.get(trigger) is negated, found


def test_seizing_a_chance_takes_no_property(engine) -> None:  # type: ignore[no-untyped-def]
    assert [code for code, trigger, _ in _events(engine, "Moscow seized the opportunity to court Ankara.")
            if trigger == "seized"] == []
    assert ("171", "seized", False) in _events(engine, "Police seized the ship from Iran.")
