"""Person names in title-case headlines, checked against the story below them.

In "Jane Doe Slams Smith Over Tax Plan" every word is capitalised, so the
tagger's person names run on into the verbs and nouns around them ("Jane
Doe Slams Smith", "Smith Needs", "Appear"). The story's own sentences
are written in sentence case and name the same people properly. So a name in
a title-case line is cut to the longest part of it that the story names as a
person (a full name, or one word of one), or that the people dictionary knows;
a name with no such part is no name.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from newsgraph.extract._actor_entries import word_key
from newsgraph.extract._actor_scene import Scene

# A line is set in title case when at least this share of its words begin with a capital.
_TITLE_CASE_SHARE = 0.8
# Fewer words than this and a line is a name, a label or a dateline, not a headline.
_MIN_HEADLINE_WORDS = 4


def title_case_lines(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the lines set in title case, when the document also has lines that are not."""
    lines: list[tuple[int, int]] = []
    start = 0
    for token in doc:
        if "\n" in token.text or "\n" in token.whitespace_:
            lines.append((start, token.i + 1))
            start = token.i + 1
    if start < len(doc):
        lines.append((start, len(doc)))
    headlines = [line for line in lines if _is_title_case(doc, *line)]
    body = [line for line in lines if line not in headlines and any(doc[i].is_alpha for i in range(*line))]
    return headlines if body else []


def _is_title_case(doc: Doc, start: int, end: int) -> bool:
    words = [doc[i].text for i in range(start, end) if doc[i].is_alpha]
    if len(words) < _MIN_HEADLINE_WORDS:
        return False
    capitalised = sum(word[0].isupper() for word in words)
    return capitalised >= _TITLE_CASE_SHARE * len(words)


def trim_headline_names(scene: Scene, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names outside title-case lines as they are; names inside them cut to what the story confirms."""
    spans = list(spans)
    headlines = title_case_lines(scene.doc)
    if not headlines:
        return spans

    def in_headline(start: int) -> bool:
        return any(line_start <= start < line_end for line_start, line_end in headlines)

    story_names = {_words(scene, start, end) for start, end in spans if not in_headline(start)}
    story_words = {word for name in story_names for word in name}
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if not in_headline(start):
            kept.append((start, end))
            continue
        kept.extend(_confirmed_parts(scene, start, end, story_names, story_words))
    return sorted(kept)


def _confirmed_parts(
    scene: Scene, start: int, end: int, story_names: set[tuple[str, ...]], story_words: set[str]
) -> list[tuple[int, int]]:
    """The longest (then leftmost) run of the words that the story or the dictionary confirms as a
    person, and so on in what lies on either side ("Bernie Sanders Burns Hillary Clinton": two names)."""
    for length in range(end - start, 0, -1):
        for first in range(start, end - length + 1):
            last = first + length
            words = _words(scene, first, last)
            if words in story_names or (length == 1 and words[0] in story_words) or _listed(scene, first, last):
                left = _confirmed_parts(scene, start, first, story_names, story_words)
                right = _confirmed_parts(scene, last, end, story_names, story_words)
                return [*left, (first, last), *right]
    return []


def _listed(scene: Scene, start: int, end: int) -> bool:
    """The run is exactly a person the dictionary knows ("Hillary Clinton" in "Hillary Clinton Wins")."""
    match = scene.match_at[start]
    return match is not None and match.kind == "person" and match.start == start and match.end == end


def _words(scene: Scene, start: int, end: int) -> tuple[str, ...]:
    return tuple(word_key(scene.doc[i].text) for i in range(start, end))
