"""Which words of a document stand inside double quotation marks.

A country a speaker names ("'Iran will pay,' the rebels said") is whom the
speaker talks about, not whose the speaker is: a role outside the marks is
placed only by the countries outside them (``Scene.places``); a role inside
may still take the country of the words around the quote. Only double marks count (straight, curly, or the parser's
doubled backticks): a single mark is as often an apostrophe. A straight mark
after a space opens and one glued to the word before it closes, so a line
break inside a quote cannot turn the marks around; an unclosed mark ends at
a line break, where news reopens a continued quote.
"""

from __future__ import annotations

from spacy.tokens import Doc

_OPENING = frozenset({"\u201c", "``"})
_CLOSING = frozenset({"\u201d", "''"})
_STRAIGHT = '"'


def quoted_words(doc: Doc) -> list[bool]:
    """For each token, whether it stands between an opening and a closing double mark."""
    inside = [False] * len(doc)
    open_ = False
    for token in doc:
        text = token.text
        if token.is_space and "\n" in text:
            open_ = False  # a paragraph break ends an unclosed quote
        elif text in _OPENING or (text == "`" and _doubled_backtick(doc, token.i)):
            open_ = True
        elif text in _CLOSING:
            open_ = False
        elif text == _STRAIGHT:
            glued = token.i > 0 and not doc[token.i - 1].whitespace_ and not doc[token.i - 1].is_space
            open_ = not glued if token.i > 0 and (glued or doc[token.i - 1].whitespace_) else not open_
        else:
            inside[token.i] = open_
    return inside


def _doubled_backtick(doc: Doc, i: int) -> bool:
    # The tokenizer splits the wire's "``" into two backticks.
    return (i > 0 and doc[i - 1].text == "`") or (i + 1 < len(doc) and doc[i + 1].text == "`")
