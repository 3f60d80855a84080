"""Place names found and resolved to gazetteer entries; the place of each sentence's action."""

from __future__ import annotations

import math

import pytest

from newsgraph.extract._place_features import FEATURE_KINDS
from newsgraph.extract.places import find_places, sentence_locations

# (sentence, [(mention text, country alpha-3, geonameid)]) written by hand for world news.
# GeoNames ids: Moscow 524901, Astana 1526273, Tehran 112931, Damascus 170654,
# Washington DC 4140963, Ankara 323786, Geneva 2660646, Aleppo 170063, Kyiv 703448,
# Paris 2988507; countries: Russia 2017370, Syria 163843, Turkey 298795, Iran 130758,
# Kazakhstan 1522867, United States 6252001, France 3017382, Ukraine 690791.
WORLD_NEWS = [
    (
        "Foreign Minister Sergei Lavrov told journalists in Moscow that the talks would go ahead.",
        [("Moscow", "RUS", 524901)],
    ),
    (
        "Delegations from Syria and Turkey arrived in Astana on Sunday.",
        [("Syria", "SYR", 163843), ("Turkey", "TUR", 298795), ("Astana", "KAZ", 1526273)],
    ),
    (
        "Iran's parliament met in Tehran as protests spread to Damascus.",
        [("Iran", "IRN", 130758), ("Tehran", "IRN", 112931), ("Damascus", "SYR", 170654)],
    ),
    (
        "Officials in Washington said the U.S. would not attend the talks in Geneva.",
        [("Washington", "USA", 4140963), ("U.S.", "USA", 6252001), ("Geneva", "CHE", 2660646)],
    ),
    (
        "President Erdogan spoke in Ankara after heavy shelling near Aleppo.",
        [("Ankara", "TUR", 323786), ("Aleppo", "SYR", 170063)],
    ),
    (
        "The minister flew from Paris to Kyiv for talks with Ukraine's government.",
        [("Paris", "FRA", 2988507), ("Kyiv", "UKR", 703448), ("Ukraine", "UKR", 690791)],
    ),
    (
        "Kazakhstan hosted the meeting in its capital, Nur-Sultan, last year.",
        [("Kazakhstan", "KAZ", 1522867), ("Nur-Sultan", "KAZ", 1526273)],
    ),
    (
        "Fighting was reported in Kiev, and Russia denied any role.",
        [("Kiev", "UKR", 703448), ("Russia", "RUS", 2017370)],
    ),
    (
        "Britain and the United States condemned the strike.",
        [("Britain", "GBR", 2635167), ("the United States", "USA", 6252001)],
    ),
]


