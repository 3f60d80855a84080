"""ISSUE-5: a holiday inside a longer name is no day (round 15).

A film, song or show named after a holiday ("A Charlie Brown Thanksgiving", "The Night Before Christmas") names
a work, not the holiday's date; the holiday alone, or as a name of its own, still dates what happens on it.
Sentences are our own; publication is Wednesday 1 May 2024.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes

PUBLISHED = "2024-05-01"


def _found(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {t.text: t.value for t in find_timexes(nlp(text), text, published=PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("She had a small part in “The Night Before Christmas” two years ago.", "Christmas"),
        ("The network aired “A Charlie Brown Thanksgiving” on Sunday.", "Thanksgiving"),
        ("The band released “Merry Christmas Baby” in 1998.", "Christmas"),
    ],
)
def test_holiday_in_a_title_is_no_day(nlp, text: str, not_expected: str) -> None:
    assert not_expected not in _found(nlp, text)


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the title's other dates stay
        ("She had a small part in “The Night Before Christmas” two years ago.", "two years ago", "2022"),
        ("The network aired “A Charlie Brown Thanksgiving” on Sunday.", "Sunday", "2024-04-28"),
        # a holiday that is a whole name of its own, or no name at all, is the day
        ("Obama spent Christmas in Hawaii with his family.", "Christmas", "2023-12-25"),
        ("Shops stayed open late on Christmas Eve.", "Christmas Eve", "2023-12-24"),
        ("Easter Seals raised money on Easter Sunday.", "Easter Sunday", "2024-03-31"),
    ],
)
def test_holidays_outside_titles_keep_their_day(nlp, text: str, expression: str, expected: str) -> None:
    assert _found(nlp, text)[expression] == expected
