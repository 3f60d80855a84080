"""A town that names a pact, meeting or process after where it was made or held ("the Paris Agreement", "the Oslo
Accords", "the Astana process") is no party to it; a country named as a modifier ("the Iran deal"), two names ("the
US-China trade agreement") and a "with" phrase ("an agreement with Iran") still are (issue #6)."""

from __future__ import annotations

import pytest

from event_cases import pipeline_dyads


def _targets(text: str) -> set[str | None]:
    return {target for _, _, target in pipeline_dyads(text)}


@pytest.mark.parametrize(
    ("text", "town_country"),
    [
        ("Obama welcomed the Paris Agreement on Saturday.", "FRA"),
        ("Canada warmly welcomed the Doha agreement.", "QAT"),
        ("Merkel praised the Vienna accord last week.", "AUT"),
        ("Japan strongly supported the Kyoto Protocol in 1997.", "JPN"),
        ("Germany praised the Minsk agreements on Tuesday.", "BLR"),
        ("Egypt welcomed the Astana process.", "KAZ"),
    ],
)
def test_a_town_naming_a_pact_is_no_party(text: str, town_country: str) -> None:
    assert not any(target and target.startswith(town_country) for target in _targets(text)), pipeline_dyads(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Trump denounced the Iran deal on Tuesday.", "IRN"),
        ("Trump denounced the Iranian nuclear deal.", "IRN"),
        ("Japan praised the US-China trade agreement.", "CHN"),
        ("Russia signed an agreement with Iran.", "IRNGOV"),
        ("Turkey praised the Sochi agreement with Russia.", "RUSGOV"),
    ],
)
def test_a_country_named_with_a_pact_is_still_a_party(text: str, target: str) -> None:
    assert target in _targets(text), pipeline_dyads(text)
