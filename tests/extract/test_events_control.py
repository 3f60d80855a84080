"""Who does what an infinitive says, and whether it is done: "Athens expected Turkey to withdraw" is
Turkey's withdrawal, expected, not done. Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _events(text: str) -> list[tuple[str, str | None, bool, bool]]:
    result = extract(text, published="2024-05-10")
    return [
        (event.trigger.text, event.source.code if event.source else None, event.negated, event.hypothetical)
        for event in result.events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The object of the verb above does the infinitive's act; expected is not done.
        ("He added that Athens expected Turkey to withdraw the survey ship.", ("withdraw", "TURGOV", False, True)),
        ("Greece expects Turkey to withdraw its ship.", ("withdraw", "TURGOV", False, True)),
        # Purposes and promises keep the subject: the one who uses or promises acts.
        ("Russia promised Iran to withdraw its troops.", ("withdraw", "RUSGOV", False, True)),
        # Holding back from an act denies it.
        ("China avoided condemning Russia.", ("condemning", "CHNGOV", True, True)),
    ],
)
def test_who_does_the_infinitive(text: str, expected: tuple[str, str | None, bool, bool]) -> None:
    assert expected in _events(text)


def test_a_purpose_with_a_thing_as_object_is_the_subjects() -> None:
    # "use the territory of X to bomb Y": X's territory bombs nobody.
    events = _events("Moscow might use the airspace of Azerbaijan to strike Turkey.")
    assert ("strike", "RUSGOV", False, True) in events


def test_a_gerund_after_a_time_preposition_is_the_subjects_act() -> None:
    # "told reporters after meeting his counterpart": the one who told met him.
    events = _events("Turkish Foreign Minister Hakan Fidan spoke to reporters after meeting his Greek counterpart.")
    assert ("meeting", "TURGOV", False, False) in events
