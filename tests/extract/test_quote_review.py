"""Quote errors a user sees at once (found in product review): a dateline or a possessive marker in the
speaker, the subject of a parenthetical cue, a publishing verb or a date taken for speech, a piece that
is only a pronoun."""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import find_quotes
from newsgraph.records import Quote


def _quotes(nlp, text: str) -> tuple[Quote, ...]:  # type: ignore[no-untyped-def]
    return find_quotes(nlp(text), text)


def _speakers(quotes: tuple[Quote, ...]) -> list[str | None]:
    return [quote.speaker.text if quote.speaker is not None else None for quote in quotes]


@pytest.mark.parametrize(
    "text",
    [
        "BOISE, Idaho — Greg Ashby criticized the plan, saying it would raise taxes on farmers.",
        "The vote is on Tuesday.\n\nBOISE, Idaho — Greg Ashby criticized the plan, saying it would raise taxes.",
    ],
)
def test_a_dateline_the_cleaner_left_never_speaks(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    speakers = _speakers(_quotes(nlp, text))
    assert speakers and all(speaker == "Greg Ashby" for speaker in speakers)


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Polls close at eight.\n\nHAVEN, Ohio - Maria Lopez's closest allies on Tuesday predicted an easy win.",
            "Maria Lopez's closest allies",
        ),
        (
            "LAGOS, Nigeria - Ngozi Adebayo's political allies on Friday predicted a clear victory in the runoff.",
            "Ngozi Adebayo's political allies",
        ),
    ],
)
def test_a_dateline_hung_on_the_speaker_is_cut_from_it(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    # the parser makes the dateline the subject and the people after the dash its appositive; the day they
    # spoke is no part of who spoke
    assert _speakers(_quotes(nlp, text)) == [speaker]


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
@pytest.mark.parametrize("name", ["Varga", "Harris"])
def test_a_possessive_speaker_loses_its_marker(nlp, name: str, apostrophe: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Critics kept questioning {name}{apostrophe}s judgment in supporting the pipeline deal."
    quotes = _quotes(nlp, text)
    gerund = [quote for quote in quotes if quote.cue is not None and quote.cue.text == "supporting"]
    assert _speakers(tuple(gerund)) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Money, the treasurer conceded, was running short.",  # parsed as an appositive of "Money"
        "Money, conceded the treasurer, was running short.",  # parsed as the cue's object
        "Money, admitted the treasurer, was running short.",  # ... of a cue that takes an object as content
    ],
)
def test_the_words_right_beside_a_parenthetical_cue_are_its_speaker(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    quotes = _quotes(nlp, text)
    assert [quote.content.text for quote in quotes] == ["Money", "was running short"]
    assert _speakers(quotes) == ["the treasurer", "the treasurer"]


def test_a_closed_appositive_keeps_its_noun_as_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Ruiz, the treasurer, said money was running short."
    assert _speakers(_quotes(nlp, text)) == ["Ana Ruiz"]


def test_a_published_report_is_no_quote_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    # a publishing verb's passive records a fact: only the relative clause's cue reports speech
    text = "The memo, which said the budget was short, was published on Friday."
    quotes = _quotes(nlp, text)
    assert [(quote.cue.text if quote.cue else None, quote.content.text) for quote in quotes] == [
        ("said", "the budget was short")
    ]


@pytest.mark.parametrize(
    "text", ["The new schedule was rejected on Monday.", "The union's demands were announced on Saturday afternoon."]
)
def test_a_bare_date_is_never_what_was_said(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    contents = [quote.content.text for quote in _quotes(nlp, text)]
    assert not any(content in ("Monday", "Saturday afternoon") for content in contents)


@pytest.mark.parametrize(
    "text, view",
    [
        ("He seems tired of the long race.", "tired of the long race"),
        ("He is expected to win the primary easily.", "to win the primary easily"),
        ("They are seen as the favorites in the county.", "the favorites in the county"),
    ],
)
def test_an_unsourced_piece_that_is_only_a_pronoun_is_dropped(nlp, text: str, view: str) -> None:  # type: ignore[no-untyped-def]
    # the hedge keeps its view; the pronoun piece before the cue says nothing by itself
    assert [quote.content.text for quote in _quotes(nlp, text)] == [view]


def test_a_sourced_personal_pronoun_piece_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    # "him" says whom the mayor called a liar; a lone relative pronoun is dropped (test_quote_user_review)
    text = "The mayor called him a liar."
    assert [quote.content.text for quote in _quotes(nlp, text)] == ["him a liar"]


@pytest.mark.parametrize(
    "text",
    ["Let's assume the budget passes.", "Let\u2019s hope the rain stops.", "Let us suppose the levy fails."],
)
def test_let_us_suppose_is_the_writer_s_own_and_no_quote(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # the parser makes the "'s" or "us" of "let's" the subject of the cue: no speaker, no quote
    assert _quotes(nlp, text) == ()


def test_someone_told_us_is_still_a_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "She told us the levy fails."
    assert [(quote.speaker.text if quote.speaker else None, quote.content.text) for quote in _quotes(nlp, text)] == [
        ("She", "the levy fails")
    ]
