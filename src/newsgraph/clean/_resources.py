"""The cleaner's phrase lists (resources/boilerplate.json), loaded and compiled once."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Phrases:
    """Compiled cleaning rules; see the ``_about`` note in the JSON file."""

    breadcrumb_split: re.Pattern[str]
    menu_lines: frozenset[str]
    promotions: tuple[re.Pattern[str], ...]
    platforms: re.Pattern[str]
    footers: tuple[re.Pattern[str], ...]
    strong: tuple[tuple[str, re.Pattern[str]], ...]
    related_headers: frozenset[str]
    related_inline: re.Pattern[str]
    byline_prefix: re.Pattern[str]
    byline_connectors: frozenset[str]
    credit_lines: tuple[re.Pattern[str], ...]
    captions: tuple[re.Pattern[str], ...]
    sentence_captions: tuple[re.Pattern[str], ...]
    caption_generic: frozenset[str]
    agencies: tuple[str, ...]


def _compile_all(patterns: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern, re.IGNORECASE) for pattern in patterns)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def phrases() -> Phrases:
    """The rules, read from the package once per process."""
    data = json.loads(resources.files("newsgraph.clean").joinpath("resources/boilerplate.json").read_text("utf-8"))
    separators = _alternation(data["breadcrumb_separators"])
    return Phrases(
        breadcrumb_split=re.compile(rf"\s+(?:{separators})\s+|\s*(?:{_alternation(['»', '›', '|', '→'])})\s*"),
        menu_lines=frozenset(data["menu_lines"]),
        promotions=_compile_all(data["promotion_patterns"]),
        platforms=re.compile(rf"\b(?:{_alternation(data['promotion_platforms'])})\b", re.IGNORECASE),
        footers=_compile_all(data["footer_patterns"]),
        strong=tuple(
            (kind, pattern) for kind, patterns in data["strong_patterns"].items() for pattern in _compile_all(patterns)
        ),
        related_headers=frozenset(data["related_headers"]),
        related_inline=re.compile(rf"^(?:{_alternation(data['related_inline_prefixes'])})\s*:\s*\S", re.IGNORECASE),
        byline_prefix=re.compile(rf"^\(?(?:{_alternation(data['byline_prefixes'])})\s+", re.IGNORECASE),
        byline_connectors=frozenset(data["byline_connectors"]),
        credit_lines=_compile_all(data["credit_lines"]),
        captions=_compile_all(data["caption_patterns"]),
        sentence_captions=_compile_all(data["sentence_caption_patterns"]),
        caption_generic=frozenset(data["caption_generic_words"]),
        agencies=tuple(data["agencies"]),
    )
