"""Quotes, seventeenth round: "sees X as Y" when the parser hung the "as" phrase elsewhere: on a word inside the
object ("see the elections held in May as a test") or as the modifier of a state it read as a clause of the
verb ("see Okafor as most likely to win"). The content is the object with what it is seen as; a writer's
aside after a dash stays out. "such as" lists examples and makes no view."""

from __future__ import annotations

import pytest
from spacy.language import Language

from quote_cases import cues_and_contents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Farmers want lower fuel prices, and they see Okafor as most likely to cut them.",
            ("see", "Okafor as most likely to cut them"),
        ),
        (
            "Parents still view Ms. Okafor as far better suited to run the schools - with half of them saying so.",
            ("view", "Ms. Okafor as far better suited to run the schools"),
        ),
        (
            "Experts see the elections held in May as a test of the new law.",
            ("see", "the elections held in May as a test of the new law"),
        ),
        (
            "Lawmakers have perceived some of the agency’s efforts to clamp down on fraud as toothless.",
            ("perceived", "some of the agency’s efforts to clamp down on fraud as toothless"),
        ),
    ],
)
def test_what_the_object_is_seen_as_is_content(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert expected in cues_and_contents(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "She saw the rise of parties such as the Greens in the north.",
        "The mayor saw the report on Monday as soon as it came out.",
    ],
)
def test_such_as_and_as_soon_as_make_no_view(nlp: Language, text: str) -> None:
    assert not any(" as " in content for _, content in cues_and_contents(nlp, text))
