"""Actor codes from a seventh review round, in sentences written for these tests, through the whole pipeline.

Where a titled minister meets a counterpart is a venue that does not place him, though it places the
host; a state acting on a body ("did not recognise the junta") is not that body's state; a relative
clause keeps its own people apart from the sentence's other countries; a junta or unit named after a
country's soldiers is not theirs; troops a state has or sends are its own; military ranks, abbreviated or
not, are titles.
"""

from __future__ import annotations

import pytest

from newsgraph.process import extract
from event_cases import pipeline_dyads


def _codes(text: str, published: str = "2023-08-30") -> dict[str, str | None]:
    result = extract(text, published=published)
    return {mention.text: actor.code for actor in result.actors for mention in actor.mentions}


_BAKU = "BAKU, May 2 (Reuters) - Azerbaijan said on Monday it wanted a lasting peace. Baku has long sought a deal, and Azerbaijani officials are hopeful. "


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # The city where two ministers meet, and the country named with it, are the venue's.
        (_BAKU + "Foreign Minister Leyla Hasanova met her Georgian counterpart in Tashkent, the Uzbek capital.",
         "Leyla Hasanova", "AZEGOV"),
        (_BAKU + "Foreign Minister Leyla Hasanova met her Georgian counterpart at an Uzbek resort.", "Leyla Hasanova", "AZEGOV"),
        # The host of the talks is the venue's, and one who only stands there is placed by it.
        (_BAKU + "The talks were hosted by President Kamal Yusupov in Tashkent, the Uzbek capital.",
         "Kamal Yusupov", "UZBGOV"),
        ("President Kamal Yusupov said in Tashkent, the Uzbek capital, that taxes would fall.", "Kamal Yusupov", "UZBGOV"),
    ],
)
def test_the_venue_of_a_meeting_does_not_place_its_parties(text: str, name: str, code: str | None) -> None:
    assert _codes(text)[name] == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A state that does not recognise a body, or the body's authority, acts on another state's body.
        ("The Spanish ministry said it did not recognise the authority of the junta.", "junta", "---MIL"),
        ("The Spanish ministry took note but did not recognise the junta.", "junta", "---MIL"),
        # A body of the state's own still takes it.
        ("The Spanish government said the junta would hold elections.", "junta", "ESPMIL"),
        # A state that has, builds or leads a body, or is tied to it, does not act on another's.
        ("Iraq boasts an army of one million men.", "army", "IRQMIL"),
        ("A Texas senator has close ties to the high court.", "high court", "USAJUD"),
    ],
)
def test_a_state_acting_on_a_body_is_not_its_state(text: str, phrase: str, code: str | None) -> None:
    assert _codes(text)[phrase] == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # The people of a relative clause are its own: the sentence's other country does not place them.
        ("The Spanish ministry condemned the junta, which seized power after detaining President Omar Dandi.",
         "Omar Dandi", None),
        # A country inside the person's own clause still places him.
        ("Spanish President Omar Dandi condemned the coup.", "Omar Dandi", "ESPGOV"),
    ],
)
def test_a_relative_clause_keeps_its_people(text: str, name: str, code: str | None) -> None:
    assert _codes(text)[name] == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A country's soldiers are not "the army" or "the junta" named after them.
        ("About 1,500 French soldiers are based in the country. The junta said it would hold elections.",
         "junta", "---MIL"),
        # The same kind of force, or a whole army, is named again.
        ("Mali's junta expelled the envoy. The junta said it would hold elections.", "junta", "MLIMIL"),
        ("Sudan's army took the town on Friday. The army said it had lost no men.", "army", "SDNMIL"),
        ("Russian soldiers crossed the river, but they denied serving with the regular army.", "regular army",
         "RUSMIL"),
    ],
)
def test_a_force_named_again_is_of_its_own_kind(text: str, phrase: str, code: str | None) -> None:
    assert _codes(text)[phrase] == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # Troops a state has, keeps or sends are its own, wherever they stand.
        ("The United States, which has about 900 troops in Chad, said it was reviewing its aid.",
         "about 900 troops", "USAMIL"),
        ("Britain keeps 200 soldiers in Estonia.", "200 soldiers", "GBRMIL"),
        ("Kenya sent 400 troops to Haiti last year.", "400 troops", "KENMIL"),
        # Troops no one is said to keep are where they are.
        ("Troops in Chad fired on the crowd.", "Troops", "TCDMIL"),
    ],
)
def test_a_force_a_state_keeps_is_its_own(text: str, phrase: str, code: str | None) -> None:
    assert _codes(text)[phrase] == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # Ranks are titles, abbreviated (the tokenizer keeps "Col." one word) or not.
        ("Col. Idris Mahamat of the Chadian army said the road was open.", "Idris Mahamat", "TCDMIL"),
        ("Chadian Lt. Col. Idris Mahamat said the road was open.", "Idris Mahamat", "TCDMIL"),
        ("Chadian Brigadier General Idris Mahamat said the road was open.", "Idris Mahamat", "TCDMIL"),
        # Lower ranks serve police forces too: the phrase gives the sector.
        ("Chadian police spokesman Sgt. Idris Mahamat said the road was open.", "Idris Mahamat", "TCDCOP"),
    ],
)
def test_military_ranks_are_titles(text: str, name: str, code: str | None) -> None:
    codes = _codes(text)
    assert codes[name] == code
    assert not any(phrase.rstrip(".") in ("Col", "Lt", "Capt", "Sgt") for phrase in codes)


