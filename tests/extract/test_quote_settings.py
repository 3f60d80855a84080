"""Where the words were said is no part of them: a content loses a trailing occasion of speaking ("on
Twitter", "for this story", "on his radio show") and, for a phrase or an infinitive, a trailing clause of
time with its own subject ("as she left the hall"); a clause content keeps what it reports."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _contents(text: str) -> list[tuple[str | None, str]]:
    result = extract(text, published="2024-05-10")
    return [(quote.cue.text if quote.cue else None, quote.content.text) for quote in result.quotes]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The union leader attacked the pension reform on Twitter.", "attacked", "the pension reform"),
        ("A spokeswoman for the airline declined to comment for this story.", "declined", "to comment"),
        ("The coach praised the young goalkeeper on his weekly radio show.", "praised", "the young goalkeeper"),
        ("The minister refused to answer questions as she left the parliament building.", "refused",
         "to answer questions"),
        ("The senator praised the ruling on her campaign's Facebook page.", "praised", "the ruling"),
        # a one-word content keeps its word
        ("The former coach defended Okafor in a long interview with the local paper.", "defended", "Okafor"),
    ],
)
def test_the_occasion_of_speaking_is_cut_off_the_content(text: str, cue: str, content: str) -> None:
    assert (cue, content) in _contents(text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # an event that is the topic stays: only media and formats of speech are occasions
        ("The councillor promised to speak at the budget debate.", "promised", "to speak at the budget debate"),
        # an interview asked for is the topic, not the occasion; only "for this story" is the writer's piece
        ("The spokesman declined several requests for an interview.", "declined",
         "several requests for an interview"),
        # a clause reports its own time
        ("The farmer said the river flooded while he was asleep.", "said",
         "the river flooded while he was asleep"),
        # a time clause with no subject of its own goes on with the speaker's words
        ("The mayor vowed to cut taxes while protecting the libraries.", "vowed",
         "to cut taxes while protecting the libraries"),
    ],
)
def test_what_the_content_itself_says_stays(text: str, cue: str, content: str) -> None:
    assert (cue, content) in _contents(text)
