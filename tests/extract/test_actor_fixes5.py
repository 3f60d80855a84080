"""Actor codes from review-round slips, in sentences written for these tests.

A country on a place beside a group is the place's, not the group's.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.extract.actors import find_actors, load_actor_lexicon


def _code_of(nlp: Language, text: str, phrase: str) -> str | None:
    """The code of the actor one of whose mentions starts where ``phrase`` does ("-" for none)."""
    at = text.index(phrase)
    actors = find_actors(nlp(text), text, lexicon=load_actor_lexicon(), published="1998-02-19")
    codes = [actor.code for actor in actors for mention in actor.mentions if mention.start == at]
    return (codes[0] or "") if codes else "-"


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # The post, checkpoint or embassy is the country's; the people beside it are not.
        ("Two farmers were killed near an Israeli post on Tuesday.", "Two farmers", "---AGR"),
        ("Several civilians were wounded near a Turkish checkpoint.", "Several civilians", "---CVL"),
        ("Protesters outside the US embassy chanted slogans.", "Protesters", "---OPP"),
        ("Rebels attacked villages near the Turkish border.", "Rebels", "---REB"),
        # Their own nationality still counts, and so does a country they are in.
        ("Palestinian civilians were wounded at an Israeli checkpoint.", "Palestinian civilians", "PSECVL"),
        ("Protesters in Turkey clashed with police.", "Protesters", "TUROPP"),
    ],
)
def test_country_beside_a_group(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert _code_of(nlp, text, phrase) == code
