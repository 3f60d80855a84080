"""Which person a he/she/his/her belongs to: subjects continue, given names tell the sex."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.extract._actor_people import given_name_sex
from newsgraph.extract.actors import find_actors, load_actor_lexicon


def _pronoun_owner(nlp: Language, text: str, pronoun_at: int) -> str | None:
    actors = find_actors(nlp(text), text, lexicon=load_actor_lexicon(), published="2017-01-19")
    owners = [actor.name for actor in actors for mention in actor.mentions if mention.start == pronoun_at]
    return owners[0] if owners else None


@pytest.mark.parametrize(
    ("text", "pronoun", "owner"),
    [
        # A subject pronoun opening a sentence continues the subject before it, not the latest name.
        (
            "Kofi Annan met Saddam Hussein in Baghdad. He is expected to meet Tariq Aziz later.",
            "He is",
            "Kofi Annan",
        ),
        (
            "Angela Merkel spoke with Emmanuel Macron on Monday. She said the talks went well.",
            "She said",
            "Angela Merkel",
        ),
        # A given name of the other sex is skipped: "he" after Hillary Clinton is the man before her.
        (
            "Bernie Sanders finished ahead of Hillary Clinton in the Maine vote. He also carried Alaska.",
            "He also",
            "Bernie Sanders",
        ),
        (
            "Dana Whitfield chaired the panel. The chemist says she resigned her post in March.",
            "she resigned",
            "Dana Whitfield",
        ),
        # An object pronoun or a possessive still goes to the latest fitting person.
        ("Vladimir Putin called Barack Obama and thanked him.", "him", "Barack Obama"),
    ],
)
def test_pronoun_antecedents(nlp: Language, text: str, pronoun: str, owner: str) -> None:
    assert _pronoun_owner(nlp, text, text.index(pronoun)) == owner


@pytest.mark.parametrize(
    ("name", "sex"),
    [("Hillary Clinton", "f"), ("Sergei Lavrov", "m"), ("Maria Kovac", "f"), ("Kim Jong-un", None), ("Lavrov", None)],
)
def test_given_names_tell_the_sex_only_when_they_are_unambiguous(name: str, sex: str | None) -> None:
    assert given_name_sex(name) == sex
