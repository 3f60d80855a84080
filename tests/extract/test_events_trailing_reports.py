"""A reporting clause ending a sentence that the parser did not read as one (issue #6): "..., a rights group
charged on Friday" hung on the reported clause, the reporter as an object with a participle on it, or the
reporting verb as a second conjunct or a relative clause. Its reporter reports, and is no party of the act
(_event_trailing). Sentences written for these tests, run through the whole pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import Dyad, pipeline_dyads
from newsgraph.extract._event_trailing import trailing_report
from newsgraph.process import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An accusing verb accuses the act's author, as "a rights group charged that the army ..." does.
        ("The army is torturing detainees in the north, a rights group charged on Friday.",
         {("112", "---HRI", "---MIL")}),
        ("Troops arrested dozens of students, a human rights group charged Tuesday.",
         {("112", "---HRI", "---MIL")}),
        ("Syrian troops detained three Lebanese farmers, a Lebanese minister charged on Sunday.",
         {("112", "LBNGOV", "SYRMIL")}),
        ("The militia is recruiting child soldiers, a United Nations agency charged on Monday.",
         {("112", "IGOUNO", "---REB")}),
        # The reporting verb parsed as a second conjunct with its own subject.
        ("Russian forces attacked a hospital in Kharkiv, Ukraine's foreign minister charged.",
         {("112", "UKRGOV", "RUSMIL")}),
        # Parsed as the reporting clause it is: unchanged.
        ("Rebel fighters are holding hostages in the mountains, the Colombian army charged in a statement.",
         {("112", "COLMIL", "---REB")}),
    ],
)
def test_a_trailing_accuser_accuses_the_author(text: str, expected: set[Dyad]) -> None:
    assert pipeline_dyads(text) == expected


@pytest.mark.parametrize(
    ("text", "act", "reporter"),
    [
        # Another reporting verb: the act stands, told by the reporter, who accuses its author when placed.
        ("Government forces killed dozens of civilians in the east, a UN agency reported on Thursday.",
         ("190", "---MIL", "---CVL"), "IGOUNO"),
        ("Eritrean troops killed civilians in Tigray, an Ethiopian rights commission reported on Monday.",
         ("190", "ERIMIL", "---CVL"), "ETH"),
        ("Sudanese soldiers are raping women in Darfur, a rights group reported on Friday.",
         ("182", "SDNMIL", "SDNCVL"), "---HRI"),
        ("Armed settlers attacked Palestinian farmers, an Israeli rights group reported on Saturday.",
         ("190", None, "PSEAGR"), "ISRHRI"),
    ],
)
def test_a_trailing_reporter_tells_the_act(text: str, act: Dyad, reporter: str) -> None:
    events = [event for event in extract(text, published="2017-01-19").events if not event.negated]
    told = [
        event for event in events
        if (event.cameo[:3], event.source.code if event.source else None,
            event.target.code if event.target else None) == act
    ]
    assert told, events
    assert all(event.reported_by == reporter for event in told)
    assert reporter not in {event.target.code for event in events if event.target}


@pytest.mark.parametrize(
    "text",
    [
        # An object in apposition whose participle says what happened to it, not who reports.
        "Police arrested two men, a suspect charged with murder.",
        # A quotation's closing comma: its speaker, not a tail.
        '"We will not stop, the people know it," the general said.',
    ],
)
def test_no_trailing_report(nlp: Language, text: str) -> None:
    assert all(trailing_report(sentence) is None for sentence in nlp(text).sents)
