"""Which date of a sentence dates an event: its own clause's or a governing clause's, not another
event's. Sentences written for these tests, run through the whole pipeline (real time expressions)."""

from __future__ import annotations

import pytest

from newsgraph.process import extract

PUBLISHED = "2024-05-10"  # a Friday


def _date_of(text: str, trigger: str) -> str | None:
    result = extract(text, published=PUBLISHED)
    dates = [event.date for event in result.events if event.trigger.text == trigger]
    assert dates, f"no event on {trigger!r}: {[event.trigger.text for event in result.events]}"
    return dates[0]


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # The event's own clause, or the clause reporting it, dates it.
        ("Germany invaded France on Monday.", "invaded", "2024-05-06"),
        ("Officials said on Tuesday that Chad's army attacked the rebels.", "attacked", "2024-05-07"),
        # A date of a clause the event governs, or of a noun, is another event's.
        ("Chad's army attacked the rebels after they seized two towns last month.", "attacked", PUBLISHED),
        ("The rebels accused Chad's army of shelling the market on Tuesday.", "accused", PUBLISHED),
        ("Nigeria condemned Chad over its 2019 invasion of the islands.", "condemned", PUBLISHED),
        # A date qualifying the event's noun, its subject or the noun its clause describes still dates it.
        ("Monday's blasts killed 40 people in Kabul.", "killed", "2024-05-06"),
        # A clause right after the event's noun says when it is, however it is parsed; so does an
        # aside reporting the event.
        ("Chad will take part in the talks with Niger due to begin on May 20.", "in the talks", "2024-05-20"),
        ("As the minister said on Tuesday, Russia has invited Chad.", "invited", "2024-05-07"),
        # The date a "when" clause tells of.
        ("The crisis began in early March, when Chad expelled the French ambassador.", "expelled", "2024-03"),
        # An event at the same time as the one a "when" or "while" clause dates, before a vaguer date of its own.
        ("Nine soldiers were killed when rebels ambushed their convoy on Tuesday, in the worst attack this year.",
         "killed", "2024-05-07"),
        ("Chad's army shelled the town while Niger's envoy was visiting on Wednesday.", "shelled", "2024-05-08"),
        # A week dates the event better than the day it was reported (ISSUE-5).
        ("Chad's army attacked the rebels last week.", "attacked", "2024-W18"),
        ("Chad will hold talks with Niger next week.", "talks", "2024-W20"),
        ("Chad's army attacked the rebels over the weekend.", "attacked", "2024-W18-WE"),
    ],
)
def test_the_date_of_the_events_own_clause(text: str, trigger: str, date: str) -> None:
    assert _date_of(text, trigger) == date