def test_a_rank_word_in_ordinary_use_is_no_title() -> None:
    assert _codes("Major banks raised rates on Monday.")["Major banks"] == "---BUS"


def test_a_finite_verb_joined_to_an_infinitive_is_the_subjects_act() -> None:
    # "ordered the soldiers to leave and suspended ...": the rulers suspended, not the soldiers.
    dyads = pipeline_dyads("Mali's rulers ordered the French soldiers to leave and suspended all agreements with Paris.")
    assert any(code.startswith("16") and source == "MLIGOV" and target == "FRAGOV" for code, source, target in dyads)
    assert not any(source == "FRAMIL" and code.startswith("16") for code, source, _ in dyads)


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # An envoy's owner is named first; a body or country right before the role is where he is sent.
        ("Russia's U.N. envoy Pavel Orlov said Moscow had abstained.", "Pavel Orlov", "RUSGOV"),
        ("The Chinese EU ambassador spoke on Friday.", "Chinese EU ambassador", "CHNGOV"),
        ("The UN's Yemen envoy spoke on Friday.", "UN's Yemen envoy", "IGOUNO"),
        ("The U.S. Syria envoy Mark Fenwick said the talks failed.", "Mark Fenwick", "USAGOV"),
        # One owner alone is the envoy's.
        ("The U.N. envoy Hans Lindqvist said talks would go on.", "Hans Lindqvist", "IGOUNO"),
        ("The British embassy in Kabul closed.", "British embassy", "GBRGOV"),
    ],
)
def test_an_envoys_owner_is_named_first(text: str, phrase: str, code: str) -> None:
    assert _codes(text)[phrase] == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # A role without a sector of its own takes the sector of the body it speaks for.
        ("A spokesman for the Sudanese army, Nabil Osman, said the road was open.", "Nabil Osman", "SDNMIL"),
        ("A spokesman for the Chadian police said the road was open.", "spokesman", "TCDCOP"),
        ("Capt. Idris Mahamat of the Chadian army said the road was open.", "Idris Mahamat", "TCDMIL"),
        # A country alone keeps the state's code; a body before the role gave its sector already.
        ("A spokesman for Sudan said the road was open.", "spokesman", "SDNGOV"),
        ("The Sudanese army spokesman said the road was open.", "Sudanese army spokesman", "SDNMIL"),
    ],
)
def test_a_sectorless_role_takes_the_sector_of_the_body_it_serves(text: str, phrase: str, code: str) -> None:
    assert _codes(text)[phrase] == code
