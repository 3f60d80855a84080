"""Passives that keep their object ("was promised aid by X", "was granted asylum by X"): the parser reads
the "by" phrase as a plain preposition, on the verb or on the object; its object still gives, and the
passive subject receives. Run through the whole pipeline."""

from __future__ import annotations

import pytest

from event_cases import Dyad, pipeline_dyads


def _events(text: str) -> set[Dyad]:
    return pipeline_dyads(text, published="2024-05-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia was promised loans by Russia.", ("0331", "RUSGOV", "ARMGOV")),
        ("Haiti was offered assistance by Canada.", ("033", "CANGOV", "HTIGOV")),
        ("Somalia was pledged aid by Japan on Monday.", ("033", "JPNGOV", "SOMGOV")),
        ("The activist was granted asylum by Norway.", ("075", "NORGOV", "---OPP")),
        # parsed with a true agent: unchanged
        ("Jordan was sent food by Saudi Arabia.", ("070", "SAUGOV", "JORGOV")),
        ("The fugitive was handed over to Italian police by Brazil.", ("063", "BRAGOV", "ITACOP")),
    ],
)
def test_the_by_phrase_of_a_passive_with_an_object_gives(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)


def test_a_date_after_by_is_nobody_who_gives() -> None:
    assert not any(source == "ARMGOV" or target is None for _, source, target in _events(
        "Armenia was promised loans by March."
    ))
