"""Which day, month or week a relative expression means: resolution bugs found in review, with own sentences.

Each row is (text, published, expression, value). Publication dates are chosen so that the wrong reading
and the right one differ.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes

# A date the verb puts ahead stays ahead, however far: the "news looks back" preference is for
# dates with no tense around them.
AHEAD = [
    ("The ferry company said the new route would open on Aug. 20.", "1998-02-13", "Aug. 20", "1998-08-20"),
    ("The mayor said the bridge would reopen in August.", "1998-02-13", "August", "1998-08"),
    ("The museum is scheduled to reopen Sept. 1.", "1998-02-13", "Sept. 1", "1998-09-01"),
    # the gerund of a "with" clause has no tense of its own: the clause's "would" looks ahead
    ("The ferry line said two boats would sail at weekends, with a third boat crossing every Friday "
     "from August 7.", "1998-02-13", "August 7", "1998-08-07"),
    ("The minister said prices would fall, with the new tariff taking effect in September.", "1998-02-13",
     "September", "1998-09"),
    ("Prices fell last year, with the new tariff taking effect in September.", "1998-02-13", "September",
     "1997-09"),
    # "set" is a plan only with "to" or "for"; "a record set on" a day is a past fact
    ("The price is still below the peak set on Sept. 9.", "1998-02-06", "Sept. 9", "1997-09-09"),
    ("The vote, set for Aug. 6, may be delayed.", "1998-02-06", "Aug. 6", "1998-08-06"),
    ("The talks are set to resume on Aug. 6.", "1998-02-06", "Aug. 6", "1998-08-06"),
    # a gerund after "despite", "after", "including" states a thing done, not a plan
    ("She trails in the polls despite winning the state primary in February.", "2016-08-26", "February",
     "2016-02"),
    ("It will be hard for the governor to carry the state in November.", "2016-05-12", "November", "2016-11"),
    ("Everyone sees the value of passing a budget in November.", "2016-06-08", "November", "2016-11"),
]


# Earnings reports: "the latest quarter", "a year ago" count from the quarter being reported. The quarter
# under way, named by a verb that looks ahead, is a forecast and sets nothing.
QUARTERS = [
    ("Net income rose 4% in the third quarter. The storm will bring a fourth-quarter write-down. Income from "
     "shipping fell 12% in the latest quarter.", "2017-11-02", "the latest quarter", "2017-Q3"),
    ("Profit rose in the third quarter. Analysts expect the slump to last into the fourth quarter. In the "
     "year-ago period, the firm earned $3 million.", "2017-10-26", "the year-ago period", "2016-Q3"),
    # a fiscal fourth quarter reported in November keeps its own label
    ("The grocer reported lower fourth-quarter earnings. Sales in the latest period rose 5%.", "2017-11-02",
     "the latest period", "2017-Q4"),
    # "this quarter" in a report is the quarter reported; where the verb looks ahead, the one under way
    ("Earnings slid 10% over the third quarter. This quarter's figures carry a $2 million charge.",
     "2017-11-02", "This quarter", "2017-Q3"),
    ("Earnings slid 10% over the third quarter; the brewer expects a profit this quarter.",
     "2017-11-02", "this quarter", "2017-Q4"),
    # "that quarter" points back at the quarter last named, "the following quarter" at the one after it
    ("The brewer lost $3 million in the second quarter of 2015. Its figures for that quarter carry a write-down.",
     "2017-11-02", "that quarter", "2015-Q2"),
    ("The firm lost money in the first quarter and returned to profit the following quarter.", "2017-11-02",
     "the following quarter", "2017-Q2"),
]


# A Sunday closes its ISO week: the six days just past are "last week" and "this past week", and "this week"
# looks ahead when the verb does. 2016-04-10 is a Sunday (ISO week 14), 2016-04-09 the Saturday before.
SUNDAY_WEEKS = [
    ("The senator won last week's primary in Vermont.", "2016-04-10", "last week", "2016-W14"),
    ("Bond prices slipped this past week.", "2016-04-10", "this past week", "2016-W14"),
    ("The board met this week to pick a new chair.", "2016-04-10", "this week", "2016-W14"),
    ("The party congress will open this week in Lyon.", "2016-04-10", "this week", "2016-W15"),
    ("The union will return to work next week.", "2016-04-10", "next week", "2016-W15"),
    ("The senator won last week's primary in Vermont.", "2016-04-09", "last week", "2016-W13"),
    ("The party congress will open this week in Lyon.", "2016-04-09", "this week", "2016-W14"),
]


# A past-tense verb dated by a day of its own cannot have acted days after publication (2017-10-27 here),
# but a day that names a thing or a deadline, one something was moved to, or an aside, can lie ahead.
PAST_DAYS = [
    ("The mill shut its doors on Oct. 30.", "2017-10-27", "Oct. 30", "2016-10-30"),
    ("The strike ended Oct. 29 after a vote.", "2017-10-27", "Oct. 29", "2016-10-29"),
    ("The judge adjourned the hearing to Nov. 5.", "2017-10-27", "Nov. 5", "2017-11-05"),
    ("The board declared a dividend, payable Dec. 7.", "2017-10-27", "Dec. 7", "2017-12-07"),
    ("With the filing date only days off, Nov. 3, the union rushed to sign members.", "2017-10-27", "Nov. 3",
     "2017-11-03"),
    ("The scandal could hurt the party and cost it seats in the vote on Nov. 3.", "2017-10-27", "Nov. 3",
     "2017-11-03"),
]


# A plan in the pluperfect was overtaken: its day lies behind ("had been scheduled to end Friday" in a Monday
# story, 2017-10-30); a plan in the present or the simple past still looks ahead.
OVERTAKEN_PLANS = [
    ("The bid had been scheduled to lapse at midnight Friday.", "2017-10-30", "midnight Friday", "2017-10-27T24:00"),
    ("The envoy had planned to land in Kabul on Friday.", "2017-10-30", "Friday", "2017-10-27"),
    ("The bid is scheduled to lapse on Friday.", "2017-10-30", "Friday", "2017-11-03"),
]


# A year-end already past: after "since", or dating a past act before December, it closed last year.
YEAR_ENDS = [
    ("Each fund's return is measured since year-end.", "2017-10-30", "year-end", "2016"),
    ("The charity had more cash on hand at year's end.", "2017-01-04", "year's end", "2016"),
    ("The merger should close by year-end.", "2017-10-30", "year-end", "2017"),
    ("Sales slumped at year-end, the chain said.", "2017-12-20", "year-end", "2017"),
]


# "Super Tuesday" names a primary day held every fourth year, not the Tuesday nearest publication.
NAMED_TUESDAYS = [
    ("The governor hopes to carry a dozen primaries on Super Tuesday.", "2016-02-20", "Super Tuesday",
     "2016-03-01"),
    ("The senator swept the South on Super Tuesday.", "2016-03-10", "Super Tuesday", "2016-03-01"),
    ("The senator swept the South on Super Tuesday.", "2017-01-10", "Super Tuesday", "2016-03-01"),
    ("Turnout was high on Super Tuesday 2012.", "2016-03-10", "Super Tuesday 2012", "2012-03-06"),
    ("Turnout was high on Tuesday.", "2016-03-10", "Tuesday", "2016-03-08"),
]


# News writes plans in the simple present; a second present verb sharing the first one's subject plans too,
# even where the tagger reads it as a plural noun. 2015-12-01 is a Tuesday.
PRESENT_PLANS = [
    ("The chair speaks to a business club on Wednesday and testifies before a Senate panel on Thursday.",
     "2015-12-01", "Thursday", "2015-12-03"),
    ("The minister says prices rose and warns of strikes on Thursday.", "2015-12-01", "Thursday", "2015-11-26"),
]


# The feasts around Easter move with it (Western Easter Sunday: 2017-04-16, 2019-04-21, 2024-03-31); "Easter week"
# is the ISO week that ends on Easter Sunday.
EASTER = [
    ("Bombs hit three churches on Easter Sunday.", "2019-04-23", "Easter Sunday", "2019-04-21"),
    ("The shops close on Good Friday.", "2017-04-10", "Good Friday", "2017-04-14"),
    ("Markets were shut last Good Friday.", "2017-04-10", "last Good Friday", "2016-03-25"),
    ("The truce should hold until Easter.", "2024-02-01", "Easter", "2024-03-31"),
    ("Talks resumed after Easter 2015.", "2017-03-01", "Easter 2015", "2015-04-05"),
    ("Pilgrims filled the old city as Easter week began.", "2017-04-10", "Easter week", "2017-W15"),
    # lower case, no feast: the weekday still counts
    ("Banks had a good Friday, dealers said.", "2017-01-23", "Friday", "2017-01-20"),
]


# "the day before" / "a day after" a day is one expression a day off it, and the story's day from then on
# (2017-01-19 is a Thursday).
DAY_BESIDE = [
    ("The day before Tuesday's hearing, the two sides met.", "2017-01-19", "The day before Tuesday", "2017-01-16"),
    ("Fighting resumed the day after Christmas.", "2017-01-19", "the day after Christmas", "2016-12-26"),
    ("She arrived the day before yesterday.", "2017-01-19", "the day before yesterday", "2017-01-17"),
    ("The strike began a day before Jan. 9.", "2017-01-19", "a day before Jan. 9", "2017-01-08"),
    ("The day before Tuesday's hearing, the two sides met. The lawyers argued in court the next morning.",
     "2017-01-19", "the next morning", "2017-01-17"),
]


# TIMEX3 writes the granularity the words give, computed where the calendar allows: a year is "1968" (not
# "1968-XX"), "last week" its ISO week (not "2017-WXX"), a decade "198" and a century "19" (not "198X", "19XX");
# "the past week" is a stretch of a week. Some annotators wrote the underspecified forms; these rows pin ours.
GRANULARITY = [
    ("Rents rose 4% in 1968.", "2017-01-19", "1968", "1968"),
    ("Troops left 50 years ago.", "2017-01-19", "50 years ago", "1967"),
    ("The bank cut rates last week.", "2017-01-19", "last week", "2017-W02"),
    ("Crime fell in the late 1980s.", "2017-01-19", "the late 1980s", "198"),
    ("It was the worst war of the 20th century.", "2017-01-19", "the 20th century", "19"),
    ("Prices rose 3% over the past week.", "2017-01-19", "the past week", "P1W"),
]


TABLES = (
    ("a_date_the_verb_puts_ahead", AHEAD),
    ("the_reported_quarter", QUARTERS),
    ("weeks_counted_from_a_sunday", SUNDAY_WEEKS),
    ("a_past_act_on_a_day", PAST_DAYS),
    ("a_year_end_already_past", YEAR_ENDS),
    ("an_overtaken_plan", OVERTAKEN_PLANS),
    ("super_tuesday", NAMED_TUESDAYS),
    ("a_plan_in_the_present", PRESENT_PLANS),
    ("the_granularity_the_words_give", GRANULARITY),
    ("feasts_that_move_with_easter", EASTER),
    ("a_day_before_or_after_a_day", DAY_BESIDE),
)


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [pytest.param(*row, id=f"{name}-{index}") for name, table in TABLES for index, row in enumerate(table)],
)
def test_the_expression_resolves(nlp, text, published, expression, value):  # type: ignore[no-untyped-def]
    found = {t.text: t.value for t in find_timexes(nlp(text), text, published=published)}
    assert found.get(expression) == value
