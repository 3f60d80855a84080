"""A verb whose object is a reflexive pronoun acts on its own subject, and an actor does nothing to itself: no
event, and no other party taken for the target from its phrases ('armed itself with Chinese missiles' is no aid to
China). A reported attack told so still makes the reporter's accusation. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Vietnam armed itself with Russian jets.", {"Vietnam": "VNMGOV", "Russian": "RUS"}, set()),
        ("The Iraqi army attacked itself near Basra.", {"Iraqi army": "IRQMIL"}, set()),
        # The accusation stays; the attack said to be done to oneself is none.
        ("Egypt said that Libya had attacked themselves.", {"Egypt": "EGYGOV", "Libya": "LBYGOV"},
         {("112", "EGYGOV", "LBYGOV")}),
        # Another party as the object is acted upon as before.
        ("Vietnam attacked Cambodia near the border.", {"Vietnam": "VNMGOV", "Cambodia": "KHMGOV"},
         {("190", "VNMGOV", "KHMGOV")}),
    ],
)
def test_acting_on_oneself(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected
