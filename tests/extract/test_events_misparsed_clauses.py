"""Clauses the parser folds into the wrong place still code their own parties: those who report an act at the end
of a sentence ("..., officials said") are not its authors even where the parser hangs the act on their reporting
verb, and a finite verb read as an adjective ("Iran armed Houthi rebels") keeps its subject and object.
Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from event_cases import PUBLISHED, typed_events


@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        # The parser reads "Shelling" as a clause of "said" and "hit" as its loose dependent.
        ("Shelling hit Kharkiv and Odesa overnight, Ukrainian officials said.", "UKRGOV"),
    ],
)
def test_a_gerund_subject_is_not_done_by_the_reporters(text: str, reporter: str) -> None:
    assert all(source != reporter for _, _, source, _ in typed_events(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # A gerund clause fronted before a speaker who goes on to say something is the speaker's own act.
        ("Accusing Iran of lying, the US said it would respond.", ("USAGOV", "IRNGOV")),
    ],
)
def test_a_fronted_gerund_clause_keeps_the_speaker(text: str, dyad: tuple[str, str]) -> None:
    assert dyad in {(source, target) for _, _, source, target in typed_events(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        # The parser reads "armed" as an adjective of "rebels", with "Iran" as its subject.
        ("Iran armed Houthi rebels in Yemen, the report said.", ("IRNGOV", "YEMREB")),
    ],
)
def test_a_verb_read_as_an_adjective_keeps_its_parties(text: str, dyad: tuple[str, str]) -> None:
    assert dyad in {(source, target) for _, _, source, target in typed_events(text, PUBLISHED)}


def test_the_subject_is_no_part_of_the_group_named() -> None:
    from newsgraph.process import extract

    actors = extract("Iran armed Houthi rebels in Yemen, the report said.", published=PUBLISHED).actors
    assert {"Iran", "Houthi rebels"} <= {mention.text for actor in actors for mention in actor.mentions}


def test_an_adjective_is_no_event() -> None:
    assert all(code[:2] != "07" for _, code, _, _ in typed_events("The armed rebels attacked a convoy.", PUBLISHED))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # The parser reads "linked" as the sentence's verb and the attack as a subjectless clause of it;
        # the subject the participle describes attacks (and kills).
        (
            "Jihadists linked to al Qaeda attacked an army post in northern Mali, killing eight soldiers.",
            ("ASSAULT", "190", "---UAF", "---MIL"),
        ),
    ],
)
def test_the_subject_of_a_misparsed_reduced_relative_acts(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in typed_events(text, PUBLISHED)
