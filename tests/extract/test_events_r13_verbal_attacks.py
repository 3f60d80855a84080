"""Thirteenth round: an attack on what someone said, is or did (a record, a remark, a reputation; an attack
"about" something) is criticism whoever makes it, and so is a person's attack on a judge, the press, a school,
lawmakers or a business; attacks on people, places, forces and their property still use force."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads, engine_events


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # What someone said, is or did: words, even with no coded attacker.
        ("The attacks on Senator Hale's record sank his campaign.", {"Senator Hale": "USALEG"},
         ("111", None, "USALEG")),
        ("The fierce attacks on Governor Pratt's reputation hurt her in the polls.", {"Governor Pratt": "USAGOV"},
         ("111", None, "USAGOV")),
        ("Senator Hale's attacks on Mayor Ortiz's remarks angered the union.",
         {"Senator Hale": "USALEG", "Mayor Ortiz": "USAGOV"}, ("111", "USALEG", "USAGOV")),
        ("Senator Hale attacked Mayor Ortiz about her business history.",
         {"Senator Hale": "USALEG", "Mayor Ortiz": "USAGOV"}, ("111", "USALEG", "USAGOV")),
        ("Governor Pratt attacked Senator Hale's voting record on taxes.",
         {"Governor Pratt": "USAGOV", "Senator Hale": "USALEG"}, ("111", "USAGOV", "USALEG")),
    ],
)
def test_attack_on_a_topic_is_criticism(nlp: Language, text: str, codes: dict[str, str], expected: tuple) -> None:
    found = dyads(nlp, text, codes)
    assert expected in found
    assert not any(code.startswith("19") for code, _, _ in found)


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Senator Hale attacked a federal judge in a speech on Monday.",
         {"Senator Hale": "USALEG", "federal judge": "---JUD"}, ("111", "USALEG", "---JUD")),
        ("Governor Pratt's attacks on journalists alarmed press groups.",
         {"Governor Pratt": "USAGOV", "journalists": "---MED"}, ("111", "USAGOV", "---MED")),
        ("Mayor Ortiz attacked the school board over the budget.",
         {"Mayor Ortiz": "USAGOV", "school board": "---EDU"}, ("111", "USAGOV", "---EDU")),
    ],
)
def test_persons_attack_on_judges_or_press_is_criticism(nlp: Language, text: str, codes: dict[str, str],
                                                       expected: tuple) -> None:
    assert expected in dyads(nlp, text, codes, kind="person")


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Gunmen attacked a federal judge in Tijuana on Monday.", {"Gunmen": "---UAF", "federal judge": "---JUD"},
         ("190", "---UAF", "---JUD")),
        ("Rebels attacked the senator's convoy near Kandahar.", {"Rebels": "AFGREB", "senator": "AFGLEG"},
         ("190", "AFGREB", "AFGLEG")),
        ("Russia launched attacks on Ukraine's power grid.", {"Russia": "RUSGOV", "Ukraine": "UKRGOV"},
         ("190", "RUSGOV", "UKRGOV")),
        ("Soldiers attacked rebel positions near the border.", {"Soldiers": "---MIL", "rebel": "---REB"},
         ("190", "---MIL", "---REB")),
        ("Gunmen attacked a bank in Lagos on Friday.", {"Gunmen": "---UAF", "bank": "NGABUS"},
         ("190", "---UAF", "NGABUS")),
    ],
)
def test_attacks_with_force_still_code(nlp: Language, text: str, codes: dict[str, str], expected: tuple) -> None:
    assert expected in dyads(nlp, text, codes)


def test_through_the_whole_engine(engine) -> None:  # type: ignore[no-untyped-def]
    found = engine_events(engine, "When Donald Trump attacked a federal judge in May, lawyers were outraged.",
                          published="2016-06-08")
    assert ("attacked", "111", "USAELI", "---JUD", False, False) in found


@pytest.mark.parametrize(
    "text",
    [
        # A person's attack on a business (cues criticised_roles 'bus') is words too.
        "Senator Bernie Sanders renewed his populist attacks on big banks in Iowa.",
        "Senator Elizabeth Warren attacked the drug companies on Tuesday.",
    ],
)
def test_persons_attack_on_business_is_criticism(engine, text: str) -> None:  # type: ignore[no-untyped-def]
    found = engine_events(engine, text, published="2016-01-20")
    assert any(code == "111" and target == "---BUS" for _, code, _, target, _, _ in found)
    assert not any(code.startswith("19") for _, code, _, _, _, _ in found)
