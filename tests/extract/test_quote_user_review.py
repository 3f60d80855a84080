"""Quote errors a user sees at once, second review round: a quote whose words are only a relative
pronoun."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import find_quotes
from newsgraph.records import Quote


def _quotes(nlp, text: str) -> tuple[Quote, ...]:  # type: ignore[no-untyped-def]
    return find_quotes(nlp(text), text)


def _pairs(quotes: tuple[Quote, ...]) -> list[tuple[str | None, str]]:
    return [(quote.speaker.text if quote.speaker is not None else None, quote.content.text) for quote in quotes]


@pytest.mark.parametrize(
    "text",
    [
        "The Mets' comeback, which Ortega conceded after the ninth inning, stunned the crowd.",
        "The bridge toll, which the governor opposed for years, goes up in May.",
        "Fans booed the new coach, whom the owner blamed for the losses.",
        "The tax is what economists call a hidden subsidy.",
        "Lund backed the plan, which he said would pay for itself.",
    ],
)
def test_a_quote_that_is_only_a_relative_pronoun_is_dropped(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # PolNeAR marks the pronoun as a piece of the content; shown alone it tells a reader nothing
    contents = [quote.content.text.lower() for quote in _quotes(nlp, text)]
    assert not any(content in ("which", "whom", "what", "that", "who") for content in contents)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Lund backed the plan, which he said would pay for itself.", ("he", "would pay for itself")),
        ("The tax is what economists call a hidden subsidy.", ("economists", "a hidden subsidy")),
        ("The coach called him a coward.", ("The coach", "him a coward")),
    ],
)
def test_the_rest_of_such_a_quote_stays(nlp, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in _pairs(_quotes(nlp, text))
