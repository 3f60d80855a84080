"""Words of political news that are no events: discussing a topic, releasing details, asking a
question, insisting on a claim, shooting back or capturing a nomination act on nobody. The same
verbs still code when someone or something the event needs is there."""

from __future__ import annotations

import pytest
from spacy.language import Language

from event_cases import dyads


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Trump went on to discuss his strong opposition to the plan.", {"Trump": "USAELI"}),
        ("Gowdy did not release further details about the interviews.", {"Gowdy": "USALEG"}),
        ("Sanders is releasing a new 30-second ad in New York.", {"Sanders": "USALEG"}),
        ("Reporters tried to ask Trump a question after the rally.", {"Trump": "USAELI"}),
        ("Trump insisted that he has expanded the Republican party.", {"Trump": "USAELI"}),
        ("Trump shot back in a statement on Tuesday.", {"Trump": "USAELI"}),
        ("Cruz captured the nomination in July.", {"Cruz": "USALEG"}),
        ("Dann went around to shoot video of the sign.", {"Dann": "USACVL"}),
        ("Ayotte was across town visiting a halfway house.", {"Ayotte": "USALEG"}),
        ("Halvorson is trying to seize on Shuster's relationship with a lobbyist.",
         {"Halvorson": "USAELI", "Shuster": "USALEG"}),
        ("Trump said Obama just acts like a defeated man.", {"Trump": "USAELI", "Obama": "USAGOV"}),
        ("The senator's win is helping him stretch his lead.", {"senator": "USALEG"}),
    ],
)
def test_campaign_words_make_no_event(nlp: Language, text: str, codes: dict[str, str]) -> None:
    assert dyads(nlp, text, codes) == set()


@pytest.mark.parametrize(
    ("text", "codes", "expected"),
    [
        ("The rebels released five hostages.", {"rebels": "---REB"}, {("0841", "---REB", None)}),
        ("Japan provided emergency assistance to flood victims.", {"Japan": "JPNGOV"}, {("070", "JPNGOV", None)}),
        ("The Kenyan government asked donors to resume aid.", {"Kenyan government": "KENGOV"},
         {("023", "KENGOV", None)}),
        ("Rebels captured the town of Kunduz.", {"Rebels": "---REB"}, {("190", "---REB", None)}),
        ("Iran insisted that Israel must withdraw from the Golan Heights.",
         {"Iran": "IRNGOV", "Israel": "ISRGOV"}, {("1056", "IRNGOV", "ISRGOV")}),
    ],
)
def test_the_same_verbs_still_code_real_events(
    nlp: Language, text: str, codes: dict[str, str], expected: set
) -> None:
    assert dyads(nlp, text, codes) == expected
