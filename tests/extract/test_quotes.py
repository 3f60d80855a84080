"""Quotes (issue 3): quotation marks, direct / mixed / reported quotes, speakers and their resolution."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.extract._quote_bounds import _phrase_head
from newsgraph.extract._quote_marks import find_quoted
from newsgraph.extract.quotes import find_quotes
from newsgraph.records import Quote

# -- quotation marks (no model) ------------------------------------------------------------------

MARKS = [
    ('He said "yes" and “no”.', ['"yes"', "“no”"]),
    ("Typewriter ``marks'' and ''doubled'' ones.", ["``marks''", "''doubled''"]),
    ('Mixed "straight and curly.” marks', ['"straight and curly.”']),
    ('A "stray mark here.\n\n"Real quote," he said.', ['"Real quote,"']),
    ('“Unclosed one\n\nNext “x” ends.', ["“x”"]),
    ("He said: “First paragraph.\n\n“Second paragraph.\n\n“Last one.”\n\nNarration.", [
        "“First paragraph.\n\n“Second paragraph.\n\n“Last one.”"
    ]),
    ('A 6" pipe. "Then a quote," she said.', ['"Then a quote,"']),
    # blanked boilerplate between two paragraphs: the quotation does not run across it
    ("He said: “One.\n" + " " * 30 + "\n“Two.”", ["“Two.”"]),
    ("No marks at all.", []),
    # a quotation opened after a sentence's end may run over paragraphs too
    ('The mayor spoke. "We will rebuild the bridge.\n\n"It will take two years."', [
        '"We will rebuild the bridge.\n\n"It will take two years."'
    ]),
    # a closing mark left out: the quoted sentences run to the paragraph's end
    ('"We lost," she said. "The voters chose someone else this time.\n\nThe count ended at noon.', [
        '"We lost,"', '"The voters chose someone else this time.'
    ]),
    ('"We lost," she said. "The voters chose someone else this time.', [
        '"We lost,"', '"The voters chose someone else this time.'
    ]),
    # ... but not a few words, nor words that are not a sentence
    ('"We lost," she said. "Too bad.\n\nThe count ended.', ['"We lost,"']),
    ('She said "the voters chose someone else this time\n\nThe count ended.', []),
    # a typist's mark of the wrong shape
    ("“Not at all,“ he said. “We will stay.”", ["“Not at all,“", "“We will stay.”"]),
    ("He wrote:\n”We will stay.”", ["”We will stay.”"]),
]


@pytest.mark.parametrize(("text", "expected"), MARKS)
def test_quoted_stretches(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quoted(text)] == expected


def test_stray_mark_keeps_the_rest() -> None:
    text = 'One "stray.\n\n' + "".join(f'"Quote {n}," she said.\n\n' for n in range(5))
    assert len(find_quoted(text)) == 5


# -- quotes (model) --------------------------------------------------------------------------------


def _quotes(nlp, text: str) -> tuple[Quote, ...]:  # type: ignore[no-untyped-def]
    return find_quotes(nlp(text), text)


def _summary(quote: Quote) -> tuple[str, str, str | None, str | None]:
    speaker = quote.speaker.text if quote.speaker else None
    cue = quote.cue.text if quote.cue else None
    return quote.kind, quote.content.text, speaker, cue


CASES = [
    (  # speaker after, description with name: the name is preferred
        "“We continue contacts with our partners,” Kremlin spokesman, Dmitry Peskov, said on Thursday.",
        [("direct", "We continue contacts with our partners", "Dmitry Peskov", "said")],
    ),
    (  # colon-introduced
        "Dmitry Peskov told reporters: “The talks will go ahead as planned.”",
        [("direct", "The talks will go ahead as planned.", "Dmitry Peskov", "told")],
    ),
    (  # comma-introduced, cue borrowed subject
        "Mohammad Javad Zarif spoke on Thursday, saying, “We have not invited them.”",
        [("direct", "We have not invited them.", "Mohammad Javad Zarif", "saying")],
    ),
    (  # dash-introduced
        "Dmitry Peskov told reporters on Thursday — “We will not attend the talks.”",
        [("direct", "We will not attend the talks.", "Dmitry Peskov", "told")],
    ),
    (  # speaker inverted after the cue
        "“It is under review,” said an unnamed State Department official.",
        [("direct", "It is under review", "an unnamed State Department official", "said")],
    ),
    (  # reported, with that
        "Russian Foreign Minister Sergei Lavrov announced that Moscow had invited the US to the talks.",
        [("reported", "that Moscow had invited the US to the talks", "Sergei Lavrov", "announced")],
    ),
    (  # reported, without that
        "Washington said it was reviewing the invitation.",
        [("reported", "it was reviewing the invitation", "Washington", "said")],
    ),
    (  # mixed: partly quoted
        "Ali Shamkhani said Iran, Russia and Turkey have not sent any “joint invitation” to the US.",
        [("mixed", "Iran, Russia and Turkey have not sent any “joint invitation” to the US", "Ali Shamkhani", "said")],
    ),
    (  # according to
        "According to the ministry, the talks will start on Monday in Astana.",
        [("reported", "the talks will start on Monday in Astana", "the ministry", "According to")],
    ),
    (  # light verb with a cue noun
        "Iran has voiced strong opposition to the US participation in the talks.",
        [("reported", "the US participation in the talks", "Iran", "voiced strong opposition")],
    ),
    (  # typewriter marks
        "''The economy is strong,'' Mr. Sanders said.",
        [("direct", "The economy is strong", "Sanders", "said")],
    ),
    (  # a that-less clause the parser reads as an object of "says"
        "Marlow says the rise in rents that Okafor condemns also makes her victory even more certain.",
        [("reported", "the rise in rents that Okafor condemns also makes her victory even more certain",
          "Marlow", "says")],
    ),
    (  # "by saying ...": the gerund's subject is the subject of the verb the phrase hangs on
        "Delgado distanced herself from the strike by saying she would be ready to negotiate.",
        [("reported", "she would be ready to negotiate", "Delgado", "saying")],
    ),
    (  # a participle modifying its speaker
        "Wealthy farmers gave $40,000 to a political group backing Anna Lindqvist.",
        [("reported", "Anna Lindqvist", "a political group", "backing")],
    ),
    (  # "sees X as Y"
        "The Varga camp sees the festival as a fresh chance to win over young voters.",
        [("reported", "the festival as a fresh chance to win over young voters", "The Varga camp", "sees")],
    ),
    (  # a poll opening the sentence is its source; the content ends before the full stop
        "In a Harbor Gazette-KTLV poll published Friday, Okafor led Brandt by six points.",
        [("reported", "Okafor led Brandt by six points", "a Harbor Gazette-KTLV poll", "In")],
    ),
    (  # a naming verb with the name in quotation marks after the object
        "Lindqvist called the Maine senator “the next George Washington” at the fair.",
        [("mixed", "the Maine senator “the next George Washington”", "Lindqvist", "called")],
    ),
    (  # passive object verb: the agent speaks, the subject is the content
        "Trump was criticized by Republican leaders for the remarks.",
        [("reported", "Trump", "Republican leaders", "criticized")],
    ),
    (  # a message does not speak: its issuer does
        "Her office issued a statement saying the county does not have the staff to inspect every restaurant.",
        [("reported", "the county does not have the staff to inspect every restaurant", "Her office", "saying")],
    ),
    (  # evidence verb with an object
        "The newest Lakeview/Norton poll showed Varga leading the race with 27 percent.",
        [("reported", "Varga leading the race with 27 percent", "The newest Lakeview/Norton poll", "showed")],
    ),
    (  # a cue inside another quote's content: only the outer attribution
        "Critics said Trump claimed that the election was rigged.",
        [("reported", "Trump claimed that the election was rigged", "Critics", "said")],
    ),
    (  # a that-clause the parser hung on the noun after the cue
        "Marsh alleged in the lawsuit that Varga secretly received $40,000 from the charity.",
        [("reported", "that Varga secretly received $40,000 from the charity", "Marsh", "alleged")],
    ),
    (  # ... but a relative clause of that noun is not content
        "Marsh alleged fraud in the lawsuit that Varga filed in March.",
        [],
    ),
    (  # a stance noun with a possessive and a prepositional phrase
        "Trump's attacks on the Khan family drew rebukes from Republicans.",
        [("reported", "the Khan family", "Trump", "attacks")],
    ),
    (  # ... and a possessive pronoun on a verb's object repeats the verb's subject, the speaker
        "Lindqvist has tempered her criticism of Tomas Ortega.",
        [("reported", "Tomas Ortega", "Lindqvist", "criticism")],
    ),
    (  # a stance adjective after a copula, with a prepositional phrase ...
        "Cruz has been critical of the nuclear deal with Iran.",
        [("reported", "the nuclear deal with Iran", "Cruz", "critical")],
    ),
    (  # ... or with a clause
        "Aides were confident that the senator would win the primary.",
        [("reported", "that the senator would win the primary", "Aides", "confident")],
    ),
    (  # an expletive subject holds no stance
        "It is clear that the senator would win the primary.",
        [],
    ),
    (  # "As X revealed, ...": the clause the as-clause hangs on
        "As the Ledger revealed, most of the grants were to buy equipment for a lab.",
        [("reported", "most of the grants were to buy equipment for a lab", "the Ledger", "revealed")],
    ),
    (  # the noun a relative clause's cue is about
        "His turn against the ferry tax - a levy he once supported - makes sense.",
        [("reported", "a levy", "he", "supported")],
    ),
    (  # "said A, but that B": both clauses are content
        "The Idaho senator said the state needs to fix its roads, but that he would not back a fuel tax.",
        [("reported", "the state needs to fix its roads, but that he would not back a fuel tax",
          "The Idaho senator", "said")],
    ),
    (  # an answer as an interjection
        "When reporters asked about a third run, the candidate said no.",
        [("reported", "no", "the candidate", "said")],
    ),
    (  # the subject in the cue's own paragraph, not in the line before
        "11:30 p.m.:\n\nGovernor Ana Ortega says that she is not planning to close any rural schools.",
        [("reported", "that she is not planning to close any rural schools", "Ana Ortega", "says")],
    ),
    (  # a stance adjective with an infinitive
        "He is keen to make his band more popular.",
        [("reported", "to make his band more popular", "He", "keen")],
    ),
    (  # the convinced hold the view
        "They are convinced that the coach could have achieved much more.",
        [("reported", "that the coach could have achieved much more", "They", "convinced")],
    ),
    (  # "A, according to X": the words before the phrase, even when more follows it
        "Some 41 percent of residents view the mayor favorably, according to a Lakeside Times poll published last "
        "month - roughly the same as her rival's 40 percent.",
        [("reported", "Some 41 percent of residents view the mayor favorably", "a Lakeside Times poll",
          "according to")],
    ),
    (  # a prepositional cue from the lexicon
        "Most delegates in the county voted for Sanders.",
        [("reported", "Sanders", "Most delegates in the county", "voted for")],
    ),
    (  # an object verb from the lexicon
        "He outlined a plan to cut corporate taxes.",
        [("reported", "a plan to cut corporate taxes", "He", "outlined")],
    ),
    (  # an unsourced hedge: the subject and the complement are two pieces with no speaker
        "Halvorsen seemed to be a friend of the landlords.",
        [("reported", "Halvorsen", None, "seemed"), ("reported", "to be a friend of the landlords", None, "seemed")],
    ),
    (  # an expletive subject gives the clause alone
        "It appears that the senator will not run again.",
        [("reported", "that the senator will not run again", None, "appears")],
    ),
    (  # a passive hedge with no agent
        "Moreau is thought to be the favorite in Vermont.",
        [("reported", "Moreau", None, "thought"), ("reported", "to be the favorite in Vermont", None, "thought")],
    ),
    (  # ... with an as-phrase
        "The senator is widely seen as a moderate on immigration.",
        [("reported", "The senator", None, "seen"), ("reported", "a moderate on immigration", None, "seen")],
    ),
    (  # a participle hedge: the noun phrase it modifies and the name
        "Okafor won the series of races known as the Harbor Cup.",
        [("reported", "the series of races", None, "known"), ("reported", "the Harbor Cup", None, "known")],
    ),
    (  # a hedging adverb splits its clause
        "The Fund for Rivers is reportedly spending $2.4 million on billboards.",
        [("reported", "The Fund for Rivers is", None, "reportedly"),
         ("reported", "spending $2.4 million on billboards", None, "reportedly")],
    ),
    (  # a relative pronoun is a piece of what the relative clause's cue reports (content_resolved says which)
        "Varga attacked the ticket system, which he said was unfair to him.",
        [("reported", "which", "he", "said"), ("reported", "was unfair to him", "he", "said")],
    ),
    (  # a cue verb with its own complement is no hedge
        "Manafort appeared on Fox News on Sunday.",
        [],
    ),
    (  # "according to X" inside its sentence: the words before and after it are two pieces
        "Membership, according to the union, has doubled over the past year.",
        [("reported", "Membership", "the union", "according to"),
         ("reported", "has doubled over the past year", "the union", "according to")],
    ),
    (  # object verbs added to the lexicon
        "Trump bemoaned the state of the nation's airports.",
        [("reported", "the state of the nation's airports", "Trump", "bemoaned")],
    ),
    (  # a reflexive object with an as-phrase
        "Clinton described herself as a progressive who gets things done.",
        [("reported", "herself as a progressive who gets things done", "Clinton", "described")],
    ),
    (  # a parenthetical cue the parser hung the opening words on: both pieces
        "Writing the opera, Lindgren said, helped her to make peace with her childhood.",
        [("reported", "Writing the opera", "Lindgren", "said"),
         ("reported", "helped her to make peace with her childhood", "Lindgren", "said")],
    ),
    (  # a clause-final cue with the content going on after it
        "She is leaning toward Moreau, she said, because she values experience.",
        [("reported", "She is leaning toward Moreau", "she", "said"),
         ("reported", "because she values experience", "she", "said")],
    ),
    (  # a paragraph break ends the sentence: "according to" stays on its line
        "It is now allowed to sail again, according to the N.T.S.B.\n\nMost owners have one boat.",
        [("reported", "It is now allowed to sail again", "the N.T.S.B.", "according to")],
    ),
    (  # a participle cue hung on the reported clause's verb goes on with the reporting verb's speaker,
        # also when that clause's subject is inside quotation marks
        'Moreau stressed that "the best path is to get farmers and ranchers talking to each other," '
        "suggesting that a regional summit might be the first step.",
        [("reported", "that a regional summit might be the first step", "Moreau", "suggesting")],
    ),
    (  # a second cue verb the parser coordinated with the reported clause's verb: the reporter speaks
        "She said that she would raise a glass to the eventual winner but did not suggest the winner would be Varga.",
        [("reported", "that she would raise a glass to the eventual winner", "She", "said"),
         ("reported", "the winner would be Varga", "She", "suggest")],
    ),
    (
        "The mayor said that the council would vote on Monday and promised a swift decision.",
        [("reported", "that the council would vote on Monday", "The mayor", "said"),
         ("reported", "a swift decision", "The mayor", "promised")],
    ),
    (  # ... also from deeper inside the reported clause (hung on its second verb)
        "He said his mother has been a champion of apprentices at her bakery and would do likewise as mayor, "
        "saying that she supports fair wages.",
        [("reported", "that she supports fair wages", "He", "saying")],
    ),
    (  # a share of respondents speaks through a participle, as a poll does
        "Fans view her as ready, with 70 percent saying she is ready.",
        [("reported", "she is ready", "70 percent", "saying")],
    ),
    (  # verbs of liking and distrust take their object as content
        "Many conservatives distrust the Republican front-runner.",
        [("reported", "the Republican front-runner", "Many conservatives", "distrust")],
    ),
    (  # ... as do speech acts aimed at an object, with their particle as part of the cue
        "The crowd booed the senator.",
        [("reported", "the senator", "The crowd", "booed")],
    ),
    (
        "She rattled off a list of grievances.",
        [("reported", "a list of grievances", "She", "rattled off")],
    ),
    (  # "expressed X": the object is content, unless it is a cue noun framing its own content
        "He expressed solidarity with the protesters.",
        [("reported", "solidarity with the protesters", "He", "expressed")],
    ),
    (  # more object verbs of praise, blame and dismissal
        "Brandt ripped the former head of the union at a rally.",
        [("reported", "the former head of the union", "Brandt", "ripped")],
    ),
    (
        "Clinton shrugged off the criticism.",
        [("reported", "the criticism", "Clinton", "shrugged off")],
    ),
    (  # an object's content goes on over the verb's "about" phrase
        "Trump criticized Clinton about her emails.",
        [("reported", "Clinton about her emails", "Trump", "criticized")],
    ),
    (  # more cue nouns with a that-clause
        "The vote was a reminder that voters can surprise.",
        [("reported", "that voters can surprise", None, "reminder")],
    ),
    (  # emotional and evaluative stance adjectives
        "Party leaders were unhappy with the outcome.",
        [("reported", "the outcome", "Party leaders", "unhappy")],
    ),
    (  # epistemic stance adjectives
        "Party leaders were aware of the risks.",
        [("reported", "the risks", "Party leaders", "aware")],
    ),
    (  # more speech verbs
        "The senator bragged that the bill would pass.",
        [("reported", "that the bill would pass", "The senator", "bragged")],
    ),
    (  # belief verbs of perception and expectation
        "Aides sensed that the race was slipping away.",
        [("reported", "that the race was slipping away", "Aides", "sensed")],
    ),
    (  # object verbs of dispute and emphasis take a that-clause as well
        "The company disputed that it had misled investors.",
        [("reported", "that it had misled investors", "The company", "disputed")],
    ),
    (  # evidence and memory verbs with a that-clause
        "Investigators determined that the fire was accidental.",
        [("reported", "that the fire was accidental", "Investigators", "determined")],
    ),
    (  # prepositional cues of dispute and recollection
        "The two candidates clashed over immigration.",
        [("reported", "immigration", "The two candidates", "clashed over")],
    ),
    (  # a decision or a preference reported with its to-infinitive
        "Last spring, Governor Lindqvist decided to keep a large number of rangers there.",
        [("reported", "to keep a large number of rangers there", "Lindqvist", "decided")],
    ),
    (  # claims and recognitions with a noun phrase
        "The report recognized the risks of the plan.",
        [("reported", "the risks of the plan", "The report", "recognized")],
    ),
    (  # verbs of worry, hope and allegiance with their preposition
        "Several senators worried about the cost of the program.",
        [("reported", "the cost of the program", "Several senators", "worried about")],
    ),
    (
        "Republican leaders have lined up behind the nominee.",
        [("reported", "the nominee", "Republican leaders", "lined up behind")],
    ),
    (
        "He hoped for a quick deal.",
        [("reported", "a quick deal", "He", "hoped for")],
    ),
    (  # a participle on the cue verb itself keeps that verb's subject
        "\u201cIt is a big step in a hard season,\u201d he said, adding that Ms. Duval would keep her post.",
        [("direct", "It is a big step in a hard season", "he", "said"),
         ("reported", "that Ms. Duval would keep her post", "he", "adding")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_constructions(nlp, text: str, expected: list[tuple[str, str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    found = [_summary(quote) for quote in _quotes(nlp, text)]
    for item in expected:
        assert item in found
    for quote in _quotes(nlp, text):
        assert quote.direct == (quote.kind == "direct")
        assert text[quote.content.start : quote.content.end] == quote.content.text


# Whole outputs: the quotes listed and no others.
EXACT = [
    (  # a cue noun with a that-clause and no possessive: an attribution with no holder
        "Despite complaints that she is a reckless dreamer, the mayor has opened three libraries.",
        [("reported", "that she is a reckless dreamer", None, "complaints")],
    ),
    (  # cue nouns match by lemma ("warnings"), with a holder after "from" or "by"
        "The warnings from aides that the plan would fail went unheeded.",
        [("reported", "that the plan would fail", "aides", "warnings")],
    ),
    (  # an indirect question after a cue noun's preposition
        "Voters were left with the question of whether the governor would run again.",
        [("reported", "whether the governor would run again", None, "question")],
    ),
    (  # a cue verb's passive with no agent: the subject and what is said of it, unsourced
        "Marquez is accused of plotting two other assaults.",
        [("reported", "Marquez", None, "accused"), ("reported", "plotting two other assaults", None, "accused")],
    ),
    (  # ... but a name or a record is no view
        "The bill is called the Clean Harbors Act.",
        [],
    ),
    (
        "The video was released on Monday.",
        [],
    ),
    (  # an appositive the writer adds to the content's last noun is not content ...
        "Managers said it would cut up to 4,000 shifts, a steep reduction rivaling the one under Haldane.",
        [("reported", "it would cut up to 4,000 shifts", "Managers", "said")],
    ),
    (  # a relative clause whose first word is not its subject ("whose findings ...") is a tail as well
        "Petrov revealed that 12 engineers have been assigned to the review, whose results will be issued in a report.",
        [("reported", "that 12 engineers have been assigned to the review", "Petrov", "revealed")],
    ),
    (  # ... though a list after a comma is no appositive
        "A spokeswoman says Moreau was joined by her husband, Felix, and other neighbors and colleagues.",
        [("reported", "Moreau was joined by her husband, Felix, and other neighbors and colleagues", "A spokeswoman",
          "says")],
    ),
    (  # ... whichever pass found the content
        "Okafor criticized the North Shore Compact, the five-town water deal the county drafted.",
        [("reported", "the North Shore Compact", "Okafor", "criticized")],
    ),
    (  # ... but the speaker's own words stay whole
        'Trump said the deal was "a disaster, a total disaster."',
        [("mixed", 'the deal was "a disaster, a total disaster."', "Trump", "said")],
    ),
    (  # reported contents end before the full stop, even the dot of a final abbreviation
        "Varga argued that the flood was one more reason to improve relations with the U.K.",
        [("reported", "that the flood was one more reason to improve relations with the U.K", "Varga", "argued")],
    ),
    (  # a participle tail after a closing quotation mark is cut too, and is a quote of its own, by the
        # reporting verb's speaker (the parser hangs "claiming" on the reported clause's verb)
        'Moreau insisted that she has "revived the old harbor," claiming that she is responsible for higher tourism.',
        [("mixed", 'that she has "revived the old harbor,"', "Moreau", "insisted"),
         ("reported", "that she is responsible for higher tourism", "Moreau", "claiming")],
    ),
    (  # a relative clause with its own cue is cut out of the content around it
        "Brandt said she was a strong advocate of longer recesses, which she argued help improve focus for pupils.",
        [("reported", "she was a strong advocate of longer recesses", "Brandt", "said"),
         ("reported", "which", "she", "argued")],
    ),
    (  # an adjective's infinitive borrows the copula's subject
        "Halloran was careful to point out that few fishermen shared such fears.",
        [("reported", "that few fishermen shared such fears", "Halloran", "point out")],
    ),
    (  # "According to X" after a colon opens its own sentence; the content ends before the full stop
        "It has not escaped notice: According to recent polls, Varga holds only 9 percent of the rural vote.",
        [("reported", "Varga holds only 9 percent of the rural vote", "recent polls", "According to")],
    ),
    (  # "A, according to X, an apposition, B": both pieces, whoever the parser gives the closing comma to
        "At the root of the dispute, according to Helen T. Marsh, another former Canadian trade negotiator, "
        "was a ruling by Judge Alvarez.",
        [("reported", "At the root of the dispute", "Helen T. Marsh", "according to"),
         ("reported", "was a ruling by Judge Alvarez", "Helen T. Marsh", "according to")],
    ),
    (  # contents never nest: a statement inside an "according to" sentence is part of that attribution
        "Utah Sen. Mary Ellison said she would have vetoed the budget, according to press reports.",
        [("reported", "Utah Sen. Mary Ellison said she would have vetoed the budget", "press reports", "according to")],
    ),
    (  # ... and of a poll framing its sentence
        "In a Harbor Gazette poll published Friday, just 11 percent of renters said they would vote for Brandt.",
        [("reported", "just 11 percent of renters said they would vote for Brandt", "a Harbor Gazette poll", "In")],
    ),
    (  # a quoted sentence with no cue near it, led into by a clause of its own sentence: that clause's subject
        'As the coach put it, "apart from losing the first game, there was nothing to regret."',
        [("direct", "apart from losing the first game, there was nothing to regret.", "the coach", "put")],
    ),
    (  # ... but a quoted phrase is not speech
        'The senator called for "law and order" at the rally.',
        [("direct", "law and order", "The senator", "called for")],
    ),
    (  # a cue noun with no holder of its own: the subject of the verb it is the object of
        "Farmers scoffed at the idea that a billion-dollar irrigation plan could save water.",
        [("reported", "that a billion-dollar irrigation plan could save water", "Farmers", "idea")],
    ),
    (  # a hedge on a cue verb is part of that cue ("seemed to indicate"), not a second, unsourced quote
        "On Tuesday, she seemed to indicate that she trusts his instincts.",
        [("reported", "that she trusts his instincts", "she", "indicate")],
    ),
    (  # ... but a hedge on any other verb is one
        "The senator seems to be winning.",
        [("reported", "The senator", None, "seems"), ("reported", "to be winning", None, "seems")],
    ),
    (  # "That said," is a connective, not a cue swallowing the sentence's own attribution
        "That said, students say they believe the rent will fall.",
        [("reported", "they believe the rent will fall", "students", "say")],
    ),
    (  # an interview's answer label names nobody; a speaker's label does
        "Q&A with the vice president\n\nA: It has been about a month since we talked.\n\n"
        "TAPPER: What happened next in the race?",
        [("reported", "What happened next in the race?", "TAPPER", ":")],
    ),
    (  # a transcript turn labelled with a person's name in title case is that person's
        "The panel met on Sunday.\n\nNora Blake: Well, rising rents are bad for the shops.",
        [("reported", "Well, rising rents are bad for the shops", "Nora Blake", ":")],
    ),
    (  # ... but a line that opens with a title-case phrase that names no person is no label
        "The board met on Friday.\n\nCity Parks: Some small plans do work out.",
        [],
    ),
    (  # an agentless passive's view after a preposition; after "as", all the words of a name
        "Alvarez is known for speaking his mind on many topics.",
        [("reported", "Alvarez", None, "known"), ("reported", "speaking his mind on many topics", None, "known")],
    ),
    (
        "Lund earned her second medal in the string of races known as the Coastal Cup.",
        [("reported", "the string of races", None, "known"), ("reported", "the Coastal Cup", None, "known")],
    ),
    (  # a naming verb's object and name read as one phrase by the parser: an appositive with no comma ...
        "Moreau called her fallen brother her idol before explaining why she trusted Kessler.",
        [("reported", "her fallen brother her idol", "Moreau", "called"),
         ("reported", "why she trusted Kessler", "Moreau", "explaining")],
    ),
    (  # ... or the quoted name as the head
        "He called anti-Ortega protesters “vandals” and “thugs” without proof.",
        [("mixed", "anti-Ortega protesters “vandals” and “thugs”", "He", "called")],
    ),
    (  # ... but calling someone is no naming
        "He called his wife, Melania, from the car.",
        [],
    ),
    (  # a what-clause an object verb governs is that verb's content, and the naming inside it nests
        "He criticized what he called the loud, careless spending of the council.",
        [("reported", "what he called the loud, careless spending of the council", "He", "criticized")],
    ),
    (  # "what X calls Y": the name is what they say ("what" alone says nothing)
        "The tax is what economists call spending.",
        [("reported", "spending", "economists", "call")],
    ),
    (  # "was asked" with no asker: an unsourced question (its piece "He" alone says nothing and is dropped)
        "He was asked about the wave of school closures.",
        [("reported", "the wave of school closures", None, "asked")],
    ),
    (  # a hedge on an adjective (the parser's "oprd") or a "like" phrase
        "Trump\u2019s supporters seemed equally unperturbed.",
        [("reported", "Trump\u2019s supporters", None, "seemed"), ("reported", "equally unperturbed", None, "seemed")],
    ),
    (
        "Ms. Duval suddenly seemed like a different player.",
        [("reported", "Ms. Duval", None, "seemed"), ("reported", "like a different player", None, "seemed")],
    ),
    (  # ... but appearing somewhere is no hedge
        "He appeared on television.",
        [],
    ),
    (  # a state the parser did not call the complement: a participle read as an adverbial clause
        "As the storm grew worse, the mayor's office appeared paralyzed.",
        [("reported", "the mayor's office", None, "appeared"), ("reported", "paralyzed", None, "appeared")],
    ),
    (  # ... or a comparative read as an adverb
        "The chairman appeared closer to backing the new rules.",
        [("reported", "The chairman", None, "appeared"), ("reported", "closer to backing the new rules", None, "appeared")],
    ),
    (  # appearing before someone is no hedge
        "The chairman appeared before the committee on Tuesday.",
        [],
    ),
    (  # "A, X said, B": a phrase hung on the cue that ends the sentence is the second piece
        "The plan would be boosted, Marsh said, by the coming harvest season.",
        [("reported", "The plan would be boosted", "Marsh", "said"),
         ("reported", "by the coming harvest season", "Marsh", "said")],
    ),
    (  # promoting or unveiling a thing states no view (a product, a plan, an employee)
        "The company unveiled a new phone and promoted two managers.",
        [],
    ),
    (  # a show's name in mid-sentence is no speech, even with a comma inside the marks ...
        'On WKRN\'s "Morning Desk," Lindqvist said that Brandt was careless.',
        [("reported", "that Brandt was careless", "Lindqvist", "said")],
    ),
    (  # ... but a sentence opened by a quotation is
        '"Absolutely," he said.',
        [("direct", "Absolutely", "he", "said")],
    ),
    (
        "Zarif expressed the Islamic Republic\u2019s opposition to the US participation in the meeting.",
        [("reported", "the US participation in the meeting", "Zarif",
          "expressed the Islamic Republic\u2019s opposition")],
    ),
    (  # an accusation's charge: the object (or the passive's subject) and what it is charged with
        "Two county clerks were charged with receiving gifts from builders.",
        [("reported", "Two county clerks", None, "charged"),
         ("reported", "receiving gifts from builders", None, "charged")],
    ),
    (  # ... but after a closed quotation such a phrase is the writer's comment
        '"Do not let one bad season ruin a good team," he said, in an implicit rebuke to impatient fans.',
        [("direct", "Do not let one bad season ruin a good team", "he", "said")],
    ),
    (  # a colon announces the quotation after it, however long the cue's clause
        "She told the union members, to loud cheers:\n\n"
        "\u201cI can say with certainty there has never been a crew or a captain more determined.\u201d",
        [("direct", "I can say with certainty there has never been a crew or a captain more determined.", "She",
          "told")],
    ),
    (  # an object verb's pronoun object is content, in the active and the passive
        "Local shop owners decried it at the meeting.",
        [("reported", "it", "Local shop owners", "decried")],
    ),
    (
        "He was mocked by Trump.",
        [("reported", "He", "Trump", "mocked")],
    ),
    (  # a writer's appositive after a spaced dash is no more content than one after a comma
        "Mr. Trump acknowledged Mr. Clinton's deep unpopularity - his negatives, as he put it.",
        [("reported", "Mr. Clinton's deep unpopularity", "Trump", "acknowledged")],
    ),
    (  # ... while a hyphen inside a word opens nothing
        "Staff said Lindqvist will be re-evaluating how she runs her meetings.",
        [("reported", "Lindqvist will be re-evaluating how she runs her meetings", "Staff", "said")],
    ),
    (  # a dateline in capitals the parser took for a subject does not speak: the subject after the dash does
        "FLAGSTAFF, Ariz. — Greg Ashby criticized the shipping tycoon's temper and honesty on Friday.",
        [("reported", "the shipping tycoon's temper and honesty", "Greg Ashby", "criticized")],
    ),
    (  # a cue noun's to-infinitive is what its possessive holder said they would do
        "Varga's pledge to build a bridge over the river drew crowds.",
        [("reported", "to build a bridge over the river", "Varga", "pledge")],
    ),
    (  # ... and a decision is a stated intention like a pledge
        "Clinton's decision to rely on a private server caused a scandal.",
        [("reported", "to rely on a private server", "Clinton", "decision")],
    ),
    (  # ... with no holder, nobody is reported
        "The mayor made a pledge to build a new school.",
        [],
    ),
    (  # an unsourced hedge between two pieces of a quote hands no speaker on: the next piece is the cue's
        "“It's going to be long,” said Mr. Varga, who is regarded as a bit of a night owl. "
        "“And some of these meetings start at dawn.”",
        [("direct", "It's going to be long", "Varga", "said"),
         ("reported", "a bit of a night owl", None, "regarded"),
         ("direct", "And some of these meetings start at dawn.", "Varga", "said")],
    ),
    (  # a poll closing its sentence is the source of the clause it is hung on
        "Okafor leads Brandt by 48 percent to 39 percent in the latest Lakeview poll.",
        [("reported", "Okafor leads Brandt by 48 percent to 39 percent", "the latest Lakeview poll", "in")],
    ),
    (  # ... a report is not: it bears out, it does not rank
        "The damage to Clinton is borne out in a new report.",
        [],
    ),
    (  # ... but "that" stands for a clause said elsewhere
        "His office disputes that.",
        [],
    ),
    (  # a hyphenated name is one speaker, whatever the tagger made of the hyphen
        "Harlow-Pierce Co. said it had not changed its plans.",
        [("reported", "it had not changed its plans", "Harlow-Pierce Co.", "said")],
    ),
    (  # a company's accounts are no quote; what it reports in a clause is
        "Northfield Paper posted net income of 2.3 million dollars, and Harbor Credit reported a loss.",
        [],
    ),
    (
        "The company reported that sales rose 5%.",
        [("reported", "that sales rose 5%", "The company", "reported")],
    ),
    (  # "is expected to" is an unsourced forecast: the subject and the infinitive are two pieces
        "The veteran sheriff is expected to run again next year.",
        [("reported", "The veteran sheriff", None, "expected"),
         ("reported", "to run again next year", None, "expected")],
    ),
    (  # ... negated as well; with a speaker ("He expects X to Y") it stays a sourced quote
        "The mayor is not expected to sign the bill.",
        [("reported", "The mayor", None, "expected"), ("reported", "to sign the bill", None, "expected")],
    ),
    (  # a cue noun received by the subject makes the subject what the view is about; "from" names the holder
        "The tower has drawn harsh criticism from local architects.",
        [("reported", "The tower", "local architects", "drawn harsh criticism")],
    ),
    (  # ... "among" as well
        "The governor enjoys broad support among farmers.",
        [("reported", "The governor", "farmers", "enjoys broad support")],
    ),
    (  # ... and a received noun's "of" names the giver, not the target
        "The senator won the endorsement of the state's largest union.",
        [("reported", "The senator", "the state's largest union", "won the endorsement")],
    ),
    (  # ... with nobody named, and a "for" phrase as a second piece
        "Mayor Ortega came under heavy criticism for her budget.",
        [("reported", "Mayor Ortega", None, "came under heavy criticism"),
         ("reported", "for her budget", None, "came under heavy criticism")],
    ),
    (  # ... but only a cue noun: crowds and races are no views
        "The painting drew crowds, and he faced a tough race.",
        [],
    ),
    (  # a pronoun after a named speaker goes on with the reported words: one content, the inner cue nested
        "Varga said the voting system is unfair and he feels he can still carry the county.",
        [("reported", "the voting system is unfair and he feels he can still carry the county", "Varga", "said")],
    ),
    (  # ... while the speaker's own word again opens a clause of the speaker's
        "She said the plan was flawed, and she railed against the mayor.",
        [("reported", "the plan was flawed", "She", "said"), ("reported", "the mayor", "she", "railed against")],
    ),
    (  # the one asked is part of what was asked: the content runs from the object through the infinitive
        "The senator urged Congress to act quickly.",
        [("reported", "Congress to act quickly", "The senator", "urged")],
    ),
    (  # ... also the object of the cue's own preposition ("called on X to Y")
        "Ayotte called on others to return the money.",
        [("reported", "others to return the money", "Ayotte", "called")],
    ),
    (  # ... and with no object the infinitive alone
        "She wants to leave the race.",
        [("reported", "to leave the race", "She", "wants")],
    ),
    (  # a hyphenated object the parser split into sibling objects is one phrase ("the re" was the content)
        "She opposed the re-opening of the old quarry.",
        [("reported", "the re-opening of the old quarry", "She", "opposed")],
    ),
    (  # a light verb with a cue noun: "made the point that ...", "made no mention of ...", "made no secret of ..."
        "He made the point that taxes are too high, but made no mention of the deficit.",
        [("reported", "that taxes are too high", "He", "made the point"),
         ("reported", "the deficit", "He", "made no mention")],
    ),
    (  # ... "delivered a warning", "filed a complaint", "made a reference" likewise
        ("The general delivered a stark warning about the threat. He filed a complaint about the vote, "
         "and the mayor made a reference to the flood."),
        [("reported", "the threat", "The general", "delivered a stark warning"),
         ("reported", "the vote", "He", "filed a complaint"),
         ("reported", "the flood", "the mayor", "made a reference")],
    ),
    (  # cheering and publishing take their object as content
        "The crowd cheered the mayor's decision, and the institute published a study of rural poverty.",
        [("reported", "the mayor's decision", "The crowd", "cheered"),
         ("reported", "a study of rural poverty", "the institute", "published")],
    ),
    (  # a past participle with an agent is a passive with no auxiliary: the agent speaks
        "As reported by Harbor Weekly, there are 40 seats at stake in Sunday's elections.",
        [("reported", "there are 40 seats at stake in Sunday's elections", "Harbor Weekly", "reported")],
    ),
    (  # "look to" someone for something, or to doing something, states an expectation or an aim
        "Students look to the coach for guidance, and Varga looks to calm tensions with the board.",
        [("reported", "the coach for guidance", "Students", "look to"),
         ("reported", "to calm tensions with the board", "Varga", "looks")],
    ),
    (  # "would like to", "would love to": a wish is a stated aim, like "wants to"
        "The mayor's office would like to make the vote a contest about safety.",
        [("reported", "to make the vote a contest about safety", "The mayor's office", "like")],
    ),
    (  # ... looking at something is no view
        "She looked at the photos.",
        [],
    ),
    (  # ... and a title given with nobody named is the titled thing and its title
        "The report was titled The Lost Decade.",
        [("reported", "The report", None, "titled"), ("reported", "The Lost Decade", None, "titled")],
    ),
    (  # ... while a point with no light verb and no holder is no cue
        "At one point, the crowd cheered.",
        [],
    ),
    (  # "make it clear" states what follows the adjective; the subject of "make" speaks
        "The president has made it clear that he will not resign.",
        [("reported", "that he will not resign", "The president", "made it clear")],
    ),
    (  # ... also as a participle with a borrowed subject, and with "known" for "clear"
        "She spoke for an hour, making clear that she would run. The governor made known his intention to run.",
        [("reported", "that she would run", "She", "making clear"),
         ("reported", "his intention to run", "The governor", "made known")],
    ),
    (  # ... but a clear thing with no "make" states nothing, and "it" alone is no content
        "The rules are clear, and that made it clear.",
        [],
    ),
    (  # "quoted as saying": the speech verb is the cue; "quoted" says nothing of its own
        "The minister was quoted as saying that talks would resume.",
        [("reported", "that talks would resume", "The minister", "saying")],
    ),
    (
        "Putin was quoted by Interfax as saying the talks had failed.",
        [("reported", "the talks had failed", "Putin", "saying")],
    ),
    (
        '"All states must cooperate," he was quoted as saying.',
        [("direct", "All states must cooperate", "he", "saying")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXACT)
def test_whole_output(nlp, text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:  # type: ignore[no-untyped-def]
    assert [_summary(quote) for quote in _quotes(nlp, text)] == expected


def test_speaker_after_a_clause_final_cue_lost_in_apposition(nlp) -> None:  # type: ignore[no-untyped-def]
    # The parser hangs "spokesman" on a later verb; the noun right after "said" still speaks.
    text = (
        "She also had a say in choices about large Danish investments in Kenya, said a former spokesman "
        "for Kenya's Trade Ministry, Peter Otieno, who worked with her."
    )
    (quote,) = _quotes(nlp, text)
    assert quote.content.text == "She also had a say in choices about large Danish investments in Kenya"
    assert quote.speaker is not None and quote.speaker.text.startswith("a former spokesman")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # The parser may hang the name on an earlier noun (as an apposition's object): the verb has no subject.
        ("After a video featuring a clip of the mayor, Council President Dan Ortiz (D-Ward 3) said \u201ccheap "
         "attacks, they have no place in this city.\u201d",
         "Dan Ortiz", "cheap attacks, they have no place in this city."),
        ("Speaking in Boston, while on the road for his daughter, city council candidate Emma Hale, former mayor "
         "Tom Hale said his daughter was ready to serve.",
         "Tom Hale", "his daughter was ready to serve"),
    ],
)
def test_a_name_right_before_a_subjectless_speech_verb_speaks(nlp, text: str, speaker: str,  # type: ignore[no-untyped-def]
                                                              content: str) -> None:
    (quote,) = _quotes(nlp, text)
    assert quote.speaker is not None and quote.speaker.text.endswith(speaker)
    assert quote.content.text == content


def test_speaker_going_on_ends_the_content(nlp) -> None:  # type: ignore[no-untyped-def]
    # "... and said B": a cue verb with no subject of its own is not part of the first content
    text = "The chair told the Ledger her firm never paid the contractor and said the firm paid the lawyers."
    first = _quotes(nlp, text)[0]
    assert _summary(first) == ("reported", "her firm never paid the contractor", "The chair", "told")


def test_split_quote_has_two_contents_one_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“The talks are important,” Peskov said. “We hope everyone will attend.”"
    found = [_summary(quote) for quote in _quotes(nlp, text)]
    assert [item[1] for item in found] == ["The talks are important", "We hope everyone will attend."]
    assert {item[2] for item in found} == {"Peskov"}


def test_split_quote_left_unclosed_keeps_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    # the writer forgot the closing mark of the second piece: it still runs to the paragraph's end
    text = "“The talks are important,” Peskov said. “We hope everyone will attend the meeting.\n\nThe weather was cold."
    found = [_summary(quote) for quote in _quotes(nlp, text)]
    assert [item[1] for item in found] == ["The talks are important", "We hope everyone will attend the meeting."]
    assert {item[2] for item in found} == {"Peskov"}


def test_reported_content_stops_where_a_quotation_opens_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser reads no sentence end before typewriter marks: the content would run into the quotation
    text = "The harvest was poor.\n\nRain, the farmer admitted, was still scarce. ''We have not had a wet week since April,'' he said."
    contents = [quote.content.text for quote in _quotes(nlp, text)]
    assert contents == ["Rain", "was still scarce", "We have not had a wet week since April"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The players were tired after the match — “We gave everything we had,” the captain said.",
         ("direct", "We gave everything we had", "the captain", "said")),
        ("The chef was calm about the review: “We cook for our guests, not for critics,” she told reporters.",
         ("direct", "We cook for our guests, not for critics", "she", "told")),
    ],
)
def test_lead_in_before_a_dash_or_colon_is_the_writers(nlp, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert [_summary(quote) for quote in _quotes(nlp, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the closing mark ended the parser's clause; the reported words go on after it
        ('The coach told players that the referees could be "very strict," and have been harsh in past seasons.',
         'that the referees could be "very strict," and have been harsh in past seasons'),
        ('The principal said the teachers have been "a steady team all year," and parents would need to '
         '"stay patient" until June.',
         'the teachers have been "a steady team all year," and parents would need to "stay patient" until June'),
        # ... but the speaker going on is not what was said
        ('The coach said both players are "real leaders," but he benched one of them on Sunday.',
         'both players are "real leaders,"'),
    ],
)
def test_reported_words_go_on_past_a_closing_mark(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert [quote.content.text for quote in _quotes(nlp, text)] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser took the reported words before an inverted cue for its subject
        ("Lower fares bring more riders to the trains that run through the valley towns every hour, said Mark "
         "Ellis, a transit planner at the regional authority.",
         [("Lower fares bring more riders to the trains that run through the valley towns every hour", "Mark Ellis")]),
        ("The new rules, said the mayor, would hurt small shops.",
         [("The new rules", "the mayor"), ("would hurt small shops", "the mayor")]),
    ],
)
def test_words_before_an_inverted_cue_are_reported(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    found = [(quote.content.text, quote.speaker.text if quote.speaker else None) for quote in _quotes(nlp, text)]
    assert found == expected


def test_split_quote_around_a_long_description_of_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        '"The biggest problem," said Owen Price, a ranger who is the head of the Blue Ridge Trail Society, "is '
        'that hikers are going to be leaving trash and ignoring signs."'
    )
    found = [_summary(quote) for quote in _quotes(nlp, text)]
    assert [item[1] for item in found] == [
        "The biggest problem", "is that hikers are going to be leaving trash and ignoring signs."
    ]
    assert {item[2] for item in found} == {"Owen Price"}


def test_speaker_described_between_commas_before_the_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser may hang the name on the date, leaving "said" no subject
    text = (
        "On Tuesday, in a telephone briefing with reporters on Nov. 8, Capt. Laura K. Diaz, a fire department "
        "spokeswoman in Denver, said, ''Honestly, a wildfire is a dangerous thing. Nobody can promise anything.''"
    )
    assert [_summary(quote) for quote in _quotes(nlp, text)] == [
        ("direct", "Honestly, a wildfire is a dangerous thing. Nobody can promise anything.", "Laura K. Diaz", "said")
    ]


def test_a_description_right_before_a_subjectless_speech_verb_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In a chat with podcast hosts Ben Lee and Sara Ortiz, the veteran goalkeeper stated that the league's "
        "“strange” and “silly” rules did not “make any sense to me.”"
    )
    (quote,) = _quotes(nlp, text)
    assert quote.speaker is not None and quote.speaker.text == "the veteran goalkeeper"
    assert quote.content.text.startswith("that the league's")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a list whose second item the parser took for an appositive is one content
        ("The union has endorsed Rep. Ann Lowe, D-Maine, and former teacher Carl Burns.",
         "Rep. Ann Lowe, D-Maine, and former teacher Carl Burns"),
        ('The coach praised his "quick hands," "calm head" and stamina.', 'his "quick hands," "calm head" and stamina'),
        # an appositive the writer adds is not
        ("He praised the mayor, a former teacher.", "the mayor"),
    ],
)
def test_object_content_keeps_a_list_and_drops_an_appositive(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert [quote.content.text for quote in _quotes(nlp, text)] == [content]


def test_speaker_inside_split_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“We will attend,” Peskov said, “but only as observers.”"
    found = [_summary(quote) for quote in _quotes(nlp, text)]
    assert [item[1] for item in found] == ["We will attend", "but only as observers."]
    assert {item[2] for item in found} == {"Peskov"}


def test_multi_paragraph_quote_is_one_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dmitry Peskov said: “The first point is clear.\n\n“The second point is clearer.”\n\nThe talks begin Monday."
    (quote,) = [q for q in _quotes(nlp, text) if q.kind == "direct"]
    assert quote.content.text.startswith("The first point") and quote.content.text.endswith("clearer.")
    assert quote.speaker is not None and quote.speaker.text == "Dmitry Peskov"


def test_anonymous_source(nlp) -> None:  # type: ignore[no-untyped-def]
    (quote,) = _quotes(nlp, "“It is under review,” said an unnamed State Department official.")
    assert quote.anonymous
    (named,) = _quotes(nlp, "“It is under review,” said Dmitry Peskov.")
    assert not named.anonymous


def test_pronoun_resolves_to_previous_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Russian Foreign Minister Sergei Lavrov announced that Moscow had invited the US.\n\n"
        "“We have already invited them,” he told journalists in Moscow."
    )
    quote = next(q for q in _quotes(nlp, text) if q.kind == "direct")
    assert quote.speaker is not None and quote.speaker.text == "he"
    assert quote.speaker_resolved is not None and quote.speaker_resolved.text == "Sergei Lavrov"


def test_description_resolves_to_speaker_with_that_role(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“The talks matter,” said Dmitry Peskov, the Kremlin spokesman.\n\n"
        "Other officials were less sure.\n\n"
        "“We will see,” the spokesman added."
    )
    quote = next(q for q in _quotes(nlp, text) if q.content.text == "We will see")
    assert quote.speaker is not None and quote.speaker.text == "the spokesman"
    assert quote.speaker_resolved is not None and quote.speaker_resolved.text == "Dmitry Peskov"


def test_surname_resolves_to_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Sergei Lavrov arrived in Astana on Monday.\n\n“We are ready,” Lavrov said."
    quote = next(q for q in _quotes(nlp, text) if q.kind == "direct")
    assert quote.speaker_resolved is not None and quote.speaker_resolved.text == "Sergei Lavrov"


PRONOUN_ANTECEDENTS = [
    (  # a title gives the sex: "he" is not Ms. Okafor but the man before her
        "Peter Lindahl, the team's trainer, met fans on Friday. Ms. Okafor said the season was going well."
        "\n\n“We were just waiting for some rain,” he said.",
        "We were just waiting for some rain",
        "Peter Lindahl",
    ),
    (  # the person the speaker talks about in his own quote is not the speaker
        "Omar Reyes said he would love to visit Norway.\n\n"
        "“If Ingrid Solberg wins the election, I will be banned from going there,” he said.",
        "If Ingrid Solberg wins the election, I will be banned from going there",
        "Omar Reyes",
    ),
    (  # "whose" stands for the noun before it
        "“Things are going to be fine,” replied Ortega, whose criticism of Varga has grown in recent months.",
        "Varga",
        "Ortega",
    ),
    (  # the person, not the place of the phrase the relative clause hangs on; the clause is not part of the name
        "Mr. Lund, a dentist from Dayton, Ohio, who said he knew the owners, spoke on Friday.",
        "he knew the owners",
        "a dentist from Dayton, Ohio",
    ),
    (  # a surname the tagger does not take for a person still finds the full name
        "Paula Houston arrived in Denver on Friday. But Houston said the appeal to Harrow serves no purpose.",
        "the appeal to Harrow serves no purpose",
        "Paula Houston",
    ),
]


@pytest.mark.parametrize(("text", "content", "resolved"), PRONOUN_ANTECEDENTS)
def test_speaker_resolves_to_the_person_who_speaks(nlp, text: str, content: str, resolved: str) -> None:  # type: ignore[no-untyped-def]
    quote = next(q for q in _quotes(nlp, text) if q.content.text == content)
    assert quote.speaker_resolved is not None and quote.speaker_resolved.text == resolved


def test_possessor_does_the_gerund(nlp) -> None:  # type: ignore[no-untyped-def]
    # "X's judgment in supporting": X supported the dam, not the one who questions X's judgment
    text = "Ortega is pushing back, questioning Harris’s judgment in supporting the dam on the river."
    found = [_summary(quote) for quote in _quotes(nlp, text)]
    assert ("reported", "the dam on the river", "Harris", "supporting") in found


def test_stray_mark_does_not_lose_later_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'He called it a "deal.\n\n“We are ready,” Peskov said.\n\nLavrov said the talks would resume.'
    found = [_summary(quote) for quote in _quotes(nlp, text)]
    assert ("direct", "We are ready", "Peskov", "said") in found
    assert ("reported", "the talks would resume", "Lavrov", "said") in found


def test_scare_quotes_alone_are_not_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(nlp, "The so-called “peace process” stalled in the winter.") == ()


def test_things_do_not_speak_through_a_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(nlp, "The statistics showing a decline in crime were released on Monday.") == ()


def test_no_cue_no_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(nlp, "Representatives of the government will take part in the negotiations.") == ()


# -- the reference article ------------------------------------------------------------------------

ASTANA = [
    ("direct", "We continue contacts", "Dmitry Peskov", None),
    ("reported", "Moscow had invited the US to attend", "Sergei Lavrov", None),
    ("direct", "As I said yesterday", "he", "Sergei Lavrov"),
    ("reported", "it was reviewing the invitation", "Washington", None),
    ("direct", "We did get an invitation", "an unnamed US State Department official", None),
    ("reported", "the US participation in the upcoming Astana talks", "Iran", None),
    ("reported", "Washington’s dedication to the ouster of the Syrian government", "Iran", None),
    ("mixed", "have not sent any “joint invitation”", "Ali Shamkhani", None),
    ("reported", "The US may only be invited", "he", "Ali Shamkhani"),
    ("mixed", "Washington cannot play a part in", "he", "Ali Shamkhani"),
    ("reported", "the US participation in the Astana meeting", "Mohammad Javad Zarif", None),
    ("direct", "We have not invited the US", "Mohammad Javad Zarif", None),
    ("reported", "Staffan de Mistura, the world body’s special envoy for Syria, would attend", "the United Nations", None),
    ("mixed", "the UN chief had asked De Mistura", "Stephane Dujarric", None),
]


@pytest.mark.parametrize(("kind", "content", "speaker", "resolved"), ASTANA)
def test_reference_article(astana_result, kind: str, content: str, speaker: str, resolved: str | None) -> None:  # type: ignore[no-untyped-def]
    matches = [q for q in astana_result.quotes if content in q.content.text]
    assert len(matches) == 1, [q.content.text for q in astana_result.quotes]
    (quote,) = matches
    assert quote.kind == kind
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert (quote.speaker_resolved.text if quote.speaker_resolved else None) == resolved
    assert quote.anonymous == (speaker == "an unnamed US State Department official")
    assert astana_result.text[quote.content.start : quote.content.end] == quote.content.text


def test_reference_article_has_nothing_else(astana_result) -> None:  # type: ignore[no-untyped-def]
    extra = [q.content.text for q in astana_result.quotes if not any(c in q.content.text for _, c, _, _ in ASTANA)]
    # The lead's "Russia says it is in talks ..." is the only other statement, besides the unsourced
    # forecast "Representatives ... are expected to take part ..." (two pieces).
    assert [text[:27] for text in extra] == [
        "it is in talks with Iranian", "Representatives from the Sy", "to take part in the Astana "
    ]


def test_headline_colon_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lavrov: Moscow has invited the United States to the Astana talks\n\nThe talks open on Monday."
    (quote,) = _quotes(nlp, text)
    assert _summary(quote) == ("reported", "Moscow has invited the United States to the Astana talks", "Lavrov", ":")


@pytest.mark.parametrize(
    "text",
    [
        "Budget passes.\n\nBYLINE: Jane Doe.\n\nThe council voted on Monday.",
        "Budget passes.\n\nDATELINE: Springfield\n\nThe council voted on Monday.",
        "Budget passes.\n\nLOAD-DATE: May 4, 2024\n\nThe council voted on Monday.",
    ],
)
def test_a_news_archive_field_is_no_speaker(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(nlp, text) == ()


def test_nothing_comes_from_removed_text(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“Buy now,” the advert said.\n\n“We are ready,” Peskov said."
    cut = text.index("\n")
    masked = " " * cut + text[cut:]  # the orchestrator blanks removed spans, keeping the length
    found = [_summary(quote) for quote in find_quotes(nlp(masked), text)]
    assert found == [("direct", "We are ready", "Peskov", "said")]


def test_doc_and_text_must_have_the_same_length(nlp) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match="offsets"):
        find_quotes(nlp("Peskov said the talks would resume."), "Peskov said the talks would resume. Extra.")


_PIECES = ['"', "“", "”", "''", " said ", " he ", "Peskov", " told reporters", ":", ",", ".", "\n\n", " that ",
           "the talks", " according to ", "'s remarks that ", " voiced opposition to ", "—", "«", "»", "he said, “"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_spans_always_hold(nlp, pieces: list[str]) -> None:  # type: ignore[no-untyped-def]
    text = "".join(pieces)
    for quote in find_quotes(nlp(text), text):
        for span in (quote.content, quote.speaker, quote.speaker_resolved, quote.cue):
            if span is not None:
                assert 0 <= span.start <= span.end <= len(text)
                assert text[span.start : span.end] == span.text
        assert quote.content.end > quote.content.start


def test_phrase_head_stops_at_the_root() -> None:
    # A sentence the parser starts right after a comma: the phrase "Officials agree" climbs to its
    # root and must stop there (spaCy makes a new Token object per access, so identity never holds).
    words = ["It", "works", ",", "Officials", "agree"]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 4, 4], deps=["nsubj", "ROOT", "punct", "nsubj", "ROOT"])
    head = _phrase_head(doc[3])
    assert head is not None and head.text == "agree"
