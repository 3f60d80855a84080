"""Positions from quotes: who holds a stance, and when words that look like one state none."""

from __future__ import annotations

import pytest

from corpus_articles import span
from newsgraph.aggregate import rebuild
from newsgraph.aggregate.positions import quote_positions, stance_of
from newsgraph.records import Quote, Result
from newsgraph.store import Found, Store, StoredQuote


def _quoted(text: str, *, speaker: str, cue: str, content: str) -> StoredQuote:
    quote = Quote(content=span(text, content), speaker=span(text, speaker), speaker_resolved=None,
                  speaker_actor=None, cue=span(text, cue), direct=False, content_resolved=None)
    return StoredQuote(Found("memo-1", "memo.example", "2021-03-04", None, 0), quote)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # refusing to do something is a thing not done ...
        ("The mayor refused to answer questions about the budget", None),
        ("She refused to comment about the lawsuit", None),
        # ... unless the act accepts a thing: then it rejects that thing
        ("The council refused to sign the water accord", ("rejects", "refused", "to sign the water accord")),
        ("He refused to endorse the governor", ("rejects", "refused", "to endorse the governor")),
        # refusing a thing rejects it
        ("The union refused the new offer", ("rejects", "refused", "the new offer")),
    ],
)
def test_refusing_states_a_stance_only_toward_a_thing(text: str, expected: tuple[str, str, str] | None) -> None:
    assert stance_of(text) == expected


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("this shows why she has had no support from the caucus", None),
        ("there is no opposition to the road in the valley", None),
        ("we will not support the levy", ("rejects", "support", "the levy")),
        ("we have not endorsed anyone for the seat", None),
        ("she couldn’t ever support the levy", ("rejects", "support", "the levy")),
        # a passive cue is someone else's stance
        ("we were endorsed by the teachers' union", None),
        ("she was backed by the mayor", None),
    ],
)
def test_a_cue_after_no_is_a_noun(content: str, expected: tuple[str, str, str] | None) -> None:
    assert stance_of(content, own=True) == expected


@pytest.mark.parametrize(
    "speaker",
    ["The plan", "the proposal", "A 2019 resolution", "the decision by the county judge", "The new budget"],
)
def test_a_document_is_nobody_with_a_position(speaker: str) -> None:
    text = f"{speaker} calls for a second bridge over the river."
    assert quote_positions([_quoted(text, speaker=speaker, cue="calls for", content="a second bridge")]) == []


@pytest.mark.parametrize(
    "speaker", ["The county board", "the planning committee", "Mayor Dana Holt", "Bill", "Dana's husband, Bill"])
def test_a_body_or_person_holds_a_position(speaker: str) -> None:
    text = f"{speaker} calls for a second bridge over the river."
    (position,) = quote_positions([_quoted(text, speaker=speaker, cue="calls for", content="a second bridge")])
    assert (position.actor_code, position.stance, position.object) == (speaker, "demands", "a second bridge")


def test_a_quote_refusing_to_do_something_states_no_position() -> None:
    text = "The studio refused to say how much it paid."
    quoted = _quoted(text, speaker="The studio", cue="refused", content="to say how much it paid")
    assert quote_positions([quoted]) == []
    text = "The studio refused to accept the writers' terms."
    quoted = _quoted(text, speaker="The studio", cue="refused", content="to accept the writers' terms")
    (position,) = quote_positions([quoted])
    assert (position.stance, position.object) == ("rejects", "to accept the writers' terms")


def test_a_direct_quote_about_someone_else_is_not_the_speakers_position() -> None:
    assert stance_of("He has backed the levy from the start", own=True, direct=True) is None
    assert stance_of("We have backed the levy from the start", own=True, direct=True) == (
        "supports", "backed", "the levy from the start")
    # reported speech: "he" is the speaker
    assert stance_of("he has backed the levy from the start", own=True) == ("supports", "backed",
                                                                          "the levy from the start")


@pytest.mark.parametrize("speaker", ["all", "both", "Several", "The lawsuit", "an ad"])
def test_a_quantifier_or_a_filing_is_nobody_with_a_position(speaker: str) -> None:
    text = f"{speaker} accused the firm of dumping waste."
    assert quote_positions([_quoted(text, speaker=speaker, cue="accused", content="the firm of dumping waste")]) == []


def _stored(text: str, *, speaker: str, cue: str, content: str) -> Result:
    quote = Quote(content=span(text, content), speaker=span(text, speaker), speaker_resolved=None,
                  speaker_actor=None, cue=span(text, cue), direct=False)
    return Result(doc_id="memo-2", text=text, title=None, published="2021-03-04", url=None, quotes=(quote,))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The county board has not publicly accused the firm of dumping waste.", []),
        ("The county board never accused the firm of dumping waste.", []),
        ("The county board did not support the firm of Holt and Lane.", [("rejects", "the firm of Holt and Lane")]),
        ("The county board accused the firm of dumping waste.", [("accuses", "the firm of dumping waste")]),
        # not endorsing someone unnamed is no stance
        ("The county board has not endorsed a contender for mayor.", []),
        ("The county board has not endorsed Dana Holt for mayor.", [("rejects", "Dana Holt for mayor")]),
    ],
)
def test_a_negator_before_a_quotes_cue_in_the_document_counts(text: str, expected: list[tuple[str, str]]) -> None:
    cue = next(word for word in ("accused", "support", "endorsed") if word in text)
    content = text[text.index(cue) + len(cue) + 1:-1]
    store = Store.open(":memory:")
    store.ingest_results([_stored(text, speaker="The county board", cue=cue, content=content)])
    rebuild(store)
    assert [(position.stance, position.object) for position in store.positions()] == expected
