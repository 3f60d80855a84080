"""Europe's, Asia's and the Middle East's politics in the 2020s: office holders by name alone and dated to their
offices, a party that takes turns in power, and the bodies that speak for China's forces and for each side of
the Taiwan Strait. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_cases import code_of


@pytest.mark.parametrize(
    ("text", "phrase", "published", "code"),
    [
        ("Irakli Kobakhidze defended the law on foreign funding.", "Irakli Kobakhidze", "2024-06-01", "GEOGOV"),
        ("Salome Zourabichvili vetoed the bill on Saturday.", "Salome Zourabichvili", "2024-05-18", "GEOGOV"),
        ("Maia Sandu said she would run for a second term.", "Maia Sandu", "2024-06-01", "MDAGOV"),
        ("Albin Kurti ordered the post offices closed.", "Albin Kurti", "2024-06-01", "XKXGOV"),
        ("Yoon Suk Yeol convened his security council.", "Yoon Suk Yeol", "2024-06-01", "KORGOV"),
        ("Shehbaz Sharif spoke to traders in Lahore.", "Shehbaz Sharif", "2024-06-01", "PAKGOV"),
        ("Gina Raimondo announced the new chip rules.", "Gina Raimondo", "2024-06-01", "USAGOV"),
        ("Wellington Koo inspected the troops in Hualien.", "Wellington Koo", "2024-06-01", "TWNGOV"),
        ("Masoud Pezeshkian flew to New York for the General Assembly.", "Masoud Pezeshkian", "2024-09-22",
         "IRNGOV"),
        # Out of office, a former leader who stays a public figure.
        ("Sheikh Hasina spoke to supporters from New Delhi.", "Hasina", "2024-10-01", "BGDELI"),
        ("Sheikh Hasina opened the new bridge.", "Hasina", "2022-06-25", "BGDGOV"),
    ],
)
def test_office_holders_by_name(nlp: Language, text: str, phrase: str, published: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published=published) == code


@pytest.mark.parametrize(
    ("text", "phrase", "published"),
    [
        # Before the office, or after it: the name alone says nothing of a government.
        ("Irakli Kobakhidze chaired the party congress.", "Irakli Kobakhidze", "2022-06-01"),
        ("Salome Zourabichvili joined the protesters on Rustaveli Avenue.", "Salome Zourabichvili", "2025-03-01"),
        ("Yoon Suk Yeol appeared in court on Monday.", "Yoon Suk Yeol", "2025-06-01"),
        ("Shehbaz Sharif campaigned in Lahore.", "Shehbaz Sharif", "2024-01-20"),
    ],
)
def test_office_holders_out_of_office(nlp: Language, text: str, phrase: str, published: str) -> None:
    assert code_of(nlp, text, phrase, published=published) not in ("GEOGOV", "KORGOV", "PAKGOV")


@pytest.mark.parametrize(
    ("published", "code"),
    [
        # The Bangladesh Nationalist Party in power under Khaleda Zia, in opposition under Sheikh Hasina.
        ("2004-05-01", "BGDGOV"),
        ("2024-06-01", "BGDOPP"),
    ],
)
def test_a_party_that_takes_turns_in_power(nlp: Language, published: str, code: str) -> None:
    text = "The Bangladesh Nationalist Party said more than 100 of its activists were arrested."
    assert code_of(nlp, text, "Bangladesh Nationalist Party", published=published) == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("China's Eastern Theatre Command said it had practised blockading the ports.", "Eastern Theatre Command",
         "CHNMIL"),
        ("The Southern Theater Command said its ships had expelled the Philippine vessel.", "Southern Theater Command",
         "CHNMIL"),
        ("A spokesperson for the Taiwan Affairs Office accused Taipei of provocation.", "Taiwan Affairs Office",
         "CHNGOV"),
        ("The Mainland Affairs Council condemned the drills around the island.", "Mainland Affairs Council",
         "TWNGOV"),
    ],
)
def test_bodies_across_the_taiwan_strait(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published="2024-06-01") == code
