"""Names in a title-case headline are cut to the people the story below it names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.extract.actors import find_actors, load_actor_lexicon

STORY = (
    "\n\nSenator Ben Carson criticized Maria Lopez on Tuesday. Carson said the plan would fail. "
    "Lopez declined to answer questions on the plan."
)


def _people(nlp: Language, text: str, before: int | None = None) -> list[str]:
    """Person mentions (sorted), only those starting before ``before`` when given."""
    actors = find_actors(nlp(text), text, lexicon=load_actor_lexicon(), published="2017-01-19")
    return sorted(
        mention.text
        for actor in actors
        if actor.kind == "person"
        for mention in actor.mentions
        if before is None or mention.start < before
    )


@pytest.mark.parametrize(
    ("headline", "names"),
    [
        # The tagger runs names on into the capitalised verbs around them.
        ("Ben Carson Slams Maria Lopez And The Media In One Answer", ["Ben Carson", "Maria Lopez"]),
        ("Newspaper Says Carson Needs To Quit Political Calculations", ["Carson"]),
        # A capitalised word that the story never names as a person is no person.
        ("Lopez Invited To Appear At Party Convention", ["Lopez"]),
    ],
)
def test_headline_names_are_cut_to_the_story_s_people(nlp: Language, headline: str, names: list[str]) -> None:
    assert _people(nlp, headline + STORY, before=len(headline)) == names


def test_sentence_case_lines_keep_their_names(nlp: Language) -> None:
    text = "Ben Carson criticized Maria Lopez on Tuesday.\n\nLopez did not respond."
    assert _people(nlp, text) == ["Ben Carson", "Lopez", "Maria Lopez"]
