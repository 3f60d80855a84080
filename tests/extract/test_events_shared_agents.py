"""Arguments the parser hangs on a neighbour: coordinated passive participles share one agent and one subject
("were arrested and deported by police"); an event noun's "by" agent and aim may hang on each other's phrase
("an attack on an army base by rebels", "a visit by the president to Nepal"), and an attack's "by" agent is
the author of what the attack did; the weapon of an attack noun read as a gerund still names the attacker
("two died in Ruritanian tank shelling"); an active verb's object folded into a "by" phrase is its object
("Lund got by courier cash from X")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Three Afghan migrants were arrested and deported by Greek police.",
         {"Afghan migrants": "AFGREF", "Greek police": "GRCCOP"},
         {("173", "GRCCOP", "AFGREF"), ("174", "GRCCOP", "AFGREF")}),
        # Each participle with its own agent keeps it.
        ("The reporter was detained by police and released by a judge.",
         {"reporter": "EGYMED", "police": "EGYCOP", "judge": "EGYJUD"},
         {("173", "EGYCOP", "EGYMED"), ("0841", "EGYJUD", "EGYMED")}),
        ("A visit by the Chinese president to Nepal was announced.",
         {"Chinese president": "CHNGOV", "Nepal": "NPLGOV"}, {("042", "CHNGOV", "NPLGOV")}),
        ("An attack on a Nigerian army base by Boko Haram killed ten soldiers.",
         {"Nigerian army": "NGAMIL", "Boko Haram": "NGAREB", "soldiers": "NGAMIL"},
         {("190", "NGAREB", "NGAMIL")}),
        ("Two farmers were killed in Jordanian tank shelling near the village.",
         {"Jordanian": "JOR", "farmers": "SYRAGR"}, {("190", "JOR", "SYRAGR")}),
        ("Six villagers were killed in Turkish artillery fire.",
         {"Turkish": "TUR", "villagers": "IRQCVL"}, {("190", "TUR", "IRQCVL")}),
    ],
)
def test_arguments_hung_on_a_neighbour(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


def test_a_fire_with_no_weapon_is_no_attack(nlp: Language) -> None:
    codes = {"villagers": "IRQCVL", "Turkish": "TUR"}
    assert dyads(nlp, "Six villagers were killed in a fire in a Turkish town.", codes) == set()


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Kenya has received by courier cash from Japan.", {"Kenya": "KENGOV", "Japan": "JPNGOV"},
         {("071", "JPNGOV", "KENGOV")}),
        ("Gaza has received by sea food from Egypt.", {"Gaza": "PSEGOV", "Egypt": "EGYGOV"},
         {("073", "EGYGOV", "PSEGOV")}),
        # A real passive keeps its agent; the thing given as subject goes to its "to" phrase.
        ("Money was sent to Kenya by Japan.", {"Kenya": "KENGOV", "Japan": "JPNGOV"}, {("070", "JPNGOV", "KENGOV")}),
        ("Arms were shipped to Syria by Russia.", {"Syria": "SYRGOV", "Russia": "RUSGOV"},
         {("072", "RUSGOV", "SYRGOV")}),
    ],
)
def test_an_object_folded_into_a_by_phrase(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected
