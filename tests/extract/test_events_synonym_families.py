"""Synonyms a CAMEO coder codes alike (verbs.tsv): the codebook's other phrasings of a code trigger it too,
and each family keeps the uses that are no act between parties out (battling a blaze, complying with rules,
extolling a town's virtues, quelling a political furor)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Police apprehended three Kurdish activists in Ankara.",
         {"Police": "TURCOP", "Kurdish activists": "TUROPP"}, {("173", "TURCOP", "TUROPP")}),
        ("Security forces nabbed two suspected smugglers near the border.",
         {"Security forces": "EGYCOP", "smugglers": "---CRM"}, {("173", "EGYCOP", "---CRM")}),
        ("Nigerian troops battled Boko Haram militants near Maiduguri.",
         {"Nigerian troops": "NGAMIL", "Boko Haram militants": "NGAREB"}, {("190", "NGAMIL", "NGAREB")}),
        ("Rebels seized the town of Kidal from the Malian army.",
         {"Rebels": "MLIREB", "Malian army": "MLIMIL"}, {("190", "MLIREB", "MLIMIL")}),
        ("Gunmen seized two hostages from the Japanese embassy.",
         {"Gunmen": "---UAF", "Japanese embassy": "JPNGOV"}, {("181", "---UAF", "JPNGOV")}),
        ("Iran denied visas to the American reporters.",
         {"Iran": "IRNGOV", "American reporters": "USAMED"}, {("120", "IRNGOV", "USAMED")}),
        # The council's own demand codes too (a possessive actor on an event noun).
        ("Damascus complied with the Security Council's demands.",
         {"Damascus": "SYRGOV", "Security Council": "IGOUNO"}, {("083", "SYRGOV", "IGOUNO"), ("100", "IGOUNO", None)}),
        ("Kenyan police quelled the riot outside parliament.", {"Kenyan police": "KENCOP"}, {("175", "KENCOP", None)}),
        ("The Pakistani president chastised India over the border clashes.",
         {"Pakistani president": "PAKGOV", "India": "INDGOV"}, {("111", "PAKGOV", "INDGOV")}),
        ("The Chinese premier extolled Pakistan as a loyal friend.",
         {"Chinese premier": "CHNGOV", "Pakistan": "PAKGOV"}, {("051", "CHNGOV", "PAKGOV")}),
        ("Havana exhorted its citizens to keep up the marches.",
         {"Havana": "CUBGOV", "citizens": "CUBCVL"}, {("020", "CUBGOV", "CUBCVL")}),
        ("Norway inked an accord on fishing rights with Iceland.",
         {"Norway": "NORGOV", "Iceland": "ISLGOV"}, {("057", "NORGOV", "ISLGOV"), ("057", "ISLGOV", "NORGOV")}),
    ],
)
def test_synonyms_code_like_their_family(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Greek firefighters battled the blaze for six hours.", {"Greek firefighters": "GRC"}),
        ("The senator battled the governor for the nomination.", {"senator": "USALEG", "governor": "USAGOV"}),
        ("The bank complied with the new rules of the regulator.", {"bank": "USABUS", "regulator": "USAGOV"}),
        ("The mayor extolled the virtues of Vermont.", {"mayor": "USAGOV", "Vermont": "USA"}),
        ("The aide tried to quell the furor among Democrats.", {"aide": "USAGOV", "Democrats": "USAPTY"}),
        # Campaign news borrows the words of force: a race fought, a nomination locked up, a barrage of insults.
        ("The Republican candidates battled in Wisconsin last week.",
         {"Republican candidates": "USAPTY", "Wisconsin": "USA"}),
        ("The governor has locked up the Republican nomination.", {"governor": "USAGOV", "Republican": "USAPTY"}),
        ("The senator answered the governor's latest onslaught.", {"senator": "USALEG", "governor": "USAGOV"}),
    ],
)
def test_uses_that_are_no_act_between_parties(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes) == set()


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Egypt resumed diplomatic relations with Iran.", {"Egypt": "EGYGOV", "Iran": "IRNGOV"},
         {("064", "EGYGOV", "IRNGOV")}),
        ("Russia exchanged views with China on the crisis.", {"Russia": "RUSGOV", "China": "CHNGOV"},
         {("040", "RUSGOV", "CHNGOV"), ("040", "CHNGOV", "RUSGOV")}),
        ("Japan disbursed a large loan to Kenya.", {"Japan": "JPNGOV", "Kenya": "KENGOV"},
         {("071", "JPNGOV", "KENGOV")}),
        ("Bolivia scrapped the curfew in the capital.", {"Bolivia": "BOLGOV"}, {("0813", "BOLGOV", None)}),
        ("Cairo ended the state of emergency in the north.", {"Cairo": "EGYGOV"}, {("0814", "EGYGOV", None)}),
        ("Uganda postponed the visit of the Kenyan president.", {"Uganda": "UGAGOV", "Kenyan president": "KENGOV"},
         {("160", "UGAGOV", "KENGOV")}),
        ("Israeli artillery blasted Hezbollah positions overnight.",
         {"Israeli artillery": "ISRMIL", "Hezbollah": "LBNREB"}, {("190", "ISRMIL", "LBNREB")}),
        ("Skirmishes between India and Pakistan erupted on Sunday.",
         {"India": "INDGOV", "Pakistan": "PAKGOV"}, {("193", "INDGOV", "PAKGOV"), ("193", "PAKGOV", "INDGOV")}),
        # Blasting a party is still criticism.
        ("The senator blasted the governor.", {"senator": "USALEG", "governor": "USAGOV"},
         {("111", "USALEG", "USAGOV")}),
    ],
)
def test_noun_and_verb_synonyms_of_yield_relations_and_force(
    nlp: Language, text: str, codes: dict[str, str], expected: set
) -> None:
    assert dyads(nlp, text, codes) == expected


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("China cut off talks with the envoys of the Dalai Lama.", {"China": "CHNGOV", "Dalai Lama": "CHNREL"},
         {("164", "CHNGOV", "CHNREL")}),
        ("Israel suspended negotiations with the Palestinians.", {"Israel": "ISRGOV", "Palestinians": "PSE"},
         {("164", "ISRGOV", "PSE")}),
        ("Seoul abandoned talks with Pyongyang.", {"Seoul": "KORGOV", "Pyongyang": "PRKGOV"},
         {("164", "KORGOV", "PRKGOV")}),
        ("Iran cut off ties with Saudi Arabia.", {"Iran": "IRNGOV", "Saudi Arabia": "SAUGOV"},
         {("161", "IRNGOV", "SAUGOV")}),
    ],
)
def test_halting_talks_in_other_words(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected



@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        # The envoy's talks are the sender's.
        ("Moscow sent an envoy to Damascus for talks with Assad.", {"Moscow": "RUSGOV", "Assad": "SYRGOV"},
         {("046", "RUSGOV", "SYRGOV"), ("046", "SYRGOV", "RUSGOV")}),
        ("Militants lobbed grenades at an Indian army patrol.", {"Militants": "---UAF", "Indian army": "INDMIL"},
         {("190", "---UAF", "INDMIL")}),
        ("Protesters threw stones at the riot police.", {"Protesters": "---OPP", "riot police": "EGYCOP"},
         {("145", "---OPP", "EGYCOP")}),
        # Support thrown is no weapon thrown: an endorsement, as "threw its weight behind" is.
        ("The senator threw his support behind the governor.", {"senator": "USALEG", "governor": "USAGOV"},
         {("051", "USALEG", "USAGOV")}),
    ],
)
def test_envoys_embassies_and_thrown_weapons(nlp: Language, text: str, codes: dict[str, str], expected: set) -> None:
    assert dyads(nlp, text, codes) == expected
