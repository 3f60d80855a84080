"""Parties named beside an act who are not its sides: a host or go-between of talks ("talks brokered by Qatar"
are not talks with Qatar, and two co-mediators do not mediate between each other), the cause of sanctions
("over a crackdown on protesters"), and the one at whose request the act is done ("at the junta's request")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import Dyad, dyads

CASES = [
    # The meeting's parties meet each other; the brokers broker, aimed at nobody named.
    (
        "The army and the rebels will meet in Jeddah for talks brokered by Riyadh and Washington.",
        {"army": "SDNMIL", "rebels": "SDNREB", "Riyadh": "SAUGOV", "Washington": "USAGOV"},
        {("036", "SDNMIL", "SDNREB"), ("036", "SDNREB", "SDNMIL"), ("045", "SAUGOV", None), ("045", "USAGOV", None)},
        {"SAUGOV", "USAGOV"},
    ),
    (
        "Kyiv and Moscow held talks hosted by Ankara on Friday.",
        {"Kyiv": "UKRGOV", "Moscow": "RUSGOV", "Ankara": "TURGOV"},
        {("046", "UKRGOV", "RUSGOV"), ("046", "RUSGOV", "UKRGOV")},
        {"TURGOV"},
    ),
    # A participle whose agent made what it modifies still points at that agent.
    (
        "Tehran rejected the proposals sent by Washington.",
        {"Tehran": "IRNGOV", "Washington": "USAGOV"},
        {("120", "IRNGOV", "USAGOV")},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "codes", "expected", "never_targets"), CASES)
def test_go_between_is_no_side_of_the_talks(
    nlp: Language, text: str, codes: dict[str, str], expected: set[Dyad], never_targets: set[str]
) -> None:
    found = dyads(nlp, text, codes)
    assert expected <= found
    assert not any(target in never_targets for _, _, target in found)


def test_the_cause_of_sanctions_is_not_sanctioned(nlp: Language) -> None:
    """"sanctions on officials over a crackdown on protesters": the officials are sanctioned, not the protesters."""
    text = "The EU agreed to impose sanctions on 25 Belarusian officials over a crackdown on protesters."
    found = dyads(nlp, text, {"EU": "IGOEUREEC", "Belarusian officials": "BLRGOV", "protesters": "BLROPP"})
    assert {target for _, _, target in found} == {"BLRGOV"}


def test_who_asked_for_the_act_is_not_its_target(nlp: Language) -> None:
    text = "The peacekeepers withdrew from Mali at the junta's request."
    found = dyads(nlp, text, {"peacekeepers": "IGOUNO", "Mali": "MLIGOV", "junta": "MLIMIL"})
    assert {target for code, _, target in found if code.startswith("08")} == {"MLIGOV"}
