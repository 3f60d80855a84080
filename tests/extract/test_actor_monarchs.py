"""Monarchs as news names them, by title and regnal name, dated to their reigns; and a namesake named in
full after a titled surname is another person. Sentences written for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from actor_cases import mention_codes


@pytest.mark.parametrize(
    ("text", "published", "word", "code"),
    [
        ("King Charles opened parliament on Tuesday.", "2024-11-05", "King Charles", "GBRGOV"),
        ("Queen Elizabeth opened parliament on Tuesday.", "2015-05-26", "Queen Elizabeth", "GBRGOV"),
        ("King Abdullah urged a ceasefire in Gaza.", "2024-01-10", "King Abdullah", "JORGOV"),
        ("King Salman received the Emir of Qatar.", "2019-06-01", "King Salman", "SAUGOV"),
        ("Emperor Naruhito addressed the nation.", "2021-08-15", "Naruhito", "JPNGOV"),
        ("King Felipe called for unity.", "2017-10-03", "King Felipe", "ESPGOV"),
        ("Sheikh Tamim met the American envoy.", "2023-11-20", "Tamim", "QATGOV"),
    ],
)
def test_a_monarch_by_title_and_regnal_name(text: str, published: str, word: str, code: str) -> None:
    assert mention_codes(text, published=published).get(word) == code


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Jordan's and Saudi Arabia's kings were both King Abdullah from 2005 to 2015: the title decides.
        ("King Abdullah spoke on Tuesday.", "King Abdullah"),
        # Charles was a prince before September 2022.
        ("King Charles spoke on Tuesday.", "King Charles"),
    ],
)
def test_no_reign_or_two_reigns_leave_the_name_to_the_title(text: str, word: str) -> None:
    assert mention_codes(text, published="2012-05-01").get(word) is None


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        # Out of its listed dates the title still reads its own "of" phrase.
        ("King Abdullah of Jordan met the president in Washington.", "Abdullah", "JORGOV"),
        ("King Abdullah of Saudi Arabia received the envoy.", "Abdullah", "SAUGOV"),
    ],
)
def test_out_of_its_dates_a_listed_title_reads_its_of_phrase(text: str, word: str, code: str) -> None:
    codes = mention_codes(text, published="2010-04-01")
    assert any(mention.startswith(word) and (got or "").startswith(code) for mention, got in codes.items())


@pytest.mark.parametrize(
    ("text", "first", "first_code", "second", "second_code"),
    [
        ("Jordan's King Hussein met Saddam Hussein in Amman.", "Hussein", "JORGOV", "Saddam Hussein", "IRQGOV"),
        ("King Hussein of Jordan welcomed Saddam Hussein.", "Hussein", "JORGOV", "Saddam Hussein", "IRQGOV"),
        ("King Fahd telephoned Saddam Hussein.", "King Fahd", "SAUGOV", "Saddam Hussein", "IRQGOV"),
    ],
)
def test_a_namesake_named_in_full_with_another_country_is_someone_else(
    text: str, first: str, first_code: str, second: str, second_code: str
) -> None:
    codes = mention_codes(text, published="1991-03-01")
    assert codes.get(first) == first_code
    assert codes.get(second) == second_code
