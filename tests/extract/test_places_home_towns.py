"""Towns of the story's home state that the tagger took for people or firms, found by the words of place around them."""

from __future__ import annotations

import pytest

from newsgraph.extract.geo import km_between
from newsgraph.extract.places import find_places

# (story, mention, approximate latitude and longitude of the town meant), written by hand.
HOME_STATE_TOWNS = [
    # After a preposition of place, a name the tagger calls a person (and a stopword) is the home state's town.
    ("Mississippi deputies from Pearl and Brandon drove to Clinton, and Clinton police met them near Jackson.",
     "Clinton", 32.34, -90.32),
    ("Storms crossed Cooke County and Denton on Tuesday. The old bomber circled over Gainesville before it "
     "landed in Denton, Texas officials said.", "Gainesville", 33.63, -97.13),
    # "of" a troop or a firm: where it is from.
    ("Scouts from Norfolk, Nebraska collected food. Pack 12 of Pierce and Troop 40 of Madison helped, as did "
     "Scouts from Wayne, Nebraska.", "Pierce", 42.2, -97.53),
    ("Scouts from Norfolk, Nebraska collected food. Pack 12 of Pierce and Troop 40 of Madison helped, as did "
     "Scouts from Wayne, Nebraska.", "Madison", 41.83, -97.45),
    # Listed with a place the story already has.
    ("Few Georgia cities, among them Macon, Valdosta and Gainesville and Duluth, let builders put modular "
     "homes on small lots.", "Duluth", 34.0, -84.14),
    ("Deputies from Lamar County and Hattiesburg searched the woods near Purvis, Mississippi officials said.",
     "Hattiesburg", 31.33, -89.29),
    # A country's name after the comma, which the story settles as a town of its own, is the next of a
    # list, not the qualifier of the name before it.
    ("Volunteers came from Crockett, Palestine and Houston, the Texas museum in Palestine said; Anderson "
     "County paid for lunch.", "Crockett", 31.32, -95.46),
]


@pytest.mark.parametrize(("text", "mention", "lat", "lon"), HOME_STATE_TOWNS)
def test_a_home_state_town_in_words_of_place_is_found(nlp, text, mention, lat, lon):  # type: ignore[no-untyped-def]
    places = [place for place in find_places(nlp(text), text) if place.text == mention]
    assert places
    for place in places:
        assert place.feature == "city"
        assert place.lat is not None and place.lon is not None
        assert km_between(place.lat, place.lon, lat, lon) <= 161


# (story, a name that must stay out): no word of place, a person's possessive, or no town of
# the name in the story's state.
NOT_HOME_STATE_TOWNS = [
    ("Arkansas lawmakers from Little Rock and Hot Springs met with Clinton on Monday to talk about Arkansas roads.",
     "Clinton"),
    ("Arkansas lawmakers from Little Rock, Conway and Hot Springs read aloud from Clinton's memoir on Monday.",
     "Clinton"),
    ("Police in Dallas, Houston and Austin said Texas troopers had sent a letter to Fitzgerald about the case.",
     "Fitzgerald"),
]


@pytest.mark.parametrize(("text", "name"), NOT_HOME_STATE_TOWNS)
def test_a_person_s_name_stays_out_without_a_home_state_town_in_words_of_place(  # type: ignore[no-untyped-def]
    nlp, text, name
):
    assert name not in [place.text for place in find_places(nlp(text), text)]


def test_the_home_town_s_other_mentions_follow_it(nlp):  # type: ignore[no-untyped-def]
    # Once "over Gainesville" is the Texas town, the club's name mentions it too.
    text = ("Storms crossed Cooke County and Denton on Tuesday. The old bomber circled over Gainesville before it "
            "landed in Denton, Texas officials said. The Gainesville Riding Club will host a rodeo in May.")
    towns = [place for place in find_places(nlp(text), text) if place.text == "Gainesville"]
    assert len(towns) == 2
    assert {(place.name, place.country, place.feature) for place in towns} == {("Gainesville", "USA", "city")}
    assert all(place.lat is not None and km_between(place.lat, place.lon, 33.63, -97.13) <= 161 for place in towns)


def test_a_name_is_no_evidence_for_its_own_home_state():  # type: ignore[no-untyped-def]
    # A firm named "Columbia" three times, pinned on the Missouri town, makes no story of Missouri for
    # its own other mentions; a story of three Missouri names does.
    from newsgraph.extract._gazetteer import Entry
    from newsgraph.extract._place_home_towns import _home_state
    from newsgraph.extract._place_record import Mention

    def town(name: str) -> Entry:
        return Entry(name, "city", "US", "USA", 38.9, -92.3, None, 100_000, admin1="MO")

    firm = [Mention(index * 20, index * 20 + 8, "columbia", (), True, resolved=town("Columbia")) for index in range(3)]
    assert _home_state(firm) == "MO"
    assert _home_state(firm, without="columbia") is None
    towns = [Mention(index * 20, index * 20 + 6, key, (), True, resolved=town(key))
             for index, key in enumerate(["sedalia", "marshall", "boonville"])]
    assert _home_state(firm + towns, without="columbia") == "MO"
