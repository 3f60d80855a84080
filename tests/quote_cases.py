"""Shared readers of the quote table tests: what ``find_quotes`` found in a sentence, as plain strings."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.extract.quotes import find_quotes


def cues_and_contents(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(cue, content) of each quote of ``text``; a quote with no cue gives ""."""
    return [(quote.cue.text if quote.cue else "", quote.content.text) for quote in find_quotes(nlp(text), text)]


def speakers_and_contents(nlp: Language, text: str) -> list[tuple[str, str]]:
    """(speaker, content) of each quote of ``text``; a quote with no speaker gives ""."""
    return [(quote.speaker.text if quote.speaker else "", quote.content.text) for quote in find_quotes(nlp(text), text)]


def cues_speakers_and_contents(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    """(cue, speaker, content) of each quote of ``text``."""
    return [
        (quote.cue.text if quote.cue else "", quote.speaker.text if quote.speaker else "", quote.content.text)
        for quote in find_quotes(nlp(text), text)
    ]
