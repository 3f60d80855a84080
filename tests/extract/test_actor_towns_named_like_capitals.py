"""A capital's name followed by another nation's state is a town there ("San Jose, California"), and so is the
same name later in the story without its state: no seat of government acts or is acted on. A capital that opens a
person's name before a surname no dictionary knows is a given name ("Wellington Koo", "Paris Jackson"). Sentences
written for these tests, through the whole pipeline."""

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


@pytest.mark.parametrize(
    ("text", "name", "not_code"),
    [
        # A capital opening a person's name before a surname no dictionary knows is a given name.
        ("Defence Minister Wellington Koo told reporters the drills were provocative.", "Wellington Koo", "NZLGOV"),
        ("Taiwan's deputy foreign minister Wellington Chen met the delegation.", "Wellington Chen", "NZLGOV"),
        ("The singer Paris Jackson met the governor on Monday.", "Paris Jackson", "FRAGOV"),
    ],
)
def test_a_capital_as_a_given_name_is_no_seat(text: str, name: str, not_code: str) -> None:
    codes = mention_codes(text, published="2024-06-01")
    assert name in codes and codes[name] != not_code
    assert not_code not in codes.values()


@pytest.mark.parametrize(
    ("text", "seat", "code"),
    [
        # The capital alone, acting, is still the seat of government.
        ("Wellington recalled its ambassador from Moscow.", "Wellington", "NZLGOV"),
        ("Paris summoned the Iranian ambassador on Monday.", "Paris", "FRAGOV"),
    ],
)
def test_the_capital_as_a_subject_is_still_the_seat(text: str, seat: str, code: str) -> None:
    assert mention_codes(text, published="2024-06-01").get(seat) == code
