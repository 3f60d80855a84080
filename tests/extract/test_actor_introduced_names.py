"""An organisation introduced by a description ("the Palestinian militant group Hamas") is one actor: the
description is the name's mention, not a country or a role group beside it. Sentences written for these tests,
through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract

PUBLISHED = "2015-06-09"


def _actors(text: str) -> dict[str, str | None]:
    """Each actor's mention texts, joined, with its code."""
    result = extract(text, published=PUBLISHED)
    return {" | ".join(mention.text for mention in actor.mentions): actor.code for actor in result.actors}


def _sources(text: str) -> set[str | None]:
    return {event.source.code if event.source else None for event in extract(text, published=PUBLISHED).events}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("The Palestinian militant group Hamas fired rockets at Israel.",
         "Palestinian militant group Hamas", "PSEREBHMS"),
        ("The Lebanese Shiite group Hezbollah attacked Israeli troops.", "Lebanese Shiite group Hezbollah",
         "LBNREBHEZ"),
        ("The Nigerian jihadist group Boko Haram kidnapped 200 schoolgirls.",
         "Nigerian jihadist group Boko Haram", "NGAREB"),
        ("Militant group al-Shabab attacked Kenyan troops near the border.", "Militant group al-Shabab", "SOMREB"),
        ("The U.N. children's agency UNICEF warned that children were dying.",
         "U.N. children's agency UNICEF", "IGOUNOKID"),
    ],
)
def test_the_description_is_the_names_mention(text: str, mention: str, code: str) -> None:
    actors = _actors(text)
    assert actors.get(mention) == code, actors


@pytest.mark.parametrize(
    ("text", "source", "not_source"),
    [
        # Before, the demonym made the country a second source of the attack, or the only one.
        ("The Nigerian jihadist group Boko Haram kidnapped 200 schoolgirls.", "NGAREB", "NGA"),
        ("The Lebanese Shiite group Hezbollah attacked Israeli troops.", "LBNREBHEZ", "LBN"),
        ("The Somali militant group al-Shabab attacked a hotel in Mogadishu.", "SOMREB", "SOMUAF"),
        ("Militant group al-Shabab attacked Kenyan troops near the border.", "SOMREB", "---UAF"),
    ],
)
def test_the_named_organisation_acts_alone(text: str, source: str, not_source: str) -> None:
    sources = _sources(text)
    assert source in sources and not_source not in sources, sources


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # The name opens a relative clause on the noun: the noun is no description of it.
        ("Israel struck the territory Hamas controls in Gaza.", "Hamas"),
        ("Egypt brokered the ceasefire Hamas accepted on Sunday.", "Hamas"),
        # The name only modifies another noun.
        ("Libya called an emergency Security Council meeting on Friday.", "Security Council"),
    ],
)
def test_nouns_that_do_not_describe_the_name(text: str, mention: str) -> None:
    actors = _actors(text)
    assert mention in actors, actors
