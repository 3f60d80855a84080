"""Passives and headline forms: a passive without its auxiliary ("Three soldiers killed in ambush",
"Russia accused of meddling") takes its parsed subject as the one acted upon; one put out of a body is
put out by the body; a headline's infinitive ("Obama to visit Cuba") and colon ("Iran: US must ...")
name the actor and the speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # An act of force tagged as a participle, with no object: its subject suffers it.
        ("Three soldiers killed in ambush in Mali", {"Three soldiers": "MLIMIL"}, {("190", None, "MLIMIL")}),
        # A "by" agent makes a passive of a verb with a subject.
        (
            "Israel accused of war crimes by UN panel",
            {"Israel": "ISRGOV", "UN panel": "IGOUNO"},
            {("112", "IGOUNO", "ISRGOV")},
        ),
        # The phrase that follows the object in the active ("accused X of"): the accuser is unnamed, and the
        # accusation is still someone's, as an unnamed jailing is.
        ("Russia accused of meddling in election", {"Russia": "RUSGOV"}, {("112", None, "RUSGOV")}),
        ("Iran urged to halt enrichment", {"Iran": "IRNGOV"}, set()),
        # A verbless headline: the participle on the root noun is passive; the state arrests there.
        (
            "Two journalists arrested in Cairo",
            {"Two journalists": "---MED", "Cairo": "EGY"},
            {("173", "EGY", "---MED")},
        ),
        # ... and charges there: legal action, whose "with" phrase names the crime.
        (
            "Opposition leader charged with treason in Uganda",
            {"Opposition leader": "UGAOPP", "Uganda": "UGA"},
            {("173", "UGA", "UGAOPP")},
        ),
    ],
)
def test_reduced_passives(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A perfect's "has", an object, or a coordinated verb with the object keeps the clause active.
        (
            "Russia has accused Ukraine of provocations.",
            {"Russia": "RUSGOV", "Ukraine": "UKRGOV"},
            {("112", "RUSGOV", "UKRGOV")},
        ),
        (
            "Police in Egypt arrested and beat several activists.",
            {"Police in Egypt": "EGYCOP", "several activists": "EGYOPP"},
            {("173", "EGYCOP", "EGYOPP"), ("182", "EGYCOP", "EGYOPP")},
        ),
        (
            "Rebels killed three soldiers in Mali.",
            {"Rebels": "MLIREB", "three soldiers": "MLIMIL"},
            {("190", "MLIREB", "MLIMIL")},
        ),
    ],
)
def test_active_clauses_stay_active(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Put out of a body: the body does it.
        (
            "Mali was suspended from the African Union.",
            {"Mali": "MLIGOV", "African Union": "IGOAFRAFU"},
            {("160", "IGOAFRAFU", "MLIGOV")},
        ),
        (
            "Qatar was expelled from the Gulf Cooperation Council.",
            {"Qatar": "QATGOV", "Gulf Cooperation Council": "IGOGCC"},
            {("174", "IGOGCC", "QATGOV")},
        ),
    ],
)
def test_the_body_one_is_put_out_of_acts(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A headline's infinitive on its subject noun is the subject's act, announced: intent, as "will visit"
        # (test_events_missed_wordings).
        ("Obama to visit Cuba next month", {"Obama": "USAGOV", "Cuba": "CUBGOV"}, {("036", "USAGOV", "CUBGOV")}),
        # A noun with an infinitive names no actor.
        ("The decision to send troops to Mali", {"Mali": "MLIGOV"}, set()),
    ],
)
def test_headline_infinitive(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


def test_headline_speaker_before_a_colon_demands(nlp: Language) -> None:
    # "Iran: US must lift all sanctions": the name before the colon says it, so Iran demands.
    text = "Iran: US must lift all sanctions"
    assert dyads(nlp, text, {"Iran": "IRNGOV", "US": "USAGOV"}) == {("1054", "IRNGOV", "USAGOV")}
