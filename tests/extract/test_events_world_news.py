"""Constructions of world newswire that coded false events: the one an act is done to is no author
("Kopp was charged with murder", "Kopp's arrest"). The same words still code when the author is named."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # A passive with the pattern's own preposition is still a passive: someone charged Kopp.
        ("Kopp was charged with the murder of a doctor.", {"Kopp": "USACVL"}, set()),
        ("Six Iraqis were rounded up last week.", {"Iraqis": "IRQ"}, set()),
        ("Two Libyans were handed over to the Netherlands.", {"Libyans": "LBY", "Netherlands": "NLD"}, set()),
        # A participle coordinated with a passive verb shares its subject and its passive.
        ("Kopp was indicted and convicted on murder charges.", {"Kopp": "USACVL"}, set()),
        # The possessor of an arrest or extradition undergoes it.
        ("Kopp's arrest came after a long search.", {"Kopp": "USACVL"}, set()),
        # Still coded: the author named, and a stance's participle ("is opposed to") stays the subject's act.
        ("The FBI charged Kopp with murder.", {"FBI": "USACOP", "Kopp": "USACVL"}, {("112", "USACOP", "USACVL")}),
        ("Six Iraqis were rounded up by Tanzanian police.", {"Iraqis": "IRQ", "Tanzanian police": "TZACOP"},
         {("173", "TZACOP", "IRQ")}),
        ("Kopp's arrest by the FBI came after a long search.", {"Kopp": "USACVL", "FBI": "USACOP"},
         {("173", "USACOP", "USACVL")}),
        ("Iraq's invasion of Kuwait angered the region.", {"Iraq": "IRQGOV", "Kuwait": "KWTGOV"},
         {("190", "IRQGOV", "KWTGOV")}),
        ("Israel is opposed to French mediation.", {"Israel": "ISRGOV", "French": "FRA"}, {("120", "ISRGOV", "FRA")}),
    ],
)
def test_the_one_acted_upon_is_no_author(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Condemning an attack is aimed at the attacker, never at the victim or the place hit.
        ("Cuba condemned the bombings of the US embassies in Kenya.",
         {"Cuba": "CUBGOV", "US": "USAGOV", "Kenya": "KEN"}, {("111", "CUBGOV", None)}),
        ("Cuba condemned the bomb explosions near US embassies in Kenya.",
         {"Cuba": "CUBGOV", "US": "USAGOV", "Kenya": "KEN"}, {("111", "CUBGOV", None)}),
        # A name on the site an attack hit is the victim's, not the attacker's.
        ("Twelve Americans were killed in the Kenya embassy bombing.", {"Americans": "USA", "Kenya": "KEN"},
         {("190", None, "USA")}),
        # Still coded: an attacker named by "by", a possessor or an adjective, and criticism of a place's events.
        ("Britain condemned the attack by Hamas on Israel.", {"Britain": "GBRGOV", "Hamas": "PSEREB", "Israel": "ISRGOV"},
         {("111", "GBRGOV", "PSEREB")}),
        ("Britain condemned Israel's raid on Gaza.", {"Britain": "GBRGOV", "Israel": "ISRMIL", "Gaza": "PSE"},
         {("111", "GBRGOV", "ISRMIL")}),
        ("Britain condemned Israeli air strikes on Gaza.", {"Britain": "GBRGOV", "Israeli": "ISRMIL", "Gaza": "PSE"},
         {("111", "GBRGOV", "ISRMIL")}),
        ("Britain condemned the violence in Syria.", {"Britain": "GBRGOV", "Syria": "SYR"}, {("111", "GBRGOV", "SYR")}),
    ],
)
def test_a_reaction_to_an_attack_targets_the_attacker(
    nlp: Language, text: str, codes: dict[str, str], expected: set
) -> None:
    assert dyads(nlp, text, codes) == expected
