"""Reading one actor's code out of a sentence, for the actor tests."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.extract.actors import find_actors, load_actor_lexicon


def code_of(nlp: Language, text: str, phrase: str, *, published: str, occurrence: int = 0) -> str:
    """The code of the actor one of whose mentions starts where ``phrase`` (its nth occurrence) does:
    "" for an actor without a code, "-" for no actor there."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(phrase, at + 1)
    actors = find_actors(nlp(text), text, lexicon=load_actor_lexicon(), published=published)
    codes = [actor.code for actor in actors for mention in actor.mentions if mention.start == at]
    return (codes[0] or "") if codes else "-"


def mention_codes(text: str, published: str = "2024-08-01") -> dict[str, str | None]:
    """Each actor mention's words and its actor's code, through the whole pipeline."""
    from newsgraph.process import extract

    return {
        mention.text: actor.code for actor in extract(text, published=published).actors for mention in actor.mentions
    }
