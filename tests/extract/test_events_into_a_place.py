"""An "into" phrase the parser hung on a verb of words or stances is where the verb's object goes, never the
party acted upon; for force and aid it still names the target."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Egypt rejected any displacement of Palestinians into Sinai.",
         {"Egypt": "EGYGOV", "Palestinians": "PSE", "Sinai": "EGY"}, {("120", "EGYGOV", "PSE")}),
        ("Hungary condemned the transfer of migrants into Serbia.",
         {"Hungary": "HUNGOV", "migrants": "---REF", "Serbia": "SRB"}, {("111", "HUNGOV", "---REF")}),
        # force and aid move something into the place, whose country is acted upon
        ("Hezbollah fired rockets into Israel.", {"Hezbollah": "LBNREBHEZ", "Israel": "ISR"},
         {("194", "LBNREBHEZ", "ISR")}),
    ],
)
def test_into_a_place_after_words_names_no_target(nlp: Language, text: str, codes: dict[str, str],
                                                 expected: set) -> None:
    assert dyads(nlp, text, codes) == expected
