"""The US parties' members as a body: "Senate Democrats", "Republicans" in a story of American
politics are US lawmakers (USALEG); other countries' parties of like names are not. Sentences
written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _coded(text: str) -> dict[str, str | None]:
    result = extract(text, published="2024-05-10")
    return {mention.text: actor.code for actor in result.actors for mention in actor.mentions}


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Senate Democrats stalled the farm bill on Tuesday.", "Senate Democrats"),
        ("House Republicans voted against the spending plan.", "House Republicans"),
        # A bare plural needs a story of American politics.
        ("The White House called for calm. Republicans said the vote would wait.", "Republicans"),
        ("Vice President Harris criticized Democrats who opposed the measure in Congress.", "Democrats"),
    ],
)
def test_party_members_are_us_lawmakers(text: str, mention: str) -> None:
    assert _coded(text)[mention] == "USALEG"


def test_a_bare_plural_without_american_politics_is_no_actor() -> None:
    assert "Democrats" not in _coded("Democrats in the city council met the mayor of Lyon.")


def test_other_countries_parties_are_not_the_us_ones() -> None:
    coded = _coded("The U.S. ambassador watched as Liberal Democrats voted against the British budget.")
    assert all(code != "USALEG" for text, code in coded.items() if "Democrats" in text)


def test_the_party_accused_is_the_target() -> None:
    # Between two lawmakers' parties, both USALEG, CAMEO codes no event: an actor does nothing to itself.
    result = extract("Donald Trump accused Democrats of obstruction.", published="2024-05-10")
    assert [(event.cameo[:2], event.target.code if event.target else None) for event in result.events] == [
        ("11", "USALEG")
    ]
