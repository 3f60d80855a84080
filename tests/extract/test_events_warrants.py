"""A warrant issued or sought for someone is legal action against them (173, charge with legal action);
a warrant for no one, or a search warrant, names nobody. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_cases import pipeline_dyads

PUBLISHED = "2024-11-22"


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The ICC issued an arrest warrant for Netanyahu.", ("173", "IGOICC", "ISRGOV")),
        ("The International Criminal Court issued arrest warrants for Putin.", ("173", "IGOICC", "RUSGOV")),
        ("A Russian court issued an arrest warrant for the ICC prosecutor.", ("173", "RUSJUD", "IGOICC")),
        ("Turkish prosecutors sought an arrest warrant for the Iraqi ambassador.", ("173", "TURJUD", "IRQGOV")),
    ],
)
def test_a_warrant_for_someone_is_legal_action_against_them(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in pipeline_dyads(text, published=PUBLISHED)


def test_a_search_warrant_for_nobody_codes_nothing() -> None:
    assert pipeline_dyads("The court said it had issued a search warrant.", published=PUBLISHED) == set()
