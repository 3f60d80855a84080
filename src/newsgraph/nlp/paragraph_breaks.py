"""A blank line ends a sentence: the parser may not join two paragraphs into one.

spaCy's parser decides sentence boundaries itself and reads the blank line
between two paragraphs as a space token like any other. After a closing
quotation mark, a dateline or a headline with no full stop it often carries the
sentence on into the next paragraph (about one sentence in nine of a sample of
US political news), and everything read per sentence goes wrong with it: an event
takes its target from the other paragraph ("Maduro accused the opposition ...
\\n\\nBrazil and Colombia ... urged" made Brazil the accused), a quote's cue
its content. Marking the word after a blank line as a sentence start before
the parser runs makes the parser respect the boundary; within a paragraph it
still decides alone. A paragraph that ends in a colon introduces the next one
(a quotation, a list) and is left to the parser. Text and offsets are
untouched.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

PARAGRAPH_BREAKS = "newsgraph_paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Mark the first word after each blank line as the start of a sentence."""
    for token in doc[1:-1]:
        if token.is_space and token.text.count("\n") >= 2 and not _introduces(doc[token.i - 1]):
            doc[token.i + 1].is_sent_start = True
    return doc


def _introduces(last: Token) -> bool:
    # "Cruz went on:\n\n“The questions ...”": a paragraph ending in a colon introduces the next one, and the
    # quote finder reads the speaker and the quotation as one sentence.
    return last.text == ":"


def break_at_paragraphs(nlp: Language) -> None:
    """Run ``mark_paragraph_starts`` just before the parser."""
    if PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
