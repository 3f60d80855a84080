"""An evidence verb set off by commas reports the sentence it interrupts, as a speech verb does: "Turnout
fell sharply, the survey found, ..." is the survey's finding."""

from __future__ import annotations

from newsgraph.process import extract


def test_an_evidence_verb_between_commas_reports_the_words_before_it() -> None:
    text = "Turnout among young voters fell sharply, the survey found, while older voters came out in record numbers."
    quotes = extract(text, published="2024-05-10").quotes
    found = [(quote.speaker.text if quote.speaker else None, quote.content.text) for quote in quotes]
    assert ("the survey", "Turnout among young voters fell sharply") in found


def test_a_first_person_evidence_verb_is_no_source() -> None:
    # "we found" between commas is the talker's aside, like "I think"
    text = "The bridge, we found, was older than the town."
    assert extract(text, published="2024-05-10").quotes == ()
