"""PLOVER types the PLOVER manual sets apart from the CAMEO-to-PLOVER table (issue #6), proved on sentences written
for these tests and run through the whole pipeline:

- a curfew, a state of emergency or martial law lifted or eased is a concession (CONCEDE): the manual's CONCEDE
  covers "easing of administrative or legal restrictions ..., remove curfews", and COERCE, its opposite, has the
  modes curfew and martial-law; the table's RETREAT for 0813 and 0814 is left behind;
- a resignation, a leader stepping down or quitting, is a retreat (RETREAT, mode resign): "RETREAT also covers
  resignations of government officials";
- a pardon, an amnesty or a sentence commuted is a concession (CONCEDE, CAMEO 080): "formal pardons and amnesties
  of arrested persons should be coded as CONCEDE; the actual release or exchange of prisoners ... as RETREAT".
"""

from __future__ import annotations

import pytest

from event_cases import ANY, assert_codes_as, plover_types

PUBLISHED = "2024-05-01"

CASES = [
    # Restrictions eased: concessions.
    ("The Kazakh authorities lifted the curfew in Almaty.", "CONCEDE", "08", "KAZGOV", ANY),
    ("Ecuador ended the state of emergency in its prisons.", "CONCEDE", "08", "ECUGOV", ANY),
    ("The Thai military government lifted martial law.", "CONCEDE", "08", "THAGOV", ANY),
    ("Serbia lifted the state of emergency in the north.", "CONCEDE", "08", "SRBGOV", ANY),
    # Resignations: retreats.
    ("The Peruvian prime minister resigned on Thursday.", "RETREAT", "08", "PERGOV", None),
    ("The Pakistani president stepped down after weeks of protests.", "RETREAT", "08", "PAKGOV", None),
    ("Sri Lanka's president quit after protesters stormed his residence.", "RETREAT", "08", "LKAGOV", None),
    # Pardons and amnesties: concessions; the release itself stays a retreat.
    ("The Egyptian president pardoned hundreds of prisoners.", "CONCEDE", "08", "EGYGOV", ANY),
    ("Bahrain pardoned dozens of jailed protesters.", "CONCEDE", "08", "BHRGOV", ANY),
    ("Myanmar's junta granted an amnesty to thousands of prisoners.", "CONCEDE", "08", "MMRMIL", ANY),
    ("Iran released the British journalist.", "RETREAT", "08", "IRNGOV", ANY),
    ("Belarus freed 20 political prisoners.", "RETREAT", "08", "BLRGOV", ANY),
]


@pytest.mark.parametrize(("text", "plover", "root", "source", "target"), CASES)
def test_plover_type_follows_the_manual(text: str, plover: str, root: str, source: str | None,
                                        target: str | None) -> None:
    assert_codes_as(text, PUBLISHED, plover, root, source, target)


@pytest.mark.parametrize(
    ("text", "not_plover"),
    [
        # a resignation is no concession, a lifted curfew no retreat, a pardon no release
        ("The Peruvian prime minister resigned on Thursday.", "CONCEDE"),
        ("The Kazakh authorities lifted the curfew in Almaty.", "RETREAT"),
        ("The Egyptian president pardoned hundreds of prisoners.", "RETREAT"),
    ],
)
def test_plover_type_is_not_the_tables(text: str, not_plover: str) -> None:
    assert not_plover not in plover_types(text, PUBLISHED)
