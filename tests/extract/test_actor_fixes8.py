"""Actor codes from an eighth review round, in sentences written for these tests, through the whole pipeline.

Two people whose names end in the same generational suffix ("Jr.") are two people, keyed by the surname
before it, and "Sr." marks the father, not the son named before; an honorific after a title ("Chairman
Sir ...") is no person of its own; a chairman is coded by the body the title names; where a quotation was
spoken ("told reporters in Jakarta") places nobody it names; a military ruler is his country's military.
"""

from __future__ import annotations

from newsgraph.process import extract


def _actors(text: str) -> list[tuple[str | None, list[str]]]:
    result = extract(text, published="2016-03-01")
    return [(actor.code, [mention.text for mention in actor.mentions]) for actor in result.actors]


def test_a_generational_suffix_is_no_surname() -> None:
    text = (
        "The White House said Vice President Peter A. Lund Jr. would travel with Adm. Samuel K. Okafor Jr.,"
        " the Joint Chiefs chairman, to the summit in Brussels."
    )
    actors = _actors(text)
    lund = next(mentions for _, mentions in actors if "Peter A. Lund Jr." in mentions)
    okafor = next((code, mentions) for code, mentions in actors if "Samuel K. Okafor Jr." in mentions)
    assert "Samuel K. Okafor Jr." not in lund
    assert okafor[0] == "USAMIL"


def test_an_honorific_after_a_title_is_no_person() -> None:
    text = "The minister answered a letter from Jaguar Chairman Sir John Egan on Monday."
    assert all(mentions != ["Sir"] for _, mentions in _actors(text))


def test_a_chairman_takes_the_code_of_the_body_named() -> None:
    text = "Federal Reserve chairwoman Janet Yellen said rates would rise. Yellen spoke in Washington."
    assert ("USAGOV", ["Janet Yellen", "Yellen"]) in [(code, mentions[:2]) for code, mentions in _actors(text)]


def test_a_father_named_senior_is_his_sons_namesake_not_the_son() -> None:
    text = (
        "Rep. Duncan Hunter endorsed the governor on Wednesday. His father, Duncan Hunter Sr., who once held the"
        " seat, backed the fence. Hunter said the wall would be built."
    )
    actors = _actors(text)
    son = next(mentions for _, mentions in actors if "Duncan Hunter" in mentions)
    assert "Hunter" in son and not any("Sr" in mention for mention in son)
    assert any(any(mention.startswith("Duncan Hunter Sr") for mention in mentions) for _, mentions in actors)


def _codes(text: str) -> dict[str, str | None]:
    result = extract(text, published="2023-09-04")
    return {mention.text: actor.code for actor in result.actors for mention in actor.mentions}


def test_where_words_were_said_places_nobody_the_quotation_names() -> None:
    text = '"We have given the junta every chance to talk," the foreign minister told reporters in Jakarta.'
    assert _codes(text)["junta"] != "IDNMIL"
    text = '"The rebels must lay down their arms," the minister said at a news conference in Nairobi.'
    assert _codes(text)["rebels"] != "KENREB"


def test_a_military_ruler_and_the_capital_of_myanmar() -> None:
    codes = _codes(
        "The leaders will not invite Myanmar's military ruler Min Aung Hlaing to the summit. Naypyitaw said it would"
        " send a diplomat."
    )
    assert codes["Min Aung Hlaing"] == "MMRMIL"
    assert codes["Naypyitaw"] == "MMRGOV"
