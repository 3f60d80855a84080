""""The two countries", "both sides", "the two leaders" after a story names two parties are both of them, so
what the pair does is done by each with the other. Sentences written for these tests, through the whole
pipeline."""

from __future__ import annotations

import pytest

from event_cases import PUBLISHED, pipeline_dyads
from newsgraph.process import extract


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "India and China held talks in Beijing on Monday. The two countries agreed to resume border patrols.",
            ("030", "INDGOV", "CHNGOV"),
        ),
        ("Putin met Erdogan in Sochi. The two leaders signed a trade pact.", ("057", "TURGOV", "RUSGOV")),
        ("Ethiopia and Eritrea fought a border war. Both sides accused each other of shelling.", ("112", "ERIGOV", "ETHGOV")),
    ],
)
def test_the_pair_is_the_two_parties_named(text: str, dyad: tuple[str, str, str]) -> None:
    assert dyad in pipeline_dyads(text)


@pytest.mark.parametrize(
    "text",
    [
        # Three named: which two is not said.
        "Britain, France and Germany met in Paris. The two countries signed a pact.",
        # Only one named.
        "Peru expelled the envoy. The two countries signed a pact later.",
    ],
)
def test_no_pair_without_exactly_two_parties(text: str) -> None:
    second = text.index(". ") + 2
    events = extract(text, published=PUBLISHED).events
    assert not [event for event in events if event.trigger.start >= second]
