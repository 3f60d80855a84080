"""The cleaner on the reference article: every piece of furniture removed, none of the story."""

from __future__ import annotations

import pytest

from newsgraph.clean import clean_page
from newsgraph.records import RemovedSpan

HEADLINE = "Russia says in contact with Iran over Syria peace talks"


def _covered(text: str, removed: tuple[RemovedSpan, ...], needle: str) -> RemovedSpan:
    start = text.index(needle)
    end = start + len(needle)
    (span,) = [span for span in removed if span.start <= start and end <= span.end]
    return span


def test_title_is_the_headline(astana_text: str) -> None:
    assert clean_page(astana_text).title == HEADLINE


@pytest.mark.parametrize(
    ("needle", "kind"),
    [
        ("News", "navigation"),
        ("Editor's Choice", "navigation"),
        (HEADLINE, "title"),
        ("US Rep. Ilhan Omar (D-MN) (L) talks with Speaker", "caption"),
        ("on March 08, 2019 in Washington, DC. (AFP photo)", "caption"),
        ("Kremlin spokesman, Dmitry Peskov (Photo by Reuters)", "caption"),
        ("Press TV’s website can also be accessed at the following alternate addresses:", "promotion"),
        ("Press TV News Roku", "promotion"),
    ],
)
def test_furniture_is_removed(astana_text: str, needle: str, kind: str) -> None:
    removed = clean_page(astana_text, published="2017-01-19").removed
    assert _covered(astana_text, removed, needle).kind == kind


def test_exactly_the_furniture_lines_are_removed(astana_text: str) -> None:
    removed = clean_page(astana_text, published="2017-01-19").removed
    assert [span.kind for span in removed] == ["navigation", "title", "caption", "caption", "promotion", "promotion"]
    # Every removed span is a whole line, without its newline or padding.
    for span in removed:
        assert astana_text[span.start : span.end] == astana_text[span.start : span.end].strip()
        assert span.start == 0 or astana_text[span.start - 1] == "\n"
        assert span.end == len(astana_text) or astana_text[span.end] == "\n"


def test_nothing_of_the_story_is_removed(astana_text: str) -> None:
    removed = clean_page(astana_text, published="2017-01-19").removed
    story_start = astana_text.index("Russia says it is in talks")
    story_end = astana_text.index("Press TV’s website")
    assert all(span.end <= story_start or span.start >= story_end for span in removed)


def test_the_caption_of_another_story_says_why(astana_text: str) -> None:
    removed = clean_page(astana_text, published="2017-01-19").removed
    omar = _covered(astana_text, removed, "Ilhan Omar")
    assert omar.reason is not None
    assert "Ilhan Omar and Nancy Pelosi" in omar.reason
    assert "appear nowhere in the headline or the story" in omar.reason
    assert "2019, after the story's publication (2017-01-19)" in omar.reason
    # The Peskov caption names the story's own speaker: a caption, but not another story's.
    assert _covered(astana_text, removed, "Dmitry Peskov (Photo").reason is None


def test_without_a_publication_date_the_names_still_decide(astana_text: str) -> None:
    omar = _covered(astana_text, clean_page(astana_text).removed, "Ilhan Omar")
    assert omar.reason is not None and "Nancy Pelosi" in omar.reason
    assert "later than any year the story mentions (2011)" in omar.reason


def test_spans_are_sorted_and_disjoint(astana_text: str) -> None:
    removed = clean_page(astana_text).removed
    assert all(a.end <= b.start for a, b in zip(removed, removed[1:], strict=False))


def test_engine_result_carries_the_cleaning(astana_result) -> None:  # type: ignore[no-untyped-def]
    assert astana_result.title == HEADLINE
    kinds = [span.kind for span in astana_result.removed]
    assert kinds == ["navigation", "title", "caption", "caption", "promotion", "promotion"]
    assert "2017-01-19" in (astana_result.removed[2].reason or "")
