"""Verb and noun patterns of ``verbs.tsv`` and ``nouns.tsv`` over hand-built actors: joint
military activity, aid sent as money or as medical and rescue teams, and social ills fought."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Exercises and patrols held jointly are military cooperation (062), with each other.
        (
            "Norway and Sweden launched joint patrols along their border.",
            {"Norway": "NORGOV", "Sweden": "SWEGOV"},
            {("062", "NORGOV", "SWEGOV"), ("062", "SWEGOV", "NORGOV")},
        ),
        (
            "India held joint exercises with the United States.",
            {"India": "INDGOV", "United States": "USAGOV"},
            {("062", "INDGOV", "USAGOV"), ("062", "USAGOV", "INDGOV")},
        ),
        # Held alone, exercises still show force.
        ("Russia conducted military exercises.", {"Russia": "RUSGOV"}, {("150", "RUSGOV", None)}),
        # Medical and rescue teams sent are humanitarian aid; a sum sent is economic aid.
        (
            "Cuba sent hundreds of doctors to Sierra Leone.",
            {"Cuba": "CUBGOV", "Sierra Leone": "SLEGOV"},
            {("073", "CUBGOV", "SLEGOV")},
        ),
        (
            "India dispatched rescue teams to Nepal.",
            {"India": "INDGOV", "Nepal": "NPLGOV"},
            {("073", "INDGOV", "NPLGOV")},
        ),
        (
            "Britain sent 500 million pounds in aid to Ethiopia.",
            {"Britain": "GBRGOV", "Ethiopia": "ETHGOV"},
            {("071", "GBRGOV", "ETHGOV")},
        ),
        # Fighting famine or an outbreak is no violence.
        (
            "Britain promised to help Ethiopia fight famine.",
            {"Britain": "GBRGOV", "Ethiopia": "ETHGOV"},
            {("033", "GBRGOV", "ETHGOV")},
        ),
        # Cutting off what a place lives on stops aid; walking off the job is a strike.
        (
            "Israel cut off electricity supplies to Gaza.",
            {"Israel": "ISRGOV", "Gaza": "PSE"},
            {("162", "ISRGOV", "PSE")},
        ),
        ("Greek workers walked off the job.", {"Greek workers": "GRCLAB"}, {("143", "GRCLAB", None)}),
        # Agreeing or acceding to someone's demand yields to it.
        (
            "Israel agreed to Washington's request to delay the vote.",
            {"Israel": "ISRGOV", "Washington": "USAGOV"},
            {("083", "ISRGOV", "USAGOV"), ("020", "USAGOV", None)},
        ),
        (
            "The king acceded to the protesters' demands.",
            {"king": "JORGOV", "protesters": "JOROPP"},
            {("083", "JORGOV", "JOROPP"), ("100", "JOROPP", None)},
        ),
        # Troops recalled and settlements dismantled withdraw; walking out of talks halts them.
        ("Ethiopia recalled its troops.", {"Ethiopia": "ETHGOV"}, {("087", "ETHGOV", None)}),
        ("Israel dismantled settlements.", {"Israel": "ISRGOV"}, {("087", "ISRGOV", None)}),
        ("North Korea walked out of the talks.", {"North Korea": "PRKGOV"}, {("164", "PRKGOV", None)}),
        ("The workers walked out.", {"workers": "FRALAB"}, {("143", "FRALAB", None)}),
        # Live ammunition used is force, wherever the parser hangs its "against".
        (
            "Iraqi security forces used live ammunition against protesters.",
            {"Iraqi security forces": "IRQMIL", "protesters": "IRQOPP"},
            {("190", "IRQMIL", "IRQOPP")},
        ),
        # Keeping a truce declares one.
        ("The rebels respected the ceasefire.", {"rebels": "NPLREB"}, {("0871", "NPLREB", None)}),
        # An investigation held jointly is judicial cooperation; alone, an investigation.
        (
            "Brazil and Argentina launched a joint investigation into the smuggling ring.",
            {"Brazil": "BRAGOV", "Argentina": "ARGGOV"},
            {("063", "BRAGOV", "ARGGOV"), ("063", "ARGGOV", "BRAGOV")},
        ),
        ("France launched an investigation into the crash.", {"France": "FRAGOV"}, {("090", "FRAGOV", None)}),
    ],
)
def test_patterns(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "root"),
    [
        # A strike whose possessor names a kind of workers is a labour strike (143), not an air strike.
        ("Output fell because of a dockers' strike at the port of Lagos.", {"dockers": "NGALAB"}, "14"),
        ("The hospital stayed open through the nurses' strike in Leeds.", {"nurses": "GBRLAB"}, "14"),
        # An armed party's strike is still force.
        ("The army's strike on the rebel camp killed ten fighters.", {"army": "SDNMIL"}, "19"),
    ],
)
def test_strike_of_a_kind_of_people(nlp: Language, text: str, codes: dict[str, str], root: str) -> None:
    events = {cameo for cameo, _, _ in dyads(nlp, text, codes) if cameo.startswith("143") or cameo.startswith("19")}
    assert {cameo[:2] for cameo in events} == {root}
