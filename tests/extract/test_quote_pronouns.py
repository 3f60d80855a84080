"""A he/she in a quote's speaker means a person, never a thing a relative clause made speak."""

from __future__ import annotations

from newsgraph.extract.quotes import find_quotes


def test_a_thing_that_said_something_is_no_antecedent_for_he(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The report, which said the economy was weak, was published on Monday. He said it was wrong."
    quotes = {quote.content.text: quote for quote in find_quotes(nlp(text), text)}
    report = quotes["the economy was weak"]
    assert report.speaker is not None and report.speaker_resolved is not None
    assert (report.speaker.text, report.speaker_resolved.text) == ("which", "The report")
    denial = quotes["it was wrong"]
    assert denial.speaker is not None and denial.speaker.text == "He"
    assert denial.speaker_resolved is None


def test_a_person_who_said_something_stays_an_antecedent_for_he(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Reyes, who said the economy was weak, left on Monday. He said it was wrong."
    quotes = {quote.content.text: quote for quote in find_quotes(nlp(text), text)}
    denial = quotes["it was wrong"]
    assert denial.speaker_resolved is not None and denial.speaker_resolved.text == "Tom Reyes"
