"""Property tests of the span invariant (DESIGN.md invariant 1), for any input.

Pages are built from story sentences the test marks as story, page furniture
and random unicode. For every page: every span in the cleaner's output and
in a full ``Engine`` result slices to its own text, removed spans are sorted,
disjoint and inside the text, and no removed span touches a story sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.clean import clean_page
from newsgraph.process import Engine
from newsgraph.records import RawDocument, RemovedSpan, Result

STORY = [
    "Russia says it is in talks with Iranian officials on preparations for the upcoming Syria peace talks.",
    "“We continue contacts with our Iranian counterparts,” Kremlin spokesman Dmitry Peskov said on Thursday.",
    "Representatives from the Syrian government are expected to take part in the Astana negotiations.",
    "The conflict resolution talks on Syria are brokered by Moscow, Ankara and Tehran.",
    "“We did get an invitation, and it's under review,” said an unnamed US State Department official.",
    "Since March 2011, Syria has been gripped by militancy it blames on some Western states.",
    "By Thursday, the army had withdrawn from the eastern districts of the city.",
    "Reporting by the BBC revealed that the convoy had been stopped twice.",
    "The photo was taken by a Reuters photographer outside the Kremlin on Wednesday.",
    "Follow the money, he said, and you will find out who pays for the war.",
    "Copyright disputes were not on the agenda of the talks in Astana.",
    "Home Secretary Amber Rudd said the government would review the decision.",
    "Moscow / Ankara relations have improved since the summer, officials said.",
    "Related talks in Geneva collapsed last year after the opposition walked out.",
    "Iran, Russia and Turkey have not sent any “joint invitation” to the US, Ali Shamkhani said.",
]
FURNITURE = [
    "News   /   Syria   /   Editor's Choice",
    "Russia says in contact with Iran over Syria peace talks",
    "Kremlin spokesman, Dmitry Peskov (Photo by Reuters)",
    "US Rep. Ilhan Omar (D-MN) talks with Nancy Pelosi in Washington, DC on March 08, 2019. (AFP photo)",
    "Getty Images",
    "By John Smith, Reuters",
    "(Reporting by Maria Tsvetkova; Editing by Andrew Osborn)",
    "Read more: Putin says Russia is ready to host Syria talks",
    "Related",
    "Astana talks to begin on January 23",
    "Follow us on Twitter",
    "Press TV’s website can also be accessed at the following alternate addresses:",
    "Press TV News Roku",
    "© 2017 Reuters. All rights reserved.",
    "MOSCOW (Reuters) -",
    "Advertisement",
]
SEPARATORS = ["\n", "\n\n", "\r\n", "\n  \n", "\n\t"]


@dataclass(frozen=True)
class Page:
    text: str
    story: tuple[tuple[int, int], ...]


@st.composite
def pages(draw: st.DrawFn) -> Page:
    blocks = draw(
        st.lists(
            st.one_of(
                st.lists(st.sampled_from(STORY), min_size=1, max_size=3).map(lambda s: ("story", s)),
                st.sampled_from(FURNITURE).map(lambda line: ("other", [line])),
                st.text(max_size=40).map(lambda line: ("other", [line])),
            ),
            min_size=1,
            max_size=12,
        )
    )
    text = draw(st.sampled_from(["", "\ufeff", " ", "\n"]))
    story: list[tuple[int, int]] = []
    for kind, sentences in blocks:
        if text:
            text += draw(st.sampled_from(SEPARATORS))
        for number, sentence in enumerate(sentences):
            if number:
                text += " "
            if kind == "story":
                story.append((len(text), len(text) + len(sentence)))
            text += sentence
    return Page(text=text, story=tuple(story))


def _spans(value: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every dict with offsets anywhere in a result dict."""
    if isinstance(value, dict):
        if "start" in value and "end" in value:
            yield path, value
        for key, item in value.items():
            yield from _spans(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _spans(item, f"{path}[{index}]")


def _check_removed(page: Page, removed: tuple[RemovedSpan, ...]) -> None:
    for span in removed:
        assert 0 <= span.start < span.end <= len(page.text)
    for before, after in zip(removed, removed[1:], strict=False):
        assert before.end <= after.start, (before, after)
    for start, end in page.story:
        for span in removed:
            assert span.end <= start or span.start >= end, (page.text[start:end], span, page.text[span.start:span.end])


@settings(max_examples=300, deadline=None)
@given(pages())
def test_cleaning_never_touches_the_story(page: Page) -> None:
    cleaning = clean_page(page.text)
    _check_removed(page, cleaning.removed)
    if cleaning.title is not None:
        assert cleaning.title in page.text


# Regression guard (fixed in extract/_quote_speakers.py): a quote speaker span
# once reached back across masked (removed) text to an earlier token
# (``quotes[0].speaker`` = "1\n<blanks>\nRussia" for
# "1\nNews / Syria / Editor's Choice\nRussia says ..."); speaker spans now stay
# on the head's line.


# Derandomized: the same 25 pages every run, so a failure here is a change in
# the code, not a lucky draw. To hunt for new failures, drop ``derandomize``
# and raise ``max_examples`` locally (300 random pages found the two bugs
# pinned by the reproducers in this file).
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(page=pages(), published=st.sampled_from([None, "2017-01-19"]))
def test_every_span_of_a_result_slices_to_its_text(
    engine: Engine,
    page: Page,
    published: str | None,
) -> None:
    (result,) = list(engine.run([RawDocument(doc_id="p", text=page.text, published=published)]))
    assert isinstance(result, Result), result
    data = result.to_dict()
    assert data["text"] == page.text
    for path, span in _spans(data):
        assert 0 <= span["start"] <= span["end"] <= len(page.text), path
        if "text" in span:
            assert page.text[span["start"] : span["end"]] == span["text"], path
    _check_removed(page, result.removed)


def test_speaker_span_does_not_cross_removed_text(engine: Engine) -> None:
    text = (
        "1\nNews   /   Syria   /   Editor's Choice\n"
        "Russia says it is in talks with Iranian officials on preparations for the upcoming Syria peace talks."
    )
    (result,) = list(engine.run([RawDocument(doc_id="p", text=text)]))
    assert isinstance(result, Result)
    for path, span in _spans(result.to_dict()):
        if "text" in span:
            assert text[span["start"] : span["end"]] == span["text"], path


def test_actor_mention_does_not_cross_removed_text(engine: Engine) -> None:
    # Found by the property test with random draws: the mention of
    # "Representatives" reaches back over the blanked promotion line to "12".
    text = (
        "12\nPress TV’s website can also be accessed at the following alternate addresses:\n"
        "Representatives from the Syrian government are expected to take part in the Astana negotiations."
    )
    (result,) = list(engine.run([RawDocument(doc_id="p", text=text)]))
    assert isinstance(result, Result)
    for path, span in _spans(result.to_dict()):
        if "text" in span:
            assert text[span["start"] : span["end"]] == span["text"], path
