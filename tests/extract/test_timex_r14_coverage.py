"""ISSUE-5: ways news writes dates that found nothing or the wrong thing (general coverage, round 14).

- a weekday that is the subject of a simple present is the one ahead ("Friday is the last day to register");
- "the end of the decade", "the middle of the century": the one under way, with its mod;
- "the first week of May", "the last week of March 2021": one ISO week, not a week-long stretch and a month;
- "end-2023", "by end-March": the period with mod END; "FY2021", "FY 2009-2010": a fiscal year, whole;
- "The day before, ...", "the year before.": counted from the date the story last named, as "the previous day";
  a date too coarse to count days from leaves the day unknown ("2008-07-XX");
- "on the 12th", "until the 20th": that day of the month the story is in, or of the month it named just before;
- more holidays (Boxing Day, May Day, Bastille Day, Mother's Day, Black Friday, ...), capitalised only, and a
  holiday in a simple present is the one ahead ("the mall opens on Black Friday");
- "the week before last", "the year before last"; "winter 2021-22" (2022-WI);
- a month without a day is ahead of publication once it starts after it and behind once it has ended ("will ease
  in December" on January 3 is eleven months off); "the year since the merger" is a stretch of twelve months;
- "the past decade", "the next decade", "the coming decade" are ten years (P10Y); "in 2010, the year the crisis
  began": the year just written; "Days later", "only weeks earlier": a stretch of unknown length (PXD, PXW);
- dates written day first ("25/12/2023", "5.3.2024") or year first ("2023/12/25").
Sentences are our own; publication is Wednesday 1 May 2024.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes

PUBLISHED = "2024-05-01"


def _found(nlp, text: str) -> dict[str, tuple[str | None, str, str | None]]:  # type: ignore[no-untyped-def]
    return {t.text: (t.value, t.type, t.mod) for t in find_timexes(nlp(text), text, published=PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        ("Friday is the last day to register for the ballot.", "Friday", ("2024-05-03", "DATE", None)),
        ("Thursday marks one year since the river burst its banks.", "Thursday", ("2024-05-02", "DATE", None)),
        # a past tense, a present report and a day named as "last" keep their reading
        ("Monday was the last day to register.", "Monday", ("2024-04-29", "DATE", None)),
        ("Last Tuesday is remembered as a dark day.", "Last Tuesday", ("2024-04-30", "DATE", None)),
        ("The port authority hopes to halve emissions by the end of the decade.", "the end of the decade",
         ("202", "DATE", "END")),
        ("By the middle of the century the island's population will shrink.", "the middle of the century",
         ("20", "DATE", "MID")),
        ("Rents climbed in the first week of April.", "the first week of April", ("2024-W14", "DATE", None)),
        ("Ferries will run hourly during the last week of June.", "the last week of June",
         ("2024-W26", "DATE", None)),
        ("The siege ended in the final week of December 2019.", "the final week of December 2019",
         ("2019-W52", "DATE", None)),
        ("Household debt peaked at end-2023.", "end-2023", ("2023", "DATE", "END")),
        ("The new runway should open by end-March.", "end-March", ("2025-03", "DATE", "END")),
        ("The utility's revenue rose 8% in FY2021.", "FY2021", ("2021", "DATE", None)),
        ("The council drafted the FY 2009-2010 budget in spring.", "FY 2009-2010", ("2009", "DATE", None)),
        ("Militia fighters took the ridge on April 2. The day before, they had shelled it.", "The day before",
         ("2024-04-01", "DATE", None)),
        ("The charity handed out 900 parcels in 2015, up from 700 the year before.", "the year before",
         ("2014", "DATE", None)),
        ("The envoy reached the capital on March 3 and left the day after.", "the day after",
         ("2024-03-04", "DATE", None)),
        ("He toured the border in July 2008. The day before, a convoy had been ambushed.", "The day before",
         ("2008-07-XX", "DATE", None)),
        ("The dockers' strike collapsed on the 28th.", "the 28th", ("2024-04-28", "DATE", None)),
        ("Talks will resume on the 10th.", "the 10th", ("2024-05-10", "DATE", None)),
        ("The tenants' rent is due by the 15th.", "the 15th", ("2024-05-15", "DATE", None)),
        ("The lockout began in March 2019. On the 12th, pickets blocked the gates.", "the 12th",
         ("2019-03-12", "DATE", None)),
    ],
)
def test_news_date_forms(nlp, text: str, expression: str, expected: tuple[str | None, str, str | None]) -> None:
    assert _found(nlp, text)[expression] == expected


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # holidays on a fixed day or a rule of their own; a capital letter tells them from "a black Friday dress"
        ("Crowds filled the high street on Boxing Day.", "Boxing Day", "2023-12-26"),
        ("Dock workers marched on May Day.", "May Day", "2024-05-01"),
        ("The president gave a speech on Bastille Day.", "Bastille Day", "2023-07-14"),
        ("Florists ran out of roses before Mother's Day.", "Mother's Day", "2023-05-14"),
        ("Online orders hit a record on Cyber Monday.", "Cyber Monday", "2023-11-27"),
        ("The outlet mall opens its doors on Black Friday.", "Black Friday", "2024-11-29"),  # scheduled: ahead
        ("She bought a black Friday dress.", "Friday", "2024-04-26"),
        # two units back from publication
        ("The envoy was last seen the week before last.", "the week before last", "2024-W16"),
        ("Wheat prices peaked the year before last.", "the year before last", "2022"),
        ("The month before last was the driest on record.", "The month before last", "2024-03"),
        # a winter written with both its years is named by the year of its January
        ("Gas ran short through winter 2021-22.", "winter 2021-22", "2022-WI"),
        ("The revolt broke out in the winter of 2004-5.", "the winter of 2004-5", "2005-WI"),
    ],
)
def test_holidays_and_counted_periods(nlp, text: str, expression: str, expected: str) -> None:
    assert _found(nlp, text)[expression][0] == expected


@pytest.mark.parametrize(
    ("text", "published", "expression", "expected"),
    [
        # a month lies ahead once it starts after publication and behind once it has ended
        ("Inflation will ease in December, the bank forecast.", "2024-01-03", "December", "2024-12"),
        ("Inflation eased in December.", "2024-01-03", "December", "2023-12"),
        ("The new fees took effect in January.", "2024-12-30", "January", "2024-01"),
        ("The new fees take effect in January.", "2024-12-30", "January", "2025-01"),
        # twelve months counted from a day are a stretch of time
        ("Membership grew 4% in the year since the merger.", "2024-05-01", "the year", "P1Y"),
        # ten years up to or from now; "the last decade" keeps naming the calendar decade before this one
        ("Rents have doubled over the past decade.", "2024-05-01", "the past decade", "P10Y"),
        ("Output will triple in the coming decade.", "2024-05-01", "the coming decade", "P10Y"),
        ("Output tripled in the last decade.", "2024-05-01", "the last decade", "201"),
        # "the year" set off after a year just written is that year
        ("The party lost power in 2010, the year the crisis began.", "2024-05-01", "the year", "2010"),
        ("The talks dragged on for much of the year.", "2024-05-01", "the year", "2024"),
        # an unknown number of units between two events: the stretch, with "later" or "earlier" outside it
        ("The envoy met the rebels. Hours later, the truce collapsed.", "2024-05-01", "Hours", "PTXH"),
        ("Only weeks earlier, the minister had denied any deal.", "2024-05-01", "weeks", "PXW"),
        # dates written day first, or year first
        ("The decree was dated 25/12/2023.", "2024-05-01", "25/12/2023", "2023-12-25"),
        ("The ruling of 5.3.2024 was overturned.", "2024-05-01", "5.3.2024", "2024-03-05"),
        ("The filing is stamped 2023/12/25.", "2024-05-01", "2023/12/25", "2023-12-25"),
        ("The filing is stamped 12/25/2023.", "2024-05-01", "12/25/2023", "2023-12-25"),
    ],
)
def test_month_sides_and_year_since(nlp, text: str, published: str, expression: str, expected: str) -> None:
    found = {t.text: t.value for t in find_timexes(nlp(text), text, published=published)}
    assert found[expression] == expected


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("She rents a flat on the 5th floor.", "the 5th"),
        ("The ceremony fell on the 50th anniversary of the uprising.", "the 50th"),
        ("Serfdom lasted from the 17th through 19th centuries.", "the 17th"),
        ("The day before the vote was quiet.", "The day before"),  # a day beside an event, not a lone anaphor
        ("The coach wants to end 2023 on a high.", "end 2023"),  # "end" the verb: the year alone
        ("May day-trippers crowded the beaches.", "May day"),
    ],
)
def test_not_these_readings(nlp, text: str, not_expected: str) -> None:
    assert not_expected not in _found(nlp, text)
