"""A hope that another party act ("Japan hopes China will release the crew", "voiced hope that Iran would
return to the talks") is an appeal to that party for the act, not the party's own intent; a hope about how
someone fares or what happens asks nobody anything, and a hope to act oneself is one's own intent. An
unspecified demand or appeal noun says what its clause asks for ("its demand that Israel withdraw")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Tokyo hopes Beijing will free the detained sailors.", {"Tokyo": "JPNGOV", "Beijing": "CHNGOV"},
         ("0253", "JPNGOV", "CHNGOV")),
        ("Washington hopes that Tehran will return to the negotiations.", {"Washington": "USAGOV", "Tehran": "IRNGOV"},
         ("026", "USAGOV", "IRNGOV")),
        ("Paris said it hoped Moscow would pull its troops out of the region.",
         {"Paris": "FRAGOV", "Moscow": "RUSGOV"}, ("0256", "FRAGOV", "RUSGOV")),
        ("Islamabad hopes New Delhi will hold talks on the dispute.", {"Islamabad": "PAKGOV", "New Delhi": "INDGOV"},
         ("026", "PAKGOV", "INDGOV")),
        # the noun: a hope voiced
        ("Tokyo expressed hope that Beijing would free the detained sailors.",
         {"Tokyo": "JPNGOV", "Beijing": "CHNGOV"}, ("0253", "JPNGOV", "CHNGOV")),
        ("London voiced hope on Monday that Tehran could be drawn back into the talks.",
         {"London": "GBRGOV", "Tehran": "IRNGOV"}, ("026", "GBRGOV", "IRNGOV")),
        ("The envoy expressed hopes that Kyiv would resume negotiations soon.", {"envoy": "IGOUNO", "Kyiv": "UKRGOV"},
         ("026", "IGOUNO", "UKRGOV")),
        ("Berlin reiterated its hope that Ankara would release the journalists.",
         {"Berlin": "DEUGOV", "Ankara": "TURGOV"}, ("0253", "DEUGOV", "TURGOV")),
    ],
)
def test_a_hope_that_another_acts_appeals_to_it(
    nlp: Language, text: str, codes: dict[str, str], expected: tuple
) -> None:
    found = dyads(nlp, text, codes)
    assert expected in found
    assert not any(code.startswith(("03", "04")) for code, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Merkel hopes Obama will win the election.", {"Merkel": "DEUGOV", "Obama": "USAELI"}),
        ("Rubio hopes Iowa will prove his critics wrong.", {"Rubio": "USALEG", "Iowa": "USA"}),
        ("The senator expressed hope that Ohio would stay competitive.", {"senator": "USALEG", "Ohio": "USA"}),
        ("Tokyo expressed hope that the talks with Beijing would succeed.", {"Tokyo": "JPNGOV", "Beijing": "CHNGOV"}),
        ("Clinton hopes to make a statement in California.", {"Clinton": "USAELI", "California": "USA"}),
    ],
)
def test_a_hope_about_how_things_go_asks_nothing(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert not any(code.startswith("02") for code, _, _ in dyads(nlp, text, codes))


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Tokyo hopes to hold talks with Beijing next month.", {"Tokyo": "JPNGOV", "Beijing": "CHNGOV"},
         ("036", "JPNGOV", "CHNGOV")),
        ("Obama hopes to meet Putin next week.", {"Obama": "USAGOV", "Putin": "RUSGOV"}, ("036", "USAGOV", "RUSGOV")),
        ("Ankara hoped to visit Baghdad before the vote.", {"Ankara": "TURGOV", "Baghdad": "IRQGOV"},
         ("036", "TURGOV", "IRQGOV")),
        ("Paris hopes to sign a trade deal with Ottawa.", {"Paris": "FRAGOV", "Ottawa": "CANGOV"},
         ("030", "FRAGOV", "CANGOV")),
    ],
)
def test_a_hope_to_act_oneself_is_intent(nlp: Language, text: str, codes: dict[str, str], expected: tuple) -> None:
    found = dyads(nlp, text, codes)
    assert expected in found
    assert not any(code.startswith("02") for code, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("Tehran reiterated its demand that Jerusalem withdraw its troops.",
         {"Tehran": "IRNGOV", "Jerusalem": "ISRGOV"}, ("1056", "IRNGOV", "ISRGOV")),
        ("The ministers renewed their call that Kabul should resume talks with the rebels.",
         {"ministers": "IGOEUR", "Kabul": "AFGGOV", "rebels": "AFGREB"}, ("026", "IGOEUR", "AFGGOV")),
        ("Seoul renewed its demand that Pyongyang release the fishermen.",
         {"Seoul": "KORGOV", "Pyongyang": "PRKGOV"}, ("1053", "KORGOV", "PRKGOV")),
        ("The bloc restated its appeal that Belgrade lift the embargo.", {"bloc": "IGOEUR", "Belgrade": "SRBGOV"},
         ("0254", "IGOEUR", "SRBGOV")),
    ],
)
def test_a_demand_noun_says_what_its_clause_asks_for(
    nlp: Language, text: str, codes: dict[str, str], expected: tuple
) -> None:
    found = dyads(nlp, text, codes)
    assert expected in found, found
    assert not any(code.startswith("04") and source != "IGOEUR" for code, source, _ in found), found
