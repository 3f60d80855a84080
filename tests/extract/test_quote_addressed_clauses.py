"""A that-clause the parser hangs on whom a cue addresses ("told a regular briefing that China would respond",
read as a relative clause on "briefing") is what was told; on another cue's object it is no content of the
subject's ("rejected the claim that it had attacked the convoy")."""

from __future__ import annotations

import pytest

from quote_cases import cues_speakers_and_contents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spokeswoman Mao Ning told a regular briefing that China would take resolute measures.",
         ("told", "Spokeswoman Mao Ning", "that China would take resolute measures")),
        ("The minister told a packed meeting that the budget would be cut.",
         ("told", "The minister", "that the budget would be cut")),
        ("The general assured a tense parliament that the troops would stay.",
         ("assured", "The general", "that the troops would stay")),
    ],
)
def test_a_clause_hung_on_the_addressee_is_what_was_told(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in cues_speakers_and_contents(nlp, text)


def test_a_clause_on_what_another_cue_names_is_not_the_subjects(nlp) -> None:  # type: ignore[no-untyped-def]
    found = cues_speakers_and_contents(nlp, "Russia rejected the claim that it had attacked the convoy.")
    assert ("rejected", "Russia", "that it had attacked the convoy") not in found
