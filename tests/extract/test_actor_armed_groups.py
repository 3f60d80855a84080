"""Armed and militant groups, their political wings, and short forms that need a cue.

Groups that fight a state are its country's rebels (REB), paramilitaries and groups that strike
another state from their base armed groups (UAF), unarmed wings and coalitions the opposition
(OPP). A short form that also names something else ("IRA", "ETA") counts only in a story
whose words place it. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_cases import code_of


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The IRA said on Tuesday it would hand over more weapons, a move Belfast welcomed.", "IRA", "GBRREB"),
        ("The Irish Republican Army called a cease-fire.", "Irish Republican Army", "GBRREB"),
        ("Leaders of Sinn Fein met the prime minister in London.", "Leaders of Sinn Fein", "GBROPP"),
        ("A splinter group, the Real IRA, claimed the bomb.", "Real IRA", "GBRREB"),
        ("Spanish police said ETA had planted the car bomb.", "ETA", "ESPREB"),
        ("The ELN freed two oil workers it held for a month.", "ELN", "COLREB"),
        ("Zapatista rebels left the town hall they had held.", "Zapatista rebels", "MEXREB"),
        ("Huthi fighters fired a missile across the border.", "Huthi", "YEMREB"),
        ("The Pakistani Taliban claimed the bombing of the market.", "Pakistani Taliban", "PAKREB"),
        ("Tehrik-i-Taliban Pakistan said it would fight on.", "Tehrik-i-Taliban Pakistan", "PAKREB"),
        ("Fighters of Hayat Tahrir al-Sham shelled the village.", "Hayat Tahrir al-Sham", "SYRREB"),
        ("The Syrian National Coalition said it would attend the talks.", "Syrian National Coalition", "SYROPP"),
        ("Jaish al-Islam signed the truce.", "Jaish al-Islam", "SYRREB"),
        ("The Abu Sayyaf group freed a hostage on Jolo.", "Abu Sayyaf", "PHLREB"),
        ("The Kosovo Liberation Army ambushed a police patrol.", "Kosovo Liberation Army", "XKXREB"),
        ("The Lord's Resistance Army raided a camp in the north.", "Lord's Resistance Army", "UGAREB"),
        ("The Ulster Volunteer Force ended its campaign.", "Ulster Volunteer Force", "GBRUAF"),
        ("Lashkar-e-Taiba denied a role in the raid.", "Lashkar-e-Taiba", "PAKUAF"),
        # wars in the news since 2020
        ("The Rapid Support Forces shelled a camp outside the city.", "Rapid Support Forces", "SDNREB"),
        ("Sudan's army said the RSF had fled Khartoum.", "RSF", "SDNREB"),
        ("M23 rebels entered Goma on Monday.", "M23", "CODREB"),
        ("The TPLF agreed to disarm under the truce.", "TPLF", "ETHREB"),
        ("Fano militiamen blocked the road to Gondar in Amhara.", "Fano", "ETHREB"),
        ("The Arakan Army took another town in Rakhine state.", "Arakan Army", "MMRREB"),
        ("JNIM claimed the attack on the convoy.", "JNIM", "MLIREB"),
        ("The TTP attacked a police post in Khyber.", "TTP", "PAKREB"),
        # Long names of groups are one name: the countries inside them are not actors of their own.
        (
            "Fighters of the Islamic State of Iraq and Syria took the dam.",
            "Islamic State of Iraq and Syria",
            "IMGMUSISI",
        ),
        ("Al-Qaeda in the Arabian Peninsula said it sent the bomb.", "Al-Qaeda in the Arabian Peninsula", "IMGMOSALQ"),
    ],
)
def test_armed_groups(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published="1999-03-12") == code


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # A retirement account, an arrival time, a financial regulator, a tariff schedule.
        ("She put the bonus into an IRA before the April deadline.", "IRA"),
        ("The pilot gave an ETA of noon for the landing.", "ETA"),
        ("The FSA fined the bank for its mis-selling of insurance.", "FSA"),
        ("Importers checked the HTS code of each shipment.", "HTS"),
        ("RSF ranked Norway first for press freedom.", "RSF"),
        ("The SAF pilots flew a display over Stockholm.", "SAF"),
    ],
)
def test_short_forms_without_a_cue(nlp: Language, text: str, phrase: str) -> None:
    assert code_of(nlp, text, phrase, published="1999-03-12") in ("-", "")


@pytest.mark.parametrize(
    ("text", "phrase", "published", "code"),
    [
        # A movement that laid down its arms is a party after the accord; the Kurdish forces of
        # northern Iraq became the region's guard in 2005.
        ("The FMLN ambushed an army convoy.", "FMLN", "1989-11-20", "SLVREB"),
        ("The FMLN won seats in the assembly.", "FMLN", "1997-03-20", "SLVOPP"),
        ("Peshmerga fighters clashed with Iraqi troops near Arbil.", "Peshmerga", "1996-08-31", "IRQREB"),
        ("Peshmerga fighters pushed the militants out of the town.", "Peshmerga", "2015-11-13", "IRQMIL"),
    ],
)
def test_dated_group_codes(nlp: Language, text: str, phrase: str, published: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published=published) == code
