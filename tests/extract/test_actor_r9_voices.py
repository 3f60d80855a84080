"""A bare spokesman in apposition to a name speaks for the one body named just before him."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_cases import code_of


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("Norway's foreign ministry rejected the claim on Monday. A spokeswoman, Ingrid Solberg, "
         "called it baseless.", "Ingrid Solberg", "NORGOV"),
        ("The Pentagon said the drill would go ahead. A spokesman, Carl Weston, gave no dates.",
         "Carl Weston", "USAMIL"),
        ("UNICEF warned of a measles outbreak. A spokesman, Tomas Berg, said vaccines were short.",
         "Tomas Berg", "IGOUNOKID"),
        # No body just named, or two of them: no one to speak for.
        ("Protesters marched through the capital. A spokesman, Tomas Berg, said they would return.",
         "Tomas Berg", ""),
        ("The Pentagon and the State Department disagreed. A spokesman, Carl Weston, gave no dates.",
         "Carl Weston", ""),
        # Of two bodies, the one that acted; "The Pentagon and the State Department" above both act.
        ("Iran's foreign ministry summoned the British envoy. A spokesman, Reza Tabari, said it was a warning.",
         "Reza Tabari", "IRNGOV"),
        # The title opening the sentence, capitalised only there.
        ("China's foreign ministry warned Washington on Monday. Spokeswoman Lin Qiao said China would respond.",
         "Lin Qiao", "CHNGOV"),
        ("Norway's foreign ministry rejected the claim. Spokeswoman Ingrid Solberg called it baseless.",
         "Ingrid Solberg", "NORGOV"),
        # Someone named in between may be the one he speaks for.
        ("The Pentagon said Senator Jane Roe had asked for a briefing. A spokesman, Carl Weston, "
         "gave no dates.", "Carl Weston", ""),
    ],
)
def test_a_spokesman_speaks_for_the_body_just_named(nlp: Language, text: str, phrase: str, expected: str) -> None:
    assert code_of(nlp, text, phrase, published="2016-05-02") == expected
