"""ISSUE-5: ways news writes dates that found the wrong thing (general coverage, round 15).

- a film, song or show named after a holiday ("A Charlie Brown Thanksgiving", "The Night Before Christmas")
  names a work, not the holiday's date; the holiday alone, or as a name of its own, still dates what happens on it;
- a weekday the parse hangs from an act that is over once it has a day ("the slaying in Chicago on Friday",
  "her victories on Tuesday", "the shooting Sunday") is behind a verb that looks ahead at what follows from it,
  as "Monday's ruling" already was;
- what has gone on "since" a month or a day counts from one already gone ("has grown since October" in August is
  last October, not the one ahead), unless "since" gives a reason ("since it will open in October");
- a "when" clause right after a month or a day gives it its tense when the verb it hangs from gives none ("echoes
  a dispute in June when the mayor attacked a judge" is the June gone; "likely to end Tuesday, when the council
  votes" ahead);
- "until" a date after an active verb in the past tells an activity that stopped then ("worked at the plant until
  March" in January is last March, was surely ahead); a deadline given or moved ("gave them until Friday", "talks
  were extended until Tuesday") and any present or future keep the date ahead.
Sentences are our own; publication is Wednesday 1 May 2024 unless a row gives its own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes

PUBLISHED = "2024-05-01"


def _found(nlp, text: str, published: str = PUBLISHED) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {t.text: t.value for t in find_timexes(nlp(text), text, published=published)}


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("She had a small part in “The Night Before Christmas” two years ago.", "Christmas"),
        ("The network aired “A Charlie Brown Thanksgiving” on Sunday.", "Thanksgiving"),
        ("The band released “Merry Christmas Baby” in 1998.", "Christmas"),
    ],
)
def test_holiday_in_a_title_is_no_day(nlp, text: str, not_expected: str) -> None:
    assert not_expected not in _found(nlp, text)


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # the title's other dates stay
        ("She had a small part in “The Night Before Christmas” two years ago.", "two years ago", "2022"),
        ("The network aired “A Charlie Brown Thanksgiving” on Sunday.", "Sunday", "2024-04-28"),
        # a holiday that is a whole name of its own, or no name at all, is the day
        ("Obama spent Christmas in Hawaii with his family.", "Christmas", "2023-12-25"),
        ("Shops stayed open late on Christmas Eve.", "Christmas Eve", "2023-12-24"),
        ("Easter Seals raised money on Easter Sunday.", "Easter Sunday", "2024-03-31"),
        # the day of an act that is over once it has a day is behind a verb that looks ahead
        ("Voters will remember the slaying in Chicago on Friday of a young mother.", "Friday", "2024-04-26"),
        ("The crash on Monday will force new safety rules.", "Monday", "2024-04-29"),
        ("The shooting Sunday will be investigated by state police.", "Sunday", "2024-04-28"),
        # the day of a plan, or of a verb that is no finished act, stays ahead
        ("He will hold a rally on Tuesday.", "Tuesday", "2024-05-07"),
        ("The senator could win Tuesday if turnout is high.", "Tuesday", "2024-05-07"),
    ],
)
def test_holidays_and_days_of_done_acts(nlp, text: str, expression: str, expected: str) -> None:
    assert _found(nlp, text)[expression] == expected


@pytest.mark.parametrize(
    ("text", "published", "expression", "expected"),
    [
        # "since" counts from a point already gone, unless it gives a reason
        ("Sales have grown steadily since October.", "2024-08-14", "October", "2023-10"),
        ("Since October, the rebels have lost ground.", "2024-08-14", "October", "2023-10"),
        ("The plant has been idle since Oct. 12.", "2024-08-14", "Oct. 12", "2023-10-12"),
        ("She has not spoken since announcing in October that she would retire.", "2024-08-14", "October", "2023-10"),
        ("Prices have climbed since August.", "2024-08-14", "August", "2024-08"),  # the month under way
        ("Since the store will open in October, it is hiring now.", "2024-08-14", "October", "2024-10"),
        # a "when" clause gives its tense to a month or day the verb leaves open
        ("The row echoes a dispute in June when the mayor attacked a judge.", "2024-08-14", "June", "2024-06"),
        ("The team is likely to rebound Tuesday, when the series resumes.", "2024-05-03", "Tuesday", "2024-05-07"),
        ("The fight is likely to end Tuesday, when the council votes on the plan.", "2024-05-03", "Tuesday",
         "2024-05-07"),
        # a verb that already says which way the day lies keeps it: "cast" may be read as a past
        ("He will pass the mark on Tuesday, when members cast their votes.", "2024-05-03", "Tuesday", "2024-05-07"),
        # "until" after an activity told in the past is behind
        ("He worked at the plant until March.", "2024-01-17", "March", "2023-03"),
        ("She had been paying rent for the office until March.", "2024-01-17", "March", "2023-03"),
        ("The polls stayed open until Friday.", "2024-01-17", "Friday", "2024-01-12"),
        # time granted or moved, and anything not told in the past, still ends ahead
        ("The judge gave them until Friday to respond.", "2024-01-17", "Friday", "2024-01-19"),
        ("The talks were extended until Tuesday.", "2024-01-17", "Tuesday", "2024-01-23"),
        ("The store stays open until Friday.", "2024-01-17", "Friday", "2024-01-19"),
        ("Officials said the road would stay shut until March.", "2024-01-17", "March", "2024-03"),
    ],
)
def test_since_when_and_until_give_the_side(nlp, text: str, published: str, expression: str, expected: str) -> None:
    assert _found(nlp, text, published)[expression] == expected
