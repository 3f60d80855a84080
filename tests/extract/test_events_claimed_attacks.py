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
