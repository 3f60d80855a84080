"""The records of the output contract (../shared/OUTPUT_SCHEMA.md, version 1).

Every shape newsgraph produces is a frozen, slotted dataclass defined here,
each with the same ``to_dict`` / ``from_dict`` pair. Dicts exist only at the
JSON and SQL boundaries. A span is always a pair of character offsets into
the document text exactly as read; its ``text`` is ``text[start:end]``.

Fields beyond the contract (``kind`` of a quote, ``goldstein`` of an event,
...) are extensions: they are added, never renamed or removed, so a reader
of contract version 1 keeps working.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCHEMA_VERSION = 1

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# CAMEO's country slot for a party the story does not place ("The rebels released five hostages": ---REB).
UNKNOWN_COUNTRY = "---"


def unplaced_code(code: str | None) -> bool:
    """Whether an actor code names an agent of unknown country (``---REB``), not one party."""
    return bool(code) and code.startswith(UNKNOWN_COUNTRY)  # type: ignore[union-attr]


# The role code of a political party as a body (the PLOVER agent code; actors' sectors.tsv).
PARTY_ROLE = "PTY"
# The CAMEO role code of a state's government.
GOVERNMENT_ROLE = "GOV"


def party_code(code: str | None) -> bool:
    """Whether an actor code names a political party as a body (``USAPTY``)."""
    return bool(code) and code[3:6] == PARTY_ROLE  # type: ignore[index]


@dataclass(frozen=True, slots=True)
class TextRange:
    """Offsets without text, as the contract gives an event's ``sentence``."""

    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TextRange:
        return cls(start=int(data["start"]), end=int(data["end"]))


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the document: offsets plus the words they cover."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span ``text[start:end]`` less surrounding whitespace, so text and offsets always agree.

        A fact's words never begin or end with white space; trimming here also
        drops the blanked boilerplate that a parse tree may attach to a phrase.
        """
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return cls(start=start, end=end, text=text[start:end])

    def overlap(self, start: int, end: int) -> int:
        """Characters this span shares with ``[start, end)``; zero or less when they do not meet."""
        return min(end, self.end) - max(start, self.start)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(start=int(data["start"]), end=int(data["end"]), text=str(data["text"]))


@dataclass(frozen=True, slots=True)
class RemovedSpan:
    """Page furniture that is not part of the story (navigation, caption, footer...).

    ``reason`` (an extension) says why the cleaner judged it so, for example
    why a caption was taken to belong to another story.
    """

    start: int
    end: int
    kind: str
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"start": self.start, "end": self.end, "kind": self.kind}
        if self.reason is not None:
            data["reason"] = self.reason
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RemovedSpan:
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            kind=str(data["kind"]),
            reason=data.get("reason"),
        )


@dataclass(frozen=True, slots=True)
class CodedSpan:
    """A span naming an actor in an event, with the actor's CAMEO code."""

    start: int
    end: int
    text: str
    code: str | None
    actor_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "code": self.code,
        }
        if self.actor_id is not None:
            data["actor_id"] = self.actor_id
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CodedSpan:
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            code=data.get("code"),
            actor_id=data.get("actor_id"),
        )


