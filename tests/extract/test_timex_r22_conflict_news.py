"""ISSUE-5: time expressions of political and conflict news, wire style, 2020s and 1990s (round 22).

Each row is (published, text, expression, type, value), as in test_timex_r17_constructions: the expression must
be found with exactly that span, type and value, "|" separating readings the TimeML/TIMEX3 conventions leave
open. Conventions kept: a weekday with a part of the day is a TIME ("Tuesday night" ...TNI); "overnight" is the
night of the publication day or the one before; "late on Tuesday" may keep the qualifier in the span or leave
it out; a stretch counted after an event ("a year after the invasion") is a DURATION; a dateline's date is the
day of publication. Events named in place of a date ("on the eve of the vote", "since the start of the war")
are no time expressions. Rows not read yet are strict xfails, with what is missing. Sentences are our own.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timexes import find_timexes


def _gap(published: str, text: str, expression: str, kind: str, value: str, reason: str) -> object:
    return pytest.param(published, text, expression, kind, value, marks=pytest.mark.xfail(reason=reason, strict=True))


@pytest.mark.parametrize(
    ("published", "text", "expression", "kind", "value"),
    [
        # --- the war in Ukraine, 2022-2024
        ("2022-03-03", "KYIV, March 3 (Reuters) - Russian forces shelled the city overnight.",
         "March 3", "DATE", "2022-03-03"),
        ("2022-03-03", "KYIV, March 3 (Reuters) - Russian forces shelled the city overnight.",
         "overnight", "TIME", "2022-03-03TNI|2022-03-02TNI"),
        ("2022-02-24", "MOSCOW, Feb 24 (Reuters) - Putin ordered troops into Ukraine.", "Feb 24", "DATE", "2022-02-24"),
        ("2022-03-03", "Peace talks will continue in the coming days, officials said.",
         "the coming days", "DURATION|DATE", "PXD|FUTURE_REF"),
        ("2022-03-03", "Zelenskiy said on Wednesday that the army still held Kharkiv.", "Wednesday", "DATE", "2022-03-02"),
        ("2022-03-03", "The convoy has been stalled north of the capital for three days.",
         "three days", "DURATION", "P3D"),
        ("2022-03-03", "A second round of talks is set for Monday, March 7.", "Monday, March 7", "DATE", "2022-03-07"),
        ("2022-03-03", "The rouble has lost a third of its value since Feb. 24.", "Feb. 24", "DATE", "2022-02-24"),
        ("2022-03-03", "Shelling resumed late on Wednesday.", "Wednesday|late on Wednesday", "DATE", "2022-03-02"),
        ("2022-03-03", "Explosions were heard in the capital early on Thursday.",
         "Thursday|early on Thursday", "DATE", "2022-03-03"),
        ("2022-03-03", "Officials expect a second round of talks within 48 hours.", "48 hours", "DURATION", "PT48H"),
        ("2022-03-03", "Russian troops took Kherson on Wednesday, the first big city to fall.",
         "Wednesday", "DATE", "2022-03-02"),
        ("2022-03-03", "The U.N. General Assembly voted on Wednesday to condemn the invasion.",
         "Wednesday", "DATE", "2022-03-02"),
        ("2023-02-24", "Ukraine marked the first anniversary of the invasion on Friday.", "Friday", "DATE", "2023-02-24"),
        ("2023-02-24", "A year after the invasion, the front line has barely moved.", "A year", "DURATION", "P1Y"),
        ("2023-02-24", "Biden visited Kyiv on Monday, days before the anniversary.", "Monday", "DATE", "2023-02-20"),
        ("2023-02-24", "Fighting around Bakhmut has intensified in recent weeks.",
         "recent weeks", "DURATION|DATE", "PXW|PAST_REF"),
        ("2023-02-24", "Russia fired missiles at Ukrainian cities for the second time this month.",
         "this month", "DATE", "2023-02"),
        ("2023-02-24", "The General Assembly voted on Thursday to demand a withdrawal.", "Thursday", "DATE", "2023-02-23"),
        ("2023-02-24", "Western tanks are expected to arrive by the end of March.",
         "the end of March", "DATE", "2023-03"),
        ("2023-02-24", "The war has killed tens of thousands of soldiers over the past 12 months.",
         "the past 12 months", "DURATION", "P12M|P1Y"),
        ("2023-02-24", "Russia suspended its part of the New START treaty on Tuesday.", "Tuesday", "DATE", "2023-02-21"),
        ("2023-02-24", "Putin has not visited the front since the war began last February.",
         "last February", "DATE", "2022-02"),
        ("2023-02-24", "Last year's invasion drove millions from their homes.", "Last year", "DATE", "2022"),
        ("2023-02-24", "Kyiv plans a counteroffensive in the spring.", "the spring", "DATE", "2023-SP"),
        ("2024-05-01", "Ukraine received the first U.S. shells in months last weekend.",
         "last weekend", "DATE", "2024-W17-WE"),
        ("2024-05-01", "The aid package stalled in Congress for six months.", "six months", "DURATION", "P6M"),
        ("2024-05-01", "Congress passed the aid bill last week.", "last week", "DATE", "2024-W17"),
        ("2024-05-01", "Russia has launched more than 20 attacks on the power grid since March.",
         "March", "DATE", "2024-03"),
        ("2024-05-01", "Missile strikes killed 17 people in Chernihiv two weeks ago.",
         "two weeks ago", "DATE", "2024-04-17|2024-W16"),
        ("2024-05-01", "The governor said on Tuesday that a drone had hit a depot a day earlier.",
         "a day earlier", "DATE", "2024-04-29"),
        # --- Israel and Gaza, 2023-2024
        ("2023-10-09", "JERUSALEM, Oct 9 (Reuters) - Israel pounded Gaza overnight.", "Oct 9", "DATE", "2023-10-09"),
        ("2023-10-09", "Hamas gunmen stormed towns in southern Israel on Saturday.", "Saturday", "DATE", "2023-10-07"),
        ("2023-10-09", "It was the deadliest day for Israel since the 1973 war.", "1973", "DATE", "1973"),
        ("2023-10-09", "Israel ordered a complete siege of Gaza on Monday.", "Monday", "DATE", "2023-10-09"),
        ("2023-10-09", "The army called up 300,000 reservists within 48 hours.", "48 hours", "DURATION", "PT48H"),
        ("2023-10-09", "Israel has struck more than 1,000 targets since Saturday.", "Saturday", "DATE", "2023-10-07"),
        ("2023-10-09", "A ground offensive could begin in the coming days.",
         "the coming days", "DURATION|DATE", "PXD|FUTURE_REF"),
        ("2024-05-01", "Israel and Hamas have fought since Oct. 7.", "Oct. 7", "DATE", "2023-10-07"),
        ("2024-05-01", "Negotiators hope to reach a deal before the end of the week.",
         "the end of the week", "DATE", "2024-W18"),
        ("2024-05-01", "Students have camped on the lawn for two weeks.", "two weeks", "DURATION", "P2W"),
        ("2024-05-01", "Police arrested more than 100 protesters on Tuesday night.",
         "Tuesday night", "TIME", "2024-04-30TNI"),
        ("2024-05-01", "The talks in Cairo began at the weekend.", "the weekend", "DATE", "2024-W17-WE"),
        ("2024-05-01", "The ministry said 34 people had died in the past 24 hours.",
         "the past 24 hours", "DURATION", "PT24H"),
        ("2024-05-01", "The truce expired at dawn on Sunday.", "Sunday", "DATE", "2024-04-28"),
        # --- elections, 2020 and 2024
        ("2020-11-04", "Counting went on overnight in Pennsylvania and Georgia.",
         "overnight", "TIME", "2020-11-04TNI|2020-11-03TNI"),
        ("2020-11-04", "Trump declared victory early on Wednesday.", "Wednesday|early on Wednesday", "DATE", "2020-11-04"),
        ("2020-11-04", "Mail ballots will count if they arrive by Friday.", "Friday", "DATE", "2020-11-06"),
        ("2020-11-04", "Georgia will finish its recount by the end of the month.",
         "the end of the month", "DATE", "2020-11"),
        ("2020-11-04", "The Electoral College meets on Dec. 14.", "Dec. 14", "DATE", "2020-12-14"),
        ("2020-11-04", "Biden won the state four years after Trump carried it.", "four years", "DURATION", "P4Y"),
        ("2024-11-04", "Harris campaigned in Pennsylvania earlier on Monday.",
         "Monday|earlier on Monday", "DATE", "2024-11-04"),
        ("2024-11-04", "Americans vote on Tuesday in one of the closest races in decades.",
         "Tuesday", "DATE", "2024-11-05"),
        ("2024-11-04", "Voters head to the polls on Tuesday, Nov. 5.", "Tuesday, Nov. 5", "DATE", "2024-11-05"),
        ("2024-11-04", "More than 78 million people had voted early by Sunday.", "Sunday", "DATE", "2024-11-03"),
        ("2024-11-04", "Polls open at 6 a.m. on Tuesday in most of the state.", "Tuesday", "DATE", "2024-11-05"),
        ("2024-11-04", "The candidates debated only once, on Sept. 10.", "Sept. 10", "DATE", "2024-09-10"),
        ("2024-11-04", "The full results may not be known for several days.", "several days", "DURATION", "PXD"),
        ("2024-11-04", "The winner will be sworn in on Jan. 20.", "Jan. 20", "DATE", "2025-01-20"),
        ("2024-11-04", "Harris replaced Biden at the top of the ticket in July.", "July", "DATE", "2024-07"),
        ("2024-11-04", "Turnout in 2020 was the highest in more than a century.", "2020", "DATE", "2020"),
        ("2024-11-04", "Early voting ended last weekend in several states.", "last weekend", "DATE", "2024-W44-WE"),
        ("2024-11-04", "Trump was shot at a rally in Butler, Pennsylvania, on July 13.", "July 13", "DATE", "2024-07-13"),
        ("2024-05-01", "Parliament will vote on the budget next Tuesday.", "next Tuesday", "DATE", "2024-05-07"),
        ("2024-05-01", "The general election is due by January 2025.", "January 2025", "DATE", "2025-01"),
        ("2024-05-01", "Indians began voting on April 19 in an election that lasts six weeks.",
         "April 19", "DATE", "2024-04-19"),
        ("2024-05-01", "Indians began voting on April 19 in an election that lasts six weeks.",
         "six weeks", "DURATION", "P6W"),
        ("2024-05-01", "The first round is on June 30, with a runoff a week later.", "June 30", "DATE", "2024-06-30"),
        ("2024-05-01", "The first round is on June 30, with a runoff a week later.",
         "a week later", "DATE", "2024-07-07|2024-W27"),
        ("2024-05-01", "From 2019 to 2022, the country held four elections.", "2019", "DATE", "2019"),
        ("2024-05-01", "From 2019 to 2022, the country held four elections.", "2022", "DATE", "2022"),
        ("2024-05-01", "Election officials have 10 days to certify the results.", "10 days", "DURATION", "P10D"),
        ("2024-05-01", "The president has until midnight on Friday to sign the bill.", "Friday", "DATE", "2024-05-03"),
        ("2024-05-01", "Protesters rallied in Tbilisi for a third straight night on Tuesday.",
         "Tuesday", "DATE", "2024-04-30"),
        ("2024-05-01", "Fighting in Sudan has raged since April last year.", "April last year", "DATE", "2023-04"),
        ("2024-05-01", "The court will hear the appeal in June.", "June", "DATE", "2024-06"),
        ("2024-05-01", "Senators passed the bill late on Tuesday.", "Tuesday|late on Tuesday", "DATE", "2024-04-30"),
        # --- more constructions of war and politics
        _gap("2022-03-03", "Russian tanks crossed the border on the night of Feb. 23.",
             "the night of Feb. 23", "TIME", "2022-02-23TNI",
             "'the night of <date>' is read as the date alone, as TimeBank marks 'the early hours of Thursday morning'"),
        ("2022-03-03", "Three weeks into the war, the capital still stood.", "Three weeks", "DURATION", "P3W"),
        ("2022-03-03", "Russia annexed Crimea in 2014.", "2014", "DATE", "2014"),
        ("2022-03-03", "Troops massed on the border in late February.", "late February", "DATE", "2022-02"),
        ("2022-03-03", "The talks will resume early next week.", "early next week", "DATE", "2022-W10"),
        ("2022-03-03", "The first sanctions were imposed earlier this week.", "earlier this week", "DATE", "2022-W09"),
        ("2022-03-03", "The fighting has forced a million people to flee in the past week.",
         "the past week", "DURATION", "P1W"),
        ("2023-02-24", "Moscow wants to take all of Donetsk by mid-2023.", "mid-2023", "DATE", "2023"),
        ("2023-02-24", "The economy shrank by a third at the end of last year.",
         "the end of last year", "DATE", "2022"),
        ("2023-02-24", "The EU plans to adopt new sanctions later this year.", "later this year", "DATE", "2023"),
        ("2024-05-01", "Voters elected a new parliament 10 days before the deadline.", "10 days", "DURATION", "P10D"),
        ("2024-05-01", "The ceasefire must hold for the next 24 hours.", "the next 24 hours", "DURATION", "PT24H"),
        ("2024-05-01", "The new government promised results within its first 100 days.",
         "its first 100 days|100 days|first 100 days", "DURATION", "P100D"),
        ("2024-05-01", "Gunmen attacked the village before dawn on Friday.", "Friday", "DATE", "2024-04-26"),
        ("2024-05-01", "Turnout was the lowest since 2015.", "2015", "DATE", "2015"),
        ("2024-05-01", "The two leaders last met in the fall of 2023.", "the fall of 2023", "DATE", "2023-FA"),
        ("2024-05-01", "The army must withdraw within a week.", "a week", "DURATION", "P1W"),
        ("2024-05-01", "The rebels seized the town in mid-March.", "mid-March", "DATE", "2024-03"),
        ("2024-05-01", "The opposition called a general strike for this week.", "this week", "DATE", "2024-W18"),
        ("1995-07-12", "The war in Bosnia broke out in the spring of 1992.", "the spring of 1992", "DATE", "1992-SP"),
        ("1995-07-12", "The ethnic wars of the 1990s have killed thousands.", "the 1990s", "DATE", "199"),
        ("1999-03-25", "NATO jets flew more than 400 sorties in the first 24 hours.",
         "the first 24 hours", "DURATION", "PT24H"),
        ("1991-01-17", "The airstrikes began at 2:40 a.m. on Thursday.", "2:40 a.m.", "TIME", "1991-01-17T02:40"),
        # --- a day after a clock time takes the tense of the two together; a bare plural unit after "within"
        ("2024-05-01", "The attack began at 6 a.m. on Tuesday.", "Tuesday", "DATE", "2024-04-30"),
        ("2024-05-01", "The ceasefire takes effect at midnight on Sunday.", "Sunday", "DATE", "2024-05-05"),
        ("2024-05-01", "Rebels have until noon on Friday to lay down their arms.", "Friday", "DATE", "2024-05-03"),
        ("2024-05-01", "Polls close at 8 p.m. on Thursday.", "8 p.m.", "TIME", "2024-05-02T20:00"),
        ("2024-05-01", "Police said the man was shot at 3 a.m. on Sunday.", "Sunday", "DATE", "2024-04-28"),
        ("1990-08-15", "Troops could be in the Gulf within weeks.", "weeks", "DURATION", "PXW"),
        # --- Kosovo, 1999
        ("1999-03-25", "BELGRADE, March 25 (Reuters) - NATO missiles hit targets across Yugoslavia for a second night.",
         "March 25", "DATE", "1999-03-25"),
        ("1999-03-25", "The air strikes began on Wednesday evening.", "Wednesday evening", "TIME", "1999-03-24TEV"),
        ("1999-03-25", "NATO said the campaign could last for weeks.", "weeks", "DURATION", "PXW"),
        ("1999-03-25", "Talks at Rambouillet collapsed last month.", "last month", "DATE", "1999-02"),
        ("1999-03-25", "Milosevic rejected the peace plan on March 18.", "March 18", "DATE", "1999-03-18"),
        ("1999-03-25", "Serb forces have driven thousands from their homes since last year.",
         "last year", "DATE", "1998"),
        ("1999-03-25", "NATO will mark its 50th anniversary at a summit in Washington next month.",
         "next month", "DATE", "1999-04"),
        ("1999-03-25", "Yugoslav troops massed near the border late last week.", "late last week", "DATE", "1999-W11"),
        ("1999-03-25", "Russia recalled its military envoy to NATO on Wednesday.", "Wednesday", "DATE", "1999-03-24"),
        # --- the Gulf war, 1991
        ("1991-01-17", "Allied jets struck Baghdad early on Thursday.", "Thursday|early on Thursday", "DATE", "1991-01-17"),
        ("1991-01-17", "The U.N. deadline for Iraq to leave Kuwait expired at midnight on Tuesday.",
         "Tuesday", "DATE", "1991-01-15"),
        ("1991-01-17", "Iraq invaded Kuwait on Aug. 2.", "Aug. 2", "DATE", "1990-08-02"),
        ("1991-01-17", "The Security Council set the deadline in November.", "November", "DATE", "1990-11"),
        ("1991-01-17", "The bombing is expected to go on for days.", "days", "DURATION", "PXD"),
        ("1991-01-17", "Congress authorized the use of force on Saturday.", "Saturday", "DATE", "1991-01-12"),
        ("1991-01-17", "Kuwait's emir fled to Saudi Arabia five months ago.", "five months ago", "DATE", "1990-08"),
        ("1991-01-17", "The war began on Wednesday, Jan. 16, at 7 p.m. Eastern time.",
         "Wednesday, Jan. 16", "DATE", "1991-01-16"),
        # --- Bosnia, 1995
        ("1995-07-12", "Bosnian Serb forces overran Srebrenica on Tuesday.", "Tuesday", "DATE", "1995-07-11"),
        ("1995-07-12", "The enclave was declared a U.N. safe area in 1993.", "1993", "DATE", "1993"),
        ("1995-07-12", "Dutch peacekeepers asked for air support on Monday night.", "Monday night", "TIME", "1995-07-10TNI"),
        ("1995-07-12", "Refugees fled to Potocari late on Tuesday.", "Tuesday|late on Tuesday", "DATE", "1995-07-11"),
        ("1995-07-12", "The siege of Sarajevo has lasted more than three years.",
         "three years|more than three years", "DURATION", "P3Y"),
        ("1995-07-12", "The Contact Group will meet in London on Friday.", "Friday", "DATE", "1995-07-14"),
        ("1995-07-12", "The war has killed as many as 200,000 people since 1992.", "1992", "DATE", "1992"),
        # --- Rwanda, 1994
        ("1994-04-08", "KIGALI, April 8 (AP) - Fighting spread across the capital on Friday.",
         "April 8", "DATE", "1994-04-08"),
        ("1994-04-08", "The presidents died when their plane was shot down on Wednesday night.",
         "Wednesday night", "TIME", "1994-04-06TNI"),
        ("1994-04-08", "The killings began within hours of the crash.", "hours", "DURATION", "PTXH"),
        ("1994-04-08", "The peace accord was signed in Arusha last August.", "last August", "DATE", "1993-08"),
        ("1994-04-08", "U.N. troops have been in Rwanda since October.", "October", "DATE", "1993-10"),
        ("1994-04-08", "Belgium will evacuate its citizens over the weekend.", "the weekend", "DATE", "1994-W14-WE"),
        # --- Iraq, December 1998
        ("1998-12-17", "U.S. and British warplanes struck Iraq for a second night on Thursday.",
         "Thursday", "DATE", "1998-12-17"),
        ("1998-12-17", "The strikes came a day after inspectors said Iraq had not cooperated.",
         "a day", "DURATION", "P1D"),
        ("1998-12-17", "Clinton ordered the attack on Wednesday, on the eve of Ramadan.", "Wednesday", "DATE", "1998-12-16"),
        ("1998-12-17", "Iraq barred the inspectors in November.", "November", "DATE", "1998-11"),
        ("1998-12-17", "Saddam Hussein has defied the U.N. for more than seven years.",
         "seven years|more than seven years", "DURATION", "P7Y"),
        ("1998-12-17", "The House postponed the impeachment vote set for Thursday.", "Thursday", "DATE", "1998-12-17"),
    ],
)
def test_conflict_news(  # type: ignore[no-untyped-def]
    nlp, published: str, text: str, expression: str, kind: str, value: str
) -> None:
    found = {(t.text, t.type, t.value) for t in find_timexes(nlp(text), text, published=published)}
    assert any((span, type_, value_) in found for span in expression.split("|") for type_ in kind.split("|")
               for value_ in value.split("|")), found


@pytest.mark.parametrize(
    ("published", "text"),
    [
        # an event named in place of a date is no time expression
        ("2024-11-04", "On the eve of the vote, Trump held a rally in Michigan."),
        ("2024-11-04", "In the run-up to the election, both campaigns spent heavily on ads."),
        ("2022-03-03", "More than a million people have fled since the start of the war."),
        ("2023-02-24", "Crowds gathered in the capital to mark the first anniversary of the invasion."),
        ("2023-10-09", "In the aftermath of the attack, the army sealed the border."),
        ("2024-05-01", "The army said the border would stay closed until further notice."),
    ],
)
def test_no_timex(nlp, published: str, text: str) -> None:  # type: ignore[no-untyped-def]
    assert find_timexes(nlp(text), text, published=published) == ()
