"""A possessive printed with the opening mark ("Trump‘s") names its owner as "Trump’s" does.

Scraped text sometimes types the possessive's apostrophe as U+2018; the name before it must still be read and
coded, and quotations opened with the same mark must still be read as quotations. Sentences written for these
tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_cases import code_of
from newsgraph.process import extract


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Donald Trump‘s campaign attacked Hillary Clinton on Tuesday.", "Donald Trump", "USAELI"),
        ("Vladimir Putin‘s spokesman denied the report.", "Vladimir Putin", "RUSGOV"),
        ("Angela Merkel‘s coalition agreed on the budget.", "Angela Merkel", "DEUGOV"),
        ("Turkey‘s army shelled Kurdish positions in Syria.", "Turkey", "TURMIL"),
        ("The rebels seized Syria‘s largest oil field.", "Syria", "SYRGOV"),
        ("NATO‘S CHIEF WARNS RUSSIA", "NATO", "IGOWSTNAT"),
    ],
)
def test_the_owner_of_a_misprinted_possessive_is_coded(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published="2016-05-01") == code


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("‘We will win,’ Vladimir Putin said.", "Vladimir Putin", "We will win"),
        ("Angela Merkel said: ‘Germany‘s army will not fight.’", "Angela Merkel", "Germany‘s army will not fight"),
        ("The minister said: ‘Syria‘s war must end.’", "The minister", "Syria‘s war must end"),
    ],
)
def test_a_quotation_opened_with_the_same_mark_is_still_read(text: str, speaker: str, content: str) -> None:
    quotes = extract(text, published="2016-05-01").quotes
    assert [(quote.speaker.text if quote.speaker else None, quote.content.text) for quote in quotes] == [
        (speaker, content)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump’s campaign attacked Hillary Clinton on Tuesday.",
        "Russia’s President Vladimir Putin met Barack Obama in Paris.",
        "Israel’s air force struck Hamas targets in Gaza.",
        "The country’s army shelled the town.",
        "Iran’s foreign minister criticised the sanctions.",
    ],
)
def test_a_misprinted_possessive_reads_as_the_right_one(text: str) -> None:
    def read(sentence: str) -> tuple[object, ...]:
        result = extract(sentence, published="2016-05-01")
        actors = sorted((actor.code or "", mention.start) for actor in result.actors for mention in actor.mentions)
        events = sorted((event.cameo, event.source.code if event.source else "") for event in result.events)
        return tuple(actors), tuple(events)

    assert read(text.replace("’s", "‘s")) == read(text)
