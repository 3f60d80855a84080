"""Places in world news found wrong in a review of wire stories, one table per class (sentences of our own)."""

from __future__ import annotations

import pytest

from newsgraph.extract.places import find_places, sentence_locations


def _places(nlp, text: str) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [(place.text, place.name, place.country) for place in find_places(doc, text)]


# A town of a country ISO does not code (Kosovo) has the country GeoNames gives it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy spoke to reporters in Pristina on Monday.", ("Pristina", "Pristina", "XKX")),
        ("Refugees crossed into Kosovo from the hills.", ("Kosovo", "Kosovo", "XKX")),
    ],
)
def test_kosovo_has_a_country_code(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _places(nlp, text)


# "the Gulf" is the sea the story's countries border; a lower-case gulf or a war's name is none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two more warships sailed into the Gulf as Iraq and Kuwait traded threats.", "Persian Gulf"),
        ("American carriers stayed in the Gulf while Iran held its exercises.", "Persian Gulf"),
        ("Shrimp boats from Louisiana and Mississippi returned to the Gulf last week.", "Gulf of Mexico"),
        ("A storm churning in the Gulf is expected to reach Texas by Friday.", "Gulf of Mexico"),
        ("The gulf between the two parties in Ohio widened over the budget.", None),
        ("He served in the Gulf War before he came home to Tulsa.", None),
    ],
)
def test_the_gulf_is_the_sea_of_the_story(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    found = [name for mention, name, _ in _places(nlp, text) if mention.lower() == "gulf"]
    assert found == ([expected] if expected else [])


# Where an event happened: not where its sources sit, not a target after "at", not the
# background of a person or body told in a relative clause about them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fresh troops landed on Friday, according to military sources in Cairo.", None),
        ("Reports in Ghana said the parcel was carried by road from Togo.", None),
        ("The missiles were aimed at Israel, the army said.", None),
        ("The finance minister, who studied in Vienna for years, said the budget would pass.", None),
        ("The donor, who owns a jewelry company in suburban Denver, has raised money for the campaign.", None),
        ("NATO, which will meet in Oslo next month, backed the plan.", None),
        ("Police in the Comoros archipelago raided two homes.", "Comoros"),
        ("Pieces of the car bomb that went off in Mombasa were found on a roof.", "Mombasa"),
        ("The minister told reporters in Berlin that talks would resume.", "Berlin"),
        ("Protesters gathered outside the US embassy in Baghdad.", "Baghdad"),
    ],
)
def test_where_the_event_happened(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    located = sentence_locations(doc, find_places(doc, text))
    place = located.get(doc[-1].sent.start_char)
    assert (place.text if place else None) == expected


# A country whose people the story names is the country, not the namesake town of a local
# story's state; with no such word the local reading may stand.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agents searched a house in Amherst, N.Y., near Buffalo. The hunt was extended to Mexico, "
            "and Mexican police joined it. A car seen in Buffalo was found in Rochester, N.Y.",
            "MEX",
        ),
        (
            "Firefighters from Bangor, Maine, drove to Lebanon, Maine. Lebanese food was served "
            "to the crews in Augusta, Maine, and Portland, Maine.",
            "USA",
        ),
    ],
)
def test_a_named_people_keeps_its_country(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    countries = {country for mention, _, country in _places(nlp, text) if mention in ("Mexico", "Lebanon")}
    assert countries == {expected}


# Presidents' surnames, a pollster and a department's "Police" are no towns (stopwords.tsv):
# "the Truman library" is no Truman, Minnesota; "Monmouth poll" no Monmouth, Oregon.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The ministers signed the papers at the Truman Presidential Library on Friday.", "Truman"),
        ("Truman's secretary of state signed the treaty for the United States.", "Truman"),
        ("Reagan's budget director defended the cuts before Congress.", "Reagan"),
        ("The Monmouth poll also shows the governor ahead in Ohio.", "Monmouth"),
        ("The shop was robbed, said a Police Department spokesman in Brooklyn.", "Police"),
    ],
)
def test_names_of_people_and_bodies_are_no_towns(nlp, text, absent) -> None:  # type: ignore[no-untyped-def]
    assert absent not in [mention for mention, _, _ in _places(nlp, text)]


def test_monmouth_county_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Flooding closed roads across Monmouth County and in Freehold, N.J."
    assert ("Monmouth County", "Monmouth County", "USA") in _places(nlp, text)


# States of the 1990s news still names: whole names, resolved to today's country that holds them.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ships from Britain, West Germany and Italy joined the blockade.", ("West Germany", "West Germany", "DEU")),
        ("He fled East Germany in 1961.", ("East Germany", "East Germany", "DEU")),
        ("Soviet tanks rolled into Czechoslovakia in 1968.", ("Czechoslovakia", "Czechoslovakia", "CZE")),
        ("NATO warned it could strike Yugoslavia within days.", ("Yugoslavia", "Yugoslavia", "SRB")),
        ("The USSR sent advisers to the region.", ("USSR", "Soviet Union", "RUS")),
        ("Refugees poured across the border into Zaire.", ("Zaire", "Democratic Republic of the Congo", "COD")),
    ],
)
def test_former_states(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in _places(nlp, text)


# The dateline the cleaner cuts is read for its places, and places the first sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KABUL, Afghanistan (AP) _ The council met on Monday.", [("KABUL", "AFG"), ("Afghanistan", "AFG")]),
        ("SPRINGFIELD, Ill. (AP) -- The governor signed the bill.", [("SPRINGFIELD", "USA"), ("Ill.", "USA")]),
        ("WASHINGTON, May 3 (Xinhua) -- The president signed the bill.", [("WASHINGTON", "USA")]),
        ("OSLO (AP)_ The talks resumed on Monday.", [("OSLO", "NOR")]),
    ],
)
def test_cut_datelines_are_places(engine, text, expected) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.records import RawDocument

    (result,) = list(engine.run([RawDocument(doc_id="d", text=text, published="1999-05-03")]))
    header = [place for place in result.places if place.start < text.index(" ", text.index(")"))]
    assert [(place.text, place.country) for place in header] == expected
    assert all(text[place.start : place.end] == place.text for place in result.places)


def test_a_cut_dateline_places_the_first_sentence(engine) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.records import RawDocument

    text = "OSLO, Norway (AP) _ Government and rebel envoys signed a truce on Monday."
    (result,) = list(engine.run([RawDocument(doc_id="d", text=text, published="1999-05-03")]))
    assert [event.location.name for event in result.events if event.location] == ["Oslo"] * len(
        [event for event in result.events if event.location]
    )
    assert any(event.location for event in result.events)


def test_springfield_illinois(nlp) -> None:  # type: ignore[no-untyped-def]
    from newsgraph.extract._gazetteer import load_gazetteer
    from newsgraph.extract._place_dateline import dateline_places

    found = dateline_places(0, "SPRINGFIELD, Ill. (AP) --", load_gazetteer())
    assert [(place.entry.name, place.entry.admin1) for place in found] == [("Springfield", "IL"), ("Illinois", "IL")]


# The whole name when the tagger cut off its first word: "Little Havana" is Miami's, not Cuba's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crowds kept vigil outside the house in Little Havana where the boy lives.", ("Little Havana", "USA")),
        ("\u201cThe Miami relatives will appeal,\u201d the lawyer said.", ("Miami", "USA")),
    ],
)
def test_whole_names(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(mention, country) for mention, _, country in _places(nlp, text)]
