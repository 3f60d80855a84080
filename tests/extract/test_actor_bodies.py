"""Named state bodies (seats.tsv): departments, agencies, services, courts and legislatures of one
country, and the same names owned by another country's phrase."""

from __future__ import annotations

import pytest

from newsgraph.extract.actors import find_actors, load_actor_lexicon


def _coded(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    actors = find_actors(nlp(text), text, lexicon=load_actor_lexicon(), published="2003-05-14")
    return {mention.text: actor.code for actor in actors for mention in actor.mentions}


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # United States departments and civilian agencies are the government, as a ministry is.
        ("The Immigration and Naturalization Service denied the visa on Friday.",
         "Immigration and Naturalization Service", "USAGOV"),
        ("The INS said the request was late.", "INS", "USAGOV"),
        ("The Justice Department sued the hospital chain.", "Justice Department", "USAGOV"),
        ("The EPA fined the refinery.", "EPA", "USAGOV"),
        ("The Securities and Exchange Commission accused the broker of fraud.",
         "Securities and Exchange Commission", "USAGOV"),
        # Law enforcement, intelligence, the armed services' staff, courts and legislatures.
        ("The DEA seized the shipment.", "DEA", "USACOP"),
        ("The Secret Service closed the street.", "Secret Service", "USACOP"),
        ("The NSA intercepted the calls.", "NSA", "USASPY"),
        ("The Joint Chiefs of Staff opposed the cuts.", "Joint Chiefs of Staff", "USAMIL"),
        ("The U.S. Supreme Court refused to hear the case.", "U.S. Supreme Court", "USAJUD"),
        ("The Senate Foreign Relations Committee delayed the vote.", "Senate Foreign Relations Committee", "USALEG"),
        # A federal corporation's legal name is the government's, not a firm's.
        ("The Resolution Trust Corp. sold the failed thrift.", "Resolution Trust Corp.", "USAGOV"),
        # Other states' bodies known by their own names.
        ("Scotland Yard questioned the driver.", "Scotland Yard", "GBRCOP"),
        ("MI6 recruited the engineer.", "MI6", "GBRSPY"),
        ("The Bundeswehr sent engineers to the flooded towns.", "Bundeswehr", "DEUMIL"),
        ("The People's Liberation Army held drills near the strait.", "People's Liberation Army", "CHNMIL"),
        ("The Shin Bet said the cell planned an attack.", "Shin Bet", "ISRSPY"),
        ("The Sejm approved the budget.", "Sejm", "POLLEG"),
        # A security or intelligence service is intelligence, with its country or named owner.
        ("The Ruritanian security service detained the courier.", "security service", None),
        ("The Russian security service detained the courier.", "Russian security service", "RUSSPY"),
    ],
)
def test_named_state_bodies(nlp, text: str, phrase: str, code: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _coded(nlp, text).get(phrase) == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # Another country's body of the same name is that country's, with the body's sector.
        ("Thailand's Securities and Exchange Commission fined the broker.",
         "Securities and Exchange Commission", "THAGOV"),
        ("The Russian Secret Service arrested the courier.", "Secret Service", "RUSCOP"),
        ("The Philippine Department of Agriculture banned the imports.", "Department of Agriculture", "PHLGOV"),
        ("Hong Kong's Justice Department charged the banker.", "Justice Department", "HKGGOV"),
        # The body's own country changes nothing.
        ("The U.S. Justice Department sued the hospital chain.", "Justice Department", "USAGOV"),
        ("Russia's Duma passed the bill.", "Duma", "RUSLEG"),
        ("Mexico's Customs Service held the trucks.", "Customs Service", "MEXCOP"),
    ],
)
def test_a_body_named_with_another_country_is_that_countrys(  # type: ignore[no-untyped-def]
    nlp, text: str, phrase: str, code: str
) -> None:
    assert _coded(nlp, text).get(phrase) == code


def test_an_agency_title_places_its_head(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "INS commissioner Ruth Calder told reporters the boy would stay."
    assert _coded(nlp, text).get("Ruth Calder") == "USAGOV"


_US_STORY = "Washington said the United States would act. American officials met. The U.S. envoy left. "


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A state has one Senate and one Supreme Court: a bare one is the article's country's ...
        (_US_STORY + "The Senate approved the nominee.", "Senate", "USALEG"),
        (_US_STORY + "The Supreme Court ruled that the law was valid.", "Supreme Court", "USAJUD"),
        (_US_STORY + "The House of Representatives passed the bill.", "House", "USALEG"),
        ("Manila said the Philippines would act. Philippine officials met. The Philippine envoy left. "
         "The Senate approved the nominee.", "Senate", "PHLLEG"),
    ],
)
def test_a_bare_senate_or_supreme_court_is_the_articles(  # type: ignore[no-untyped-def]
    nlp, text: str, phrase: str, code: str
) -> None:
    assert _coded(nlp, text).get(phrase) == code


def test_a_bare_senate_still_takes_the_place_its_sentence_names(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _coded(nlp, "In Mexico, the Senate approved the budget on Friday.").get("Senate") == "MEXLEG"
