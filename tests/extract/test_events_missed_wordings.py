"""Wordings that coded no event (issue #6), each through the whole pipeline.

A crowd or a mob is civilians (CVL) placed as protesters are, and what it storms, torches, loots or attacks is a
violent protest (145). Property seized or damaged, or a place blockaded or occupied, by unarmed people of no state
(workers, farmers, students, civilians, the opposition: cues.txt civil_roles) is a protest too: a road blockaded by
truckers is passage obstructed (144), no military blockade. Property seized or destroyed in a town by a party of no
known country hits that town's country, as an attack does. Saying no to a proposal or a party rejects it (120).
A warning of an attack with no author of its own threatens whom the attack is aimed at ("warned of a nuclear strike
against South Korea"); a warning of another's attack ("of a Russian attack on Ukraine") threatens nothing. A
headline's bare infinitive ("Putin to meet Xi") announces what its subject will do, as "will" does (intent, 036).
"""

from __future__ import annotations

import pytest

from event_cases import ANY, assert_codes_as, typed_events

PUBLISHED = "2024-03-02"


@pytest.mark.parametrize(
    ("text", "plover", "root", "source", "target"),
    [
        # A crowd or a mob that storms or attacks a building protests violently.
        ("Angry crowds stormed the British embassy in Khartoum.", "PROTEST", "14", "---CVL", "GBRGOV"),
        ("A crowd stormed the Danish consulate in Beirut on Sunday.", "PROTEST", "14", "---CVL", "DNKGOV"),
        ("Crowds of youths attacked the Chinese embassy in Hanoi.", "PROTEST", "14", "---CVL", "CHNGOV"),
        ("Mobs burned the Israeli embassy in Cairo.", "PROTEST", "14", "---CVL", "ISRGOV"),
        ("A mob ransacked the offices of the ruling party in Bamako.", "PROTEST", "14", "MLICVL", ANY),
        ("A mob torched the town's mosque in Bangui.", "PROTEST", "14", "CAFCVL", ANY),
        # Unarmed people who blockade a road, a port or a ministry obstruct passage: a protest, no military blockade.
        ("Truckers blockaded the main highway into Ottawa.", "PROTEST", "14", ANY, ANY),
        ("Truckers blockaded the border crossing at Calais on Monday.", "PROTEST", "14", "---LAB", None),
        ("Farmers blockaded the ring road around Paris.", "PROTEST", "14", "FRAAGR", ANY),
        ("Striking workers blockaded the port of Antwerp.", "PROTEST", "14", "---LAB", ANY),
        ("Students blockaded the education ministry in Santiago.", "PROTEST", "14", "CHLEDU", "CHLGOV"),
        # Property burned or looted in a town by rioters of no known country: a riot against the town's country.
        ("Rioters torched police stations in Lagos.", "PROTEST", "14", "---OPP", "NGA"),
        ("Rioters looted shops in Johannesburg.", "PROTEST", "14", "---OPP", "ZAF"),
        # The ruling party's own property: a riot against the government it forms.
        ("Protesters torched the ruling party's headquarters in Harare.", "PROTEST", "14", ANY, "ZWEGOV"),
        ("Rioters set fire to a police station in Karachi.", "PROTEST", "14", "---OPP", ANY),
        # Saying no to a proposal or a party rejects it.
        ("Germany says no to the Greek proposal.", "REJECT", "12", "DEUGOV", "GRC"),
        ("Iran has said no to talks with Washington.", "REJECT", "12", "IRNGOV", "USAGOV"),
        ("Hamas says no to the Egyptian ceasefire proposal.", "REJECT", "12", "PSEREBHMS", "EGY"),
        ("The European Union said no to Turkish membership.", "REJECT", "12", "IGOEUREEC", "TUR"),
        ("Poland will say no to the migrant quota set by Brussels.", "REJECT", "12", "POLGOV", "IGOEUREEC"),
        ("Russia said no to Ukraine joining NATO.", "REJECT", "12", "RUSGOV", "UKRGOV"),
        # A threat verb's "of" phrase naming an attack with no author of its own: a threat to whom it is aimed at.
        ("North Korea warned of a nuclear strike against South Korea.", "THREATEN", "13", "PRKGOV", "KORGOV"),
        ("Iran warned of a crushing attack on Israel.", "THREATEN", "13", "IRNGOV", "ISRGOV"),
        ("Hezbollah warned of rocket strikes on Israel if the war spread.", "THREATEN", "13", "LBNREBHEZ", "ISRGOV"),
        ("Pakistan warned of military strikes against India.", "THREATEN", "13", "PAKGOV", "INDGOV"),
        ("Turkey warned of a new military assault on Kurdish militias in Syria.", "THREATEN", "13", "TURGOV", ANY),
        ("Moscow warned of retaliatory strikes against Poland.", "THREATEN", "13", "RUSGOV", "POLGOV"),
    ],
)
def test_codes_its_type(text: str, plover: str, root: str, source: str, target: str | None) -> None:
    assert_codes_as(text, PUBLISHED, plover, root, source, target)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A blockade by a crowd or by unarmed people is never coded as a military one (191).
        ("Truckers blockaded the main highway into Ottawa.", "144"),
        ("Farmers blockaded the ring road around Paris.", "144"),
        # Forces of no known country torching a village still destroy property there (1712), no protest.
        ("Soldiers torched houses in the village of Kukawa near Maiduguri.", None),
    ],
)
def test_blockades_by_unarmed_people_are_no_military_blockade(text: str, code: str | None) -> None:
    codes = [event[1] for event in typed_events(text, PUBLISHED)]
    assert "191" not in codes, codes
    if code is not None:
        assert code in codes, codes
    else:
        assert not any(got.startswith("14") for got in codes), codes


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # "no" that answers nothing, or a denied "no", rejects nobody.
        ("China said there was no reason to worry about Japan.", "REJECT"),
        ("Japan said no talks with North Korea were planned.", "REJECT"),
        ("Germany did not say no to the French plan.", "REJECT"),
        ("Brazil said it had no objection to the Argentine proposal.", "REJECT"),
        # An attack with an author of its own is another's act the speaker foresees: no threat of the speaker's.
        ("Britain warned of a Russian attack on Ukraine.", "THREATEN"),
        ("The United States warned of an attack by Hamas on Israel.", "THREATEN"),
        ("Germany warned of Iran's missile strikes on Israel.", "THREATEN"),
        ("France warned of an Israeli offensive against Rafah.", "THREATEN"),
        ("Japan warned of Chinese strikes against Taiwan.", "THREATEN"),
        ("Poland warned of a Belarusian attack on Lithuania.", "THREATEN"),
    ],
)
def test_codes_no_event_of_the_type(text: str, plover: str) -> None:
    events = typed_events(text, PUBLISHED)
    assert not any(event[0] == plover for event in events), events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # A headline's bare infinitive announces what its subject will do: intent to meet (036), as
        # "will" does; no visit or meeting yet.
        ("Putin to meet Xi in Beijing", "RUSGOV", "CHNGOV"),
        ("Erdogan to host Assad for talks", "TURGOV", "SYRGOV"),
        ("Biden to travel to Israel on Wednesday", "USAGOV", "ISRGOV"),
        ("French President Macron to visit Algeria next month", "FRAGOV", "DZAGOV"),
        ("Erdogan to visit Baghdad.", "TURGOV", "IRQGOV"),
        ("Zelensky to meet Biden at the White House", "UKRGOV", "USAGOV"),
        ("Indian Prime Minister Narendra Modi to visit Washington next month", "INDGOV", "USAGOV"),
    ],
)
def test_headline_infinitives_announce_intent(text: str, source: str, target: str) -> None:
    events = typed_events(text, PUBLISHED)
    assert ("036", source, target) in [(code, got_source, got_target) for _, code, got_source, got_target in events], (
        events
    )
    assert not any(code in ("040", "042", "043") for _, code, _, _ in events), events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An infinitive in a sentence with a verb of its own, or after a copula, announces nothing.
        ("Iran's decision to expel the French ambassador angered Paris.", ("SANCTION", "161", "IRNGOV", "FRAGOV")),
        ("Riot police deployed in Lagos to break up a rally called by the opposition.", None),
        ("Bush's chief objective in the meeting was to press the king to close the port.", None),
        ("Rubio said President Obama is to blame for the rift with Israel.", None),
    ],
)
def test_infinitives_that_are_no_headline_announce_nothing(
    text: str, expected: tuple[str, str, str, str] | None
) -> None:
    events = typed_events(text, PUBLISHED)
    if expected is not None:
        assert expected in events, events
    assert not any(code.startswith("03") or code.startswith("13") for _, code, _, _ in events), events
