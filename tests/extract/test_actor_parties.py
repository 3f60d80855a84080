"""The US parties' members as a body: "Senate Democrats" are US lawmakers (USALEG), a bare
"Republicans" in a story of American politics the party (USAPTY), each party an actor of its own;
other countries' parties of like names are not these. Sentences written for these tests, through
the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _coded(text: str) -> dict[str, str | None]:
    result = extract(text, published="2024-05-10")
    return {mention.text: actor.code for actor in result.actors for mention in actor.mentions}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Senate Democrats stalled the farm bill on Tuesday.", "Senate Democrats", "USALEG"),
        ("House Republicans voted against the spending plan.", "House Republicans", "USALEG"),
        # A bare plural needs a story of American politics.
        ("The White House called for calm. Republicans said the vote would wait.", "Republicans", "USAPTY"),
        ("Vice President Harris criticized Democrats who opposed the measure in Congress.", "Democrats", "USAPTY"),
    ],
)
def test_party_members_are_coded(text: str, mention: str, code: str) -> None:
    assert _coded(text)[mention] == code


def test_the_two_parties_are_two_actors() -> None:
    result = extract("The Senate met. Republicans accused Democrats of stalling.", published="2024-05-10")
    parties = {
        actor.name: [mention.text for mention in actor.mentions] for actor in result.actors if actor.code == "USAPTY"
    }
    assert parties == {"Republican Party (US)": ["Republicans"], "Democratic Party (US)": ["Democrats"]}


def test_a_bare_plural_without_american_politics_is_no_actor() -> None:
    assert "Democrats" not in _coded("Democrats in the city council met the mayor of Lyon.")


def test_other_countries_parties_are_not_the_us_ones() -> None:
    coded = _coded("The U.S. ambassador watched as Liberal Democrats voted against the British budget.")
    assert all(code is None or not code.startswith("USA") for text, code in coded.items() if "Democrats" in text)


def test_the_party_accused_is_the_target() -> None:
    result = extract("Donald Trump accused Democrats of obstruction.", published="2024-05-10")
    assert [(event.cameo[:2], event.target.code if event.target else None) for event in result.events] == [
        ("11", "USAPTY")
    ]


def test_a_countrys_own_bodies_tell_what_the_article_is_about() -> None:
    # Named only through its parties and chamber, the US is still the story's country: a titled
    # lawmaker with no country in his phrase is American.
    text = (
        "Senate Democrats stalled the farm bill. Republicans said Democrats were playing politics. "
        "Speaker Tom Harlan rejected the compromise."
    )
    assert _coded(text)["Tom Harlan"] == "USALEG"


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # Rallying behind or around someone backs them; rallying in a square is a demonstration.
        ("The White House lobbied Congress. Republicans rallied behind Donald Trump.", "05"),
        ("NATO allies rallied around Ukraine after the strike.", "05"),
        ("Thousands of protesters rallied in Kyiv on Sunday.", "14"),
    ],
)
def test_rallying_behind_someone_is_support(text: str, root: str) -> None:
    result = extract(text, published="2024-05-10")
    assert [event.cameo[:2] for event in result.events if event.trigger.text.startswith("rall")] == [root]


def test_the_administration_of_a_one_country_story_is_its_government() -> None:
    text = (
        "Senate Democrats stalled the farm bill. Republicans said Democrats were playing politics. "
        "The administration said it would keep talking."
    )
    assert _coded(text)["administration"] == "USAGOV"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The U.S. Senate met. The Democratic Party condemned the ruling.", "USAPTY"),
        ("Senator Ada Lind attacked the RNC over the debate rules in Washington.", "USAPTY"),
    ],
)
def test_the_parties_named_in_full_are_the_parties(text: str, code: str) -> None:
    assert code in _coded(text).values()


def test_other_countries_parties_named_in_full_are_not_the_us_ones() -> None:
    coded = _coded("The U.S. envoy met leaders of the Democratic Party of Japan and the Liberal Democratic Party.")
    assert "USAPTY" not in coded.values()


def test_a_persons_attack_on_a_party_is_criticism() -> None:
    result = extract("Donald Trump attacked the RNC over the debate rules.", published="2024-05-10")
    assert [(event.cameo, event.target.code if event.target else None) for event in result.events] == [
        ("111", "USAPTY")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Both parties code USAPTY, yet one acts on the other: CAMEO's rule that an actor does nothing
        # to its own code would drop these.
        ("The Senate met. Republicans accused Democrats of stalling.", ("11", "USAPTY", "USAPTY")),
        ("In Congress, Democrats praised Republicans for backing the bill.", ("05", "USAPTY", "USAPTY")),
    ],
)
def test_one_party_acts_on_the_other(text: str, expected: tuple[str, str, str]) -> None:
    result = extract(text, published="2024-05-10")
    assert [
        (event.cameo[:2], event.source.code, event.target.code if event.target else None) for event in result.events
    ] == [expected]


def test_a_party_does_nothing_to_itself() -> None:
    result = extract("In Congress, Democrats praised Democrats who backed the bill.", published="2024-05-10")
    assert all(event.target is None or event.target.code != "USAPTY" for event in result.events)


def test_parties_side_by_side_act_together() -> None:
    text = "In Congress, most Democrats and even some Republicans would resist the tax plan."
    result = extract(text, published="2024-05-10")
    assert not [event for event in result.events if event.target is not None and event.target.code == "USAPTY"]
