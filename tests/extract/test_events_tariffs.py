"""A tariff or duty laid on another country's goods is an economic sanction (CAMEO 163), like an embargo."""

from __future__ import annotations

import pytest

from newsgraph.records import RawDocument


def _events(engine, text: str) -> list[tuple[str, str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    (result,) = list(engine.run([RawDocument(doc_id="case", text=text, published="2025-03-04")]))
    return [(event.trigger.text, event.cameo, event.source.code if event.source else None,
             event.target.code if event.target else None) for event in result.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US imposed tariffs on Canada.", ("imposed", "163", "USAGOV", "CANGOV")),
        ("Washington slapped new duties on Chinese steel.", ("slapped", "163", "USAGOV", "CHN")),
        ("Ottawa levied tariffs on Mexico last week.", ("levied", "163", "CANGOV", "MEXGOV")),
    ],
)
def test_tariffs_are_sanctions(engine, text: str, expected: tuple[str, str, str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in _events(engine, text)


def test_a_domestic_tax_is_no_sanction(engine) -> None:  # type: ignore[no-untyped-def]
    assert _events(engine, "The city levied a new tax on hotel rooms.") == []
