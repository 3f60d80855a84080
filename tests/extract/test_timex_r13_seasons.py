"""ISSUE-5: a winter is named by the year of its January, whenever in the year it is spoken of.

2024-WI runs from December 2023 to February 2024 (the store reads it so: store/days.py). In December the
winter under way is already next year's, and so are the seasons after it; "last winter" and "this winter"
said in December or January name the same winters. "this summer" is the summer of the year of publication;
"this winter" said from the autumn on, or with a verb that looks ahead, is the winter to come.
Sentences are our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes


@pytest.mark.parametrize(
    ("text", "published", "expression", "expected"),
    [
        # the winter under way, in December and in February
        ("Gas prices are climbing this winter.", "2022-12-06", "this winter", "2023-WI"),
        ("Gas prices are climbing this winter.", "2023-02-14", "this winter", "2023-WI"),
        # the winter before it
        ("The pipeline froze last winter.", "2022-12-06", "last winter", "2022-WI"),
        ("The pipeline froze last winter.", "2023-02-14", "last winter", "2022-WI"),
        ("The pipeline froze last winter.", "2023-06-20", "last winter", "2023-WI"),
        # the winter ahead
        ("The grid may struggle this winter.", "2023-10-03", "this winter", "2024-WI"),
        ("The ministry will ration gas this winter.", "2023-06-20", "this winter", "2024-WI"),
        ("Grain stocks should last until next winter.", "2022-12-06", "next winter", "2024-WI"),
        # other seasons said in December
        ("Tourism rebounded this summer.", "2022-12-06", "this summer", "2022-SU"),
        ("The canal reopens next spring.", "2022-12-06", "next spring", "2023-SP"),
        ("The harbour was dredged last autumn.", "2022-12-06", "last autumn", "2022-FA"),
        # unchanged: a year written with the season, a past season in mid-year
        ("Floods hit the valley in the winter of 2019.", "2023-06-20", "the winter of 2019", "2019-WI"),
        ("The harvest failed last summer.", "2023-06-20", "last summer", "2022-SU"),
    ],
)
def test_season_years(nlp, text: str, published: str, expression: str, expected: str) -> None:
    found = {t.text: t.value for t in find_timexes(nlp(text), text, published=published)}
    assert found[expression] == expected
