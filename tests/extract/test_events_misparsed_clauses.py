"""Those who report an act at the end of a sentence ("..., officials said") are not its authors, even where the
parser hangs the act on their reporting verb. Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from event_cases import PUBLISHED, typed_events


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        # The parser reads "Shelling" as a clause of "said" and "hit" as its loose dependent.
        ("Shelling hit Kharkiv and Odesa overnight, Ukrainian officials said.", "UKRGOV"),
    ],
)
def test_a_gerund_subject_is_not_done_by_the_reporters(text: str, reporter: str) -> None:
    assert all(source != reporter for _, _, source, _ in typed_events(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # A gerund clause fronted before a speaker who goes on to say something is the speaker's own act.
        ("Accusing Iran of lying, the US said it would respond.", ("USAGOV", "IRNGOV")),
    ],
)
def test_a_fronted_gerund_clause_keeps_the_speaker(text: str, dyad: tuple[str, str]) -> None:
    assert dyad in {(source, target) for _, _, source, target in typed_events(text, PUBLISHED)}
