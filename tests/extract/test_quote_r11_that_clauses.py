"""Quotes, eleventh round: a cue followed right away by a that-clause reports it, also when the parse does
not say who speaks ("it was widely reported that ...", "survey data showing that ...": a quote with no
speaker, as PolNeAR counts it) and when the parser broke the clause up and hung it on some other word
("agreed that the board has limited power ...", read with "power" as the object of "agreed"); a cue with no
speaker reports the other clauses it takes as well ("no record showing whether ...", "it is assumed the court
will ..."), but not after an imperative ("Guess what, ...") or a preposition ("no way of knowing who ...")."""

from __future__ import annotations

import pytest

from quote_cases import cues_and_contents, cues_speakers_and_contents


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "When the delegates arrive in Denver, it is assumed that Ortiz will get a prime speaking slot.",
            ("assumed", "", "that Ortiz will get a prime speaking slot"),
        ),
        (
            "The agency was slow to respond, though it was widely reported that the mayor paid the fine.",
            ("reported", "", "that the mayor paid the fine"),
        ),
        (
            "The analysts studied the survey data showing that younger renters are leaving the city.",
            ("showing", "", "that younger renters are leaving the city"),
        ),
        (
            "There is still no public record showing whether the grant was ever repaid.",
            ("showing", "", "whether the grant was ever repaid"),
        ),
        (
            "While it is widely assumed the court will side with the tenants, nobody knows when.",
            ("assumed", "", "the court will side with the tenants"),
        ),
    ],
)
def test_a_that_clause_after_a_cue_with_no_speaker_is_a_quote(  # type: ignore[no-untyped-def]
    nlp, text: str, expected
) -> None:
    assert expected in cues_speakers_and_contents(nlp, text)


def test_a_that_clause_the_parser_broke_up_runs_to_the_end_of_its_cue_phrase(  # type: ignore[no-untyped-def]
    nlp,
) -> None:
    text = "Reilly, the former head of the port authority, agreed that the board has limited power to stop the sale."
    assert ("agreed", "that the board has limited power to stop the sale") in cues_and_contents(nlp, text)


def test_a_that_determiner_after_a_cue_opens_no_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    # "denied that report": a noun phrase, which the object rules read; nothing unsourced is added
    assert cues_and_contents(nlp, "The minister denied that report on Tuesday.") == [("denied", "that report")]


@pytest.mark.parametrize(
    "text",
    [
        "Guess what, the bus is late again.",
        "There was no way of knowing who had won the raffle.",
    ],
)
def test_no_speaker_and_no_report_gives_no_quote(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert cues_and_contents(nlp, text) == []