@dataclass(frozen=True, slots=True)
class Actor:
    """One actor of a document, with every mention of it.

    ``kind`` (extension): person, organization, country, region (a state or province), group, ...
    """

    id: str
    code: str | None
    name: str
    country: str | None
    sector: str | None
    mentions: tuple[Span, ...]
    kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "code": self.code,
            "name": self.name,
            "country": self.country,
            "sector": self.sector,
            "mentions": [mention.to_dict() for mention in self.mentions],
        }
        if self.kind is not None:
            data["kind"] = self.kind
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        return cls(
            id=str(data["id"]),
            code=data.get("code"),
            name=str(data["name"]),
            country=data.get("country"),
            sector=data.get("sector"),
            mentions=tuple(Span.from_dict(m) for m in data.get("mentions", [])),
            kind=data.get("kind"),
        )


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what.

    ``kind`` (extension) is ``direct``, ``mixed`` or ``reported``; ``direct``
    is true only when the whole content is inside quotation marks.
    ``anonymous`` (extension) marks unnamed sources ("an unnamed official").
    ``content_resolved`` (extension) is, for a content that is only a relative
    pronoun ("the victory, which she conceded"), the span of the words the
    pronoun stands for ("the victory"); the content itself stays as written.
    """

    content: Span
    speaker: Span | None
    speaker_resolved: Span | None
    speaker_actor: str | None
    cue: Span | None
    direct: bool
    kind: str = "direct"
    anonymous: bool = False
    content_resolved: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "content": self.content.to_dict(),
            "speaker": _optional_dict(self.speaker),
            "speaker_resolved": _optional_dict(self.speaker_resolved),
            "speaker_actor": self.speaker_actor,
            "cue": _optional_dict(self.cue),
            "direct": self.direct,
            "kind": self.kind,
            "anonymous": self.anonymous,
            "content_resolved": _optional_dict(self.content_resolved),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        return cls(
            content=Span.from_dict(data["content"]),
            speaker=_optional_span(data.get("speaker")),
            speaker_resolved=_optional_span(data.get("speaker_resolved")),
            speaker_actor=data.get("speaker_actor"),
            cue=_optional_span(data.get("cue")),
            direct=bool(data["direct"]),
            kind=str(data.get("kind", "direct" if data["direct"] else "reported")),
            anonymous=bool(data.get("anonymous", False)),
            content_resolved=_optional_span(data.get("content_resolved")),
        )


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened: a gazetteer entry."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
        }
        if self.geonameid is not None:
            data["geonameid"] = self.geonameid
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Location:
        return cls(
            name=str(data["name"]),
            country=data.get("country"),
            lat=data.get("lat"),
            lon=data.get("lon"),
            geonameid=data.get("geonameid"),
        )


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, one record per source-target dyad.

    Extensions: ``hypothetical`` (future, conditional or modal), ``reported_by``
    (the actor code whose speech carries the event), ``date_source``
    (``text`` when a time expression dated it, ``published`` otherwise),
    ``goldstein`` and ``quad_class`` from the CAMEO table, and ``group``
    shared by the events a compound actor expands into.
    """

    plover: str
    cameo: str
    mode: str | None
    negated: bool
    source: CodedSpan | None
    target: CodedSpan | None
    trigger: Span
    date: str | None
    date_text: str | None
    location: Location | None
    sentence: TextRange
    hypothetical: bool = False
    reported_by: str | None = None
    date_source: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    group: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "plover": self.plover,
            "cameo": self.cameo,
            "mode": self.mode,
            "negated": self.negated,
            "source": _optional_dict(self.source),
            "target": _optional_dict(self.target),
            "trigger": self.trigger.to_dict(),
            "date": self.date,
            "date_text": self.date_text,
            "location": _optional_dict(self.location),
            "sentence": self.sentence.to_dict(),
            "hypothetical": self.hypothetical,
            "reported_by": self.reported_by,
            "date_source": self.date_source,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "group": self.group,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        source = data.get("source")
        target = data.get("target")
        location = data.get("location")
        return cls(
            plover=str(data["plover"]),
            cameo=str(data["cameo"]),
            mode=data.get("mode"),
            negated=bool(data.get("negated", False)),
            source=CodedSpan.from_dict(source) if source else None,
            target=CodedSpan.from_dict(target) if target else None,
            trigger=Span.from_dict(data["trigger"]),
            date=data.get("date"),
            date_text=data.get("date_text"),
            location=Location.from_dict(location) if location else None,
            sentence=TextRange.from_dict(data["sentence"]),
            hypothetical=bool(data.get("hypothetical", False)),
            reported_by=data.get("reported_by"),
            date_source=data.get("date_source"),
            goldstein=data.get("goldstein"),
            quad_class=data.get("quad_class"),
            group=data.get("group"),
        )


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression normalised to a TIMEX3 value (``None`` when unresolvable).

    ``type`` (extension) is DATE, TIME, DURATION or SET; ``mod`` the TIMEX3
    modifier (START, MID, END, APPROX, ...).
    """

    start: int
    end: int
    text: str
    value: str | None
    type: str = "DATE"
    mod: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "type": self.type,
            "mod": self.mod,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Timex:
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            value=data.get("value"),
            type=str(data.get("type", "DATE")),
            mod=data.get("mod"),
        )


@dataclass(frozen=True, slots=True)
class Place:
    """A place-name mention resolved to a gazetteer entry.

    ``feature`` (extension) is the entry's kind (country, admin1, admin2,
    city, continent, region). A named road, park, stretch of land or township
    no gazetteer lists ("Mayfield Road", "Knox Park") has ``feature`` road,
    park, land or township, no ``geonameid``, and the point of the town the
    story is about: an approximation, never used as an event's location. A
    local place the gazetteer lacks ("Meadow Grove"; a small town whose only
    entries lie far from the story) is listed the same way as ``locality``.
    """

    start: int
    end: int
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
        }
        if self.feature is not None:
            data["feature"] = self.feature
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Place:
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data["text"]),
            name=str(data["name"]),
            country=data.get("country"),
            lat=data.get("lat"),
            lon=data.get("lon"),
            geonameid=data.get("geonameid"),
            feature=data.get("feature"),
        )


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A document as read, before any analysis: the text and what came with it."""

    doc_id: str
    text: str
    title: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    encoding: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "text": self.text,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "source": self.source,
            "encoding": self.encoding,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RawDocument:
        return cls(
            doc_id=str(data["doc_id"]),
            text=str(data["text"]),
            title=data.get("title"),
            published=data.get("published"),
            url=data.get("url"),
            source=data.get("source"),
            encoding=data.get("encoding"),
        )


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """A document that could not be processed, and why. The batch goes on."""

    doc_id: str
    stage: str
    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "stage": self.stage, "code": self.code, "message": self.message}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ErrorRecord:
        return cls(
            doc_id=str(data["doc_id"]),
            stage=str(data["stage"]),
            code=str(data["code"]),
            message=str(data["message"]),
        )


