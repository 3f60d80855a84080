"""Stances on a measure aimed at no party are positions, not events: backing a mandate, calling for a
policy, rejecting a notion. Acts done to a measure, stances that name a party and rejections of
someone's proposal still code."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Hale and Moreland both back a biofuel mandate.", {"Hale": "USALEG", "Moreland": "USAELI"}),
        ("Walsh has called for stricter regulation of payday lenders.", {"Walsh": "USAELI"}),
        ("The crowd cheered when Garza called for scrapping the estate tax.", {"Garza": "USALEG"}),
        ("Governor Pruitt backed the farm bill on Monday.", {"Governor Pruitt": "USAGOV"}),
        ("Senator Lund rejected the notion that the levy hurts farmers.", {"Senator Lund": "USALEG"}),
        ("Walsh would not rule out a new sales tax.", {"Walsh": "USAELI"}),
        ("Moreland supports two measures on the state ballot.", {"Moreland": "USALEG"}),
    ],
)
def test_stances_on_measures_make_no_event(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes) == set()


@pytest.mark.parametrize(
    ("text", "codes", "root"),
    [
        # Signing binds the signers; a judge blocking a bill stops it.
        ("The two presidents signed the trade plan on Friday.", {"two presidents": "---GOV"}, "05"),
        ("Judge Reeves issued an order blocking the bill.", {"Judge Reeves": "USAJUD"}, "12"),
        # Rejecting a proposal answers the one who made it.
        ("The ministry categorically rejected the proposals.", {"ministry": "IRQGOV"}, "12"),
        # A stance that names a party is aimed at it.
        ("Walsh backed Moreland's plan.", {"Walsh": "USAELI", "Moreland": "USALEG"}, "05"),
        ("Garza blamed the new levy on reckless state lawmakers.", {"Garza": "USALEG"}, "11"),
    ],
)
def test_acts_on_measures_and_stances_towards_parties_still_code(
    nlp: Language, text: str, codes: dict[str, str], root: str
) -> None:
    assert root in {cameo[:2] for cameo, _, _ in dyads(nlp, text, codes)}
