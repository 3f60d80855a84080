"""What a verb with no subject acts on is not a pair of parties acting on each other: "seen as fighting both
ISIS and the Kurds" is no war between them. A noun's "between" phrase still names the two sides."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("His new policy was read as fighting both Hamas and Hezbollah.", {"Hamas": "PSEREB", "Hezbollah": "LBNREB"}),
        ("The plan means fighting Russia and Ukraine at once.", {"Russia": "RUSGOV", "Ukraine": "UKRGOV"}),
    ],
)
def test_objects_of_a_verb_do_not_act_on_each_other(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes) == set()


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        (
            "Fighting between Russia and Ukraine resumed on Monday.",
            {"Russia": "RUSGOV", "Ukraine": "UKRGOV"},
            {("190", "RUSGOV", "UKRGOV"), ("190", "UKRGOV", "RUSGOV")},
        ),
        (
            "The talks between Chile and Peru resumed in Lima.",
            {"Chile": "CHLGOV", "Peru": "PERGOV"},
            {("046", "CHLGOV", "PERGOV"), ("046", "PERGOV", "CHLGOV")},
        ),
    ],
)
def test_the_two_sides_of_a_noun_still_code(
    nlp: Language, text: str, codes: dict[str, str], expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= dyads(nlp, text, codes)
