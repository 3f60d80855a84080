"""A role owned by "its" is its owner's, whatever place it leaves or stands in: "Belgium recalled its
ambassador from Kigali" is Belgium's ambassador, and the recall is aimed at Rwanda, the place it leaves.
Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from event_cases import pipeline_dyads
from newsgraph.process import extract

PUBLISHED = "2024-03-01"


@pytest.mark.parametrize(
    ("text", "role", "code"),
    [
        ("Belgium recalled its ambassador from Kigali on Tuesday.", "ambassador", "BELGOV"),
        ("Congo recalled its ambassador from Kigali.", "ambassador", "CODGOV"),
        ("Britain recalled its ambassador from Tehran.", "ambassador", "GBRGOV"),
        ("France said its embassy in Kyiv would stay open.", "embassy", "FRAGOV"),
    ],
)
def test_its_role_is_the_owners_wherever_it_stands(text: str, role: str, code: str) -> None:
    codes = {mention.text: actor.code for actor in extract(text, published=PUBLISHED).actors for mention in actor.mentions}
    assert codes.get(role) == code


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Belgium recalled its ambassador from Kigali on Tuesday.", ("161", "BELGOV", "RWAGOV")),
        ("Britain recalled its ambassador from Tehran.", ("161", "GBRGOV", "IRNGOV")),
    ],
)
def test_the_recall_is_aimed_at_the_place_the_envoy_leaves(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in {(code, source, target) for code, source, target in pipeline_dyads(text, published=PUBLISHED)}


def test_an_envoy_from_a_capital_without_its_is_that_states() -> None:
    codes = {
        mention.text: actor.code
        for actor in extract("The ambassador from Kigali met the minister.", published=PUBLISHED).actors
        for mention in actor.mentions
    }
    assert codes.get("ambassador") == "RWAGOV"
