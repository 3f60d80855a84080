"""Coverage of common news constructions: armed units named once as a word class for every verb that
sends, masses or moves them; idioms of meeting, backing and freeing; vigils; and group actors (a bare
union, exiles, warring factions). Run through the whole pipeline."""

from __future__ import annotations

import pytest

from event_cases import Dyad, pipeline_dyads
from newsgraph.extract._event_lexicon import _expand_classes, cues, verb_patterns
from newsgraph.process import extract

PUBLISHED = "2024-05-10"


def _events(text: str) -> set[Dyad]:
    return pipeline_dyads(text, published=PUBLISHED)


def test_word_class_expands_to_its_cues_section() -> None:
    words = _expand_classes(["@armed_units", "presence"])
    assert {"troop", "police", "warship", "presence"} <= words
    assert words == cues()["armed_units"] | {"presence"}
    with pytest.raises(ValueError, match="no such section"):
        _expand_classes(["@no_such_class"])


def test_rows_that_move_forces_share_the_class() -> None:
    # Every verb that sends or masses forces accepts police as well as soldiers.
    for lemma, code in (("send", "150"), ("dispatch", "150"), ("amass", "150"), ("move", "154")):
        rows = [row for row in verb_patterns()[lemma] if row.cameo == code and row.objects]
        assert rows and all({"police", "soldier", "regiment"} <= row.objects for row in rows), lemma


def test_police_sent_abroad_are_a_show_of_force() -> None:
    # Liberia is where they go, no foe they face (test_events_force_destinations.py).
    assert ("150", "GHAGOV", None) in _events("Ghana dispatched two hundred police officers to Liberia.")


def test_regiments_moved_are_a_build_up() -> None:
    assert {code for code, _, _ in _events("Vietnam moved three regiments to the northern border.")} == {"154"}


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker moved its truck division to Ohio.",
        "Norway's central bank increased its currency reserves last year.",
    ],
)
def test_civil_senses_of_unit_words_are_no_force(text: str) -> None:
    assert not any(code.startswith("15") for code, _, _ in _events(text))


def test_sitting_down_with_someone_is_a_meeting() -> None:
    events = _events("Sri Lanka's president sat down with Tamil leaders in Colombo on Friday.")
    assert {code for code, _, _ in events} == {"040"}
    assert "LKAGOV" in {source for _, source, _ in events}
    assert _events("The finance minister sat down after the vote.") == set()


@pytest.mark.parametrize("verb", ["threw", "put"])
def test_weight_behind_a_party_is_an_endorsement(verb: str) -> None:
    events = _events(f"Chile {verb} its weight behind Peru on the fishing dispute.")
    assert {(code, source, (target or "")[:3]) for code, source, target in events} == {("051", "CHLGOV", "PER")}


def test_setting_prisoners_free_is_a_release() -> None:
    events = _events("The Cuban government set free forty dissidents on Tuesday.")
    assert {code for code, _, _ in events} == {"0841"}
    assert {source for _, source, _ in events} == {"CUBGOV"}


def test_a_vigil_is_a_demonstration() -> None:
    events = _events("Nurses held a candlelight vigil outside the Turkish embassy in Berlin.")
    assert {code for code, _, _ in events} == {"141"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The union called a strike at the state railway on Monday.", "---LAB"),
        ("Burmese exiles marched to the embassy in Bangkok.", "MMROPP"),
        ("Warring factions in Somalia fought for the port of Kismayo.", "SOMREB"),
    ],
)
def test_group_actors_act(text: str, source: str) -> None:
    assert source in {source for _, source, _ in _events(text)}


def test_a_union_of_states_is_no_labour_union() -> None:
    result = extract("Armenia and Kazakhstan joined a customs union last year.", published=PUBLISHED)
    assert all(actor.code != "---LAB" for actor in result.actors)


def test_a_capitalised_union_is_part_of_a_name_but_not_at_a_sentence_start() -> None:
    named = extract("The Federation Union of Nepali Porters condemned the new fees.", published=PUBLISHED)
    assert all(actor.code != "---LAB" for actor in named.actors)
    first = extract("Union leaders in Lagos called a general strike.", published=PUBLISHED)
    assert "NGALAB" in {actor.code for actor in first.actors}  # the union's leaders, placed by their town
