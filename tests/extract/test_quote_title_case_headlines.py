"""A title-case headline whose verb the tagger read as a word of a name still gives its quote: the words
before the cue verb speak, those after it up to a break are the content; a participle and its preposition
("Accused Of X") report X with nobody named; a verb that takes "to" ("Votes To X") or a naming verb ("Calls X
'Y'") gives its quote too; a second verb after "and" or a comma has the same speaker.
A headline whose words before the verb name nobody, or whose words after it are a passive's agent, gives
none. A title-case line of its own further down (a subhead, an item of a roundup) is read the same way."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _quotes(headline: str) -> list[tuple[str | None, str, str | None]]:
    text = f"{headline}\nThe story follows in plain sentences."
    quotes = extract(text, published="2024-05-10").quotes
    return [
        (quote.cue.text if quote.cue else None, quote.content.text, quote.speaker.text if quote.speaker else None)
        for quote in quotes
        if quote.content.start < len(headline)
    ]


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Local Farmer Praises New Irrigation Rules.", [("Praises", "New Irrigation Rules", "Local Farmer")]),
        ("Governor Maria Soto Finally Endorses Harbor Bond.", [("Endorses", "Harbor Bond", "Maria Soto")]),
        ("Senator Slams Rail Plan In Tense Hearing.", [("Slams", "Rail Plan In Tense Hearing", "Senator")]),
        ("Port Authority Accused Of Hiding Spill Reports.", [("Accused", "Hiding Spill Reports", None)]),
        ("City Council Votes To Close Riverside Park.", [("Votes", "To Close Riverside Park", "City Council")]),
        ("Mayor Calls Flood Response ‘A Disgrace.’", [("Calls", "Flood Response ‘A Disgrace.’", "Mayor")]),
        (
            "Teachers Union Backs Levy And Denounces School Board.",
            [("Backs", "Levy", "Teachers Union"), ("Denounces", "School Board", "Teachers Union")],
        ),
    ],
)
def test_a_title_case_headline_gives_its_quote(headline: str, expected: list) -> None:
    assert _quotes(headline) == expected


@pytest.mark.parametrize(
    "headline",
    [
        "Why Farmers Won’t Back The New Levy.",  # no name before the verb
        "Flood Suspect Named By Police.",  # a passive's agent
    ],
)
def test_a_headline_with_no_speaker_before_its_verb_gives_no_quote(headline: str) -> None:
    assert _quotes(headline) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "City Hall Roundup\nThe council met on Monday and approved the budget for the coming year.\n"
            "Local Farmer Praises New Irrigation Rules.\nThe rules take effect in June.",
            ("Praises", "New Irrigation Rules", "Local Farmer"),
        ),
        (
            "Weekly Briefing\nThe council met on Monday and approved the budget.\n"
            "Governor Maria Soto Finally Endorses Harbor Bond.\nThe vote is next week.",
            ("Endorses", "Harbor Bond", "Maria Soto"),
        ),
    ],
)
def test_a_title_case_subhead_further_down_gives_its_quote(text: str, expected: tuple) -> None:
    # a line of its own in a roundup or under a subhead is a headline too, not only the story's first line
    quotes = extract(text, published="2024-05-10").quotes
    found = [(q.cue.text if q.cue else None, q.content.text, q.speaker.text if q.speaker else None) for q in quotes]
    assert expected in found
