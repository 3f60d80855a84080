"""A promise as a noun is an event only when it is made to someone (nouns.tsv flag 'dyad'): promises of
gifts to charity or of a policy, made to nobody, are no intent to cooperate with any party, and the clause
spelling out the promise names the other party only outright or through an event verb's objects, not
through the thing it makes. Visits and withdrawals with no other side named still code: the story often
names it elsewhere."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Since 2003 the governor has made public promises to give the money from his books to charity.",
         {"governor": "USAGOV"}),
        ("The mayor made repeated promises to lower the city's property taxes.", {"mayor": "USAGOV"}),
        ("Mexico's president has made promises to cut fuel prices.", {"Mexico's president": "MEXGOV"}),
        # What the promised clause makes is no party, nor are the places it lies between.
        ("The senator has gained ground thanks to his promise to build a fence between Canada and the United States.",
         {"senator": "USALEG", "Canada": "CANGOV", "United States": "USAGOV"}),
    ],
)
def test_a_promise_to_nobody_is_no_event(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes) == set()


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Egypt made a promise to Sudan to reopen the border.", {"Egypt": "EGYGOV", "Sudan": "SDNGOV"},
         {("030", "EGYGOV", "SDNGOV")}),
        # A promised clause names the other party outright, or through the objects of an event verb.
        ("The president repeated his promise to rebuild Libya.", {"president": "USAGOV", "Libya": "LBYGOV"},
         {("030", "USAGOV", "LBYGOV")}),
        ("Egypt signed an agreement to restore ties with Sudan.", {"Egypt": "EGYGOV", "Sudan": "SDNGOV"},
         {("057", "EGYGOV", "SDNGOV"), ("057", "SDNGOV", "EGYGOV")}),
        ("The prime minister made a visit last week.", {"prime minister": "POLGOV"}, {("042", "POLGOV", None)}),
        ("Moscow announced the withdrawal of its troops.", {"Moscow": "RUSGOV"}, {("087", "RUSGOV", None)}),
    ],
)
def test_promises_to_someone_and_visits_still_code(
    nlp: Language, text: str, codes: dict[str, str], expected: set
) -> None:
    assert dyads(nlp, text, codes) == expected
