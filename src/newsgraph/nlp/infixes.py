"""Extra split points for spaCy's tokenizer, added to the ones it already has.

Several of newsgraph's tokenizer fixes add infix or suffix patterns; each must
keep the others' and the language's own, so they all go through ``add_infixes``
or ``add_suffixes``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex


def add_infixes(nlp: Language, patterns: Sequence[str]) -> None:
    """Make the tokenizer also split at ``patterns`` (regular expressions matching the split text)."""
    current = nlp.tokenizer.infix_finditer  # type: ignore[attr-defined]
    # The tokenizer holds the bound ``finditer`` of one compiled pattern: its ``__self__``.
    existing = [current.__self__.pattern] if current is not None else list(nlp.Defaults.infixes)
    nlp.tokenizer.infix_finditer = compile_infix_regex([*existing, *patterns]).finditer  # type: ignore[attr-defined]


def add_suffixes(nlp: Language, patterns: Sequence[str]) -> None:
    """Make the tokenizer also split off word endings matching ``patterns`` (regular expressions ending in ``$``)."""
    current = nlp.tokenizer.suffix_search  # type: ignore[attr-defined]
    # Likewise the bound ``search`` of one compiled pattern.
    existing = [current.__self__.pattern] if current is not None else list(nlp.Defaults.suffixes)
    nlp.tokenizer.suffix_search = compile_suffix_regex([*existing, *patterns]).search  # type: ignore[attr-defined]
