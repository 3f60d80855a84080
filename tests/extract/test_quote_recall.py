"""Reported speech the quote extractor used to miss (issue #3, recall on unseen articles): speech-act
verbs whose object is what was said; a cue noun whose copula spells out what it holds ("Her answer was
that ..."); a noun for the holder of a stance ("X is a loyal supporter of Y"); a participle hung on a
noun that cannot speak ("made an attempt to ..., writing that ..."); the two pieces around a cue set
off by commas when the parse gives no complement ("A, the council argued, B")."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from newsgraph.extract.quotes import find_quotes
from newsgraph.records import Quote


def _quotes(nlp, text: str) -> tuple[Quote, ...]:  # type: ignore[no-untyped-def]
    return find_quotes(nlp(text), text)


def _triples(quotes: tuple[Quote, ...]) -> list[tuple[str | None, str | None, str]]:
    return [
        (quote.speaker.text if quote.speaker else None, quote.cue.text if quote.cue else None, quote.content.text)
        for quote in quotes
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The governor proclaimed a new era of cooperation with the unions.",
            ("The governor", "proclaimed", "a new era of cooperation with the unions"),
        ),
        (
            "In his sermon the senator preached patience to restless voters.",
            ("the senator", "preached", "patience to restless voters"),
        ),
        ("Ortega lauded the mayor's handling of the flood.", ("Ortega", "lauded", "the mayor's handling of the flood")),
        ("Critics have savaged the budget plan.", ("Critics", "savaged", "the budget plan")),
        (
            "The minister downplayed the risk of a second wave.",
            ("The minister", "downplayed", "the risk of a second wave"),
        ),
        ("She is mulling a run for the Senate in 2028.", ("She", "mulling", "a run for the Senate")),
        (
            "The columnist lampooned the council's parking rules.",
            ("The columnist", "lampooned", "the council's parking rules"),
        ),
        (
            "Allies of the mayor trumpeted the new jobs figures.",
            ("Allies of the mayor", "trumpeted", "the new jobs figures"),
        ),
        ("The lawsuit alleges a pattern of unpaid overtime.", ("The lawsuit", "alleges", "a pattern of unpaid overtime")),
        (
            "Few analysts forecast the collapse of the coalition.",
            ("Few analysts", "forecast", "the collapse of the coalition"),
        ),
        (
            "The delegates affirmed their support for the treaty.",
            ("The delegates", "affirmed", "their support for the treaty"),
        ),
        (
            "Several members voiced frustration with the delays.",
            ("Several members", "voiced", "frustration with the delays"),
        ),
        ("The coach would not speculate about the injury.", ("The coach", "speculate about", "the injury")),
    ],
)
def test_a_speech_act_verb_takes_its_object_as_content(nlp, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    # praising, mocking, downplaying or weighing something is a stance the speaker voiced on it
    assert _triples(_quotes(nlp, text)) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The senator's answer was that the budget could wait.",
            ("The senator", "answer was", "that the budget could wait"),
        ),
        ("Their fear is that the plant will close.", ("Their", "fear is", "that the plant will close")),
        ("My advice is, stay away from the casino.", ("My", "advice is", "stay away from the casino")),
        (
            "The promise she made was that taxes would not rise.",
            ("she", "promise she made was", "that taxes would not rise"),
        ),
        (
            "Her main complaint is that the rules favor incumbents.",
            ("Her", "complaint is", "that the rules favor incumbents"),
        ),
    ],
)
def test_a_cue_noun_names_what_was_said_through_its_copula(nlp, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    # the clause after the copula is the content; a cue inside it ("favor") is no quote of its own
    assert _triples(_quotes(nlp, text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The question is whether voters will forgive him.",  # the writer's own question: nobody holds it
        "The problem is that nobody reads the reports.",  # not a cue noun
        "The plan is a failure.",  # says something about the noun, not what it holds
    ],
)
def test_a_copula_without_a_holder_or_a_clause_is_no_quote(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(nlp, text) == ()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dana Whitlock is a loyal supporter of the governor.", ("Dana Whitlock", "supporter of", "the governor")),
        ("He has long been a sharp critic of the mayor's style.", ("He", "critic of", "the mayor's style")),
        ("Weber is no fan of the plan.", ("Weber", "fan of", "the plan")),
        ("She emerged as a tireless advocate for clean water.", ("She", "advocate for", "clean water")),
    ],
)
def test_a_holder_noun_gives_the_stance_of_whom_it_describes(nlp, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert _triples(_quotes(nlp, text)) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of the bill rallied outside the statehouse.",  # a group, described by nobody
        "Mara Quist, a longtime critic of the council, left the room.",  # the writer introduces her
        "The coach is a supporter.",  # no of- or for-phrase: nothing held
    ],
)
def test_a_holder_noun_describing_nobody_is_no_quote(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(nlp, text) == ()



# (word, lemma, pos, tag, dep, head): a parse the model gives to longer sentences of this shape, with the
# participle hung on the noun "push" instead of on "made"
_PARTICIPLE_ON_A_NOUN = [
    ("Reyes", "Reyes", "PROPN", "NNP", "nsubj", 1),
    ("made", "make", "VERB", "VBD", "ROOT", 1),
    ("a", "a", "DET", "DT", "det", 4),
    ("final", "final", "ADJ", "JJ", "amod", 4),
    ("push", "push", "NOUN", "NN", "dobj", 1),
    ("to", "to", "PART", "TO", "aux", 6),
    ("calm", "calm", "VERB", "VB", "acl", 4),
    ("the", "the", "DET", "DT", "det", 8),
    ("row", "row", "NOUN", "NN", "dobj", 6),
    (",", ",", "PUNCT", ",", "punct", 4),
    ("writing", "write", "VERB", "VBG", "acl", 4),
    ("that", "that", "SCONJ", "IN", "mark", 14),
    ("the", "the", "DET", "DT", "det", 13),
    ("plan", "plan", "NOUN", "NN", "nsubj", 14),
    ("was", "be", "AUX", "VBD", "ccomp", 10),
    ("sound", "sound", "ADJ", "JJ", "acomp", 14),
    (".", ".", "PUNCT", ".", "punct", 1),
]


def _hand_parsed(nlp, rows: list[tuple[str, str, str, str, str, int]]) -> Doc:  # type: ignore[no-untyped-def]
    spaces = [index + 1 < len(rows) and rows[index + 1][0] not in ",." for index in range(len(rows))]
    return Doc(
        nlp.vocab,
        words=[row[0] for row in rows],
        spaces=spaces,
        lemmas=[row[1] for row in rows],
        pos=[row[2] for row in rows],
        tags=[row[3] for row in rows],
        deps=[row[4] for row in rows],
        heads=[row[5] for row in rows],
    )


def test_a_participle_on_a_thing_speaks_with_the_clause_above(nlp) -> None:  # type: ignore[no-untyped-def]
    # a push does not write: the subject of the verb above it does
    doc = _hand_parsed(nlp, _PARTICIPLE_ON_A_NOUN)
    assert _triples(find_quotes(doc, doc.text)) == [("Reyes", "writing", "that the plan was sound")]


# A parse that hangs the opening words and the rest of the sentence on the cue with no complement
_CUE_BETWEEN_COMMAS = [
    ("The", "the", "DET", "DT", "det", 2),
    ("new", "new", "ADJ", "JJ", "amod", 2),
    ("levy", "levy", "NOUN", "NN", "npadvmod", 6),
    (",", ",", "PUNCT", ",", "punct", 6),
    ("the", "the", "DET", "DT", "det", 5),
    ("council", "council", "NOUN", "NN", "nsubj", 6),
    ("argued", "argue", "VERB", "VBD", "ROOT", 6),
    (",", ",", "PUNCT", ",", "punct", 6),
    ("would", "would", "AUX", "MD", "aux", 9),
    ("hurt", "hurt", "VERB", "VB", "conj", 6),
    ("shops", "shop", "NOUN", "NNS", "dobj", 9),
    (".", ".", "PUNCT", ".", "punct", 6),
]


def test_a_cue_set_off_by_commas_splits_the_sentence_in_two_pieces(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _hand_parsed(nlp, _CUE_BETWEEN_COMMAS)
    assert _triples(find_quotes(doc, doc.text)) == [
        ("the council", "argued", "The new levy"),
        ("the council", "argued", "would hurt shops"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The levy, which, the council argued, would hurt shops, passed.",
        '"The levy is fair," the council argued, "and shops will adapt."',
    ],
)
def test_comma_pieces_leave_relatives_and_quotations_alone(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    pieces = [quote.content.text for quote in _quotes(nlp, text)]
    assert not any(piece.startswith("The levy, which") for piece in pieces)
    assert not any(piece.startswith('"The levy is fair," the council') for piece in pieces)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The new tariff, many think, will last for only a few months.",
            [("many", "think", "The new tariff"), ("many", "think", "will last for only a few months")],
        ),
        (
            "Such measures, they believe, will make the reform pointless.",
            [("they", "believe", "Such measures"), ("they", "believe", "will make the reform pointless")],
        ),
    ],
)
def test_a_belief_set_off_by_commas_splits_its_sentence_like_speech(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert _triples(_quotes(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mayor, I think, was right about the bridge.",
        "Our team, we believe, played the better game.",
    ],
)
def test_a_first_or_second_person_belief_aside_is_a_filler_not_a_quote(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(nlp, text) == ()


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"The plan is dead," the mayor said. Instead, "we need a new one."',
            [("the mayor", "said", "The plan is dead"), ("the mayor", "said", 'Instead, "we need a new one."')],
        ),
        (
            '"The plan is dead," the mayor said. But "nobody wants to say so in public."',
            [
                ("the mayor", "said", "The plan is dead"),
                ("the mayor", "said", 'But "nobody wants to say so in public."'),
            ],
        ),
    ],
)
def test_a_quotation_after_a_short_lead_in_goes_on_with_the_last_speaker(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert _triples(_quotes(nlp, text)) == expected


def test_a_lead_in_with_a_verb_of_its_own_is_a_new_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"The plan is dead," the mayor said. The governor called it "a fine idea."'
    assert ("the mayor", "said", 'it "a fine idea."') not in _triples(_quotes(nlp, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "“The plan is dead,” the mayor said on Radio Norte’s “Evening Forum.” “Nobody wants it anymore.”",
            [("the mayor", "said", "The plan is dead"), ("the mayor", "said", "Nobody wants it anymore.")],
        ),
        (
            "“The plan is dead,” the mayor said, calling it “a total mess.” “Nobody wants it anymore.”",
            [
                ("the mayor", "said", "The plan is dead"),
                ("the mayor", "calling", "it “a total mess.”"),
                ("the mayor", "calling", "Nobody wants it anymore."),
            ],
        ),
    ],
)
def test_a_sentence_ending_inside_a_closing_mark_still_hands_its_speaker_on(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert _triples(_quotes(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, title",
    [
        ("The mayor said on Radio Norte’s “Evening Forum.”", True),
        ("She wrote about it in “The Long Road Home.”", True),
        ("The mayor said it was “Fake News.”", False),
        ("The mayor said, “Nobody wants it anymore.”", False),
    ],
)
def test_a_short_capitalized_quotation_after_a_preposition_is_a_title(text: str, title: bool) -> None:
    from newsgraph.extract._quote_marks import MarkIndex, is_title

    (stretch,) = MarkIndex(text).stretches
    assert is_title(text, stretch) is title


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "11:05 a.m.\n\nThe governor's spokesman says she is pleased with the court's ruling on the levy.",
            ("The governor's spokesman", "says", "she is pleased with the court's ruling on the levy"),
        ),
        (
            "Mayor Vows To Close The Old Bridge\nMaria Lopez said she would close the bridge before the winter.",
            ("Maria Lopez", "said", "she would close the bridge before the winter"),
        ),
    ],
)
def test_a_speaker_opening_its_paragraph_speaks_when_the_parser_ran_over_the_break(nlp, text: str, expected: tuple) -> None:  # type: ignore[no-untyped-def]
    assert expected in _triples(_quotes(nlp, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The two ministers were expected to discuss the new fishing quotas.",
            [(None, "expected", "The two ministers"), (None, "expected", "to discuss the new fishing quotas")],
        ),
    ],
)
def test_a_forecast_takes_the_cue_verb_it_governs_into_its_content(nlp, text: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    assert _triples(_quotes(nlp, text)) == expected


def test_a_speech_hedge_stays_part_of_the_cue_it_governs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two of her aides are said to be urging Mayor Ortiz to sign the bill."
    assert all(cue != "said" for _, cue, _ in _triples(_quotes(nlp, text)))
