"""ISSUE-5: a simple present that is no report schedules a date or a month as it did a weekday.

"The law takes effect Jan. 1", "her term ends in February", "the ban comes into force on 1 March", "the fair
runs through Sunday": news writes what is planned in the simple present, so the date is the one ahead, not the nearest one behind publication.
A report in the present ("the agency says"), a past verb and a date only weeks gone keep their reading.
Sentences are our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes

PUBLISHED = "2019-07-24"


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("The new tariff takes effect Jan. 15.", "Jan. 15", "2020-01-15"),
        ("The exhibition opens on Feb. 2 in the old customs house.", "Feb. 2", "2020-02-02"),
        ("The ban comes into force on 1 March.", "1 March", "2020-03-01"),
        ("The governor's term ends in January.", "January", "2020-01"),
        ("Her successor takes over in February.", "February", "2020-02"),
        # the bounds of a run still under way (2019-07-24 is a Wednesday)
        ("The street festival runs through Sunday.", "Sunday", "2019-07-28"),
        ("The show runs from Friday through Sunday.", "Friday", "2019-07-26"),
        ("The show runs from Friday through Sunday.", "Sunday", "2019-07-28"),
        ("The toy drive ends before Christmas.", "Christmas", "2019-12-25"),
        # a clock time on a weekday takes the day's reading
        ("The tender offer expires at midnight Friday.", "midnight Friday", "2019-07-26T24:00"),
        ("Polls close at 8 p.m. Sunday.", "8 p.m. Sunday", "2019-07-28T20:00"),
        # unchanged: past verbs, a present report of a past act, a month just gone
        ("The walkout continued through Monday.", "Monday", "2019-07-22"),
        ("The index has climbed 4% through Monday.", "Monday", "2019-07-22"),
        ("The tender offer expired at midnight Friday.", "midnight Friday", "2019-07-19T24:00"),
        ("The new tariff took effect Jan. 15.", "Jan. 15", "2019-01-15"),
        ("The agency says exports fell in January.", "January", "2019-01"),
        ("The fair opens in June every year, but rain kept visitors away.", "June", "2019-06"),
    ],
)
def test_present_schedules_the_date_ahead(nlp, text: str, expression: str, expected: str) -> None:
    found = {t.text: t.value for t in find_timexes(nlp(text), text, published=PUBLISHED)}
    assert found[expression] == expected
