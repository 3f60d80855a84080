""""Its" before a role noun: the state or body it stands for owns the role ("its foreign minister").
Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


def _coded(text: str) -> dict[str, str | None]:
    result = extract(text, published="2019-05-02")
    return {mention.text: actor.code for actor in result.actors for mention in actor.mentions}


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # The subject of the same sentence, with another country named later.
        ("Peru rejected the offer, and its foreign minister accused Chile of bad faith.", "foreign minister", "PERGOV"),
        # The body named in the sentence before.
        ("The UN welcomed the move. Its spokesman urged Israel to open the crossings.", "spokesman", "IGOUNO"),
        # A country named inside the subject phrase.
        ("The small nation of Fiji said its troops would join the mission.", "troops", "FJIMIL"),
        # The subject of the sentence before, not the nearest country in it.
        (
            "The World Health Organization said Chad had run out of vaccines. Its director general, Lena Ostrova, "
            "will visit N'Djamena.",
            "Lena Ostrova",
            "IGOUNOWHO",
        ),
        # A title owned by "its" before a name.
        ("Peru welcomed the deal. Its foreign minister Ana Quispe said so.", "Ana Quispe", "PERGOV"),
    ],
)
def test_its_owner_codes_the_role(text: str, mention: str, code: str) -> None:
    assert _coded(text)[mention] == code


def test_its_owner_is_the_clauses_subject_even_when_that_is_no_actor() -> None:
    # "its" is the treaty's: the country of the sentence before does not own the critics.
    coded = _coded("Brazil signed the treaty in May. Each of those treaties has its critics.")
    assert coded.get("critics") is None


def test_the_owners_role_acts_in_events() -> None:
    text = "Peru rejected the offer, and its foreign minister accused Chile of bad faith."
    events = extract(text, published="2019-05-02").events
    assert ("11", "PERGOV", "CHLGOV") in [(e.cameo[:2], e.source.code, e.target and e.target.code) for e in events]


def test_its_owner_is_the_last_sentences_subject_even_when_that_is_no_actor() -> None:
    coded = _coded("The company said Chile was its best market. Its chief executive, Jon Berg, said more.")
    assert not (coded.get("Jon Berg") or "").startswith("CHL")
