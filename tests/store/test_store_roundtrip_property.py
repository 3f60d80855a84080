"""For any result, storing it and reading it back gives the same contract dict (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.records import Actor, CodedSpan, Event, Location, Quote, RemovedSpan, Result, Span, TextRange, Timex
from newsgraph.store import Store

_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)
_MAYBE = st.none() | st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=8)


@st.composite
def results(draw: st.DrawFn) -> Result:
    text = draw(_TEXT)

    def span() -> Span:
        start = draw(st.integers(0, len(text)))
        return Span.of(text, start, draw(st.integers(start, len(text))))

    def coded() -> CodedSpan | None:
        if draw(st.booleans()):
            return None
        s = span()
        return CodedSpan(s.start, s.end, s.text, draw(_MAYBE), draw(_MAYBE))

    actors = tuple(
        Actor(id=f"a{i}", code=draw(_MAYBE), name=draw(_TEXT), country=draw(_MAYBE), sector=draw(_MAYBE),
              mentions=tuple(span() for _ in range(draw(st.integers(0, 2)))), kind=draw(_MAYBE))
        for i in range(draw(st.integers(0, 2)))
    )
    quotes = tuple(
        Quote(content=span(), speaker=span() if draw(st.booleans()) else None, speaker_resolved=None,
              speaker_actor=draw(_MAYBE), cue=None, direct=draw(st.booleans()), anonymous=draw(st.booleans()),
              content_resolved=span() if draw(st.booleans()) else None)
        for _ in range(draw(st.integers(0, 2)))
    )
    location = st.none() | st.builds(Location, name=_TEXT, country=_MAYBE,
                                     lat=st.none() | st.floats(-90, 90), lon=st.none() | st.floats(-180, 180))
    events = tuple(
        Event(plover="AGREE", cameo="036", mode=draw(_MAYBE), negated=draw(st.booleans()), source=coded(),
              target=coded(), trigger=span(), date=draw(_MAYBE), date_text=draw(_MAYBE), location=draw(location),
              sentence=TextRange(0, len(text)), hypothetical=draw(st.booleans()),
              goldstein=draw(st.none() | st.floats(-10, 10)), quad_class=draw(st.none() | st.integers(1, 4)))
        for _ in range(draw(st.integers(0, 2)))
    )
    timex_spans = [span() for _ in range(draw(st.integers(0, 1)))]
    timexes = tuple(Timex(s.start, s.end, s.text, draw(_MAYBE)) for s in timex_spans)
    removed = tuple(RemovedSpan(s.start, s.end, "navigation", draw(_MAYBE))
                    for s in [span() for _ in range(draw(st.integers(0, 1)))])
    return Result(doc_id=draw(_TEXT), text=text, title=draw(_MAYBE), published=draw(_MAYBE), url=draw(_MAYBE),
                  removed=removed, actors=actors, quotes=quotes, events=events, timexes=timexes)


@settings(max_examples=60, deadline=None)
@given(st.lists(results(), min_size=1, max_size=3))
def test_stored_results_come_back_unchanged(batch: list[Result]) -> None:
    with Store.open(":memory:") as store:
        store.ingest_results(batch)
        # One document per content: an empty date or url is no date or url (the first copy is kept).
        unique = list({(r.text, r.published or "", r.url or ""): r for r in reversed(batch)}.values())[::-1]
        assert sorted(str(r.to_dict()) for r in store.results()) == sorted(str(r.to_dict()) for r in unique)
