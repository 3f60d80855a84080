"""'act' is no demand: acting on a tip, acting with a lender or an 'acting' officer asks nothing of anyone (the
verbs.tsv rows that coded it 100, 102 and 103 followed PETRARCH's test dictionary, not news)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Federal police acted on a tip from Mexican authorities.",
         {"Federal police": "USACOP", "Mexican authorities": "MEXGOV"}),
        ("The central bank acted with the IMF to steady the peso.", {"central bank": "MEXGOV", "IMF": "IGOIMF"}),
        ("The Greek parliament acted on the resolution of the Turkish assembly.",
         {"Greek parliament": "GRCLEG", "Turkish assembly": "TURLEG"}),
        ("Mr. Ortiz, the acting finance minister, met bankers.", {"acting finance minister": "MEXGOV"}),
    ],
)
def test_acting_demands_nothing(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert not any(code[:2] == "10" for code, _, _ in dyads(nlp, text, codes))
