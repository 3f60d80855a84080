"""A figure of the economy does not act, whoever's it is (evprec22 round).

"Cheaper Irish energy prices helped the factory" tells what the prices did, not Ireland: a rate,
price, cost, earning, profit or revenue as the subject makes its country no source. The country's
government or forces still act ("The Irish government helped the company").
"""

from __future__ import annotations

import pytest

from event_cases import engine_events


def _sources(engine, text: str, trigger: str) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [source for found, _, source, _, _, _ in engine_events(engine, text) if found == trigger]


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("Much lower Irish income tax rates helped the company hold its wages down.", "helped", None),
        ("Falling Russian oil prices hurt the Iranian government's budget.", "hurt", None),
        ("Higher Saudi profits helped the Egyptian government.", "helped", None),
        ("The Irish government helped the company hold its wages down.", "helped", "IRLGOV"),
        ("Dutch troops helped the villagers.", "helped", "NLDMIL"),
    ],
)
def test_an_economic_figure_is_no_source(engine, text: str, trigger: str, source: str | None) -> None:  # type: ignore[no-untyped-def]
    found = _sources(engine, text, trigger)
    assert found == ([] if source is None else [source])
