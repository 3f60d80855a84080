"""A seat named alone ("Congress") in a story datelined in a state that calls its own body so is that state's
body, unless the name is owned by a country or its sentence names the seat's own country. Sentences written
for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from tests.actor_cases import mention_codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("BRASILIA, Jan 9 (Reuters) - Supporters of the former president stormed Congress on Sunday.", "BRALEG"),
        ("LIMA, Dec 7 (Reuters) - The president tried to dissolve Congress on Wednesday.", "PERLEG"),
        ("BOGOTA, March 3 (Reuters) - Congress rejected the health reform bill on Tuesday.", "COLLEG"),
    ],
)
def test_congress_in_a_story_datelined_in_a_state_with_a_congress_is_that_states(text: str, code: str) -> None:
    assert mention_codes(text)["Congress"] == code


@pytest.mark.parametrize(
    "text",
    [
        # A dateline whose state has no Congress of its own, or none at all.
        "LONDON, Jan 9 (Reuters) - Congress passed the spending bill on Sunday.",
        "Congress passed the spending bill on Sunday.",
        # The sentence names the seat's own country.
        "BRASILIA, Jan 9 (Reuters) - The U.S. president told Congress in Washington that Brazil was a partner.",
    ],
)
def test_congress_stays_the_us_congress_elsewhere(text: str) -> None:
    assert mention_codes(text)["Congress"] == "USALEG"


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("SEOUL, May 3 (Reuters) - North Korea fired two missiles into the sea, the Joint Chiefs of Staff said.",
         "Joint Chiefs of Staff", "KORMIL"),
        ("SEOUL, May 3 (Reuters) - The Joint Chiefs said North Korea fired artillery near the border.",
         "Joint Chiefs", "KORMIL"),
        # Owned by its country, without a dateline.
        ("South Korea's Joint Chiefs of Staff said the North fired a missile on Tuesday.",
         "Joint Chiefs of Staff", "KORMIL"),
        ("The North fired a missile on Tuesday, Seoul's Joint Chiefs of Staff said.",
         "Joint Chiefs of Staff", "KORMIL"),
        # Elsewhere, the US body.
        ("WASHINGTON, May 3 (Reuters) - The Joint Chiefs of Staff said the drill would go ahead.",
         "Joint Chiefs of Staff", "USAMIL"),
        ("The Joint Chiefs of Staff said the drill would go ahead.", "Joint Chiefs of Staff", "USAMIL"),
    ],
)
def test_the_joint_chiefs_in_a_story_datelined_in_seoul_are_south_koreas(text: str, phrase: str, code: str) -> None:
    assert mention_codes(text)[phrase] == code
