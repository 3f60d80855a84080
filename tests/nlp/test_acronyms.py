"""An organisation's acronym is read as a name, whatever word its last three letters spell ("ECOWAS": "WAS");
other words in capitals keep their features ("BY KENT DORSEY")."""

from __future__ import annotations

import pytest

from newsgraph.nlp.acronyms import ACRONYM_SUFFIXES


@pytest.mark.parametrize(
    ("text", "acronym", "dep"),
    [
        ("ECOWAS imposed sanctions on Niger after the coup.", "ECOWAS", "nsubj"),
        ("The junta said ECOWAS had imposed sanctions.", "ECOWAS", "nsubj"),
        ("UNMISS imposed a curfew on the camp.", "UNMISS", "nsubj"),
        ("OSCE leaders met in Vienna.", "OSCE", "compound"),
        ("SADC leaders met in Harare.", "SADC", "compound"),
        ("UNITA imposed a blockade on the town.", "UNITA", "nsubj"),
    ],
)
def test_an_acronym_is_a_name(nlp, text: str, acronym: str, dep: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    (token,) = [token for token in doc if token.text == acronym]
    assert token.pos_ in ("PROPN", "NOUN")
    assert token.dep_ == dep


def test_only_longer_acronyms_of_organisations_lose_their_suffix(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ACRONYM_SUFFIXES in nlp.pipe_names
    doc = nlp("The FBI and ECOWAS said so, KENT DORSEY reported.")
    assert doc.vocab["FBI"].suffix_ == "FBI"
    assert doc.vocab["KENT"].suffix_ == "ENT"
    assert doc.vocab["ECOWAS"].suffix_ == ""


def test_an_acronym_opening_a_sentence_is_its_actor(engine) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.records import RawDocument

    text = "ECOWAS imposed sanctions on Niger after the coup."
    (result,) = list(engine.run([RawDocument(doc_id="ecowas", text=text, published="2023-08-01")]))
    dyads = {(event.cameo, event.source and event.source.code, event.target and event.target.code)
             for event in result.events}
    assert ("163", "IGOWAS", "NERGOV") in dyads
