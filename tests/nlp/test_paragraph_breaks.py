"""A blank line ends a sentence, unless the paragraph before it ends in a colon."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            'The minister said he would not allow "traitors" to take power.\n\nPeru and Chile, whose envoys'
            " had kept ties with the capital, urged the commission to publish the results.",
            [
                'The minister said he would not allow "traitors" to take power.',
                "Peru and Chile, whose envoys had kept ties with the capital, urged the commission to publish the"
                " results.",
            ],
        ),
        (
            "Talks resume in Geneva\n\nThe two delegations arrive on Monday.",
            ["Talks resume in Geneva", "The two delegations arrive on Monday."],
        ),
        # A colon introduces the paragraph after it; the parser decides.
        (
            "The senator went on:\n\n\u201cNobody here trusts the figures.\u201d",
            ["The senator went on:\n\n\u201cNobody here trusts the figures.\u201d"],
        ),
        # A single line break is no paragraph: hard-wrapped text stays one sentence.
        (
            "The envoy said the ceasefire would hold\nuntil the end of the month.",
            ["The envoy said the ceasefire would hold\nuntil the end of the month."],
        ),
    ],
)
def test_sentences_end_at_paragraph_breaks(nlp, text: str, sentences: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [sentence.text.strip() for sentence in nlp(text).sents] == sentences


def test_an_event_takes_no_party_from_the_next_paragraph() -> None:
    text = (
        "The president accused the opposition of plotting a coup and said he would not allow \"traitors\" to take"
        " power.\n\nBrazil and Colombia, whose governments have kept ties with Caracas, urged the council to"
        " release the full results."
    )
    events = [
        (event.cameo, event.source.code if event.source else None, event.target.code if event.target else None)
        for event in extract(text, published="2024-07-30").events
    ]
    assert all(target not in ("BRAGOV", "COLGOV") for cameo, _, target in events if cameo.startswith("11"))
    assert ("102", "BRAGOV", None) in events or any(
        source == "BRAGOV" and cameo.startswith("10") for cameo, source, _ in events
    )