# More world news: (sentence, [(mention text, country alpha-3, gazetteer name)]).
MORE_WORLD_NEWS = [
    (
        "Saudi Arabia and the United Arab Emirates announced a blockade of Qatar on Monday.",
        [("Saudi Arabia", "SAU", "Saudi Arabia"), ("United Arab Emirates", "ARE", "United Arab Emirates"),
         ("Qatar", "QAT", "Qatar")],
    ),
    (
        "The Pentagon said US forces in Iraq and Syria had killed a commander near Raqqa.",
        [("US", "USA", "United States"), ("Iraq", "IRQ", "Iraq"), ("Syria", "SYR", "Syria"),
         ("Raqqa", "SYR", "Ar Raqqah")],
    ),
    ("Opposition supporters rallied in Caracas as Venezuela's crisis deepened.",
     [("Caracas", "VEN", "Caracas"), ("Venezuela", "VEN", "Venezuela")]),
    ("Chancellor Angela Merkel met French President Emmanuel Macron in Berlin.", [("Berlin", "DEU", "Berlin")]),
    ("An earthquake struck off the coast of Sumatra, Indonesia's meteorology agency said.",
     [("Sumatra", "IDN", "Sumatra"), ("Indonesia", "IDN", "Indonesia")]),
    ("Hamas fired rockets from Gaza into southern Israel.", [("Gaza", "PSE", "Gaza"), ("Israel", "ISR", "Israel")]),
    ("The European Union imposed sanctions on Belarus after the disputed election in Minsk.",
     [("Belarus", "BLR", "Belarus"), ("Minsk", "BLR", "Minsk")]),
    ("Police in Hong Kong fired tear gas at demonstrators in Kowloon.",
     [("Hong Kong", "HKG", "Hong Kong"), ("Kowloon", "HKG", "Kowloon")]),
    ("Mexico's president visited the border city of Ciudad Juarez.",
     [("Mexico", "MEX", "Mexico"), ("Ciudad Juarez", "MEX", "Ciudad Juárez")]),
    ("Nigeria's army said it had freed hostages held by Boko Haram in Borno state.",
     [("Nigeria", "NGA", "Nigeria"), ("Borno", "NGA", "Borno")]),
    ("Ethiopian troops entered Mekelle, the capital of the Tigray region.",
     [("Mekelle", "ETH", "Mek'ele"), ("Tigray", "ETH", "Tigray")]),
    ("Thousands protested in Tbilisi against a law backed by Georgia's ruling party.",
     [("Tbilisi", "GEO", "Tbilisi"), ("Georgia", "GEO", "Georgia")]),
    ("The Brazilian president toured flooded areas of Rio Grande do Sul.",
     [("Rio Grande do Sul", "BRA", "Rio Grande do Sul")]),
    ("Bushfires hit Sydney and Melbourne, officials in Canberra said.",
     [("Sydney", "AUS", "Sydney"), ("Melbourne", "AUS", "Melbourne"), ("Canberra", "AUS", "Canberra")]),
    ("Rebels seized the town of Goma in eastern Congo.",
     [("Goma", "COD", "Goma"), ("Congo", "COD", "Democratic Republic of the Congo")]),
    ("Voters in Istanbul and Izmir rejected the ruling party.",
     [("Istanbul", "TUR", "Istanbul"), ("Izmir", "TUR", "İzmir")]),
    ("Shelling hit Odessa and Kharkov overnight, while Kandahar was calm.",
     [("Odessa", "UKR", "Odesa"), ("Kharkov", "UKR", "Kharkiv"), ("Kandahar", "AFG", "Kandahār")]),
    ("North Korea fired a missile into the Sea of Japan, officials in Seoul said.",
     [("North Korea", "PRK", "North Korea"), ("Sea of Japan", None, "Sea of Japan"), ("Seoul", "KOR", "Seoul")]),
    ("Kim Jong Un met Donald Trump in Singapore and later in Hanoi.",
     [("Singapore", "SGP", "Singapore"), ("Hanoi", "VNM", "Hanoi")]),
    ("Storms moved from the Gulf Coast toward the Great Lakes, while the West Coast stayed dry.",
     [("Gulf Coast", "USA", "Gulf Coast"), ("Great Lakes", None, "Great Lakes"), ("West Coast", "USA", "West Coast")]),
    ("Retired engineers once worked for China and the Soviet Union.", [("Soviet Union", "RUS", "Soviet Union")]),
    ("Troops were deployed to Crimea and the Donbas region of eastern Ukraine.",
     [("Crimea", "UKR", "Crimea"), ("Donbas", "UKR", "Donbas"), ("Ukraine", "UKR", "Ukraine")]),
]


# Written after the rules were done and scored once, untuned (first run: F1 0.956,
# country accuracy 1.0; the misses are places not in the gazetteer: Jenin, Zamfara,
# Adre, High Atlas). (sentence, [(mention, alpha-3)]).
UNTUNED_WORLD_NEWS = [
    ("The UN envoy arrived in Khartoum on Tuesday for talks with Sudan's military leaders.",
     [("Khartoum", "SDN"), ("Sudan", "SDN")]),
    ("Venezuelan migrants crossed into Colombia near the city of Cucuta.", [("Colombia", "COL"), ("Cucuta", "COL")]),
    ("Turkey's parliament in Ankara approved Sweden's bid to join NATO.",
     [("Turkey", "TUR"), ("Ankara", "TUR"), ("Sweden", "SWE")]),
    ("A drone struck an oil refinery in Ryazan, south-east of Moscow, Russian officials said.",
     [("Ryazan", "RUS"), ("Moscow", "RUS")]),
    ("Heavy rains flooded parts of Karachi and Hyderabad in Pakistan's Sindh province.",
     [("Karachi", "PAK"), ("Hyderabad", "PAK"), ("Pakistan", "PAK"), ("Sindh", "PAK")]),
    ("French President Emmanuel Macron travelled to Algiers to meet Algeria's president.",
     [("Algiers", "DZA"), ("Algeria", "DZA")]),
    ("The ship was seized in the Strait of Hormuz by Iranian forces, officials in London said.",
     [("Strait of Hormuz", None), ("London", "GBR")]),
    ("Israeli troops raided the Jenin refugee camp in the occupied West Bank.",
     [("Jenin", "PSE"), ("West Bank", "PSE")]),
    ("Prime Minister Narendra Modi addressed a rally in Varanasi, Uttar Pradesh.",
     [("Varanasi", "IND"), ("Uttar Pradesh", "IND")]),
    ("Ukrainian forces shot down drones over Kyiv and Lviv overnight.", [("Kyiv", "UKR"), ("Lviv", "UKR")]),
    ("Argentina's economy minister flew to Washington for talks with the IMF.",
     [("Argentina", "ARG"), ("Washington", "USA")]),
    ("Protests spread from Dhaka to Chittagong as Bangladesh's students demanded reforms.",
     [("Dhaka", "BGD"), ("Chittagong", "BGD"), ("Bangladesh", "BGD")]),
    ("The summit of G20 leaders opened in New Delhi on Saturday.", [("New Delhi", "IND")]),
    ("China's foreign minister visited Canberra and Wellington this week.",
     [("China", "CHN"), ("Canberra", "AUS"), ("Wellington", "NZL")]),
    ("Gunmen killed 12 villagers in Zamfara state in north-western Nigeria.", [("Zamfara", "NGA"), ("Nigeria", "NGA")]),
    ("Refugees fleeing Sudan arrived in Adre, a town in eastern Chad.",
     [("Sudan", "SDN"), ("Adre", "TCD"), ("Chad", "TCD")]),
    ("Talks between Serbia and Kosovo were hosted by the EU in Brussels.",
     [("Serbia", "SRB"), ("Kosovo", "XKX"), ("Brussels", "BEL")]),
    ("A magnitude 6.8 earthquake struck Morocco's High Atlas mountains south of Marrakesh.",
     [("Morocco", "MAR"), ("High Atlas", "MAR"), ("Marrakesh", "MAR")]),
    ("Election officials in Caracas and Maracaibo reported long queues.", [("Caracas", "VEN"), ("Maracaibo", "VEN")]),
    ("Thousands marched in Tel Aviv and Jerusalem against the judicial overhaul.",
     [("Tel Aviv", "ISR"), ("Jerusalem", "ISR")]),
]


