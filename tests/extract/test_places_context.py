"""Place names whose sense the story's own words settle: legislators' counties, county lists, and the like."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from newsgraph.extract.geo import km_between
from newsgraph.extract.places import find_places, sentence_locations
from newsgraph.records import Place


def _the_place(places: Sequence[Place], mention: str) -> Place:
    (place,) = [place for place in places if place.text == mention]
    return place


def _near(place: Place, lat: float, lon: float) -> bool:
    """Whether the place has a point within 161 km (100 miles, the benchmark's radius) of the one meant."""
    return place.lat is not None and place.lon is not None and km_between(place.lat, place.lon, lat, lon) <= 161


# (story, mention, feature, approximate latitude and longitude of the place meant), written by hand.
STORY_CONTEXT = [
    # A legislator's home after the party letter may be a county (West Virginia's
    # delegates), picked by the state the story names.
    ("Delegates Ann Stroud, D-Hardy, and Paul Keener, R-Berkeley, voted for the "
     "bill in the West Virginia House.", "Hardy", "admin2", 39.0, -78.86),
    ("Delegates Ann Stroud, D-Hardy, and Paul Keener, R-Berkeley, voted for the "
     "bill in the West Virginia House.", "Berkeley", "admin2", 39.46, -78.03),
    # A state's written abbreviation after the party letter, with or without its period, is a member of
    # Congress's state.
    ("Sen. Bob Casey, D-Pa., called the findings troubling, and Rep. Nancy Pelosi, D-Calif, agreed.",
     "Pa.", "admin1", 40.75, -77.75),
    ("Sen. Bob Casey, D-Pa., called the findings troubling, and Rep. Nancy Pelosi, D-Calif, agreed.",
     "Calif", "admin1", 37.25, -119.75),
    # Where the county's state has a town of the name, the legislator's home is the town.
    ("Sen. Glenn McConnell, R-Charleston, said South Carolina could not afford the plan.",
     "Charleston", "city", 32.78, -79.93),
    # A town elsewhere keeps its town reading ("R-Elbow Lake" is a Minnesota town).
    ("Rep. Lars Ostby, R-Elbow Lake, told a Minnesota panel the fees were too high.",
     "Elbow Lake", "city", 45.99, -95.98),
    # A state's name in a list of counties is the county of that name, in the others' state.
    ("Otoe, Dakota and Washington counties added jobs last year, Nebraska labor data show.",
     "Washington", "admin2", 41.53, -96.2),
    ("Otoe, Dakota and Washington counties added jobs last year, Nebraska labor data show.",
     "Dakota", "admin2", 42.4, -96.57),
    # "County, State" picks the county of that state.
    ("Labs in Jefferson County, Colo., and Kane County, Ill., will share the grant.",
     "Jefferson County", "admin2", 39.6, -105.2),
    ("Labs in Jefferson County, Colo., and Kane County, Ill., will share the grant.",
     "Kane County", "admin2", 41.94, -88.43),
    # Alone before "counties" it is the state whose counties they are.
    ("Jobless rates rose in 80 Indiana counties last month.", "Indiana", "admin1", 40.0, -86.1),
    # So is a town whose area the counties make up, in no list.
    ("Home sales in the four metro Athens counties slowed in June. Oconee, Clarke, "
     "Oglethorpe and Madison counties in Georgia all cut permits.", "Athens", "city", 33.96, -83.38),
    # Lists run "from ... to ..." too, and may start with a word that is no county.
    ("Wind knocked down power lines from Ellsworth to Riley counties, a Kansas utility said.",
     "Riley", "admin2", 39.3, -96.7),
    ("Rural Hitchcock and Hayes counties in Nebraska's southwest corner lost farms last year.",
     "Hayes", "admin2", 40.5, -101.06),
]


@pytest.mark.parametrize(("text", "mention", "feature", "lat", "lon"), STORY_CONTEXT)
def test_story_context_settles_the_sense(nlp, text, mention, feature, lat, lon):  # type: ignore[no-untyped-def]
    place = _the_place(find_places(nlp(text), text), mention)
    assert place.feature == feature
    assert _near(place, lat, lon)


# A lesser town abroad, alone of its country in a story about another country's places,
# is more likely a local place the gazetteer lacks than the namesake far away.
# (story, mention, the country it must not be given)
NO_STRAY_PINS = [
    ("Charleston police said the body was found east of Hampton Park. Officers from Charleston "
     "and North Charleston searched the area near Summerville.", "Hampton Park", "AUS"),
    ("Richmond council will plant trees along the high streets of Richmond and Twickenham, "
     "London officials said, as London boroughs widen pavements.", "Twickenham", "USA"),
]

# The same at home: a small town of another state, alone of its state in a story about one
# state's places, is a local place the gazetteer lacks (Kensington, Minnesota, not the
# Maryland suburb), located at the story's town and flagged "locality".
# (story, mention, approximate latitude and longitude of the story's town)
LOCAL_PLACES = [
    ("A culvert washed out southwest of Kensington, Douglas County officials said. Roads near "
     "Alexandria and Osakis in Douglas County were closed.", "Kensington", 45.89, -95.38),
]


@pytest.mark.parametrize(("text", "mention", "lat", "lon"), LOCAL_PLACES)
def test_a_stray_town_of_another_state_is_a_local_place(nlp, text, mention, lat, lon):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    places = find_places(doc, text)
    place = _the_place(places, mention)
    assert (place.feature, place.geonameid) == ("locality", None)
    assert _near(place, lat, lon)
    # Located only approximately: never where a sentence's action happened.
    assert all(located.text != mention for located in sentence_locations(doc, places).values())


# Towns of another state that the story qualifies ("Gallup, N.M.") or that lie near its
# other places across a state line (Platte City, Missouri by Kansas City, Kansas) keep
# their pins. (story, mention, approximate latitude and longitude)
KEPT_OUT_OF_STATE = [
    ("Deputies in Greene County and Springfield arrested a man from Gallup, N.M., near Rogersville "
     "on Monday, Missouri officials said.", "Gallup", 35.53, -108.74),
    ("Police arrested Dana Kloss, 27, of Kansas City, Kan., and Lee Harmon, 41, of Platte City, after "
     "a break-in at a store in Kansas City, Kansas.", "Platte City", 39.37, -94.78),
]


@pytest.mark.parametrize(("text", "mention", "lat", "lon"), KEPT_OUT_OF_STATE)
def test_towns_of_another_state_borne_out_keep_their_pin(nlp, text, mention, lat, lon):  # type: ignore[no-untyped-def]
    assert _near(_the_place(find_places(nlp(text), text), mention), lat, lon)


@pytest.mark.parametrize(("text", "mention", "country"), NO_STRAY_PINS)
def test_no_pin_on_a_stray_town_abroad(nlp, text, mention, country):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert not [place for place in find_places(doc, text) if place.text == mention and place.country == country]


# Well-known cities abroad, a town abroad the story keeps naming, and a lesser town abroad in a
# national or world story (its places far apart, not a local one) keep their pins.
KEPT_ABROAD = [
    # The sense a reader expects wins when the story names its country, whatever state the story is in.
    ("Relatives in Miami want the boy to stay, a Miami lawyer said in Tallahassee. His father in Cuba "
     "applied for a visa at the U.S. mission in Havana. Cuba says the boy belongs in Cuba with his father, "
     "and Miami protesters disagree.", "Havana", "CUB"),
    ("Senators in Washington debated the bill on Tuesday. Voters in Iowa, Texas and New York were split. "
     "A rocket landed near Sderot, officials said.", "Sderot", "ISR"),
    ("Ranchers in Amarillo, Lubbock and Abilene said beef exports to Tokyo fell, Texas officials said.",
     "Tokyo", "JPN"),
    ("Shoppers crowded the Bicester outlet on Saturday. Traders in Bicester said Bicester Village "
     "was busier than stores in Dallas or Houston this year.", "Bicester", "GBR"),
]


@pytest.mark.parametrize(("text", "mention", "country"), KEPT_ABROAD)
def test_towns_abroad_the_story_is_about_keep_their_pin(nlp, text, mention, country):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    places = [place for place in find_places(doc, text) if place.text == mention]
    assert places and all(place.country == country for place in places)


# The first name of a longer place name the gazetteer lacks is no place of its own:
# "a Meadow Grove man" is not from Meadow, Texas; "Tennessee Colony" is a Texas village.
# The whole name is a local place, at the story's town when it names one.
# (story, text that must not be a place, the longer name, its kind or None when left out)
LONGER_NAMES = [
    ("Deputies said they arrested Richard Pehrson of Meadow Grove after the crash.",
     "Meadow", "Meadow Grove", None),
    ("A Tennessee Colony man was found shot, Anderson County deputies said.", "Tennessee", "Tennessee Colony",
     "locality"),
    ("Columbus police said a Meadow Grove man was fined. The Columbus woman lives near Meadow Grove, "
     "Platte County records show.", "Meadow", "Meadow Grove", "locality"),
]


@pytest.mark.parametrize(("text", "shorter", "longer", "kind"), LONGER_NAMES)
def test_a_longer_place_name_is_not_its_first_name(nlp, text, shorter, longer, kind):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    places = find_places(doc, text)
    assert shorter not in [place.text for place in places]
    assert all(place.feature == kind for place in places if place.text == longer)
    if kind is not None:
        assert longer in [place.text for place in places]


def test_a_longer_name_the_gazetteer_holds_is_kept(nlp):  # type: ignore[no-untyped-def]
    text = "Soldiers from Fort Carson returned to Colorado Springs on Monday."
    places = find_places(nlp(text), text)
    assert [(place.text, place.country) for place in places if place.text == "Colorado Springs"] == [
        ("Colorado Springs", "USA")
    ]


def test_a_surname_is_no_city_abroad_in_a_story_about_home(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Walter James Paris, 63, was found injured in a cabin near Brainerd, Minnesota. Paris had been beaten, "
        "said Sheriff Ann Lund, whose deputies also checked Bemidji and Duluth."
    )
    places = find_places(nlp(text), text)
    assert not [place for place in places if place.country == "FRA"]
    assert "Brainerd" in [place.text for place in places]


def test_a_surname_beside_a_city_of_home_stays_the_city(nlp):  # type: ignore[no-untyped-def]
    text = "Sam Houston led the Texas army. Houston and Dallas later grew into the state's biggest cities."
    places = find_places(nlp(text), text)
    assert ("Houston", "USA") in [(place.text, place.country) for place in places]


def test_a_stopword_town_recurs_where_its_own_context_says_so(nlp):  # type: ignore[no-untyped-def]
    # "Hamilton" is also a surname: its other occurrences count only before a word of local
    # life ("Hamilton women"), not bare ("Mr. Hamilton").
    text = (
        "HAMILTON \u2014 Three Hamilton women opened a bakery on Main Street, the mayor said. "
        "Their landlord, Ruth Hamilton, said Hamilton had been generous."
    )
    places = find_places(nlp(text), text)
    assert [place.start for place in places if place.text == "Hamilton"] == [text.index("Hamilton women")]


def test_a_surname_that_speaks_or_decides_is_the_person_even_for_a_big_city(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Attorney General Carol Reno delayed the ruling on Monday. Lawyers in Miami were angered "
        "by Reno's decision to wait, and Reno said the federal court would act first. Voters in Reno and "
        "Las Vegas were split."
    )
    places = find_places(nlp(text), text)
    renos = [place for place in places if place.text == "Reno"]
    assert len(renos) == 1 and text[renos[0].start - 10 : renos[0].start] == "Voters in "


def test_a_company_named_in_full_keeps_its_short_name_out_of_the_places(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Ralston Purina Co. reported lower profit. Ralston said its battery unit grew, and Ralston shares "
        "closed higher in New York. The company has a pet food plant in Ralston, officials in St. Louis said."
    )
    places = [(place.text, text[place.start - 3 : place.start]) for place in find_places(nlp(text), text)]
    assert [before for name, before in places if name == "Ralston"] == ["in "]  # only the town framed as one
    assert ("St. Louis", "in ") in places


def test_a_big_city_in_a_company_name_stays_a_city(nlp):  # type: ignore[no-untyped-def]
    text = "Boston Scientific Corp. said sales rose. Boston has long been home to medical device makers."
    assert "Boston" in [place.text for place in find_places(nlp(text), text)]


# Words that name something else than the place of their name. (story, the places it names)
NOT_THE_PLACE = [
    ("Federal officials placed the boy with his relatives in Miami.", ["Miami"]),
    # The tagger cut the surname off a person's name: "Superintendent Rafael" + "Toledo".
    ("Puerto Rico Police Superintendent Rafael Toledo asked drivers to stay off the roads.", ["Puerto Rico"]),
    ("The company may face an antitrust suit from the Justice Department in Washington.", ["Washington"]),
    # A craft named after a place.
    ("Dana Reyes trained for a year to join the crew of the Space Shuttle Columbia.", []),
    ("Sailors aboard the destroyer Cole were killed in Aden.", ["Aden"]),
    # A possessive ends the full name ("Marco Rubio’s"): the bare surname the tagger calls a facility is the man.
    (("Marco Rubio’s weak debate in New Hampshire has helped his rivals. Bush launched sharp attacks against "
      "Rubio on Sunday, and the Ohio governor tripped up Rubio again."), ["New Hampshire", "Ohio"]),
    # A given name of a person the story names in full, and then by surname, is no small town far from the
    # story's places ("Bernie", Missouri).
    (("Bernie Sanders campaigned in Iowa and Vermont. Sanders told volunteers in Des Moines that they were "
      "ready. \"I'll write in Bernie,\" one said. The office walls were covered in Bernie posters."),
     ["Iowa", "Vermont", "Des Moines"]),
    # A business brief opens with the firm's name in capitals; the town comes after.
    (("ONEIDA Ltd. raised its quarterly payout to 12 cents. The Oneida, N.Y., silverware maker also "
      "approved a buyback."), ["Oneida", "N.Y."]),
    # A transliteration or a short form among a big city's alternate names is no spelling news uses:
    # "Rms" is Reims in GeoNames (and "Ben" Bern, "Chi" a Chinese city).
    ("RMS International Inc., Hasbrouck Heights, N.J., said it sold a unit in Chicago.",
     ["Hasbrouck Heights", "N.J.", "Chicago"]),
]


@pytest.mark.parametrize(("text", "places"), NOT_THE_PLACE)
def test_words_of_names_that_are_no_places(nlp, text, places):  # type: ignore[no-untyped-def]
    assert [place.text for place in find_places(nlp(text), text)] == places


def test_a_firm_name_joined_by_an_ampersand_is_found(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Ralston Savings & Loan Association posted a deficit. A year earlier, Ralston had a profit "
        "of $9 million. Regulators in Albany were told."
    )
    assert [place.text for place in find_places(nlp(text), text)] == ["Albany"]


def test_a_state_s_possessive_qualifies_its_town(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Police in Buffalo, Rochester and Amherst, New York, said the rented van of the man from "
        "Buffalo was left in a lot at New Jersey's Newark airport."
    )
    (newark,) = [place for place in find_places(nlp(text), text) if place.text == "Newark"]
    assert _near(newark, 40.74, -74.17)  # Newark, New Jersey, not the village near Rochester


def test_two_big_cities_of_one_region_are_neighbours(nlp):  # type: ignore[no-untyped-def]
    text = "Investigators in Buffalo and Rochester searched the house."
    places = {place.text: place for place in find_places(nlp(text), text)}
    # Buffalo and Rochester, New York (106 km apart), not the Indiana villages 20 km apart.
    assert _near(places["Buffalo"], 42.89, -78.88) and _near(places["Rochester"], 43.15, -77.62)


def test_a_state_glued_to_based_still_qualifies_its_town(nlp):  # type: ignore[no-untyped-def]
    text = "The merger would give Wilmington, Del.-based Harbor Trust a foothold in the region."
    places = {place.text: place for place in find_places(nlp(text), text)}
    assert _near(places["Wilmington"], 39.75, -75.55) and places["Del."].country == "USA"


@pytest.mark.parametrize(
    ("name", "city"),
    [("Kiev", "Kyiv"), ("Bombay", "Mumbai"), ("Rms", None), ("lndn", None), ("Ben", None), ("Chi", None)],
)
def test_big_cities_answer_to_the_spellings_news_uses_only(name, city):  # type: ignore[no-untyped-def]
    from newsgraph.extract._gazetteer import load_gazetteer

    cities = [hit.entry.name for hit in load_gazetteer().lookup(name) if hit.entry.population >= 100_000]
    assert cities[:1] == ([city] if city else [])


def test_a_national_story_does_not_turn_a_famous_city_into_its_namesake(nlp):  # type: ignore[no-untyped-def]
    # A campaign story of many states names Texas once: its "Paris" is still the French capital.
    text = (
        "The attack on Paris has reshaped the contest. Candidates spoke in Iowa, Nevada, South Carolina "
        "and Florida, and a teacher in Beaumont, Tex., said parents in Ohio and Arizona were worried. Paris "
        "dominated the debate."
    )
    assert {place.country for place in find_places(nlp(text), text) if place.text == "Paris"} == {"FRA"}


def test_a_national_story_does_not_turn_a_country_into_a_town_of_its_name(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Lawmakers from Maine, Ohio, Texas and Florida said hackers in China broke into the agency. The hearing "
        "in Augusta, Maine, and another in Columbus, Ohio, heard that China denied it."
    )
    assert {place.country for place in find_places(nlp(text), text) if place.text == "China"} == {"CHN"}


def test_a_local_story_keeps_the_namesake(nlp):  # type: ignore[no-untyped-def]
    text = (
        "Police in Paris, a town of 25,000 in Lamar County, said the fire at the Paris courthouse was set. "
        "Texas officials in Dallas and Sherman agreed."
    )
    assert {place.country for place in find_places(nlp(text), text) if place.text == "Paris"} == {"USA"}


def test_a_name_that_qualifies_a_town_is_the_state_throughout_the_story(nlp):  # type: ignore[no-untyped-def]
    from newsgraph.extract._gazetteer import load_gazetteer
    from newsgraph.extract._place_mentions import find_mentions

    text = "Clinton debated in Brooklyn. Cruz spoke in Buffalo, New York, about upstate New York."
    mentions = [mention for mention in find_mentions(nlp(text), load_gazetteer()) if mention.key == "new york"]
    assert len(mentions) == 2
    assert all({hit.entry.feature for hit in mention.hits} == {"admin1"} for mention in mentions)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a publication's title is the publication, not its city
        ("The New York Times wrote last week that officials in Albany disagreed, and the Washington Post's editorial "
         "board agreed.", [("Albany", "USA")]),
        # a town named like a region is a namesake of the region
        ("The senator asked a scholar from the Institute for Middle East Studies to speak. Students in Ohio, "
         "Iowa and Maryland watched.", [("Middle East", None), ("Ohio", "USA"), ("Iowa", "USA"), ("Maryland", "USA")]),
        # the demonym, not Latina in Spain
        ("The campaign runs a Latina-to-Latina phone bank in Nevada and Texas.", [("Nevada", "USA"), ("Texas", "USA")]),
    ],
)
def test_names_that_mean_something_else_than_a_town(nlp, text, places):  # type: ignore[no-untyped-def]
    assert [(place.text, place.country) for place in find_places(nlp(text), text)] == places
