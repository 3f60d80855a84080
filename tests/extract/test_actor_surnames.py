"""Bare surnames of office holders the news names without a first name, coded only while in office.
Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from newsgraph.process import extract


@pytest.mark.parametrize(
    ("text", "published", "name", "code"),
    [
        ("Lavrov said Moscow would answer the new sanctions.", "2019-05-02", "Lavrov", "RUSGOV"),
        ("Guterres urged both sides to hold their fire.", "2019-05-02", "Guterres", "IGOUNO"),
        ("Stoltenberg spoke to reporters in Brussels.", "2019-05-02", "Stoltenberg", "IGOWSTNAT"),
        # Before the office, the bare name is nobody the table knows.
        ("Guterres urged both sides to hold their fire.", "2003-01-01", "Guterres", None),
    ],
)
def test_a_bare_surname_codes_while_in_office(text: str, published: str, name: str, code: str | None) -> None:
    result = extract(text, published=published)
    assert {mention.text: actor.code for actor in result.actors for mention in actor.mentions}[name] == code
