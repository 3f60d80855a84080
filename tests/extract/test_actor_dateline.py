"""A bare "police" takes the country of the story's dateline when nothing else places it."""

from __future__ import annotations

import pytest

from newsgraph.extract.actors import find_actors, load_actor_lexicon
from newsgraph.records import RawDocument, Result, Span


def _police(nlp, text: str, dateline: str | None) -> list[str | None]:  # type: ignore[no-untyped-def]
    cut = Span(0, len(dateline), dateline) if dateline is not None else None  # offsets are not read
    actors = find_actors(nlp(text), text, lexicon=load_actor_lexicon(), published="2001-06-02", dateline=cut)
    return [actor.code for actor in actors if actor.sector == "COP"]


@pytest.mark.parametrize(
    ("dateline", "text", "codes"),
    [
        ("TRENTON, N.J. --", "Police said they detained two men after the fire.", ["USACOP"]),
        ("HAVANA _", "Police closed the avenue before the march.", ["CUBCOP"]),
        ("ISTANBUL, Turkey --", "The riot police dispersed the crowd.", ["TURCOP"]),
        # No dateline, or one naming no single country: the police stay of unknown country.
        (None, "Police said they detained two men after the fire.", ["---COP"]),
        ("UNITED NATIONS (AP) _", "Police closed the avenue before the march.", ["---COP"]),
        # The sentence's own country places them first.
        ("HAVANA _", "Police in Mexico closed the avenue before the march.", ["MEXCOP"]),
        # The police phrase names a place of its own.
        ("OSLO, Norway --", "Clayton County police stopped the car.", ["---COP"]),
        # The article names another country's police, or is about another country.
        ("OSLO, Norway --", "Swedish police joined the search. Police said the boat sank.", ["SWECOP", "---COP"]),
        ("OSLO, Norway --", "Chile said Chile would reply. Chile's envoy met Chile's minister. Police said little.",
         ["---COP"]),
        # A bare police next to a place the dictionaries do not place may be that place's: none is placed.
        ("HAVANA _", "Crowds blocked the docks of Port Elwood. Riot police used tear gas. Police later left.",
         ["---COP"]),
    ],
)
def test_bare_police_take_the_datelines_country(  # type: ignore[no-untyped-def]
    nlp, dateline: str | None, text: str, codes: list[str]
) -> None:
    assert _police(nlp, text, dateline) == codes


def test_the_engine_passes_the_cut_dateline(engine) -> None:  # type: ignore[no-untyped-def]
    text = "TRENTON, N.J. -- Police said they detained two men after the fire.\n\nThe men were released."
    (result,) = list(engine.run([RawDocument(doc_id="d", text=text, published="2001-06-02")]))
    assert isinstance(result, Result)
    assert [actor.code for actor in result.actors if actor.sector == "COP"] == ["USACOP"]
