"""A verb that can speak of something or act on it: acting on a thing, a person or a place is no quote."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import find_quotes


def _contents(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [quote.content.text for quote in find_quotes(nlp(text), text)]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked a police station near the river.",
        "Fighters attacked Kabul before dawn.",
        "Protesters blocked the road to the harbour.",
        "The militia released 20 prisoners on Friday.",
        "Lithuania recalled its ambassador from Minsk.",
        "The carmaker recalled 10,000 vehicles over faulty brakes.",
        "Riot police charged the crowd with batons.",
    ],
)
def test_an_act_on_a_thing_or_place_is_no_quote(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _contents(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # The same verbs speaking of something still quote it.
        ("The senator attacked the governor's budget plan.", "the governor's budget plan"),
        ("The agency released a report on the floods.", "a report on the floods"),
        ("Republicans blocked the nomination.", "the nomination"),
        # Recalling a place is remembering it: only an attack on a place is an act.
        ("Older voters recall Vienna as a city of spies.", "Vienna"),
    ],
)
def test_the_same_verbs_still_quote_what_they_speak_of(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert any(found.startswith(content) for found in _contents(nlp, text)), _contents(nlp, text)
