"""Entry point of the cleaner: combine the line rules into one ``Cleaning``.

Order matters and is fixed here: lines that are furniture on their own
(navigation, footers, promotions, related links, bylines, captions and
credits) first; then lists of links under a "Related" heading; then
promotions in the tail after the last story paragraph; then the headline;
then, on what is left, whether each caption belongs to the story, and the
dateline prefix of the first paragraph. The text is never changed: the
result is removed spans with exact offsets, sorted and non-overlapping.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsgraph.clean._lines import Line, is_body, split_lines
from newsgraph.clean._resources import Phrases, phrases
from newsgraph.clean.boilerplate import is_link_like, is_platform_promotion, is_related_header, line_kind
from newsgraph.clean.captions import Story, caption_kind, unrelated_reason
from newsgraph.clean.headline import dateline_length, find_headline, is_dateline_line
from newsgraph.records import RemovedSpan

_MAX_HEADLINE_AS_SENTENCE_WORDS = 14


@dataclass(frozen=True, slots=True)
class Cleaning:
    """What the cleaner found: spans that are not the story, and the headline."""

    removed: tuple[RemovedSpan, ...]
    title: str | None


def clean_page(text: str, *, title: str | None = None, published: str | None = None) -> Cleaning:
    """Mark the page furniture of ``text``.

    ``title`` is a headline known from metadata (the line repeating it is
    removed as ``title``); without one, a headline line above the story is
    looked for and returned. ``published`` (ISO date) lets a caption dated
    after the story be recognised as another story's.
    """
    rules = phrases()
    lines = split_lines(text)
    kinds: dict[int, str] = {}
    for line in lines:
        kind = line_kind(line, rules) or caption_kind(line, rules)
        if kind is None and is_dateline_line(line, rules):
            kind = "dateline"
        if kind:
            kinds[line.index] = kind
    _mark_related_blocks(lines, kinds, rules)
    body = [line.index for line in lines if line.index not in kinds and is_body(line)]
    if body:
        for line in lines[body[-1] + 1 :]:
            if line.index not in kinds and is_platform_promotion(line, rules):
                kinds[line.index] = "promotion"
    headline = find_headline(lines, taken=set(kinds), first_body=body[0] if body else None, title=title)
    if headline is not None:
        kinds[headline.index] = "title"
    found_title = title or (headline.text if headline is not None else None)
    removed = _line_spans(lines, kinds, rules, headline=found_title, published=published)
    dateline = _dateline(lines, kinds, rules)
    if dateline is not None:
        removed.append(dateline)
    removed.sort(key=lambda span: span.start)
    return Cleaning(removed=tuple(removed), title=found_title)


def _mark_related_blocks(lines: Sequence[Line], kinds: dict[int, str], rules: Phrases) -> None:
    """Under a "Related"/"Read more" heading, the short link lines that follow are links too."""
    in_block = False
    for line in lines:
        if is_related_header(line, rules):
            in_block = True
            kinds[line.index] = "related"
        elif in_block:
            if line.index in kinds:
                continue  # a footer or credit inside the list keeps its own kind
            if is_link_like(line) and not is_body(line):
                kinds[line.index] = "related"
            else:
                in_block = False


def _line_spans(
    lines: Sequence[Line],
    kinds: dict[int, str],
    rules: Phrases,
    *,
    headline: str | None,
    published: str | None,
) -> list[RemovedSpan]:
    story: Story | None = None
    spans: list[RemovedSpan] = []
    for line in lines:
        kind = kinds.get(line.index)
        if kind is None:
            continue
        reason = None
        if kind == "caption":
            if story is None:
                story = Story.of("\n".join(line.text for line in lines if line.index not in kinds), headline)
            reason = unrelated_reason(line.text, story=story, published=published, rules=rules)
        spans.append(RemovedSpan(start=line.start, end=line.end, kind=kind, reason=reason))
    return spans


def _dateline(lines: Sequence[Line], kinds: dict[int, str], rules: Phrases) -> RemovedSpan | None:
    """The dateline prefix of the first story paragraph, if it has one."""
    paragraphs_seen = 0
    for line in lines:
        if line.index in kinds:
            continue
        if not is_body(line):
            # Dates, bylines the rules missed, subheads: the dateline opens
            # the first paragraph, so look a little further.
            if line.words <= 12:
                continue
            return None
        length = dateline_length(line, rules)
        if length:
            return RemovedSpan(start=line.start, end=line.start + length, kind="dateline")
        paragraphs_seen += 1
        # A headline written as a sentence ("Clinton leads in Ohio.") comes
        # before the first paragraph: look at one more line after a short one.
        if paragraphs_seen > 1 or line.words > _MAX_HEADLINE_AS_SENTENCE_WORDS:
            return None
    return None
