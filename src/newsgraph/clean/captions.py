"""Photo captions and credits, and whether a caption belongs to the story at all.

A caption is recognised by its credit (``(AFP photo)``, ``(Photo by
Reuters)``, ``Getty Images``, ``REUTERS/Name``), by a leading
``Photo:``/``File photo``/``FILE -`` or by the photo it describes (``...,
in a file photo.``); a line that is only a credit is kind ``credit``. Pages scraped as text often
keep the caption of a neighbouring story: such a caption is still removed,
and its ``reason`` says why it was judged unrelated (its people appear
nowhere in the headline or story; its date is after the story's).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsgraph.clean._lines import Line
from newsgraph.clean._resources import Phrases

_MAX_CREDIT_WORDS = 10
# Captions are a sentence or two; a longer paragraph that ends with a
# credit is a photo story (local news runs them), and that is story.
_MAX_CAPTION_WORDS = 60
_MAX_CAPTION_SENTENCE_BREAKS = 2
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]?\s+[A-Z]")
_LEADING_CAPTION_WORDS = ("file photo", "photo", "image", "picture", "pictured", "caption", "photograph")
# Runs of capitalised words ("US Rep. Ilhan Omar") are candidate names.
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# Words are grouped by their first letters to find other forms of a name.
_PREFIX = 3


def caption_kind(line: Line, rules: Phrases) -> str | None:
    """``credit`` for a line that is only a photo credit, ``caption`` for a captioned credit."""
    if line.words <= _MAX_CREDIT_WORDS and any(pattern.search(line.text) for pattern in rules.credit_lines):
        return "credit"
    if line.words > _MAX_CAPTION_WORDS or len(_SENTENCE_BREAK.findall(line.text)) > _MAX_CAPTION_SENTENCE_BREAKS:
        return None
    if any(pattern.search(line.text) for pattern in rules.sentence_captions):
        return "caption"
    leading = line.text.lower().startswith(_LEADING_CAPTION_WORDS)
    # A credit at the end of a line that closes a sentence would be odd;
    # refusing it keeps story sentences safe.
    if line.ends_sentence and not leading:
        return None
    if any(pattern.search(line.text) for pattern in rules.captions):
        return "caption"
    return None


def caption_names(caption: str, rules: Phrases) -> list[str]:
    """People and other multi-word names in a caption, without titles and generic words."""
    names: list[str] = []
    for run in _CAPITALISED_RUN.findall(caption):
        tokens = [_bare(token) for token in run.split()]
        kept = [token for token in tokens if token and token.casefold() not in rules.caption_generic]
        if len(kept) >= 2 and " ".join(kept) not in names:
            names.append(" ".join(kept))
    return names


@dataclass(frozen=True, slots=True)
class Story:
    """What a caption is compared with: the words and years of the headline and story."""

    words: frozenset[str]
    by_prefix: dict[str, tuple[str, ...]]
    years: tuple[int, ...]
    headline: str | None

    @classmethod
    def of(cls, story: str, headline: str | None) -> Story:
        words = frozenset(word.casefold() for word in _WORD.findall(story + " " + (headline or "")))
        by_prefix: dict[str, list[str]] = {}
        for word in words:
            by_prefix.setdefault(word[:_PREFIX], []).append(word)
        return cls(
            words=words,
            by_prefix={prefix: tuple(group) for prefix, group in by_prefix.items()},
            years=tuple(int(year) for year in _YEAR.findall(story)),
            headline=headline,
        )

    def mentions(self, word: str) -> bool:
        """True when the story has ``word`` or a form of it (Syria/Syrian, Iran/Iranian)."""
        word = word.casefold()
        return word in self.words or any(_same_word(word, other) for other in self.by_prefix.get(word[:_PREFIX], ()))


def unrelated_reason(caption: str, *, story: Story, published: str | None, rules: Phrases) -> str | None:
    """Why a caption belongs to another story, or ``None`` when nothing says so.

    A caption is taken to be the story's when one of its multi-word names
    ends in a word of the story ("Dmitry Peskov"), when it names something
    the headline names (in any form: "Syrian" for "Syria"), or when at
    least half of its capitalised words occur in the story. Otherwise, if it
    names people, it is another story's; a year after the publication date
    says so too.
    """
    names = caption_names(caption, rules)
    singles = _capitalised_words(caption, rules)
    headline_names = _capitalised_words(story.headline or "", rules)
    caption_words = [word.casefold() for word in _WORD.findall(caption)]
    related = (
        any(story.mentions(name.split()[-1]) for name in names)
        or any(_same_word(name.casefold(), word) for name in headline_names for word in caption_words)
        or (bool(singles) and sum(map(story.mentions, singles)) * 2 >= len(singles))
    )
    by_names = bool(names) and not related
    late = _late_years(caption, story, published)
    evidence: list[str] = []
    if by_names:
        evidence.append(f"it names {_join(names[:3])}, who appear nowhere in the headline or the story")
        if headline_names:
            evidence.append(f"it shares no name with the headline ({_join(headline_names[:4])})")
    if late and (published or by_names):
        evidence.append(late)
    if not evidence or not (by_names or published):
        return None
    return "caption of another story: " + "; ".join(evidence)


def _same_word(a: str, b: str) -> bool:
    """Equal, or sharing all but the last letter of the shorter word, at least four letters."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    need = max(_PREFIX + 1, len(short) - 1)
    return len(short) >= _PREFIX + 1 and len(long) - len(short) <= 4 and long[:need] == short[:need]


def _late_years(caption: str, story: Story, published: str | None) -> str | None:
    years = sorted({int(year) for year in _YEAR.findall(caption)})
    if not years:
        return None
    if published and published[:4].isdigit():
        if years[-1] > int(published[:4]):
            return f"it is dated {years[-1]}, after the story's publication ({published})"
        return None
    if story.years and years[-1] > max(story.years):
        return f"it is dated {years[-1]}, later than any year the story mentions ({max(story.years)})"
    return None


def _capitalised_words(text: str, rules: Phrases) -> list[str]:
    """Capitalised words that are not titles, months or other generic words, once each."""
    words: list[str] = []
    for token in _WORD.findall(text):
        bare = _bare(token)
        if len(bare) >= 3 and bare[:1].isupper() and bare.casefold() not in rules.caption_generic and bare not in words:
            words.append(bare)
    return words


def _bare(token: str) -> str:
    token = token.rstrip(".,;:")
    for suffix in ("'s", "’s"):
        token = token.removesuffix(suffix)
    return token


def _join(items: Iterable[str]) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
