"""Firms named by their kind are business, and central banks are their country's government."""

from __future__ import annotations

import pytest

from newsgraph.extract.actors import find_actors, load_actor_lexicon


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A firm of a country is not that country's government: no "Britain sued Germany".
        ("Britain's largest bank sued a rival in Frankfurt.", "Britain's largest bank", "GBRBUS"),
        ("Japanese carmakers rallied on Tuesday.", "Japanese carmakers", "JPNBUS"),
        ("Canada's second-biggest store operator said it would pay.",
         "Canada's second-biggest store operator", "CANBUS"),
        ("Iran's national airline resumed flights to Paris.", "Iran's national airline", "IRNBUS"),
        # Central banks are monetary authorities of a government or of the European Union.
        ("The Bank of England cut rates.", "Bank of England", "GBRGOV"),
        ("The Federal Reserve raised rates.", "Federal Reserve", "USAGOV"),
        ("The European Central Bank raised rates.", "European Central Bank", "IGOEUREEC"),
    ],
)
def test_firms_and_central_banks(nlp, text: str, phrase: str, code: str) -> None:  # type: ignore[no-untyped-def]
    actors = find_actors(nlp(text), text, lexicon=load_actor_lexicon(), published="2017-01-19")
    coded = {mention.text: actor.code for actor in actors for mention in actor.mentions}
    assert coded.get(phrase) == code


def test_a_bank_with_no_owner_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels camped on the bank of the river. They sat on the river bank."
    actors = find_actors(nlp(text), text, lexicon=load_actor_lexicon(), published="2017-01-19")
    assert [mention.text for actor in actors for mention in actor.mentions] == ["Rebels"]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # A company's name with a possessive inside is one business, and so are its short repeats.
        ("Merrow's Bay Co. raised its dividend. Merrow's Bay shares rose 10 cents. Merrow's Bay said it "
         "would open two stores.", ["Merrow's Bay Co.", "Merrow's Bay", "Merrow's Bay"]),
        ("Tilden's Holdings Inc. sold its printing unit. Tilden's said the sale closed Monday.",
         ["Tilden's Holdings Inc.", "Tilden's"]),
    ],
)
def test_a_possessive_company_name_is_one_business(  # type: ignore[no-untyped-def]
    nlp, text: str, spans: list[str]
) -> None:
    actors = find_actors(nlp(text), text, lexicon=load_actor_lexicon(), published="1995-03-01")
    firm = next(actor for actor in actors if actor.mentions[0].text == spans[0])
    assert [mention.text for mention in firm.mentions] == spans
    assert (firm.code, firm.country, firm.sector, firm.kind) == ("---BUS", None, "BUS", "organization")
    assert not any(actor.kind == "person" for actor in actors)


def test_a_possessive_before_a_name_still_splits(nlp) -> None:  # type: ignore[no-untyped-def]
    # No company ending: "Breitbart's Joel Pollak" is no business of that name.
    text = "Greenfield's Anna Lorimer said the vote was close."
    actors = find_actors(nlp(text), text, lexicon=load_actor_lexicon(), published="1995-03-01")
    assert not any(actor.code == "---BUS" for actor in actors)

