"""A name the tagger cut at its particles ("von der", "de la") is still one person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.extract.actors import find_actors, load_actor_lexicon


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We welcome competition," Commission President Ursula von der Leyen told reporters.',
         "Ursula von der Leyen"),
        ("Dutch minister Pieter van den Berg met his German counterpart on Monday.", "Pieter van den Berg"),
    ],
)
def test_a_name_runs_on_over_its_particles(nlp: Language, text: str, name: str) -> None:
    actors = find_actors(nlp(text), text, lexicon=load_actor_lexicon(), published="2025-03-04")
    names = [mention.text for actor in actors for mention in actor.mentions]
    assert name in names
    assert not any(other != name and other in name and other[:1].isupper() for other in names if " " in other)