def test_untuned_world_news_meets_the_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    gold = predicted = matched = correct = 0
    for text, items in UNTUNED_WORLD_NEWS:
        places = {place.text: place for place in find_places(nlp(text), text)}
        gold += len(items)
        predicted += len(places)
        for name, country in items:
            if name in places:
                matched += 1
                correct += places[name].country == country
    precision, recall = matched / predicted, matched / gold
    assert 2 * precision * recall / (precision + recall) >= 0.85
    assert correct / matched >= 0.9


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _found(nlp, text: str) -> list[tuple[str, str | None, int | None]]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [(place.text, place.country, place.geonameid) for place in find_places(doc, text)]


@pytest.mark.parametrize(("text", "expected"), WORLD_NEWS)
def test_world_news_places_are_found_and_resolved(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    found = _found(nlp, text)
    for item in expected:
        text_only = item[0].removeprefix("the ")
        matches = [f for f in found if f[0].removeprefix("the ") == text_only]
        assert matches, f"{item[0]!r} not found in {found}"
        assert matches[0][1:] == item[1:]


@pytest.mark.parametrize(("text", "expected"), MORE_WORLD_NEWS)
def test_more_world_news(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    found = {place.text: (place.country, place.name) for place in find_places(doc, text)}
    for mention, country, name in expected:
        assert found.get(mention) == (country, name), f"{mention!r}: {found}"


def test_world_news_scores_meet_the_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    # Toponym F1 >= 0.85 and resolution accuracy >= 0.9 over both hand-written tables.
    gold: dict[tuple[str, str], object] = {}
    predicted: dict[tuple[str, str], object] = {}
    for text, items in WORLD_NEWS:
        gold.update({(text, name.removeprefix("the ")): gid for name, _, gid in items})
        doc = nlp(text)
        predicted.update({(text, p.text.removeprefix("the ")): p.geonameid for p in find_places(doc, text)})
    for text, more in MORE_WORLD_NEWS:
        gold.update({(text, name): (country, resolved) for name, country, resolved in more})
        doc = nlp(text)
        predicted.update({(text, p.text): (p.country, p.name) for p in find_places(doc, text)})
    matched = set(gold) & set(predicted)
    precision = len(matched) / len(predicted)
    recall = len(matched) / len(gold)
    assert 2 * precision * recall / (precision + recall) >= 0.85
    assert sum(gold[key] == predicted[key] for key in matched) / len(matched) >= 0.9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Demonyms: places only where the place is meant.
        ("Syrian troops crossed into Turkish territory.", [("Turkish", "TUR")]),
        ("The Iranian government denied the report.", []),
        ("Russian Foreign Minister Sergei Lavrov spoke.", []),
        ("Jets struck targets on Syrian soil overnight.", [("Syrian", "SYR")]),
    ],
)
def test_demonyms_are_places_only_in_place_contexts(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert [(name, country) for name, country, _ in _found(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # "Town, State" and the document's other places decide between namesakes.
        ("The mayor of Paris, Texas, spoke on Monday.", "Paris", ("USA", 4717560)),
        ("Flooding hit Paris, Tenn., after the storm.", "Paris", ("USA", 4647963)),
        ("Thousands marched in Paris, and the French president spoke.", "Paris", ("FRA", 2988507)),
        ("Russia sent troops into Georgia after clashes in South Ossetia.", "Georgia", ("GEO", 614540)),
        ("Voters in Atlanta, Savannah and Macon went to the polls across Georgia.", "Georgia", ("USA", 4197000)),
        ("Lawmakers in Washington debated the bill.", "Washington", ("USA", 4140963)),
        # A few places of one country do not pull a famous name to its namesake there.
        ("Officials in Washington and New York said the U.S. would attend the talks in Paris.",
         "Paris", ("FRA", 2988507)),
    ],
)
def test_ambiguous_names_follow_the_document(nlp, text, name, expected) -> None:  # type: ignore[no-untyped-def]
    found = {place: (country, gid) for place, country, gid in _found(nlp, text)}
    if expected is None:
        assert found.get(name, (None, None))[0] != "FRA"
    else:
        assert found.get(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Place names inside people's names, sports and company names, and common words.
        ("Victoria Nuland and Jordan Peterson spoke with Sydney Powell.", []),
        ("Speaking at the White House, Biden said the Kremlin had lied.", []),
        ("Finance Director Ann Hopkins said tax receipts dropped.", []),
        ("Officials in Washington state and Washington, D.C. disagreed.",
         [("Washington state", "admin1"), ("Washington", "city"), ("D.C.", "city")]),
        ("The Islamic Republic's envoy arrived.", []),
        # Streets named after places are the streets, not the places.
        ("Police were called to a house on Memphis St. on Sunday.", [("Memphis St.", "road")]),
        ("Water service was cut between Lakeview and Harrison streets.", []),
        # A country inside an organisation's name, after its first word, is part of the name.
        ("United Russia won most seats in the regional legislature.", []),
        ("The mayor endorsed a non-United Russia nominee in Murmansk.", [("Murmansk", "city")]),
        ("Officials from the United States and the United Kingdom met.",
         [("United States", "country"), ("United Kingdom", "country")]),
        ("She withdrew cash at a Bank of America branch on Main Street.", [("Main Street", "road")]),
        ("The Corrections Corporation of America plans a new jail.", []),
        ("Officials from Club America and Chelsea met in Dallas.", [("Dallas", "city")]),
        # A small town's name that ends a person's full name in the story is that person's.
        ("Bail set in Ravenel drug case. A judge set bail for Thomas Ravenel on Monday.", []),
        ("Bingham unveils budget. TORRINGTON -- Mayor Ryan Bingham will present his budget tonight.",
         [("TORRINGTON", "city")]),
        # A name that could be a big city is the person's once the story settles it on a small town.
        ("Rangers arrested Jerry Paris near Tyler, Texas. Paris had fled on foot, Texas officials said.",
         [("Tyler", "city"), ("Texas", "admin1"), ("Texas", "admin1")]),
        ("Jerry Paris flew to Paris on Monday.", [("Paris", "city")]),
        ("Sam Houston was born in Virginia. Houston is the largest city in Texas.",
         [("Virginia", "admin1"), ("Houston", "city"), ("Texas", "admin1")]),
        # Opening the name, it is still the place (never where anything happened).
        ("The Kentucky Department of Education released the scores.", [("Kentucky", "admin1")]),
    ],
)
def test_false_friends(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert [(place.text, place.feature) for place in find_places(doc, text)] == expected


# The same name, different places, decided by the rest of the story: (story, mention,
# alpha-3, approximate latitude and longitude of the place meant), within 161 km.
DOCUMENT_CONTEXT = [
    ("Clashes broke out in Tripoli, Lebanon's second city. Officials in Beirut called for calm.",
     "Tripoli", "LBN", 34.44, 35.85),
    ("Militias fought for control of Tripoli, the Libyan capital.", "Tripoli", "LBY", 32.9, 13.2),
    ("The storm hit Birmingham, Alabama, and moved on toward Atlanta.", "Birmingham", "USA", 33.52, -86.8),
    ("Police in Birmingham and Manchester arrested four men, British police said.", "Birmingham", "GBR", 52.48, -1.9),
    ("Police in Birmingham and Manchester arrested four men, British police said.", "Manchester", "GBR", 53.48, -2.24),
    ("Residents of Alexandria, Virginia, and Arlington lost power.", "Alexandria", "USA", 38.8, -77.05),
    ("Residents of Alexandria, Virginia, and Arlington lost power.", "Arlington", "USA", 38.88, -77.1),
    ("Flooding in Alexandria and Cairo killed 12, Egypt's health ministry said.", "Alexandria", "EGY", 31.2, 29.9),
    ("Governor Brian Kemp signed the bill in Atlanta. Voters in Savannah and Augusta will decide whether "
     "Georgia should change its flag.", "Georgia", "USA", 32.7, -83.4),
    ("Russian troops remain in Abkhazia and South Ossetia, Georgia's breakaway regions.", "Georgia", "GEO", 42.0, 43.5),
    # The European Union is named as a place like a country; "Mideast" is the Middle East.
    ("Farmers from EU member states protested in Brussels.", "EU", None, 50.85, 4.35),
    ("The envoy toured the Mideast for a week.", "Mideast", None, 29.0, 42.0),
    # Streets and squares news names for their city are the city, not a road of the story's town.
    ("Wall Street rallied on Monday as Tokyo shares fell.", "Wall Street", "USA", 40.71, -74.0),
    ("Downing Street said the prime minister would visit Paris.", "Downing Street", "GBR", 51.5, -0.13),
    ("Thousands of protesters filled Tahrir Square on Friday.", "Tahrir Square", "EGY", 30.04, 31.24),
    # Canadian provinces are first-level divisions like US states: they qualify and place their towns.
    ("The plant in London, Ontario, will close.", "London", "CAN", 42.98, -81.23),
    ("Police in London, Ont., arrested a man.", "London", "CAN", 42.98, -81.23),
    ("Council members in London and Woodstock asked Ontario for money.", "London", "CAN", 42.98, -81.23),
    ("Flooding hit Hamilton, Ontario, on Monday.", "Hamilton", "CAN", 43.25, -79.85),
    ("He moved from Winnipeg, Man., to Regina.", "Man.", "CAN", 55.0, -97.0),
    # Before a word of local life a county may go without "County", rather than a small namesake town.
    ("The case was heard in Kanawha Circuit Court in Charleston, W.Va.", "Kanawha", "USA", 38.35, -81.6),
    ("He is a senior at Powhatan High School near Richmond, Va.", "Powhatan", "USA", 37.54, -77.92),
    # English and Irish counties are regions of their own and place their towns.
    ("Lancaster and Lancashire councils agreed a new bus timetable.", "Lancaster", "GBR", 54.05, -2.8),
    ("Lancaster and Lancashire councils agreed a new bus timetable.", "Lancashire", "GBR", 53.8, -2.6),
    ("The awards were given by the High Sheriff of Cambridgeshire.", "Cambridgeshire", "GBR", 52.35, 0.05),
    ("He grew up on a farm in County Mayo.", "County Mayo", "IRL", 53.9, -9.3),
]


@pytest.mark.parametrize(("text", "mention", "country", "lat", "lon"), DOCUMENT_CONTEXT)
def test_namesakes_are_resolved_from_the_story(nlp, text, mention, country, lat, lon):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    (place,) = [place for place in find_places(doc, text) if place.text == mention]
    assert place.country == country
    assert place.lat is not None and place.lon is not None
    assert _km(place.lat, place.lon, lat, lon) <= 161


# US local news: counties and small towns, each within 161 km of the place meant.
# (story, mention, alpha-3, approximate latitude and longitude).
LOCAL_NEWS = [
    # A county has a point (the middle of its towns), and the state named in the story
    # picks among namesakes: Boone County, Indiana, not Kentucky's.
    ("Flooding closed roads across Boone County on Tuesday, Indiana officials said.",
     "Boone County", "USA", 40.0, -86.4),
    ("Deputies in Madison County arrested two men in Huntsville on Monday, Alabama police said.",
     "Madison County", "USA", 34.8, -86.6),
    # Each name before "counties" is a county, in the state the others share.
    ("Enrollment slowed in Walton and Oconee counties this year.", "Walton", "USA", 33.8, -83.7),
    ("Enrollment slowed in Walton and Oconee counties this year.", "Oconee", "USA", 33.85, -83.45),
    # Ambiguous names agree on a home state: Gainesville, Georgia, with Georgia's Hall County.
    ("The Gainesville City Council met with Hall County commissioners on Tuesday.",
     "Gainesville", "USA", 34.3, -83.82),
    # The state the story names most decides, not any state it names once.
    ("Boone County's unemployment rate rose, Indiana officials said. Indiana's rate was 8 percent, "
     "while Kentucky's was 9 percent. Indiana employers cut jobs.", "Boone County", "USA", 40.0, -86.4),
    # "Mt." is "Mount".
    ("The band from Mt. Pleasant, Iowa, won the state jazz championship.", "Mt. Pleasant", "USA", 40.96, -91.55),
    # Towns well under 15,000 people.
    ("Deputies said the suspect fled to Cottonport, where he was arrested.", "Cottonport", "USA", 31.0, -92.05),
    ("Volunteers stacked sandbags in Perham and Pelican Rapids as the river rose in Minnesota.",
     "Pelican Rapids", "USA", 46.57, -96.08),
    ("Flooding hit Paris, Tenn., after the storm.", "Paris", "USA", 36.3, -88.33),
    # A town named elsewhere in the story settles its neighbour's namesakes (Sharon,
    # Connecticut, not the larger Sharon, Pennsylvania).
    ("Taxes will rise in Falls Village and in Sharon, school officials said.", "Sharon", "USA", 41.88, -73.48),
    # A county inside an organisation's name is still the county.
    ("The Madison County Health Department offers flu shots in Huntsville, Alabama.",
     "Madison County", "USA", 34.8, -86.6),
    # Names that cohere in space: only in Texas is Huntsville inside Walker County, only in
    # Tennessee is Paris inside Henry County, though both names exist in other states.
    ("Walker County deputies and Huntsville police searched the woods on Friday.",
     "Huntsville", "USA", 30.72, -95.55),
    ("Walker County deputies and Huntsville police searched the woods on Friday.",
     "Walker County", "USA", 30.73, -95.57),
    ("Voters in Paris and across Henry County approved the school levy.", "Paris", "USA", 36.3, -88.33),
    ("Voters in Paris and across Henry County approved the school levy.", "Henry County", "USA", 36.33, -88.32),
    # A neighbour outweighs a famous namesake abroad (Rome beside Utica), but not a state:
    # New York here is the state, not the city among the many towns near it.
    ("Dairy farmers near Utica and Rome said New York should raise milk prices.", "Rome", "USA", 43.21, -75.46),
    ("Dairy farmers near Utica and Rome said New York should raise milk prices.", "New York", "USA", 43.0, -75.5),
    # Dotted initials of a city are the city; the state abbreviation with one inner letter stays the state.
    ("Traffic in L.A. was heavy on Monday.", "L.A.", "USA", 34.05, -118.24),
    ("He lives in Shreveport, La., with his wife.", "La.", "USA", 31.0, -92.0),
]


@pytest.mark.parametrize(("text", "mention", "country", "lat", "lon"), LOCAL_NEWS)
def test_counties_and_small_towns_are_placed(nlp, text, mention, country, lat, lon):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    (place,) = [place for place in find_places(doc, text) if place.text == mention]
    assert place.country == country
    assert place.lat is not None and place.lon is not None
    assert _km(place.lat, place.lon, lat, lon) <= 161


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Datelines: a name in capitals opening a paragraph before a dash or colon.
        ("Library opens new wing. BYESVILLE -- Readers lined up before dawn.", ["BYESVILLE"]),
        ("Shingleton to run again. CROMWELL \u2014 The third Democrat entered the race.", ["CROMWELL"]),
        ("Police said - nothing more.", []),
        ("Man charged in shooting. ST. PAUL -- A man was charged Monday.", ["ST. PAUL"]),
        ("Firefighters battled a blaze. ST. PARIS -- Firefighters were called Monday.", ["ST. PARIS"]),
        # A name that is usually a person's is a town in a dateline with its state.
        ("Man paints barn purple. FAIRFIELD, Conn. -- Neighbors say they like it.",
         ["FAIRFIELD", "Conn."]),
        # A town before a word of local life, even inside an organisation's or a title's name.
        ("A Chapin woman won the state spelling bee on Friday.", ["Chapin"]),
        ("Roselle police are looking for a stolen tractor.", ["Roselle"]),
        ("She will be arraigned in Litchfield Superior Court next week.", ["Litchfield"]),
        ("Members of Kent\u2019s Board of Finance attended the workshop.", ["Kent"]),
        ("Firefighters were called to a Buford home on Tuesday.", ["Buford"]),
        # A name that is usually something else, tagged a place, in a place's context.
        ("The bridge carries traffic between Trenton and Monroe.", ["Trenton", "Monroe"]),
        ("Deputies were called to the couple's Fairfield home on Sunday.", ["Fairfield"]),
        ("Marilyn Monroe starred in the film.", []),
        ("A Lovejoy senior won the essay contest.", ["Lovejoy"]),
        ("Two men appeared at Feltham Magistrates' Court on Monday.", ["Feltham"]),
        ("Jones, a sophomore at Huntsville High School, won the essay prize.", ["Huntsville"]),
        # An airport named for its city is the city's.
        ("He died at Vancouver International Airport after a confrontation.", ["Vancouver"]),
        # A big city inside an organisation's name is still the city.
        ("Patel, 19, is a University of Cincinnati sophomore.", ["Cincinnati"]),
        # A hyphenated name is one place when the gazetteer knows it whole.
        ("Winston-Salem officials agreed to the plan.", ["Winston-Salem"]),
        ("Gainesville Mayor Ellen Daws praised the volunteers.", ["Gainesville"]),
        # "City" before an institution's name is the institution's, unless "X City" is a town's own name.
        ("The Dublin City Council met on Monday.", ["Dublin"]),
        ("Boulder City Council hired former Dublin City Manager Ray Olsen last year.",
         ["Boulder City", "Dublin"]),
        ("Kansas City police arrested two men.", ["Kansas City"]),
        ("The state Supreme Court denied the request.", []),
        # A county's name without "County", before a word of local life; not a saint's possessive.
        ("DuPage Sheriff Tom Kessler asked drivers to slow down.", ["DuPage"]),
        ("Henrico police seek a missing woman.", ["Henrico"]),
        ("Pupils at St. Mary's school sang carols.", []),
        # State abbreviations with an inner period stand anywhere; "Co." is "County".
        ("The S.C. Department of Revenue said taxes rose.", ["S.C."]),
        ("Boone County ranks near the top of Indiana counties for growth.", ["Boone County", "Indiana"]),
        ("A Loudon Co. man died in a wreck here.", ["Loudon Co."]),
        ("The report was written by D.E. Smith.", []),
        ("After 30 years in Tehran, Ms. Moayyad moved to Dallas.", ["Tehran", "Dallas"]),
        ("Farmers wait for rain as wells run low. BY KENT DORSEY Advocate Reporter", []),
        ("Reporter June 4, 2010 PATASKALA -- The school board voted to add a bus route.", ["PATASKALA"]),
        # A region word before a state is part of the place, not a town called Western.
        ("Mark Doyle leads the Western Pennsylvania Rowing Club.", ["Pennsylvania"]),
        # After "in" or "north of" a town is a place whatever the tagger said; not after "to".
        ("Crews battled a brush fire in Glastonbury.", ["Glastonbury"]),
        ("The orchard is about 20 miles south of Champaign.", ["Champaign"]),
        ("The trail took investigators to Henry.", []),
        # A place named again, even where the tagger took it for a person; not inside a person's name.
        ("Old bomber leaves Gainesville for good. The plane was based in Gainesville for decades.",
         ["Gainesville", "Gainesville"]),
        ("Police in Sydney arrested two men. Sydney Powell said the case was weak.", ["Sydney"]),
        # Where a named person lives.
        ("The cyclist, Maria Ocampo of Nelson, was treated and released.", ["Nelson"]),
        # A legislator's home town after the party letter.
        ("Rep. Lars Ostby, R-Elbow Lake, voted against the bonding bill.", ["Elbow Lake"]),
        ("Hopkins said revenues fell.", []),
        # A town's name that is also a surname, first in a list of towns the tagger knows.
        ("The new road runs through Monroe, Trenton and Lebanon in Butler County, Ohio.",
         ["Monroe", "Trenton", "Lebanon", "Butler County", "Ohio"]),
    ],
)
def test_local_news_names(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert [place.text for place in find_places(doc, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A named road is a place, found by its generic word, located at the story's most-named town.
        ("A fire damaged a home on Mayfield Road in Gainesville, Ga., on Monday. Gainesville firefighters "
         "were called at 3 a.m.", [("Mayfield Road", "road", "Gainesville")]),
        ("The crash closed West 11th Street near Governors' Parkway in Tyler, Texas.",
         [("West 11th Street", "road", "Tyler"), ("Governors' Parkway", "road", "Tyler")]),
        ("Crews repaired Hyland-Croy Road and Old Lexington Highway in Dublin, Ohio.",
         [("Hyland-Croy Road", "road", "Dublin"), ("Old Lexington Highway", "road", "Dublin")]),
        # Numbered roads whose kind is said in full, with the county's name before it.
        ("County Road 35, north of Alexandria, Minn., is closed. Mahnomen County Road 3 is open.",
         [("County Road 35", "road", "Alexandria"), ("Mahnomen County Road 3", "road", "Alexandria")]),
        ("The crash closed U.S. Highway 27 near Ocala, Fla.", [("U.S. Highway 27", "road", "Ocala")]),
        ("Traffic on Highway 59 was slow near Ocala, Fla.", []),
        ("Crews resurfaced Interstate Highway 35 near Ocala, Fla.", []),
        # Parks and stretches of land are found the same way.
        ("Skating is banned in Knox Park, Athens police said. Athens, Tenn., passed the ban.",
         [("Knox Park", "park", "Athens")]),
        ("The bill protects the Dolly Sods Wilderness near Elkins, W.Va.",
         [("Dolly Sods Wilderness", "land", "Elkins")]),
        # A township the gazetteer lacks is one too, not the namesake town elsewhere.
        ("Jerome Township trustees met in Dublin, Ohio, on Monday.", [("Jerome Township", "township", "Dublin")]),
        # Rivers, lakes and creeks are found too, named before or after their generic word.
        ("Anglers caught bass in the Kanawha River near Charleston, W.Va.",
         [("Kanawha River", "water", "Charleston")]),
        ("Water levels at Lake Lanier and Flat Creek fell again near Gainesville, Ga.",
         [("Lake Lanier", "water", "Gainesville"), ("Flat Creek", "water", "Gainesville")]),
        ("Anglers fished the River Wye near Hereford, England.", [("River Wye", "water", "Hereford")]),
        # A river named inside a longer name is the river, not "River" with the words after it.
        ("Volunteers planted trees at the Kanawha River Heritage Center near Charleston, W.Va.",
         [("Kanawha River", "water", "Charleston")]),
        ("The Ohio River Valley flooded near Marietta, Ohio.", [("Ohio River Valley", "land", "Marietta")]),
        # "Lake County" is a county, and a person named Lake no lake.
        ("Singer Ricki Lake visited Ocala, Fla.", []),
        # With no town in the story, the road is found but has no point.
        ("The parade will go down Main Street on Saturday.", [("Main Street", "road", None)]),
        ("U.S. officials said the parade will go down Main Street.", [("Main Street", "road", None)]),
        # Not a road: a generic word alone, inside a longer name, or in a person's name.
        ("Troopers of the Florida Highway Patrol stopped the car on the road.", []),
        ("The State Street Corporation reported earnings.", []),
        ("Actor Dick Van Dyke Drive spoke.", []),
        ("Drive carefully, police said.", []),
    ],
)
def test_named_roads_are_places_at_the_story_town(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    places = find_places(nlp(text), text)
    roads = [place for place in places if place.feature in FEATURE_KINDS]
    towns = {(place.lat, place.lon): place.name for place in places if place.feature == "city"}
    assert [(road.text, road.feature, towns.get((road.lat, road.lon))) for road in roads] == expected
    assert all(road.geonameid is None and road.name == road.text for road in roads)


def test_named_roads_are_no_event_location(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two cars collided in Main Street in Athens, Ga."
    doc = nlp(text)
    located = sentence_locations(doc, find_places(doc, text))
    assert [place.text for place in located.values()] == ["Athens"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dateline is a town, not a country of the same name; a city-state stays itself.
        ("Church plans spring supper. MALTA \u2013 Volunteers will serve pancakes on Saturday.",
         ("MALTA", "city", "USA")),
        ("Police raid homes. SINGAPORE (Reuters) - Police raided homes on Monday.", ("SINGAPORE", "city", "SGP")),
    ],
)
def test_datelines_are_towns(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    (place,) = find_places(nlp(text), text)
    assert (place.text, place.feature, place.country) == expected


def test_spans_point_into_the_original_text(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "MOSCOW (Reuters) - Talks opened in Astana, Kazakhstan, on Monday."
    masked = " " * 19 + text[19:]  # the dateline blanked, as the orchestrator does with boilerplate
    doc = nlp(masked)
    places = find_places(doc, text)
    assert [place.text for place in places] == ["Astana", "Kazakhstan"]
    assert all(text[place.start : place.end] == place.text for place in places)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He told journalists in Moscow that Russia would attend.", "Moscow"),
        ("The talks in Astana ended without a deal.", "Astana"),
        ("The Astana talks ended without a deal.", "Astana"),
        ("Putin met Erdogan in Ankara on Tuesday.", "Ankara"),
        ("Russia says Iran and Turkey support the plan.", None),
        ("The Syria peace talks are brokered by Moscow, Ankara and Tehran.", None),
        ("Shelling continued near Aleppo overnight.", "Aleppo"),
        ("Protesters gathered outside the US embassy in Baghdad.", "Baghdad"),
        ("Representatives are expected to take part in the Astana negotiations.", "Astana"),
        ("Iran voiced opposition to the US participation in the upcoming Astana talks.", None),
        ("The prime minister of Pakistan visited Beijing.", "Beijing"),
        ("Lebanon's prime minister resigned after the explosion at the port of Beirut.", "Beirut"),
        ("Officials from the Kentucky Department of Education met on Monday.", None),
        ("BEIRUT (Reuters) - The government resigned on Monday.", "BEIRUT"),
        ("Thousands of protesters gathered in Tahrir Square on Friday.", "Tahrir Square"),
    ],
)
def test_sentence_locations(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    located = sentence_locations(doc, find_places(doc, text))
    start = doc[-1].sent.start_char  # the sentence of the main clause (after any dateline)
    assert (located[start].text if start in located else None) == expected


def test_reference_article_places(nlp, astana_text) -> None:  # type: ignore[no-untyped-def]
    places = find_places(nlp(astana_text), astana_text)
    resolved = {(place.text, place.country, place.geonameid) for place in places}
    for item in [
        ("Astana", "KAZ", 1526273),
        ("Moscow", "RUS", 524901),
        ("Kazakhstan", "KAZ", 1522867),
        ("Syria", "SYR", 163843),
        ("Ankara", "TUR", 323786),
        ("Tehran", "IRN", 112931),
        ("Damascus", "SYR", 170654),
        ("Washington", "USA", 4140963),
        ("Iran", "IRN", 130758),
        ("Turkey", "TUR", 298795),
    ]:
        assert item in resolved
    assert all(place.lat is not None and place.lon is not None for place in places)
    assert all(astana_text[place.start : place.end] == place.text for place in places)
    assert not any(place.text in ("Republic", "Kremlin", "Iranian") for place in places)
