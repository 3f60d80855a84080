"""Cut an article into segments, each knowing which facts cover it, for the article view.

Facts overlap (an actor mention inside a quote), so the text is cut at every
span boundary and each segment lists all facts over it. The text itself is
never altered: joining the segments gives the stored text back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsgraph.records import Result, Span


@dataclass(frozen=True, slots=True)
class Fact:
    """One highlighted thing: what it is, a short label, its details and its evidence span."""

    id: str
    kind: str
    label: str
    start: int
    end: int
    details: dict[str, Any]

    def to_dict(self, text: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "label": self.label,
            "details": self.details,
            "evidence": {"start": self.start, "end": self.end, "text": text[self.start : self.end]},
        }


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    text: str
    facts: tuple[str, ...]
    kinds: tuple[str, ...]


def facts_of(result: Result) -> list[Fact]:
    """Every fact of a stored result that has a span, in a stable order."""
    facts: list[Fact] = []
    for index, removed in enumerate(result.removed):
        facts.append(Fact(f"r{index}", "removed", removed.kind, removed.start, removed.end,
                          {"kind": removed.kind, "reason": removed.reason}))
    for actor in result.actors:
        for number, mention in enumerate(actor.mentions):
            facts.append(Fact(f"{actor.id}-m{number}", "actor", actor.code or actor.name, mention.start, mention.end,
                              {"actor": actor.name, "code": actor.code, "actor_id": actor.id}))
    for index, quote in enumerate(result.quotes):
        details = {
            "speaker": _text(quote.speaker),
            "speaker_resolved": _text(quote.speaker_resolved),
            "speaker_actor": quote.speaker_actor,
            "cue": _text(quote.cue),
            "kind": quote.kind,
            "anonymous": quote.anonymous,
            "content_resolved": _text(quote.content_resolved),
        }
        facts.append(Fact(f"q{index}", "quote", _speaker_label(quote.speaker, quote.speaker_resolved),
                          quote.content.start, quote.content.end, details))
    for index, event in enumerate(result.events):
        dyad = f"{_code(event.source)} → {_code(event.target)}"
        details = {
            "plover": event.plover, "cameo": event.cameo, "source": _code(event.source),
            "target": _code(event.target), "negated": event.negated, "hypothetical": event.hypothetical,
            "date": event.date, "location": None if event.location is None else event.location.name,
        }
        facts.append(Fact(f"e{index}", "event", f"{event.plover} {dyad}", event.trigger.start, event.trigger.end,
                          details))
    for index, timex in enumerate(result.timexes):
        facts.append(Fact(f"t{index}", "timex", timex.value or "?", timex.start, timex.end,
                          {"value": timex.value, "type": timex.type}))
    for index, place in enumerate(result.places):
        facts.append(Fact(f"p{index}", "place", place.name, place.start, place.end,
                          {"name": place.name, "country": place.country, "lat": place.lat, "lon": place.lon}))
    return facts


def segments(text: str, facts: list[Fact]) -> list[Segment]:
    """The text cut at every fact boundary; segments outside every fact carry no facts."""
    cuts = {0, len(text)}
    for fact in facts:
        if 0 <= fact.start < fact.end <= len(text):
            cuts.update((fact.start, fact.end))
    ordered = sorted(cuts)
    pieces: list[Segment] = []
    for start, end in zip(ordered, ordered[1:]):
        covering = [fact for fact in facts if fact.start <= start and end <= fact.end]
        kinds = tuple(sorted({fact.kind for fact in covering}))
        pieces.append(Segment(start, end, text[start:end], tuple(f.id for f in covering), kinds))
    return pieces


def _text(span: Span | None) -> str | None:
    return None if span is None else span.text


def _code(coded: Any) -> str:
    return "—" if coded is None or coded.code is None else str(coded.code)


def _speaker_label(speaker: Span | None, resolved: Span | None) -> str:
    if resolved is not None:
        return resolved.text
    return speaker.text if speaker is not None else "unattributed"
