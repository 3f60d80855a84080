"""Time expressions: spans, TIMEX3 values, types and modifiers, written by hand.

Sentences are our own; the reference date is the reference article's
(Thursday 2017-01-19, ISO week 3).
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import anchor_date, find_timexes

PUBLISHED = "2017-01-19"

# (text, expression, value, type, mod)
EXPRESSIONS = [
    ("Peskov said on Thursday that talks continue.", "Thursday", "2017-01-19", "DATE", None),
    ("On Wednesday, Shamkhani said Iran had sent no invitation.", "Wednesday", "2017-01-18", "DATE", None),
    ("The minister will travel to Moscow on Monday.", "Monday", "2017-01-23", "DATE", None),
    ("The minister flew to Moscow on Monday.", "Monday", "2017-01-16", "DATE", None),
    ("They will meet next Thursday in Geneva.", "next Thursday", "2017-01-26", "DATE", None),
    ("The negotiations are due to begin on January 23.", "January 23", "2017-01-23", "DATE", None),
    ("The deal was signed on December 29.", "December 29", "2016-12-29", "DATE", None),
    ("A ceasefire took hold in Syria late last year.", "late last year", "2016", "DATE", "END"),
    ("Since March 2011, Syria has been gripped by war.", "March 2011", "2011-03", "DATE", None),
    ("The sides have in the past months been engaged in talks.", "the past months", "PAST_REF", "DATE", None),
    ("\u201cAs I said yesterday, we have invited them,\u201d he said.", "yesterday", "2017-01-18", "DATE", None),
    ("Officials met twice this week.", "this week", "2017-W03", "DATE", None),
    ("Exports fell sharply last year.", "last year", "2016", "DATE", None),
    ("The talks collapsed two days ago.", "two days ago", "2017-01-17", "DATE", None),
    ("The war has lasted three years.", "three years", "P3Y", "DURATION", None),
    # "N days later" with no date named before: the stretch of time, not a date from publication
    ("Three days later, the index recovered.", "Three days later", "P3D", "DURATION", None),
    ("A day earlier, trucks had crossed the border.", "A day earlier", "P1D", "DURATION", None),
    ("The embargo lasted more than four decades.", "more than four decades", "P40Y", "DURATION", "MORE_THAN"),
    ("The siege lasted 2 1/2 years.", "2 1/2 years", "P2Y6M", "DURATION", None),
    ("The vote took 5 1/2 hours.", "5 1/2 hours", "PT5H30M", "DURATION", None),
    ("He stayed for a couple of years.", "a couple of years", "P2Y", "DURATION", "APPROX"),
    ("He began a two-day visit to Moscow.", "two-day", "P2D", "DURATION", None),  # the article is the visit's
    ("Protesters blocked the road for days.", "days", "PXD", "DURATION", None),
    ("Negotiators talked for hours.", "hours", "PTXH", "DURATION", None),
    ("The dispute has gone on for a dozen years.", "a dozen years", "P12Y", "DURATION", None),
    ("Inspectors visit the site every week.", "every week", "P1W", "SET", None),
    ("The council meets each Thursday.", "each Thursday", "XXXX-WXX-4", "SET", None),
    # in a January story, a past-tense third quarter is last year's; a future one is this year's
    ("Profit rose in the third quarter.", "the third quarter", "2016-Q3", "DATE", None),
    ("Profit will rise in the third quarter.", "the third quarter", "2017-Q3", "DATE", None),
    ("Sales fell in the fourth quarter of 2016.", "the fourth quarter of 2016", "2016-Q4", "DATE", None),
    ("Revenue for fiscal 2016 was flat.", "fiscal 2016", "2016", "DATE", None),
    ("The city grew quickly in the 1990s.", "the 1990s", "199", "DATE", None),
    ("The offensive is expected this summer.", "this summer", "2017-SU", "DATE", None),
    ("Prices are now falling.", "now", "PRESENT_REF", "DATE", None),
    ("The group currently holds three seats.", "currently", "PRESENT_REF", "DATE", None),
    ("The ministry recently announced new rules.", "recently", "PAST_REF", "DATE", None),
    ("More talks are possible in the future.", "the future", "FUTURE_REF", "DATE", None),
    ("The vote was held at 3 p.m. today.", "3 p.m. today", "2017-01-19T15:00", "TIME", None),
    ("The polls closed at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2017-01-18T22:00", "TIME", None),
    ("The blast happened yesterday afternoon.", "yesterday afternoon", "2017-01-18TAF", "TIME", None),
    # a headline capitalises every word: its "Today" is still the day
    ("Minister Meets Rebel Leaders Today", "Today", "2017-01-19", "DATE", None),
    # a weekday's part of the day is a TIME too: the day with the part's code
    ("The ceasefire collapsed on Tuesday night.", "Tuesday night", "2017-01-17TNI", "TIME", None),
    ("The ministers will meet Friday morning.", "Friday morning", "2017-01-20TMO", "TIME", None),
    ("Crowds gathered early Monday evening.", "early Monday evening", "2017-01-16TEV", "TIME", "START"),
    ("The shop closes on Saturday afternoons.", "Saturday afternoons", "XXXX-WXX-6TAF", "SET", None),
    ("Talks resume early next year.", "early next year", "2018", "DATE", "START"),
    ("Output peaked in mid-2015.", "mid-2015", "2015", "DATE", "MID"),
    ("Fighting resumed last month.", "last month", "2016-12", "DATE", None),
    ("The treaty was signed on 12 May 2015.", "12 May 2015", "2015-05-12", "DATE", None),
    ("The plant was built in 1998.", "1998", "1998", "DATE", None),
    ("The bank publishes its figures daily.", "daily", "P1D", "SET", None),
    ("Troops left a decade ago.", "a decade ago", "2007", "DATE", None),
    # modals and "until" look ahead, whatever the tense of the sentence
    ("The envoy would be traveling to Geneva Friday.", "Friday", "2017-01-20", "DATE", None),
    ("The delegation might arrive as soon as Tuesday.", "Tuesday", "2017-01-24", "DATE", None),
    ("Officials postponed the vote until Tuesday.", "Tuesday", "2017-01-24", "DATE", None),
    ("The ruling announced Wednesday angered the opposition.", "Wednesday", "2017-01-18", "DATE", None),
    # holidays: a fixed day or a weekday rule, nearest to publication unless the tense or "last" says otherwise
    ("The boy was found on Thanksgiving Day.", "Thanksgiving Day", "2016-11-24", "DATE", None),
    ("Sales rose last Christmas.", "last Christmas", "2016-12-25", "DATE", None),
    ("The campaign runs until Election Day.", "Election Day", "2017-11-07", "DATE", None),
    ("The store opened on New Year’s Day 2015.", "New Year’s Day 2015", "2015-01-01", "DATE", None),
]


@pytest.mark.parametrize(("text", "expression", "value", "kind", "mod"), EXPRESSIONS)
def test_expression_span_value_type_and_mod(nlp, text, expression, value, kind, mod):  # type: ignore[no-untyped-def]
    timexes = find_timexes(nlp(text), text, published=PUBLISHED)
    start = text.index(expression)
    assert [(t.start, t.end, t.text) for t in timexes] == [(start, start + len(expression), expression)]
    (timex,) = timexes
    assert (timex.value, timex.type, timex.mod) == (value, kind, mod)


# (text, words that must not be taken for time expressions)
NOT_TIME = [
    ("We may have to wait and see.", ["We", "may"]),
    ("Protesters will march on the embassy.", ["march"]),
    ("Theresa May said the plan stands.", ["May"]),
    ("May said the plan stands.", ["May"]),
    ("The shares cost $48 each.", ["$48", "48"]),
    ("About half of the voters stayed home.", ["half"]),
    ("Ms. Ortega, 47 years old, will replace her.", ["47 years"]),
    ("The airline runs four flights a week.", ["a week"]),
    ("Leaves fall from the trees.", ["fall"]),
    ("He bought a quarter of the shares.", ["quarter"]),
    ("The company employs 1500 people.", ["1500"]),
    # TimeBank annotators leave "previously" unmarked (1 of 17 uses in the training data)
    ("He had previously served as envoy.", ["previously"]),
    # "the future of ...", "the future looks ...": prospects, not a time
    ("The future of the alliance is uncertain.", ["The future"]),
    ("Sales were bad, and the future looks grim.", ["the future"]),
    # a lower-case "march" and a procession named "March" are not the month
    ("He was arrested at this march in Washington.", ["this march", "march"]),
    ("Thousands joined the annual March for Life in Washington.", ["March"]),
    ("This may take a while.", ["This may", "may"]),
    # a house number before a street name, an award title, a half of a match
    ("Lopez, 24, of 1947 Maple Ave., was charged.", ["1947"]),
    ("He was named Citizen of the Year.", ["the Year"]),
    ("He scored in the first half of the game.", ["the first half"]),
    # a procession or an organisation named "March", a person named Daily, a number named by its label
    ("The family serves as March for Babies ambassadors.", ["March"]),
    ("Linda Daily, the director, said so.", ["Daily"]),
    ("Members met at American Legion Post No. 1931 on Elm Street.", ["1931"]),
    ("The crew of Flight 1999 was safe.", ["1999"]),
    ("The house at 2031 Monument Ave. was sold.", ["2031"]),
    # a share of people, and the names of broadcasts, are not time
    ("He did well with the quarter of voters who decided late.", ["the quarter"]),
    ("Speaking to \u201cCBS This Morning\u201d, he declined to comment.", ["This Morning"]),
    ("Asked on ABC's \"This Week,\" the governor declined.", ["This Week"]),
    # a midday that describes a thing is any day's
    ("The midday heat was fierce.", ["midday"]),
    # Easter in the name of a thing
    ("Children hunted for Easter eggs.", ["Easter"]),
    ("He sailed to Easter Island.", ["Easter"]),
    # a capitalised "Today" straight after a name is a title too
    ("The interview ran in USA Today.", ["Today"]),
    ("That was the news. You are listening to VOA Today.", ["Today"]),
    # "the fall of" something that is not a year is a collapse, not autumn
    ("Prices tumbled after the fall of the ruling coalition.", ["the fall"]),
]


@pytest.mark.parametrize(("text", "words"), NOT_TIME)
def test_false_positives_are_avoided(nlp, text, words):  # type: ignore[no-untyped-def]
    found = {t.text for t in find_timexes(nlp(text), text, published=PUBLISHED)}
    assert found.isdisjoint(words)
    assert found == set()


def test_year_ago_after_a_named_quarter_is_that_quarter(nlp):  # type: ignore[no-untyped-def]
    text = "Profit rose 8% in the third quarter from a year ago."
    timexes = find_timexes(nlp(text), text, published=PUBLISHED)
    assert [(t.text, t.value) for t in timexes] == [("the third quarter", "2016-Q3"), ("a year ago", "2015-Q3")]


def test_offsets_hold_when_lower_casing_changes_length(nlp):  # type: ignore[no-untyped-def]
    text = "İstanbul talks resumed on Monday."  # "İ".lower() is two characters
    (timex,) = find_timexes(nlp(text), text, published=PUBLISHED)
    assert (timex.text, timex.value) == ("Monday", "2017-01-16")
    assert text[timex.start : timex.end] == "Monday"


def test_no_anchor_keeps_expression_with_null_value(nlp):  # type: ignore[no-untyped-def]
    text = "Peskov said on Thursday that talks begun in March 2011 will last three years."
    timexes = find_timexes(nlp(text), text, published=None)
    assert [(t.text, t.value) for t in timexes] == [("Thursday", None), ("March 2011", "2011-03"), ("three years", "P3Y")]


def test_spans_agree_with_text_and_skip_blanked_boilerplate(nlp):  # type: ignore[no-untyped-def]
    text = "Read more on Monday.\nTalks began on Tuesday."
    masked = " " * len("Read more on Monday.") + text[len("Read more on Monday.") :]
    timexes = find_timexes(nlp(masked), text, published=PUBLISHED)
    assert [(t.text, t.value) for t in timexes] == [("Tuesday", "2017-01-17")]
    assert all(text[t.start : t.end] == t.text for t in timexes)


def test_reference_article_timexes(astana_result):  # type: ignore[no-untyped-def]
    found = {(t.text, t.value) for t in astana_result.timexes}
    assert {
        ("Thursday", "2017-01-19"),
        ("January 23", "2017-01-23"),
        ("the past months", "PAST_REF"),
        ("late last year", "2016"),
        ("yesterday", "2017-01-18"),
        ("Wednesday", "2017-01-18"),
        ("March 2011", "2011-03"),
    } <= found
    for timex in astana_result.timexes:
        assert astana_result.text[timex.start : timex.end] == timex.text


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2017-01-19", "2017-01-19"), ("2017-01-19T08:30:00Z", "2017-01-19"), ("yesterday", None), (None, None)],
)
def test_anchor_date(published, expected):  # type: ignore[no-untyped-def]
    anchor = anchor_date(published)
    assert (anchor.isoformat() if anchor else None) == expected


# (text, published, expression, value): rules whose value depends on the rest of the text or on the date
IN_CONTEXT = [
    # anchoring: "the following year", "that day" count from the date the story last named
    ("He was promoted on May 22, 1995, and the following year he moved to Paris.", PUBLISHED, "the following year",
     "1996"),
    ("The firm hired a new chief in March 2016. The following month, it put itself up for sale.", PUBLISHED,
     "The following month", "2016-04"),
    ("The envoy arrived on Oct. 23, 2015. Earlier that day, a bomb exploded.", PUBLISHED, "Earlier that day",
     "2015-10-23"),
    ("She fled in June 2014 and returned later that year.", PUBLISHED, "later that year", "2014"),
    ("The trial opened on Feb. 22, 2016. The jury returned the next morning.", PUBLISHED, "the next morning",
     "2016-02-23"),
    # without an earlier date, "the following year" counts from publication
    ("Growth will slow, and the following year it may stall.", PUBLISHED, "the following year", "2018"),
    # "the year ended ...": twelve months, not a calendar year; "for the year" alone is the year
    ("Revenue fell in the fiscal year ended Aug. 31.", PUBLISHED, "the fiscal year", "P1Y"),
    ("For the year, volume was flat.", PUBLISHED, "the year", "2017"),
    ("Profit should grow throughout the fiscal year.", PUBLISHED, "the fiscal year", "P1Y"),
    # earnings reports: after a named quarter "a year earlier" is that quarter, unless the sentence is about
    # a longer period, and a forecast quarter sets no context
    ("Profit rose 8% in the fourth quarter. Sales rose 5% from a year earlier.", "2017-01-30", "a year earlier",
     "2015-Q4"),
    ("Profit rose 8% in the fourth quarter. For the nine months, profit climbed from a year earlier.", "2017-01-30",
     "a year earlier", "2016"),
    ("Losses may last through the second quarter of 2018. Sales rose 5% from a year earlier.", PUBLISHED,
     "a year earlier", "2016"),
    # "effective", "as early as", "set to": dates still ahead
    ("The wage deal effective June 1 lifted pay.", "2017-10-26", "June 1", "2018-06-01"),
    ("The father could come as early as Tuesday.", PUBLISHED, "Tuesday", "2017-01-24"),
    ("The strike talks, set to resume Monday, may collapse.", PUBLISHED, "Monday", "2017-01-23"),
    # "the previous Friday" counts back from the day just named
    ("Gasoline cost less on Friday, 3 cents below the previous Friday.", "2017-01-23", "the previous Friday",
     "2017-01-13"),
    ("The dispute could be settled at a meeting the week of March 6.", PUBLISHED, "the week of March 6", "2017-W10"),
    # halves and periods in earnings reports
    ("Losses will continue through the first two quarters of 2018.", PUBLISHED, "the first two quarters of 2018",
     "2018-H1"),
    ("Profit rose in the fourth quarter. In the 2015 period, the company lost money.", "2017-01-30", "the 2015 period",
     "2015-Q4"),
    # a bare month follows the tense of the verb it hangs from, even far from publication
    ("He will command a mission in December.", "2017-03-04", "December", "2017-12"),
    ("In December, the company changed its fiscal year.", "2017-10-27", "December", "2016-12"),
    # years read out in broadcast transcripts
    ("Barcelona, nineteen ninety-two. The games open.", PUBLISHED, "nineteen ninety-two", "1992"),
    ("October nineteen eighty-nine. Berlin again.", PUBLISHED, "October nineteen eighty-nine", "1989-10"),
    ("Snowfall reached totals last seen in the winter of nineteen eighty-two.", PUBLISHED,
     "the winter of nineteen eighty-two", "1982-WI"),
    ("She vowed to double exports by the year two thousand.", PUBLISHED, "the year two thousand", "2000"),
    # "April 24 and 25": the second day is a date of its own, in the same month and year
    ("The summit will be held on April 24 and 25.", PUBLISHED, "25", "2017-04-25"),
    ("Talks were held on Oct. 3 and 4, 2015, in Vienna.", PUBLISHED, "4, 2015", "2015-10-04"),
    ("Talks were held on Oct. 3 and 4, 2015, in Vienna.", PUBLISHED, "Oct. 3", "2015-10-03"),
    # a bare "following" is the preposition; "the following Saturday" counts ahead
    ("He spoke following Saturday's game.", "2017-01-25", "Saturday", "2017-01-21"),
    ("The rally took place the following Saturday.", "2017-01-25", "the following Saturday", "2017-01-28"),
    # a season still to come in the same year: "this spring" said in March is this year's
    ("The bridge is due for repairs this spring.", "2017-03-20", "this spring", "2017-SP"),
    ("The store will open in the fall.", "2017-03-20", "the fall", "2017-FA"),
    ("The store will open next spring.", "2017-04-20", "next spring", "2018-SP"),
    # the season under way, in a past-tense sentence, is this year's; "last spring" is a year back
    ("Students went abroad last week for spring break.", "2017-03-25", "spring", "2017-SP"),
    ("Sales fell last spring.", "2017-03-25", "last spring", "2016-SP"),
    # in December the summers ahead and behind are counted from the coming year
    ("Next summer, Charlotte will be a big sister.", "2015-12-21", "Next summer", "2016-SU"),
    ("Three people were shot last summer.", "2015-12-21", "last summer", "2015-SU"),
    # a month with no tense around it: ahead when it dates a scheduled contest or hangs from an infinitive,
    # a gerund or a present modal
    ("Voters are focused on the November election.", "2016-01-10", "November", "2016-11"),
    ("Everyone sees the value of passing a budget in November.", "2016-06-08", "November", "2016-11"),
    ("Party leaders want a nominee who can carry Ohio in November.", "2016-03-01", "November", "2016-11"),
    ("Turnout fell in November.", "2016-01-10", "November", "2015-11"),
    # a quoted title between the verb and the weekday is not a quotation the weekday is in
    ("The library will screen \"Moonlight on the Prairie\" on Friday.", "2017-01-16", "Friday", "2017-01-20"),
    # a quotation keeps its own tense: the past-tense reporting verb outside it does not count
    ("He leaned in and boomed: \u201cLet\u2019s defeat her in November.\u201d", "2016-07-21", "November", "2016-11"),
    # "the second half of August" is a part of the month, not of the year
    ("The conventions will meet in the second half of August.", "2016-01-05", "August", "2016-08"),
    # a half of the year is a date; a quarter's result "of $2 million" does not make it something else
    ("Profit rose in the first half of the year.", "2017-10-20", "the first half of the year", "2017-H1"),
    ("The chain reported a profit for the third quarter of $5 million.", "2017-10-20", "the third quarter", "2017-Q3"),
    ("It lost money in the third quarter of its fiscal year.", "2017-10-20", "the third quarter", "2017-Q3"),
    # "Veterans Day in 2007": the year that follows says which one
    ("The dedication was planned for Veterans Day in 2007.", PUBLISHED, "Veterans Day", "2007-11-11"),
    # "in March on Capitol Hill" is still the month
    ("He met them in March on Capitol Hill.", PUBLISHED, "March", "2016-03"),
    # "the future" as a time is still one
    ("Nobody knows what will happen in the future.", PUBLISHED, "the future", "FUTURE_REF"),
    # "current" as an adjective is the present
    ("She took her current job in April.", PUBLISHED, "current", "PRESENT_REF"),
    # a refusal to speak is reported after the fact; a plan with "would" still looks ahead
    ("The chairman wouldn't say Tuesday whether the board would sell.", "2016-06-22", "Tuesday", "2016-06-21"),
    ("She would not comment Monday on the report.", "2016-06-22", "Monday", "2016-06-20"),
    ("The leader would meet Tuesday with aides.", "2016-06-22", "Tuesday", "2016-06-28"),
    # news writes plans in the simple present: the weekday is the one ahead (2016-06-22 is a Wednesday)
    ("He and the prime minister meet separately Monday with the envoy.", "2016-06-22", "Monday", "2016-06-27"),
    ("The convention, which begins Monday, will nominate her.", "2016-06-22", "Monday", "2016-06-27"),
    ("Oregon holds its county elections on Tuesday.", "2016-06-22", "Tuesday", "2016-06-28"),
    # ... but a report in the present, a negated verb, a noun the tagger read as a verb, "later" and an
    # ordinal do not schedule
    ("The White House says Monday that the talks failed.", "2016-06-22", "Monday", "2016-06-20"),
    ("The senator does not attend Monday's hearing.", "2016-06-22", "Monday", "2016-06-20"),
    ("If she repeats her Tuesday wins in Utah, she leads.", "2016-06-22", "Tuesday", "2016-06-21"),
    ("She could meet a hostile crowd when she arrives later Monday.", "2016-06-22", "later Monday", "2016-06-20"),
    ("Towns hold the fair on the first Monday in October.", "2016-06-22", "Monday", "2016-06-20"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), IN_CONTEXT)
def test_value_in_context(nlp, text, published, expression, value):  # type: ignore[no-untyped-def]
    found = {t.text: t.value for t in find_timexes(nlp(text), text, published=published)}
    assert found.get(expression) == value


# (text, words that are not time expressions here)
NOT_TIME_IN_CONTEXT = [
    ("Brokers earn fees on orders placed that day.", ["that day"]),
    ("The current account deficit widened.", ["current"]),
    ("Shares were sold at the then current price.", ["current"]),
    ("He paid nineteen ninety-five dollars for it.", ["nineteen ninety-five"]),
    ("Net rose in the first nine months of 2016.", ["the first nine months of 2016"]),
    ("Nurses asked for days off.", ["days"]),
]


@pytest.mark.parametrize(("text", "words"), NOT_TIME_IN_CONTEXT)
def test_not_time_in_context(nlp, text, words):  # type: ignore[no-untyped-def]
    found = {t.text for t in find_timexes(nlp(text), text, published=PUBLISHED)}
    assert found.isdisjoint(words)


# (text, published, expression, value): clock times are TIMEX3 TIME values, day and minute
CLOCK_TIMES = [
    ("The blast came three hours ago.", "2017-01-19T08:30:00Z", "three hours ago", "2017-01-19T05:30"),
    ("The blast came 90 minutes ago.", "2017-01-19T08:30:00Z", "90 minutes ago", "2017-01-19T07:00"),
    # without the time of publication the clock is unknown; "minutes" are never months
    ("The blast came 90 minutes ago.", PUBLISHED, "90 minutes ago", None),
    ("The ceasefire began at 2330 GMT.", PUBLISHED, "2330 GMT", "2017-01-19T23:30"),
    ("He was shot on Oct. 23, 2016. He died at 10 p.m. in hospital.", PUBLISHED, "10 p.m.", "2016-10-23T22:00"),
    # a live blog's time stamp on a line of its own is on the day of publication, whatever date came before
    ("Texas votes on March 1.\n\n___.\n\n9:18 p.m.\n\nTrump thanks his supporters.", PUBLISHED, "9:18 p.m.",
     "2017-01-19T21:18"),
    ("The polls closed at 10 p.m. Wednesday.", PUBLISHED, "10 p.m. Wednesday", "2017-01-18T22:00"),
    # "midday" is noon
    ("The convoy left the border post at midday.", PUBLISHED, "midday", "2017-01-19T12:00"),
    # the date written after the weekday decides the day
    ("Rehearsal begins at 7:15 p.m. Tuesday, April 6, at the church.", PUBLISHED, "7:15 p.m. Tuesday, April 6",
     "2017-04-06T19:15"),
    # the start of a range takes the end's half of the day and date, unless that puts it after the end
    ("The fair runs from 5:45 to 7:15 p.m. March 3.", PUBLISHED, "5:45", "2017-03-03T17:45"),
    ("The fair runs from 5:45 to 7:15 p.m. March 3.", PUBLISHED, "7:15 p.m. March 3", "2017-03-03T19:15"),
    ("Lunch is served 11:30 to 2 p.m. today.", PUBLISHED, "11:30", "2017-01-19T11:30"),
    ("The office is open from 9 a.m. to 5 p.m. Saturday, Jan. 21.", PUBLISHED, "9 a.m.", "2017-01-21T09:00"),
    # a clock time after "7 p.m. Friday, Feb. 10" is on that day
    ("Sign-ups run until 7 p.m. Friday, Feb. 10, then from 1:45 to 4:45 p.m.", PUBLISHED, "4:45 p.m.",
     "2017-02-10T16:45"),
]


@pytest.mark.parametrize(("text", "published", "expression", "value"), CLOCK_TIMES)
def test_clock_times(nlp, text, published, expression, value):  # type: ignore[no-untyped-def]
    found = {t.text: (t.value, t.type) for t in find_timexes(nlp(text), text, published=published)}
    assert found.get(expression) == (value, "TIME")


_TIMEX3_TIME = r"\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-4]):[0-5]\d|\d{4}-\d{2}-\d{2}T(?:MO|AF|EV|NI)"


def test_time_values_are_well_formed_timex3(nlp):  # type: ignore[no-untyped-def]
    import re

    text = (
        "The vote was at 3 p.m. today. They met at noon Wednesday and again at midnight. At 12 a.m. the guards "
        "changed; at 9:15 the bell rang. The blast came yesterday afternoon, at 0900 GMT, and late last night "
        "the army left at 10:30 a.m. EST Jan. 23. The crowd went home on Sunday evening."
    )
    times = [t for t in find_timexes(nlp(text), text, published="2017-01-19T08:30:00Z") if t.type == "TIME"]
    assert len(times) >= 8
    assert all(t.value is not None and re.fullmatch(_TIMEX3_TIME, t.value) for t in times), times
