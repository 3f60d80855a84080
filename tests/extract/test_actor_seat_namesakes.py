"""A seat's name that another state gives a body of another kind ("Congress": India's Congress party) is that
body in a story about that state: datelined there, or undated and holding words of its politics (BJP, Lok
Sabha). Elsewhere, owned by a country or in a sentence naming the seat's own country it stays the seat.
Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from tests.actor_cases import mention_codes


@pytest.mark.parametrize(
    ("text", "published", "name", "code"),
    [
        ("NEW DELHI, May 3 (Reuters) - Congress leader Rahul Gandhi accused the prime minister of favouring tycoons.",
         "2023-05-03", "Rahul Gandhi", "INDOPP"),
        ("Congress leader Rahul Gandhi accused the BJP of dividing voters before the Lok Sabha election.",
         "2019-04-01", "Rahul Gandhi", "INDOPP"),
        ("NEW DELHI, March 2 (Reuters) - Congress rejected the budget on Friday.", "2012-03-02", "Congress", "INDGOV"),
        ("The Congress party rejected the budget that the government presented in New Delhi.",
         "2018-02-01", "Congress party", "INDOPP"),
        ("The Indian National Congress won the state election in Karnataka on Saturday.",
         "2023-05-13", "Indian National Congress", "INDOPP"),
        ("The BJP swept the state election in Gujarat on Thursday.", "2022-12-08", "BJP", "INDGOV"),
        # Other parties called Congress are their own.
        ("The Nepali Congress party won the most seats in Kathmandu, and India welcomed the result.",
         "2022-11-25", "Nepali Congress", "NPLPTY"),
        ("NEW DELHI, May 3 (Reuters) - The Trinamool Congress accused the BJP of rigging the vote in West Bengal.",
         "2023-05-03", "Trinamool Congress", "INDPTY"),
    ],
)
def test_congress_in_a_story_about_india_is_the_indian_party(text: str, published: str, name: str, code: str) -> None:
    assert mention_codes(text, published)[name] == code


@pytest.mark.parametrize(
    "text",
    [
        # A US dateline, or a story without words of Indian politics.
        "WASHINGTON, June 22 (Reuters) - The prime minister addressed Congress on Thursday, a day after the BJP rally.",
        "Congress passed the spending bill on Sunday, and the Indian envoy praised the vote.",
        # The sentence names the seat's own country, or a country owns it.
        "The BJP leader told Congress in Washington that India was a partner.",
        "The BJP leader addressed the U.S. Congress on Thursday.",
    ],
)
def test_congress_stays_the_us_congress_outside_a_story_about_india(text: str) -> None:
    codes = mention_codes(text, "2023-06-22")
    assert codes.get("Congress", codes.get("U.S. Congress")) == "USALEG"
