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


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # A measure's own name is no party: a law's (cues.txt measure_names) or a work's, to the parse.
        ("Senator Lund opposed the Affordable Care Act.", {"Senator Lund": "USALEG"}),
        ("Governor Pruitt criticized the Farm Bill on Monday.", {"Governor Pruitt": "USAGOV"}),
        ("Moreland praised the Dodd-Frank Act.", {"Moreland": "USALEG"}),
        # Nor is a name that says what the measure is on.
        ("Governor Pruitt has long backed Medicare and Medicaid cuts.", {"Governor Pruitt": "USAGOV"}),
        # A stance told in a relative clause is on the measure the clause qualifies.
        ("Voters balked at the trade deal that Governor Pruitt lobbied for.", {"Governor Pruitt": "USAGOV"}),
        ("Voters balked at the trade pact, which Governor Pruitt has criticized.", {"Governor Pruitt": "USAGOV"}),
        # Idioms of stance carry their measure in "at" and "with"; a pact is a deal, liberalisation a policy.
        ("Senator Lund takes aim at a provision on farm subsidies.", {"Senator Lund": "USALEG"}),
        ("Governor Pruitt took issue with the new exemption for ranchers.", {"Governor Pruitt": "USAGOV"}),
        ("Moreland's opposition to trade liberalization pleased the unions.", {"Moreland": "USALEG"}),
    ],
)
def test_stances_on_named_measures_make_no_event(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes) == set()


@pytest.mark.parametrize(
    ("text", "codes", "root"),
    [
        # A person who happens to be called Bill is a party.
        ("Senator Lund criticized Bill Clinton.", {"Senator Lund": "USALEG", "Bill Clinton": "USAELI"}, "11"),
        # An owner named in the measure's phrase is whom the stance is aimed at.
        ("Walsh backed Moreland's farm bill.", {"Walsh": "USAELI", "Moreland": "USALEG"}, "05"),
        # A relative clause on a party, or whose noun is the one taking the stance, still codes.
        ("Egypt condemned the attack, which Israel had denied.", {"Egypt": "EGYGOV", "Israel": "ISRGOV"}, "11"),
        ("Senators who back the farm bill met President Lee.", {"Senators": "USALEG", "President Lee": "KORGOV"}, "04"),
        # An idiom of stance aimed at a party still codes.
        ("Governor Pruitt took issue with President Lee.", {"Governor Pruitt": "USAGOV", "President Lee": "KORGOV"}, "11"),
    ],
)
def test_stances_on_parties_near_named_measures_still_code(
    nlp: Language, text: str, codes: dict[str, str], root: str
) -> None:
    assert root in {cameo[:2] for cameo, _, _ in dyads(nlp, text, codes)}
