"""Quotes, sixteenth round: a name in apposition to the content's last noun says whom the speaker meant ("praised
her assistant, Maria Lopez") and stays in the content; a description after a name ("Helen Marsh, her
predecessor"), an indefinite one ("Tom Reyes, a Democrat") and an example picked out ("his rivals,
particularly Gov. Lane") stay the writer's asides and are cut."""

from __future__ import annotations

import pytest

from quote_cases import cues_and_contents


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The coach praised her assistant, Maria Lopez.", ("praised", "her assistant, Maria Lopez")),
        (
            "Okafor said the council ignored her predecessor, Helen Marsh.",
            ("said", "the council ignored her predecessor, Helen Marsh"),
        ),
        (
            "Residents said they trusted the new sheriff, Dan Cole.",
            ("said", "they trusted the new sheriff, Dan Cole"),
        ),
        ("Okafor criticized Helen Marsh, her predecessor on the council.", ("criticized", "Helen Marsh")),
        ("The union backed Tom Reyes, a Democrat.", ("backed", "Tom Reyes")),
        ("The senator thanked his rivals, particularly Gov. Lane.", ("thanked", "his rivals")),
        (
            "Managers said it would cut up to 4,000 shifts, a steep reduction rivaling the one under Haldane.",
            ("said", "it would cut up to 4,000 shifts"),
        ),
    ],
)
def test_a_name_for_the_last_noun_is_content(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in cues_and_contents(nlp, text)
