"""A visit to a town abroad is a visit to the town's country: coded by the actors extractor ("Aleppo" SYR) or,
when no actor codes the town, resolved by the places extractor (_event_visits). Trips at home, and an uncoded
traveller's trips, stay no visit. Run through the whole pipeline."""

from __future__ import annotations

import pytest

from event_cases import Dyad, pipeline_dyads


def _events(text: str) -> set[Dyad]:
    return pipeline_dyads(text, published="2024-05-10")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin visited Aleppo on Thursday.", ("042", "RUSGOV", "SYR")),
        ("The Pope arrived in Mosul on Friday.", ("042", "VATGOV", "IRQ")),
        ("Erdogan visited Mosul.", ("042", "TURGOV", "IRQ")),
        ("Macron flew to Mosul to meet Kurdish leaders.", ("042", "FRAGOV", "IRQ")),
        ("The Pope's visit to Mosul drew large crowds.", ("042", "VATGOV", "IRQ")),
        ("Modi visited Houston last year.", ("042", "INDGOV", "USA")),
    ],
)
def test_a_visit_to_a_town_abroad_visits_its_country(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi prime minister arrived in Mosul.",  # at home
        "Biden flew to Chicago on Monday.",  # at home
        "Sanders visited Des Moines.",  # a traveller of unknown country
    ],
)
def test_a_trip_at_home_or_by_an_uncoded_traveller_visits_no_country(text: str) -> None:
    assert not any(code == "042" and target is not None for code, _, target in _events(text))
