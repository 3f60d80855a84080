"""The sex a given name names, for the pronouns that must agree with it.

Shared by the actors (which person a "she" links to) and the quotes (which
speaker a "she said" means, which namesake "Mrs. Clinton" is). The names are
data (resources/actors/given_names.tsv): only names that name one sex in news.
"""

from __future__ import annotations

from functools import lru_cache

from newsgraph.extract._actor_lexicon import data_rows


# Honorifics that say the sex of the name after them ("Mrs. Clinton").
_HONORIFIC_SEX = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f", "miss": "f"}


def honorific_sex(word: str) -> str | None:
    """"m" or "f" when ``word`` is an honorific of one sex ("Mrs.")."""
    return _HONORIFIC_SEX.get(word.lower())


def given_name_sex(name: str) -> str | None:
    """"m" or "f" when the name's first word is a given name of one sex ("Maria Kovac" -> "f")."""
    first = name.split(" ", 1)[0].lower()
    return _given_names().get(first)


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    return {row[0]: row[1] for row in data_rows("given_names.tsv", 2)}
