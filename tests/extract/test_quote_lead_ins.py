"""A colon before a quotation is the writer's lead-in when the cue follows the quotation, and the speaker's
own when the cue comes first: 'adds that A: "B"' reports A and B as one mixed quote. Likewise a fronted
adverbial before a quotation whose cue follows ('Because of X, "B," she said') frames it: the quote is B."""

from __future__ import annotations

from newsgraph.process import extract


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(quote.kind, quote.content.text) for quote in extract(text, published="2024-05-10").quotes]


def test_a_colon_after_a_cue_leads_into_the_speakers_own_quotation() -> None:
    text = "The fisherman adds that the village has two options: “We either rebuild the pier or we move away.”"
    expected = ("mixed", "that the village has two options: “We either rebuild the pier or we move away.”")
    assert expected in _quotes(text)


def test_a_colon_before_a_quotation_whose_cue_follows_is_the_writers_lead_in() -> None:
    text = "The coach summed up the season in one line: “We ran out of legs,” he said."
    assert ("direct", "We ran out of legs") in _quotes(text)


def test_a_fronted_adverbial_before_a_quotation_whose_cue_follows_is_the_writers_framing() -> None:
    text = "Because of the long delays, “we lost the whole season,” the coach said."
    assert ("direct", "we lost the whole season") in _quotes(text)


def test_a_reported_clause_before_a_quotation_stays_mixed() -> None:
    text = "The harvest was poor, but “we will plant again in spring,” the farmer said."
    assert not any(kind == "direct" for kind, _ in _quotes(text))
