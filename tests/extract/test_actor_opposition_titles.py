"""An opposition leader titled without a country leads the opposition of the country the sentence or the
article is about, as a president titled without one holds its office. Sentences written for these tests,
through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _codes(text: str) -> dict[str, str | None]:
    return {actor.name: actor.code for actor in extract(text, published="2024-08-01").actors}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("In Belarus, opposition leader Anna Kovalenka called for new elections.", "Anna Kovalenka", "BLROPP"),
        (
            "Armenia held a disputed election on Saturday. Armenian police detained dozens in Yerevan. "
            "Opposition leader Levan Abashidze called for protests.",
            "Levan Abashidze",
            "ARMOPP",
        ),
    ],
)
def test_an_opposition_leader_takes_the_country_placed(text: str, name: str, code: str) -> None:
    assert _codes(text)[name] == code


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The country named is the counterpart's, whose envoy is criticised.
        ("Opposition leader Anna Berg criticised the Chinese ambassador on Monday.", "Anna Berg"),
    ],
)
def test_a_country_dealt_with_does_not_place_the_leader(text: str, name: str) -> None:
    assert (_codes(text)[name] or "")[:3] != "CHN"
