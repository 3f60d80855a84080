"""A group the story placed before keeps its country when another state acts on it, and an event noun that also
names a group ("opposition") is the group, not an act, when it is a clause's subject.

Sentences written for these tests, through the whole pipeline.
"""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _events(text: str) -> list[tuple[str, str | None, str | None, str]]:
    result = extract(text, published="2021-03-01")
    return [
        (
            event.cameo,
            event.source.code if event.source else None,
            event.target.code if event.target else None,
            event.trigger.text,
        )
        for event in result.events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The only country of the second sentence is the state acting on the group: the group stays the one
        # placed before.
        (
            "Belarus's opposition leader Maria Dvornik said the vote was rigged."
            " Moscow has not recognised the opposition's claims.",
            ("054", "RUSGOV", "BLROPP", "recognised"),
        ),
        (
            "Venezuela's opposition called a general strike. Washington backed the opposition's demands.",
            ("051", "USAGOV", "VENOPP", "backed"),
        ),
        # A state acting on its own opposition: the group named before is the same state's.
        (
            "Russia's opposition leader was jailed in February. The Kremlin has ignored the opposition's appeals.",
            ("120", "RUSGOV", "RUSOPP", "ignored"),
        ),
    ],
)
def test_a_group_named_before_keeps_its_country(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _events(text)


@pytest.mark.parametrize(
    ("text", "expected", "absent_trigger"),
    [
        ("Syria's opposition rejected the peace plan.", ("120", "SYROPP", None, "rejected"), "opposition"),
        ("Turkey's opposition boycotted the vote in parliament.", ("143", "TUROPP", None, "boycotted"), "opposition"),
        ("Georgia's opposition on Friday rejected the election results.", ("120", "GEOOPP", None, "rejected"), "opposition"),
        # With a complement or outside a subject, the noun is still the act of opposing.
        ("Iran's opposition to the peace plan is well known.", ("120", "IRNGOV", None, "opposition"), None),
        ("Iran voiced its opposition to the peace plan.", ("120", "IRNGOV", None, "opposition"), None),
    ],
)
def test_a_possessed_group_noun_as_subject_is_the_group(
    text: str, expected: tuple[str, str | None, str | None, str], absent_trigger: str | None
) -> None:
    events = _events(text)
    assert expected in events
    assert all(trigger != absent_trigger for *_, trigger in events)