@dataclass(frozen=True, slots=True)
class Result:
    """Everything newsgraph found in one document: one line of ``extract --format jsonl``."""

    doc_id: str
    text: str
    title: str | None
    published: str | None
    removed: tuple[RemovedSpan, ...] = ()
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    timexes: tuple[Timex, ...] = ()
    places: tuple[Place, ...] = ()
    url: str | None = None
    schema_version: int = field(default=SCHEMA_VERSION)

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "text": self.text,
            "title": self.title,
            "published": self.published,
            "removed": [span.to_dict() for span in self.removed],
            "actors": [actor.to_dict() for actor in self.actors],
            "quotes": [quote.to_dict() for quote in self.quotes],
            "events": [event.to_dict() for event in self.events],
            "timexes": [timex.to_dict() for timex in self.timexes],
            "places": [place.to_dict() for place in self.places],
            "url": self.url,
            "schema_version": self.schema_version,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Result:
        return cls(
            doc_id=str(data["doc_id"]),
            text=str(data["text"]),
            title=data.get("title"),
            published=data.get("published"),
            removed=tuple(RemovedSpan.from_dict(d) for d in data.get("removed", [])),
            actors=tuple(Actor.from_dict(d) for d in data.get("actors", [])),
            quotes=tuple(Quote.from_dict(d) for d in data.get("quotes", [])),
            events=tuple(Event.from_dict(d) for d in data.get("events", [])),
            timexes=tuple(Timex.from_dict(d) for d in data.get("timexes", [])),
            places=tuple(Place.from_dict(d) for d in data.get("places", [])),
            url=data.get("url"),
            schema_version=int(data.get("schema_version", SCHEMA_VERSION)),
        )


def _optional_dict(record: Span | CodedSpan | Location | None) -> dict[str, Any] | None:
    return None if record is None else record.to_dict()


def _optional_span(data: dict[str, Any] | None) -> Span | None:
    return None if data is None else Span.from_dict(data)
