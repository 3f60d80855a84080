"""Armed groups, gangs, coast guards and regions of the 2020s wars outside Europe and the Middle
East. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from actor_cases import code_of


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        # Myanmar's resistance fights the junta; its government in exile bears no arms.
        ("People's Defence Force fighters ambushed an army truck near Monywa.", "People's Defence Force", "MMRREB"),
        ("The junta said PDF fighters had burned a police station in Sagaing.", "PDF", "MMRREB"),
        ("The National Unity Government urged Asean to shun the junta in Myanmar.", "National Unity Government", "MMROPP"),
        ("The Kachin Independence Army seized a jade mining town.", "Kachin Independence Army", "MMRREB"),
        ("The MNDAA took Lashio from the army.", "MNDAA", "MMRREB"),
        # Eastern Congo: the M23's alliance, and the militias on the army's side.
        ("The Congo River Alliance named a governor for Goma.", "Congo River Alliance", "CODREB"),
        ("Wazalendo fighters clashed with the rebels north of Goma.", "Wazalendo", "CODUAF"),
        # Haiti's gangs are crime, as CAMEO codes gangs.
        ("Viv Ansanm fighters burned a police station in Port-au-Prince.", "Viv Ansanm", "HTICRM"),
        ("Gangs torched the main market in Port-au-Prince overnight.", "Gangs", "HTICRM"),
        ("A Haitian gang leader demanded an amnesty.", "Haitian gang leader", "HTICRM"),
        ("Gang members kidnapped a pastor in Port-au-Prince.", "Gang members", "HTICRM"),
        # A coast guard is its state's forces at sea, as its navy is.
        ("The Philippine coast guard filmed the collision.", "Philippine coast guard", "PHLMIL"),
        ("Chinese coast guard ships blocked the resupply boat.", "Chinese coast guard ships", "CHNMIL"),
        # Regions of the wars stand for their country.
        ("The junta bombed villages in Rakhine.", "Rakhine", "MMR"),
        ("Drones struck a market in Amhara.", "Amhara", "ETH"),
    ],
)
def test_groups_of_2020s_wars(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert code_of(nlp, text, phrase, published="2024-06-01") == code


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # A file format, not Myanmar's fighters, in a story with no Myanmar in it.
        ("The court published the ruling as a PDF on its website.", "PDF"),
    ],
)
def test_short_forms_without_their_war(nlp: Language, text: str, phrase: str) -> None:
    assert code_of(nlp, text, phrase, published="2024-06-01") in ("-", "")
