"""Rows of the time-expression construction tables: (published, text, expression, type, value), where "|"
separates the readings the TimeML/TIMEX3 conventions leave open."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.extract.timexes import find_timexes


def gap(published: str, text: str, expression: str, kind: str, value: str, reason: str) -> object:
    """A row the extractor does not read yet: a strict xfail saying what is missing, so a fix shows as an XPASS."""
    return pytest.param(published, text, expression, kind, value, marks=pytest.mark.xfail(reason=reason, strict=True))


def assert_reads(nlp: Language, published: str, text: str, expression: str, kind: str, value: str) -> None:
    """The expression is found with one of the allowed spans, types and values."""
    found = {(t.text, t.type, t.value) for t in find_timexes(nlp(text), text, published=published)}
    assert any((span, type_, value_) in found for span in expression.split("|") for type_ in kind.split("|")
               for value_ in value.split("|")), found
