"""Visits and meetings put off, planned or departed for: a visit shelved, deferred, delayed or put off reduces
relations with the host its own phrase names, or between the two who put off their meeting (verbs.tsv 160 rows;
events._counterparts); one planned or rescheduled has not happened (cues hypothetical_heads on the noun's verb);
departing names where one goes, never a party acted on where one leaves from."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import coded_events, dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("The Japanese premier shelved his visit to Moscow after the vote.",
         {"Japanese premier": "JPNGOV", "Moscow": "RUSGOV"}, {("160", "JPNGOV", "RUSGOV")}),
        ("The Indian minister deferred her trip to Beijing.",
         {"Indian minister": "INDGOV", "Beijing": "CHNGOV"}, {("160", "INDGOV", "CHNGOV")}),
        ("The Brazilian president put off his visit to Washington.",
         {"Brazilian president": "BRAGOV", "Washington": "USAGOV"}, {("160", "BRAGOV", "USAGOV")}),
        # The visit is the canceller's own: its "to" phrase names the host, not the canceller again.
        ("The Turkish leader cancelled his visit to Cairo.",
         {"Turkish leader": "TURGOV", "Cairo": "EGYGOV"}, {("160", "TURGOV", "EGYGOV")}),
        # Delayed is put off as postponed is, and two parties putting off their meeting put it off with each other.
        ("The Czech government delayed the talks with Slovakia.",
         {"Czech government": "CZEGOV", "Slovakia": "SVKGOV"}, {("160", "CZEGOV", "SVKGOV")}),
        ("Ghana and Togo have delayed their meeting on the border.",
         {"Ghana": "GHAGOV", "Togo": "TGOGOV"}, {("160", "GHAGOV", "TGOGOV"), ("160", "TGOGOV", "GHAGOV")}),
        ("Ghana and Togo have postponed their summit.",
         {"Ghana": "GHAGOV", "Togo": "TGOGOV"}, {("160", "GHAGOV", "TGOGOV"), ("160", "TGOGOV", "GHAGOV")}),
        ("The Kenyan foreign minister departed for Addis Ababa on Monday.",
         {"Kenyan foreign minister": "KENGOV", "Addis Ababa": "ETHGOV"}, {("042", "KENGOV", "ETHGOV")}),
    ],
)
def test_visits_put_off_or_departed_for(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # Where one leaves from is no party one deals with.
        ("The Kenyan delegation departed from Addis Ababa on Monday.",
         {"Kenyan delegation": "KENGOV", "Addis Ababa": "ETHGOV"}),
        ("Chile departs from Peru after the talks.", {"Chile": "CHLGOV", "Peru": "PERGOV"}),
    ],
)
def test_leaving_a_place_acts_on_nobody(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes) == set()


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # Planned: the intent to visit (CAMEO 036), not the visit.
        ("The Polish president planned his trip to Kiev for weeks.",
         {"Polish president": "POLGOV", "Kiev": "UKRGOV"}, {("036", "POLGOV", "UKRGOV")}),
        ("The Austrian chancellor is preparing her visit to Belgrade.",
         {"Austrian chancellor": "AUTGOV", "Belgrade": "SRBGOV"}, {("042", "AUTGOV", "SRBGOV")}),
        ("The Peruvian president has rescheduled his visit to Chile.",
         {"Peruvian president": "PERGOV", "Chile": "CHLGOV"}, {("042", "PERGOV", "CHLGOV")}),
    ],
)
def test_planned_visits_are_hypothetical(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    events = coded_events(nlp, text, codes)
    assert {(e.cameo, e.source.code, e.target.code) for e in events if e.source and e.target} == expected
    assert all(event.hypothetical for event in events)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The Polish president ended his visit to Kiev on Friday.", {"Polish president": "POLGOV", "Kiev": "UKRGOV"}),
        ("The Austrian chancellor made her first visit to Belgrade.",
         {"Austrian chancellor": "AUTGOV", "Belgrade": "SRBGOV"}),
    ],
)
def test_visits_made_stay_done(nlp: Language, text: str, codes: dict[str, str]) -> None:
    events = coded_events(nlp, text, codes)
    assert [event.cameo for event in events] == ["042"]
    assert not any(event.hypothetical for event in events)
