"""A capital's name followed by another nation's state is a town there ("San Jose, California"), and so is the
same name later in the story without its state: no seat of government acts or is acted on.
Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from actor_cases import mention_codes


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Trump spoke in San Jose, California on Thursday. Protesters in San Jose attacked his supporters.", "San Jose"),
        ("Students in Moscow, Idaho held a vigil. Later Moscow police arrested a suspect.", "Moscow"),
    ],
)
def test_the_town_named_again_is_no_seat(text: str, town: str) -> None:
    codes = mention_codes(text)
    assert town not in codes or (codes[town] or "")[:3] == "USA"


def test_a_capital_alone_is_still_the_seat() -> None:
    assert mention_codes("San Jose summoned the Nicaraguan ambassador on Monday.").get("San Jose") == "CRIGOV"
