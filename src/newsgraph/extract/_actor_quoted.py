"""Which words of a document stand inside double quotation marks.

A country a speaker names ("'Iran will pay,' the rebels said") is whom the
speaker talks about, not whose the speaker is: a role outside the marks is
placed only by the countries outside them (``Scene.places``); a role inside
may still take the country of the words around the quote. The quoted
stretches are the quote extractor's (``_quote_marks``: straight, curly and
typewriter marks, paired paragraph by paragraph), so both layers agree on
what is quoted.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract._quote_marks import find_quoted


def quoted_words(doc: Doc) -> list[bool]:
    """For each token, whether it stands inside a quoted stretch (the marks themselves do not)."""
    inside = [False] * len(doc)
    stretches = find_quoted(doc.text)
    if not stretches:
        return inside
    position = 0
    for token in doc:
        while position < len(stretches) and stretches[position].inner_end <= token.idx:
            position += 1
        if position == len(stretches):
            break
        stretch = stretches[position]
        inside[token.i] = stretch.inner_start <= token.idx < stretch.inner_end
    return inside
