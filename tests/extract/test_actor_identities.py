"""Groups that are no state: regions' states, ethnic and religious groups (identities.tsv), coded as CAMEO does."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.extract._actor_entries import valid_code
from newsgraph.extract._actor_identities import code_sector, identity_codes, identity_prefix, with_identity
from newsgraph.extract._actor_lexicon import data_rows
from newsgraph.extract._actor_scene import INTERNATIONAL
from newsgraph.extract.actors import find_actors, load_actor_lexicon
from newsgraph.records import Actor, RawDocument
from newsgraph.schema import validation_errors


def _found(nlp: Language, text: str) -> set[tuple[str, str | None]]:
    actors = find_actors(nlp(text), text, lexicon=load_actor_lexicon(), published="2019-05-02")
    return {(text[m.start : m.end], actor.code) for actor in actors for m in actor.mentions}


def _actors(nlp: Language, text: str) -> tuple[Actor, ...]:
    return find_actors(nlp(text), text, lexicon=load_actor_lexicon(), published="2019-05-02")


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # The states of a region named together: CAMEO's region code (manual table 3.3).
        ("Gulf states promised money for the port.", "Gulf states", "PGS"),
        ("Western powers denounced the vote.", "Western powers", "WST"),
        ("The West froze the bank's assets.", "West", "WST"),
        ("European countries agreed to share the cost.", "European countries", "EUR"),
        ("Arab states backed the resolution.", "Arab states", "MEA"),
        # Leaders and envoys of a region's states are their governments.
        ("African leaders gathered for a summit on trade.", "African leaders", "AFRGOV"),
        ("Western diplomats walked out of the hall.", "Western diplomats", "WSTGOV"),
        # "Arab" alone is the Arabs'; the Arab states' envoys are the Middle East's.
        ("Arab foreign ministers gathered in the capital.", "Arab foreign ministers", "MEAGOV"),
        ("Arab villagers fled the shelling.", "Arab villagers", "ARACVL"),
    ],
)
def test_a_regions_states(nlp: Language, text: str, mention: str, code: str) -> None:
    assert (mention, code) in _found(nlp, text)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # No country in sight: the identity comes first, then the role.
        ("The Kurds demanded a vote on independence.", "Kurds", "KUR"),
        ("Kurdish rebels ambushed a convoy.", "Kurdish rebels", "KURREB"),
        ("Shiite militias shelled the village.", "Shiite militias", "MOSSHIREB"),
        ("Sunni tribes joined the offensive.", "Sunni tribes", "MOSSUN"),
        ("Christians fled the valley.", "Christians", "CHR"),
        ("Shiite leaders called for calm.", "Shiite leaders", "MOSSHI"),
        # A patron's name does not place them: "Iranian-backed" militias are not Iran's.
        ("Iranian-backed Shiite militias fired rockets at the base.", "Iranian-backed Shiite militias", "MOSSHIREB"),
        # A country keeps its place first, the identity after a primary role, before a secondary one.
        ("Iraqi Kurds voted in a referendum.", "Iraqi Kurds", "IRQKUR"),
        ("Iraqi Kurdish fighters took the ridge.", "Iraqi Kurdish fighters", "IRQUAFKUR"),
        ("Kurdish rebels clashed with Turkish troops in southeastern Turkey.", "Kurdish rebels", "TURREBKUR"),
        ("Thousands of Kurdish villagers fled Turkish troops.", "Kurdish villagers", "TURKURCVL"),
        ("Muslims in Belgium protested against the ban.", "Muslims in Belgium", "BELMOS"),
        # The sentence's only country as the other party of their act does not place them.
        ("Shiite militias denounced the United States.", "Shiite militias", "MOSSHIREB"),
        ("Kurdish rebels ambushed soldiers in Turkey.", "Kurdish rebels", "TURREBKUR"),
    ],
)
def test_ethnic_and_religious_groups(nlp: Language, text: str, mention: str, code: str) -> None:
    assert (mention, code) in _found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # A place, a thing or an organisation's name, not a group.
        "Tensions in the Gulf rose after a Shiite shrine was bombed.",
        "Settlers in the West Bank marked the holiday.",
        "Western sanctions hurt the economy.",
        "The European Central Bank raised rates.",
        "He teaches the Kurdish language.",
    ],
)
def test_words_that_name_no_group(nlp: Language, text: str) -> None:
    # An IGO's code may hold a region ("IGOEUREEC"); no group's code opens with one or follows a country's.
    codes = {code for _, code in _found(nlp, text) if code and not code.startswith(INTERNATIONAL)}
    assert not {code for code in codes if identity_prefix(code) or identity_prefix(code[3:])}


def test_a_group_without_a_country_has_none_but_keeps_its_sector(nlp: Language) -> None:
    actors = {actor.code: actor for actor in _actors(nlp, "Kurdish rebels ambushed Iraqi Kurds.")}
    assert (actors["KURREB"].country, actors["KURREB"].sector) == (None, "REB")
    assert (actors["IRQKUR"].country, actors["IRQKUR"].sector) == ("IRQ", None)


def test_codes_compose_in_cameo_order() -> None:
    assert with_identity("IRQ", "KUR") == "IRQKUR"
    assert with_identity("IRQREB", "KUR") == "IRQREBKUR"  # primary role first
    assert with_identity("IRQCVL", "MOSSHI") == "IRQMOSSHICVL"  # secondary role after
    assert code_sector("MOSSHIREB", False) == "REB"
    assert code_sector("IRQMOSSHICVL", True) == "CVL"
    assert identity_prefix("IRQKUR") is None


def test_identity_codes_are_never_a_countrys() -> None:
    countries = {row[0] for name in ("countries.tsv", "country_aliases.tsv") for row in data_rows(name, 4)}
    assert not {code[:3] for code in identity_codes()} & countries
    for phrase, code, kind, use, _name in data_rows("identities.tsv", 5):
        assert valid_code(code), phrase
        assert (kind, use) in {(k, u) for k in ("region", "ethnic", "religion") for u in ("noun", "adjective", "both")}


def test_results_with_identity_codes_validate(engine) -> None:  # type: ignore[no-untyped-def]
    text = "Shiite militias attacked Sunni tribes. The West condemned the Kurdish rebels. Iraqi Kurds voted."
    (result,) = list(engine.run([RawDocument(doc_id="identities", text=text, published="2019-05-02")]))
    assert {"MOSSHIREB", "WST", "IRQKUR"} <= {actor.code for actor in result.actors}
    assert validation_errors(result.to_dict()) == []
