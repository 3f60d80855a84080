"""Speakers who share a surname, or whose name the entity recogniser split, resolved to the right person.

"Mrs. Clinton said" after "Bill Clinton" and "Hillary Clinton" is Hillary: the
honorific's sex picks the namesake. A "she said" skips a man named since.
"Ursula von der Leyen", which the recogniser splits into two names, is still
the person a later "She told him" means, once the actors hand their names over.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.quotes import find_quotes
from newsgraph.records import RawDocument

NAMESAKES = [
    (
        "Former President Bill Clinton spoke in Iowa on Monday. Hillary Clinton campaigned in Ohio on Tuesday. "
        "Mrs. Clinton said she would visit China.",
        "she would visit China",
        "Hillary Clinton",
    ),
    (
        "Former President Bill Clinton spoke in Iowa on Monday. Hillary Clinton campaigned in Ohio on Tuesday. "
        "\"We will win,\" Mr. Clinton told reporters.",
        "We will win",
        "Bill Clinton",
    ),
    (
        "Jeb Bush spoke in Miami. Laura Bush visited a school in Dallas on Friday. "
        "Mr. Bush said the race was far from over.",
        "the race was far from over",
        "Jeb Bush",
    ),
    (
        "Maria Kovac met her rival in Zagreb. Later, Peter Kovac addressed the party congress. "
        "Ms. Kovac said the vote had been fair.",
        "the vote had been fair",
        "Maria Kovac",
    ),
]


SEXED_PRONOUNS = [
    (
        "Angela Brandt told reporters the coalition would hold. Thomas Weber said the budget was late. "
        "She said the talks would resume on Monday.",
        "the talks would resume on Monday",
        "Angela Brandt",
    ),
    (
        "Fatima Malik said the border was calm. Ahmed Raza warned of new attacks. "
        "She added that troops had been withdrawn.",
        "that troops had been withdrawn",
        "Fatima Malik",
    ),
    (
        "John Okafor said the election was rigged. Grace Mensah disagreed. "
        "He said he would go to court.",
        "he would go to court",
        "John Okafor",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), NAMESAKES + SEXED_PRONOUNS)
def test_an_honorific_or_pronoun_means_a_person_of_its_sex(  # type: ignore[no-untyped-def]
    nlp, text: str, content: str, speaker: str
) -> None:
    quotes = {quote.content.text: quote for quote in find_quotes(nlp(text), text)}
    resolved = quotes[content].speaker_resolved
    assert resolved is not None and resolved.text == speaker


SPLIT_NAMES = [
    (
        "Ursula von der Leyen spoke to Joe Biden by phone. She told him the EU would impose new sanctions on Russia.",
        "the EU would impose new sanctions on Russia",
        "Ursula von der Leyen",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SPLIT_NAMES)
def test_a_name_the_actors_found_whole_is_a_pronouns_antecedent(  # type: ignore[no-untyped-def]
    engine, text: str, content: str, speaker: str
) -> None:
    (result,) = list(engine.run([RawDocument(doc_id="split", text=text, published="2024-05-01")]))
    quotes = {quote.content.text: quote for quote in result.quotes}
    resolved = quotes[content].speaker_resolved
    assert resolved is not None and resolved.text == speaker
