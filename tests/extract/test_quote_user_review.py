"""Quote errors a user sees at once, second review round: a quote whose words are only a relative
pronoun; a relative clause between a quotation and its cue taken for the attribution or the content; a
reported subject the parser made the cue's object; a second relative pronoun left unresolved; a measure
taken for a passive's speaker; a participle cue the parser hung on a time clause; a thing as the
speaker of a speech verb joined to its verb; a speaker span holding its own cue; calling a session;
"continued doing" taken for speech; a report that quotes someone taken for the speaker; a that-clause
the parser broke at its subject; a quoted phrase inside a sentence said by the clause after it."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.extract.quotes import find_quotes
from newsgraph.records import Quote


def _quotes(nlp, text: str) -> tuple[Quote, ...]:  # type: ignore[no-untyped-def]
    return find_quotes(nlp(text), text)


def _pairs(quotes: tuple[Quote, ...]) -> list[tuple[str | None, str]]:
    return [(quote.speaker.text if quote.speaker is not None else None, quote.content.text) for quote in quotes]


@pytest.mark.parametrize(
    "text, referent",
    [
        ("The Mets' comeback, which Ortega conceded after the ninth inning, stunned the crowd.", "The Mets' comeback"),
        ("The bridge toll, which the governor opposed for years, goes up in May.", "The bridge toll"),
        ("Fans booed the new coach, whom the owner blamed for the losses.", "the new coach"),
        ("Lund backed the plan, which he said would pay for itself.", "the plan"),
    ],
)
def test_a_quote_that_is_only_a_relative_pronoun_names_what_it_stands_for(  # type: ignore[no-untyped-def]
    nlp, text: str, referent: str
) -> None:
    # PolNeAR marks the pronoun as the content; shown alone it tells a reader nothing, so the quote
    # carries the noun phrase it stands for
    lone = [quote for quote in _quotes(nlp, text) if quote.content.text.lower() in ("which", "whom", "that", "who")]
    assert lone and all(quote.content_resolved is not None for quote in lone)
    assert [quote.content_resolved.text for quote in lone if quote.content_resolved is not None] == [referent]


def test_a_quote_that_is_only_what_is_dropped(nlp) -> None:  # type: ignore[no-untyped-def]
    # "what economists call X" stands for no noun before it: the name is what they say
    contents = [quote.content.text.lower() for quote in _quotes(nlp, "The tax is what economists call a hidden subsidy.")]
    assert "what" not in contents


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Lund backed the plan, which he said would pay for itself.", ("he", "would pay for itself")),
        ("The tax is what economists call a hidden subsidy.", ("economists", "a hidden subsidy")),
        ("The coach called him a coward.", ("The coach", "him a coward")),
    ],
)
def test_the_rest_of_such_a_quote_stays(nlp, text: str, pair: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert pair in _pairs(_quotes(nlp, text))


def _reparsed(nlp, text: str, changes: dict[int, tuple[int, str]]) -> Doc:  # type: ignore[no-untyped-def]
    """The model's parse of ``text`` with some tokens re-hung (index -> (head, relation)): pins a misparse
    the model makes only on some sentences."""
    doc = nlp(text)
    heads = [token.head.i for token in doc]
    deps = [token.dep_ for token in doc]
    for index, (head, dep) in changes.items():
        heads[index], deps[index] = head, dep
    return Doc(
        nlp.vocab,
        words=[token.text for token in doc],
        spaces=[bool(token.whitespace_) for token in doc],
        heads=heads,
        deps=deps,
        pos=[token.pos_ for token in doc],
        tags=[token.tag_ for token in doc],
        lemmas=[token.lemma_ for token in doc],
        ents=[token.ent_iob_ + (f"-{token.ent_type_}" if token.ent_type_ else "") for token in doc],
    )


def test_a_relative_clause_after_a_quote_is_no_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser made the quote a sentence of its own and "who died ..." a relative clause on a noun inside
    # it (tokens 14-15 "and for" hung on "said", 28 "died" on "friends"): "who" is not the speaker, and the
    # cue after the clause is
    text = (
        "``Tonight is a dark night for the Lisbon Treaty . . . and for the friends and family of Anna's brother"
        " Paulo,'' who died with six other climbers when the ice gave way as they tried to reach the summit,"
        " said Carla Mendes, representing the families."
    )
    doc = _reparsed(nlp, text, {28: (17, "relcl"), 14: (46, "cc"), 15: (46, "prep")})
    assert [token.text for token in (doc[17], doc[28], doc[46])] == ["friends", "died", "said"]
    pairs = [(quote.speaker, quote.cue) for quote in find_quotes(doc, text)]
    assert [(speaker.text if speaker else None, cue.text if cue else None) for speaker, cue in pairs] == [
        ("Carla Mendes", "said")
    ]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            '"We lost a lot this year. We lost the harvest and we lost our friend Tomas," who died in the fire'
            " at the mill, said Ines Barros.",
            "We lost a lot this year. We lost the harvest and we lost our friend Tomas",
        ),
        (
            '"The season is over. It ended for all of us with the injury to Harold," who tore a ligament in May,'
            " the club secretary said.",
            "The season is over. It ended for all of us with the injury to Harold",
        ),
    ],
)
def test_a_relative_clause_after_the_closing_mark_is_no_content(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    # the writer's words about the quote's last noun, whatever relation the parser gave the clause
    quotes = _quotes(nlp, text)
    assert [(quote.content.text, quote.kind) for quote in quotes] == [(content, "direct")]


def test_a_relative_clause_inside_a_content_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'A survey found that "Dune," which came out in 1965, and "Emma," were the books most often borrowed.'
    assert any(quote.content.text.endswith("were the books most often borrowed") for quote in _quotes(nlp, text))


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Maria Ortiz, the treasurer, said repayment of the bonds, first sold at $10 each, will cut interest"
            " costs by $2 million a year.",
            "repayment of the bonds, first sold at $10 each, will cut interest costs by $2 million a year",
        ),
        (
            "Tom Reyes, finance director, said closure of the two plants, originally built in 1970, will save the"
            " group $40 million annually.",
            "closure of the two plants, originally built in 1970, will save the group $40 million annually",
        ),
        (
            "The mayor said sale of the old depot, first offered in 2009, would bring the city $3 million.",
            "sale of the old depot, first offered in 2009, would bring the city $3 million",
        ),
    ],
)
def test_a_reported_subject_the_parser_made_the_cue_s_object_opens_the_content(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    # the parser reads "said repayment" as said's object and the clause after the comma as subjectless
    assert [quote.content.text for quote in _quotes(nlp, text)] == [content]


def test_the_person_told_is_no_subject_of_the_reported_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    # a misparse with "the bridge" hung on "reporters" leaves "reopen" no subject; "reporters" is whom she told
    text = "She told reporters the bridge will reopen in May."
    doc = _reparsed(nlp, text, {4: (2, "appos")})
    assert [token.text for token in (doc[2], doc[4])] == ["reporters", "bridge"]
    contents = [quote.content.text for quote in find_quotes(doc, text)]
    assert contents and not any("reporters" in content for content in contents)


def test_a_second_coordinated_relative_pronoun_means_the_first_one_s_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs "and who have favored ..." on the verb before the first relative clause
    text = (
        "The visit is part of a push to win over older voters, who will matter a great deal in the coming runoffs"
        " in rural counties - and who have favored Ortega by wide margins in surveys."
    )
    quotes = [quote for quote in _quotes(nlp, text) if quote.cue is not None and quote.cue.text == "favored"]
    assert [_resolved(quote) for quote in quotes] == [("who", "older voters")]


def _resolved(quote: Quote) -> tuple[str | None, str | None]:
    resolved = quote.speaker_resolved
    return (quote.speaker.text if quote.speaker else None, resolved.text if resolved else None)


@pytest.mark.parametrize(
    "text",
    [
        "The senator, who was declared the victor in the county vote on Friday by the slimmest of margins, now trails.",
        "The mayor was declared the winner by a wide margin.",
        "The levy was rejected by a wide margin on Tuesday.",
        "Ortega was declared the winner of last week's runoff on Monday.",
    ],
)
def test_a_measure_is_no_speaker_and_declaring_a_winner_no_quote(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # a "by" phrase that says how an act went names nobody; "was declared the winner" records a result
    assert _quotes(nlp, text) == ()


def test_a_passive_s_agent_still_speaks(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _pairs(_quotes(nlp, "The plan was criticized by the mayor.")) == [("the mayor", "The plan")]


def test_a_participle_hung_on_a_time_clause_is_the_message_s(nlp) -> None:  # type: ignore[no-untyped-def]
    # a misparse hangs "stating" (14) on the time clause "as the ballots were counted" (13): the memo states
    text = "Late on Friday, a union memo was circulated as the ballots were counted stating that the strike was over."
    doc = _reparsed(nlp, text, {14: (13, "advcl")})
    assert [token.text for token in (doc[13], doc[14])] == ["counted", "stating"]
    assert _pairs(find_quotes(doc, text)) == [("a union memo", "that the strike was over")]


def test_a_participle_after_a_message_s_time_clause_is_the_main_subject_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The governor changed her account a week later, after her first statement was shown to be wrong,"
        " saying that she had met the donors."
    )
    assert ("The governor", "that she had met the donors") in _pairs(_quotes(nlp, text))


def test_a_participle_after_a_person_s_time_clause_keeps_its_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mayor left the hall after the crowd cheered, saying she was proud of the vote."
    assert _pairs(_quotes(nlp, text)) == [("The mayor", "she was proud of the vote")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The long quarrel over the harbor took a bitter turn Friday when Governor Paul Dunn called the union a"
            " gang of thieves and said the port would close in June.",
            "Paul Dunn",
        ),
        (
            "The border dispute between the two towns took an ugly turn on Monday when Mayor Lena Ortiz called the"
            " council cowards and said the fence would come down by spring.",
            "Lena Ortiz",
        ),
    ],
)
def test_a_thing_never_speaks_for_the_cue_clause_before_it(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    # the parser joins "and said" to "took", whose subject is a quarrel; the one who called ... says it
    said = [quote for quote in _quotes(nlp, text) if quote.cue is not None and quote.cue.text == "said"]
    assert [quote.speaker.text if quote.speaker else None for quote in said] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Paul Dunn Admitted Why He Quit The Race\n\nIt was a long night.", "Paul Dunn"),
        ("Maria Lopez Revealed What She Saw At The Dock\n\nIt rained.", "Maria Lopez"),
        ("Lena Ortiz Explained Why She Left The Council\n\nIt was a long night.", "Lena Ortiz"),
    ],
)
def test_a_speaker_never_holds_its_own_cue(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    # in a title-case headline the tagger takes the cue for a word of the name
    quotes = _quotes(nlp, text)
    assert [quote.speaker.text if quote.speaker else None for quote in quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "The smoke reached the harbor, where the city council on Friday called an emergency session after the fire.",
        "The union called a strike for Monday.",
        "The prime minister called a snap election for June.",
    ],
)
def test_calling_a_session_convenes_it_and_is_no_quote(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [quote for quote in _quotes(nlp, text) if quote.cue is not None and quote.cue.text.startswith("call")]


@pytest.mark.parametrize(
    "text, content",
    [
        ("The mayor called the strike a disgrace.", "the strike a disgrace"),
        ('Ortega called the meeting "a farce."', 'the meeting "a farce."'),
    ],
)
def test_calling_a_session_names_something_still_quotes(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert [quote.content.text for quote in _quotes(nlp, text)] == [content]


def test_a_relative_speaker_whose_antecedent_s_name_follows_it_resolves_to_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    # found by test_quotes.test_spans_always_hold: the parser gave "remarks" the name "Peskov" after the clause
    # "that" opens, and the resolved span ran backwards
    text = "'s remarks that  said  said Peskov"
    for quote in _quotes(nlp, text):
        resolved = quote.speaker_resolved
        assert resolved is None or resolved.start < resolved.end


@pytest.mark.parametrize(
    "text",
    [
        "The agency will continue screening refugees in the region.",
        "The senator continued delivering a longer version of his stump speech.",
        "The ferry company continues gaining passengers.",
    ],
)
def test_an_act_that_goes_on_is_no_speech(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(nlp, text) == ()


@pytest.mark.parametrize(
    "text, content",
    [('"We will win," he continued.', "We will win"), ("He continued that the plan was sound.", "that the plan was sound")],
)
def test_continued_as_speech_still_quotes(nlp, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert [quote.content.text for quote in _quotes(nlp, text)] == [content]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The wire service quoted neighbours as saying that trucks were blocking the bridge.", "neighbours"),
        ("Reuters quoted a police officer as saying that six people died.", "a police officer"),
        ("The newspaper quoted the minister as saying the plan was dead.", "the minister"),
        ("He was quoted by the radio as saying the talks had failed.", "He"),
    ],
)
def test_the_one_a_report_quotes_speaks(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert [quote.speaker.text if quote.speaker else None for quote in _quotes(nlp, text)] == [speaker]


def test_a_that_clause_the_parser_broke_at_its_subject_stays_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    # pins a misparse of typewriter-quoted clauses: "that" (4) read as a preposition of "said" with "floods" (5)
    # as its object, and "show" (19) as said's xcomp
    text = (
        "Mayor Ana Ruiz said that floods this spring in Lisbon, Porto and Faro, Portugal, ``show that the river is"
        " a danger to every town.''"
    )
    doc = _reparsed(nlp, text, {4: (3, "prep"), 5: (4, "pobj"), 19: (3, "xcomp")})
    assert [token.text for token in (doc[3], doc[4], doc[5], doc[19])] == ["said", "that", "floods", "show"]
    assert [quote.content.text for quote in find_quotes(doc, text)] == [text[text.index("that") : len(text)]]


@pytest.mark.parametrize(
    "text",
    [
        'In what she admitted was a "long shot," the mayor took a swipe at the council.',
        'In what he acknowledged as a closing "rant," the coach took a shot at the referees.',
    ],
)
def test_a_quoted_phrase_inside_a_sentence_is_not_said_by_the_clause_after_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # '"...," the mayor took ...' attributes a quotation that opens its sentence, not a phrase within one
    assert not [quote for quote in _quotes(nlp, text) if quote.cue is not None and quote.cue.text == "took"]


def test_a_quotation_opening_its_sentence_is_still_said_by_the_clause_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"We will win this town," an angry Hollande retorted.'
    assert _pairs(_quotes(nlp, text)) == [("an angry Hollande", "We will win this town")]


def test_a_relative_clause_after_a_quote_may_hold_a_cue_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    # "which" sits in the clause of "thinks", not in the relative clause's own verb: still no attribution
    text = (
        '"Our members are angry with the minister," said Jack Moss, a spokesman for the builders. "He has been'
        ' very harsh with the new rule," which Moss thinks will lead builders to cut jobs.'
    )
    speakers = [quote.speaker.text if quote.speaker else None for quote in _quotes(nlp, text)]
    assert "which" not in speakers
    assert speakers[:2] == ["Jack Moss", "Jack Moss"]
