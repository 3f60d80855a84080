"""Calling someone and calling someone something; names a role noun shows to be a person's.

- "Blinken called the army chief" is a telephone call (CAMEO 041), no quote; "called the deal a disaster" and
  "called the remarks irresponsible" label, and code no call. The parser may read a lone named object as a
  predicate ("called Zelensky after the attack"): it is still the one called.
- A name the tagger took for an organisation, right after a role noun ("Commission chairman Moussa Faki
  Mahamat"), is a person's: the speaker span is the name, a later "he" resolves to it, and the role's
  organisation codes it.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import typed_events
from newsgraph.process import extract
from quote_cases import speakers_and_contents

PUBLISHED = "2023-05-06"

CALLS = [
    ("Blinken also called Sudanese army chief Abdel Fattah al-Burhan.", "USAGOV", "SDNMIL"),
    ("Macron called Zelensky after the attack on the dam.", "FRAGOV", "UKRGOV"),
    ("Putin called Erdogan on Tuesday to discuss the grain corridor.", "RUSGOV", "TURGOV"),
    ("Japanese Prime Minister Fumio Kishida called South Korean President Yoon Suk Yeol after the launch.", "JPNGOV",
     "KORGOV"),
]


@pytest.mark.parametrize(("text", "source", "target"), CALLS)
def test_calling_someone_is_a_telephone_call(text: str, source: str, target: str) -> None:
    assert ("CONSULT", "041", source, target) in typed_events(text, PUBLISHED)


LABELS = [
    "Biden called Netanyahu a friend of the family.",
    "Merkel called Putin's remarks irresponsible.",
    "The opposition called early elections after the vote.",
    "Netanyahu was called a liar by the French president.",
]


@pytest.mark.parametrize("text", LABELS)
def test_calling_someone_something_is_no_call(text: str) -> None:
    assert not any(code == "041" for _, code, _, _ in typed_events(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Blinken also called Sudanese army chief Abdel Fattah al-Burhan.", []),
        ("The party named Ana Ruiz as its candidate for mayor.", []),
        ("Biden called Netanyahu a friend.", [("Biden", "Netanyahu a friend")]),
    ],
)
def test_a_call_or_an_appointment_is_no_quote(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert speakers_and_contents(nlp, text) == expected


def test_a_name_after_a_role_noun_is_a_person() -> None:
    text = (
        '"No settlement imposed from outside will last," AU Commission chairman Moussa Faki Mahamat told reporters'
        " in Addis Ababa. He said the bloc would host a separate round in June."
    )
    quotes = extract(text, published=PUBLISHED).quotes
    assert [quote.speaker.text for quote in quotes] == ["Moussa Faki Mahamat", "He"]
    assert quotes[1].speaker_resolved is not None and quotes[1].speaker_resolved.text == "Moussa Faki Mahamat"
    assert [quote.speaker_actor for quote in quotes] == ["IGOAFRAFU", "IGOAFRAFU"]


@pytest.mark.parametrize(
    ("text", "resolved", "code"),
    [
        (
            "Blinken spoke with the army chief, the State Department said. Blinken also called the Egyptian"
            " president, it added.",
            "the State Department",
            "USAGOV",
        ),
        ("Russia said on Monday that the talks would go ahead. It said Iran would attend.", "Russia", "RUSGOV"),
        ("The Kenyan army said the convoy had crossed the border. It added that nobody was hurt.", "The Kenyan army",
         "KENMIL"),
    ],
)
def test_a_speaking_it_is_the_body_that_spoke_before(text: str, resolved: str, code: str) -> None:
    last = extract(text, published=PUBLISHED).quotes[-1]
    assert last.speaker is not None and last.speaker.text.lower() == "it"
    assert last.speaker_resolved is not None and last.speaker_resolved.text == resolved
    assert last.speaker_actor == code


def test_a_speaking_it_has_no_person_to_mean() -> None:
    text = "Ana Ruiz said the count was over. It said the result would be published within a week."
    quotes = extract(text, published=PUBLISHED).quotes
    spoken_by_it = [quote for quote in quotes if quote.speaker is not None and quote.speaker.text == "It"]
    assert len(spoken_by_it) == 1 and spoken_by_it[0].speaker_resolved is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("European Union foreign ministers on Thursday agreed to impose sanctions on 25 officials.",
         "European Union foreign ministers"),
        ("Officials in Kabul on Monday said the road to the airport was closed.", "Officials in Kabul"),
        ("Two senators late on Friday night said the bill would pass.", "Two senators"),
    ],
)
def test_a_time_phrase_on_the_subject_is_not_the_speaker(nlp: Language, text: str, speaker: str) -> None:
    assert [found for found, _ in speakers_and_contents(nlp, text)] == [speaker]


def test_a_he_is_not_someone_named_in_an_earlier_quotation() -> None:
    text = (
        "Army spokesman Colonel Kyaw Lin said Naypyitaw would not send anyone. He accused foreign governments of"
        " meddling."
    )
    last = extract(text, published=PUBLISHED).quotes[-1]
    assert last.speaker is not None and last.speaker.text == "He"
    assert last.speaker_resolved is not None and last.speaker_resolved.text == "Kyaw Lin"


def test_a_he_after_an_unnamed_source_is_that_source() -> None:
    text = (
        'A rebel adviser said the group would not negotiate "while the shelling goes on." He told a local radio'
        " station that no invitation had arrived."
    )
    last = extract(text, published=PUBLISHED).quotes[-1]
    assert last.speaker is not None and last.speaker.text == "He"
    assert last.speaker_resolved is not None and last.speaker_resolved.text == "A rebel adviser"


def test_a_name_nearer_than_an_unnamed_source_is_still_the_one_meant() -> None:
    text = (
        "A senior official said the talks had stalled. Foreign Minister Ana Ruiz said the delegation would stay."
        " She told reporters that a deal was close."
    )
    last = extract(text, published=PUBLISHED).quotes[-1]
    assert last.speaker_resolved is not None and last.speaker_resolved.text == "Ana Ruiz"


def test_a_pronoun_for_an_unnamed_source_is_unnamed_too() -> None:
    text = (
        "An unnamed State Department official said the talks would resume. He added that no date had been set."
        " Foreign Minister Ana Ruiz said the delegation would stay. She told reporters that a deal was close."
    )
    quotes = extract(text, published=PUBLISHED).quotes
    assert [(quote.speaker.text if quote.speaker else None, quote.anonymous) for quote in quotes] == [
        ("An unnamed State Department official", True),
        ("He", True),
        ("Ana Ruiz", False),
        ("She", False),
    ]
