"""A person's name the tagger stopped short of its surname runs on to it, so the surname alone later is the
same person. Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _people(text: str) -> list[list[str]]:
    return [[mention.text for mention in actor.mentions] for actor in extract(text, published="2024-08-01").actors]


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (
            "Opposition leader Maria Corina Machado said she had the tally sheets. Machado spoke in Caracas.",
            ["Maria Corina Machado", "she", "Machado"],
        ),
        (
            "Former minister Ana Sofia Quintero told the radio station she would run. Quintero is 54.",
            ["Ana Sofia Quintero", "she", "Quintero"],
        ),
    ],
)
def test_the_name_runs_on_to_its_surname(text: str, mentions: list[str]) -> None:
    assert mentions in _people(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # A name the tagger found whole stays as it is; what follows is no part of it.
        ("President Joe Biden Monday said he would veto the bill.", ["Joe Biden", "he"]),
        ("They met Gen. Abdel Fattah Burhan in Port Sudan on Friday.", ["Abdel Fattah Burhan"]),
    ],
)
def test_a_whole_name_is_not_stretched(text: str, person: list[str]) -> None:
    assert person in _people(text)
