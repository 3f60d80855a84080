"""Places in world news found wrong in a product review of wire stories (sentences of our own)."""

from __future__ import annotations

import pytest

from newsgraph.extract.places import find_places


def _places(nlp, text: str) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [(place.text, place.name, place.country) for place in find_places(doc, text)]


# A country's name is the country in a story that ranges over other countries, even when
# the story's home state has a small town of that name (Mexico, N.Y.; Lebanon, Pa.).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Detectives in Rochester, New York, think the suspect drove to Mexico. Officers in Albany "
            "and in Canada were told to watch for him.",
            ("Mexico", "Mexico", "MEX"),
        ),
        (
            "A nurse from Harrisburg, Pennsylvania, flew to Lebanon last week. Her family in Pittsburgh "
            "said she had worked in Syria before.",
            ("Lebanon", "Lebanon", "LBN"),
        ),
    ],
)
def test_country_name_in_a_story_abroad(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _places(nlp, text)


# Towns abroad that world news names: small ones from the curated table, and the spellings
# news uses for towns the city table has under another ("Poipet" for Paoy Paet).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aid convoys reached Srebrenica after a week of talks.", ("Srebrenica", "BIH")),
        ("British marines pulled back from Sangin under heavy fire.", ("Sangin", "AFG")),
        ("Guerrillas overran Musa Qala before dawn, officials said.", ("Musa Qala", "AFG")),
        ("Investigators dug for bodies outside Racak, a village in Kosovo.", ("Racak", "XKX")),
        ("Casinos in Poipet draw gamblers from across the border.", ("Poipet", "KHM")),
        ("The army lifted its curfew on Jenin and Qalqilya on Sunday.", ("Jenin", "PSE")),
        ("The army lifted its curfew on Jenin and Qalqilya on Sunday.", ("Qalqilya", "PSE")),
        ("Monks chanted at Angkor Wat as the sun rose.", ("Angkor Wat", "KHM")),
        ("Bombers pounded caves at Tora Bora for a third day.", ("Tora Bora", "AFG")),
        ("Settlers from Beit El blocked the road to Ramallah.", ("Beit El", "PSE")),
        ("Police in Kiryat Arba questioned two teenagers.", ("Kiryat Arba", "PSE")),
        ("Church bells rang in Beit Sahour on Christmas Eve.", ("Beit Sahour", "PSE")),
        ("Marines patrolled Nawzad while engineers repaired the dam at Kajaki.", ("Kajaki", "AFG")),
        ("Marines patrolled Nawzad while engineers repaired the dam at Kajaki.", ("Nawzad", "AFG")),
        ("Two rockets hit the airfield at Bagram overnight.", ("Bagram", "AFG")),
        ("Artillery fire was heard near Preah Vihear, the disputed temple.", ("Preah Vihear", "KHM")),
    ],
)
def test_world_news_towns(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(mention, country) for mention, _, country in _places(nlp, text)]


# A big city's name that opens a company's full name is the company where the bare name does
# what a company does or owns what it owns; framed as a place, or doing nothing firm-like, it stays.
def test_a_big_city_named_firm_acting_is_the_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fresno Savings & Loan Association posted a loss of $12 million. Fresno said its bond portfolio "
        "lost value, and Fresno's chairman resigned. Fresno shares fell 10%. Growers near Fresno were "
        "not hurt."
    )
    starts = {place.start for place in find_places(nlp(text), text) if place.text == "Fresno"}
    assert text.index("Fresno said") not in starts
    assert text.index("Fresno's chairman") not in starts
    assert text.index("Fresno shares") not in starts
    assert text.index("Fresno were") in starts


# A region news names with "the" is the region only so written (or before a word of the land);
# bare, it is the company of that name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Amazon said it would open two warehouses in Ohio.", ["Ohio"]),
        ("Shares of Amazon rose 3% after the report.", []),
        ("Ranchers set fires across the Amazon as Brazil sent soldiers.", ["Amazon", "Brazil"]),
        ("Amazon rain forest fires spread toward Peru.", ["Amazon", "Peru"]),
    ],
)
def test_a_bare_region_name_is_the_company(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert [mention for mention, _, _ in _places(nlp, text)] == expected


# "New York" the state or the city, by the words around it and the story's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor said New York would hire 500 more nurses across the state.", "New York"),
        ("Heavy snow closed schools across upstate New York on Monday.", "New York"),
        ("Farmers in New York state lost much of the apple crop.", "New York"),
        ("The mayor said New York would repave 200 miles of streets, starting in Queens.", "New York City"),
        ("Officers in New York arrested three men in Brooklyn after the robbery.", "New York City"),
        ("New York police closed two streets near the stadium.", "New York City"),
        ("She grew up in Syracuse, New York, and now works for the mayor of Chicago.", "New York"),
    ],
)
def test_new_york_the_state_or_the_city(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert [name for mention, name, _ in _places(nlp, text) if mention == "New York"] == [expected]


# "the gulf" in lower case is the sea of a story whose countries or states lie by one; a gulf
# between people, or one with an adjective, is none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two tankers left the gulf on Friday as Iraq massed troops near Kuwait.", ["Persian Gulf"]),
        ("Insurers raised rates for ships in the gulf, where Iran seized a freighter.", ["Persian Gulf"]),
        ("Fishing boats from Alabama went back out to the gulf after the storm.", ["Gulf of Mexico"]),
        ("The gulf between Iran and its neighbours is wider than ever.", []),
        ("A widening gulf divides Qatar and Bahrain.", []),
        ("The gulf in wages between Oman and Yemen has grown.", []),
    ],
)
def test_the_gulf_in_lower_case(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert [name for mention, name, _ in _places(nlp, text) if mention == "gulf"] == expected


# A place name that names a treaty signed there, or a crude oil grade, is no place of the story's;
# a treaty named after countries keeps them (its parties), and a grade's town framed as a place stays.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland and Hungary were once members of the Warsaw Pact.", ["Poland", "Hungary"]),
        ("Signatories of the Kyoto Protocol met again in Bonn.", ["Bonn"]),
        ("Slovakia joined the North Atlantic Treaty Organization in 2004.", ["Slovakia"]),
        ("The Egypt-Israel treaty has held for decades.", ["Egypt", "Israel"]),
        ("Brent crude fell 2% while Dubai crude held steady.", []),
        ("Brent crude fell 2%. Traders said Brent could slide further, but a refinery in Dubai kept running.",
         ["Dubai"]),
    ],
)
def test_treaties_and_oil_grades(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert [mention for mention, _, _ in _places(nlp, text)] == expected
