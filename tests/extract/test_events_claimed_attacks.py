"""Attacks claimed: the one claiming responsibility or credit for an attack is its author (cues claiming_verbs,
claimed_nouns; _event_authors.claimed_authors), also through the attack's own clause ('the bombing that killed
...'); a claim denied or refused names nobody. And a name after a glued 'non-' ('non-Muslims', 'non-Western
nations') is everyone but that party, so no actor (_actor_match). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads
from newsgraph.process import extract


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("The Kurdish rebels claimed responsibility for the rocket attack on Ankara.",
         {"Kurdish rebels": "TURREB", "Ankara": "TURGOV"}, {("190", "TURREB", "TURGOV")}),
        ("Boko Haram took credit for the raid on the Nigerian army base.",
         {"Boko Haram": "NGAREB", "Nigerian army": "NGAMIL"}, {("190", "NGAREB", "NGAMIL")}),
        # The attack's own verb has the claimant as its author too.
        ("The Kurdish rebels claimed responsibility for the ambush that killed nine Turkish soldiers.",
         {"Kurdish rebels": "TURREB", "Turkish soldiers": "TURMIL"}, {("190", "TURREB", "TURMIL")}),
    ],
)
def test_a_claimed_attack_is_the_claimants(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert {(code[:2] + "0", source, target) for code, source, target in dyads(nlp, text, codes)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Kurdish rebels denied responsibility for the rocket attack on Ankara.",
        "The Kurdish rebels did not claim responsibility for the rocket attack on Ankara.",
    ],
)
def test_a_denied_claim_names_no_author(nlp: Language, text: str) -> None:
    codes = {"Kurdish rebels": "TURREB", "Ankara": "TURGOV"}
    assert not any(source == "TURREB" for _, source, _ in dyads(nlp, text, codes))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Gunmen attacked non-Muslims at a market in the north.", "Muslims"),
        ("The embargo hit non-Western nations hardest.", "Western nations"),
    ],
)
def test_a_name_after_non_is_no_actor(text: str, absent: str) -> None:
    result = extract(text, published="2024-05-10")
    assert absent not in {mention.text for actor in result.actors for mention in actor.mentions}


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("The Taliban claimed the attack on an Afghan army base.", {"Taliban": "AFGINS", "Afghan army": "AFGMIL"},
         ("190", "AFGINS", "AFGMIL")),
        ("Al-Shabab claimed an ambush on a Kenyan military convoy.", {"Al-Shabab": "SOMREB", "Kenyan military": "KENMIL"},
         ("190", "SOMREB", "KENMIL")),
        ("Hamas claimed the rocket attack on Ashdod.", {"Hamas": "PSEREBHMS", "Ashdod": "ISR"},
         ("190", "PSEREBHMS", "ISR")),
        ("The Kurdish rebels claimed the raid on the Turkish outpost.",
         {"Kurdish rebels": "TURREB", "Turkish outpost": "TURMIL"}, ("190", "TURREB", "TURMIL")),
    ],
)
def test_an_attack_claimed_outright_is_the_claimants(
    nlp: Language, text: str, codes: dict[str, str], expected: tuple
) -> None:
    assert expected in {(code[:2] + "0", source, target) for code, source, target in dyads(nlp, text, codes)}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Hamas did not claim the rocket attack on Ashdod.", {"Hamas": "PSEREBHMS", "Ashdod": "ISR"}),
        ("The Taliban never claimed the attack on the Afghan army base.", {"Taliban": "AFGINS", "Afghan army": "AFGMIL"}),
        ("Kabul acknowledged the attack on the Afghan army base.", {"Kabul": "AFGGOV", "Afghan army": "AFGMIL"}),
        ("Hamas claimed victory after the vote.", {"Hamas": "PSEREBHMS"}),
    ],
)
def test_an_attack_not_claimed_outright_has_no_claimant_author(
    nlp: Language, text: str, codes: dict[str, str]
) -> None:
    assert not any(code.startswith(("18", "19")) and source == codes[next(iter(codes))]
                   for code, source, _ in dyads(nlp, text, codes))
