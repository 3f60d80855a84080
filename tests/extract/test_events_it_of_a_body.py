"""A subject "it" that opens a sentence stands for the previous sentence's subject when that is a coded body (an
organisation, government, junta or country): the event's source is that body. "It" after a thing or a person, or
the "it" of a copula, stands for nobody."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import coded_events, dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # The actors layer knows each coded body as an organisation or a country.
        ("The junta took power in a coup last month. It has expelled the Swiss ambassador.",
         {"junta": "GINMIL", "Swiss ambassador": "CHEGOV"}, {("161", "GINMIL", "CHEGOV")}),
        ("The new government of Ecuador was sworn in on Friday. It arrested the former president.",
         {"government of Ecuador": "ECUGOV", "former president": "ECUELI"}, {("173", "ECUGOV", "ECUELI")}),
        ("The army of Sudan regrouped near the capital. It later shelled the Rapid Support Forces.",
         {"army of Sudan": "SDNMIL", "Rapid Support Forces": "SDNREB"}, {("194", "SDNMIL", "SDNREB")}),
        # A chain of "it" sentences keeps the body of the first.
        ("The council met on Sunday. It praised the mediators. It also condemned Belarus.",
         {"council": "IGOUNO", "mediators": "---IGO", "Belarus": "BLRGOV"}, {("111", "IGOUNO", "BLRGOV")}),
    ],
)
def test_it_after_a_body_is_that_body(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert expected <= dyads(nlp, text, codes, kind="organization")


@pytest.mark.parametrize(
    ("text", "codes", "kind"),
    [
        ("The report was published on Monday. It blamed the ministry.", {"ministry": "KENGOV"}, "organization"),
        ("The senator spoke for an hour. It criticized the governor.", {"senator": "USALEG", "governor": "USAGOV"},
         "person"),
        ("The minister flew home. It accused the rebels.", {"minister": "NGAGOV", "rebels": "NGAREB"}, "person"),
        ("Kenya's foreign ministry summoned the envoy. It was a mistake.", {"Kenya's foreign ministry": "KENGOV"},
         "organization"),
    ],
)
def test_it_after_a_thing_or_person_is_nobody(nlp: Language, text: str, codes: dict[str, str],
                                              kind: str) -> None:
    """The second sentence codes no act of the earlier subject (an event of nobody's is no event)."""
    second = text.index(". ") + 2
    events = coded_events(nlp, text, codes, kind)
    assert [event for event in events if event.trigger.start >= second] == []
