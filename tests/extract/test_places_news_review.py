"""Places in world news found wrong in a product review of wire stories (sentences of our own)."""

from __future__ import annotations

import pytest

from newsgraph.extract.places import find_places


def _places(nlp, text: str) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [(place.text, place.name, place.country) for place in find_places(doc, text)]


# A country's name is the country in a story that ranges over other countries, even when
# the story's home state has a small town of that name (Mexico, N.Y.; Lebanon, Pa.).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Detectives in Rochester, New York, think the suspect drove to Mexico. Officers in Albany "
            "and in Canada were told to watch for him.",
            ("Mexico", "Mexico", "MEX"),
        ),
        (
            "A nurse from Harrisburg, Pennsylvania, flew to Lebanon last week. Her family in Pittsburgh "
            "said she had worked in Syria before.",
            ("Lebanon", "Lebanon", "LBN"),
        ),
    ],
)
def test_country_name_in_a_story_abroad(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _places(nlp, text)
