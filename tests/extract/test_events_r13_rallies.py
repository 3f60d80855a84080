"""Thirteenth round: a rally a person or a politician holds is campaigning wherever it is held (a state, a
town, a university), not a protest; a rally against someone, an opposition's and a crowd's still code."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads, engine_events


@pytest.mark.parametrize(
    ("text", "codes", "kind"),
    [
        ("After his rally in Tacoma, Washington, Walsh flew home.", {"Walsh": "USAELI", "Washington": "USA"},
         "person"),
        ("Moreland held a rally at Ohio State University on Tuesday night.",
         {"Moreland": "USALEG", "Ohio State University": "USAEDU"}, "person"),
        ("Veterans interviewed at Walsh rallies in Georgia praised her.", {"Walsh": "USAELI", "Georgia": "USA"},
         "person"),
        ("Moreland has rallied thousands by promising lower taxes.", {"Moreland": "USALEG"}, "person"),
        ("The senator was rallying for a House candidate in Albany.", {"senator": "---LEG"}, None),
    ],
)
def test_a_politicians_rally_is_campaigning(nlp: Language, text: str, codes: dict[str, str],
                                            kind: str | None) -> None:
    assert not any(code.startswith("14") for code, _, _ in dyads(nlp, text, codes, kind=kind))


@pytest.mark.parametrize(
    ("text", "codes", "kind", "expected"),
    [
        ("Opposition leader Ana Ruiz held a rally against the government in Caracas.",
         {"Ana Ruiz": "VENOPP", "government": "VENGOV"}, "person", ("141", "VENOPP", "VENGOV")),
        ("Thousands of protesters held a rally outside the embassy in Seoul.", {"protesters": "---OPP"}, None,
         ("141", "---OPP", None)),
        ("More than 2,000 farmers rallied in Lyon against the trade deal.", {"farmers": "FRAAGR"}, None,
         ("140", "FRAAGR", None)),
    ],
)
def test_protest_rallies_still_code(nlp: Language, text: str, codes: dict[str, str], kind: str | None,
                                    expected: tuple) -> None:
    assert expected in dyads(nlp, text, codes, kind=kind)


def test_through_the_whole_engine(engine) -> None:  # type: ignore[no-untyped-def]
    found = engine_events(engine, "After his rally in San Jose, California, Donald Trump went a step further.",
                          published="2016-06-08")
    assert [event for event in found if event[1].startswith("14")] == []
