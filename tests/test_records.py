"""Every record survives to_dict/from_dict, and every output validates against the shipped schema."""

from __future__ import annotations

import json

import pytest

import newsgraph
from newsgraph.records import (
    Actor,
    CodedSpan,
    ErrorRecord,
    Event,
    Location,
    Place,
    Quote,
    RawDocument,
    RemovedSpan,
    Result,
    Span,
    TextRange,
    Timex,
)
from newsgraph.schema import contract_schema, validation_errors

TEXT = "Moscow invited the US on Thursday, Lavrov said in Astana."


def _full_result() -> Result:
    moscow = Span.of(TEXT, 0, 6)
    us = Span.of(TEXT, 19, 21)
    return Result(
        doc_id="hand-1",
        text=TEXT,
        title="Invitation",
        published="2017-01-19",
        removed=(RemovedSpan(0, 0, "navigation", reason="empty"),),
        actors=(
            Actor("a1", "RUSGOV", "Russia (government)", "RUS", "GOV", (moscow,), kind="country"),
            Actor("a2", "USAGOV", "United States (government)", "USA", "GOV", (us,)),
        ),
        quotes=(
            Quote(
                content=Span.of(TEXT, 0, 33),
                speaker=Span.of(TEXT, 35, 41),
                speaker_resolved=None,
                speaker_actor="RUSGOV",
                cue=Span.of(TEXT, 42, 46),
                direct=False,
                kind="reported",
            ),
        ),
        events=(
            Event(
                plover="CONSULT",
                cameo="036",
                mode=None,
                negated=False,
                source=CodedSpan(0, 6, "Moscow", "RUSGOV", "a1"),
                target=CodedSpan(19, 21, "US", "USAGOV", "a2"),
                trigger=Span.of(TEXT, 7, 14),
                date="2017-01-19",
                date_text="on Thursday",
                location=Location("Astana", "KAZ", 51.18, 71.45, 1526273),
                sentence=TextRange(0, len(TEXT)),
                goldstein=4.0,
                quad_class=1,
                date_source="text",
            ),
        ),
        timexes=(Timex(22, 33, TEXT[22:33], "2017-01-19"),),
        places=(Place(50, 56, "Astana", "Astana", "KAZ", 51.18, 71.45, 1526273, feature="city"),),
    )


RECORDS = [
    Span.of(TEXT, 0, 6),
    TextRange(1, 2),
    RemovedSpan(0, 5, "caption", reason="names no one in the story"),
    CodedSpan(0, 6, "Moscow", "RUSGOV"),
    Location("Astana", "KAZ", 51.18, 71.45),
    RawDocument("d", "text", published="2017-01-19"),
    ErrorRecord("d", "ingest", "E003", "empty"),
    *_full_result().actors,
    *_full_result().quotes,
    *_full_result().events,
    *_full_result().timexes,
    *_full_result().places,
    _full_result(),
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_round_trip(record: object) -> None:
    data = record.to_dict()  # type: ignore[attr-defined]
    again = type(record).from_dict(json.loads(json.dumps(data)))  # type: ignore[attr-defined]
    assert again == record


def test_records_are_frozen() -> None:
    span = Span.of(TEXT, 0, 6)
    with pytest.raises(AttributeError):
        span.start = 3  # type: ignore[misc]


def test_hand_built_result_validates() -> None:
    assert validation_errors(_full_result().to_dict()) == []


def test_schema_catches_broken_records() -> None:
    data = _full_result().to_dict()
    del data["actors"]
    data["events"][0]["plover"] = "INVADE"
    data["quotes"][0]["content"]["text"] = "not what the offsets say"
    problems = validation_errors(data)
    assert any("actors" in problem for problem in problems)
    assert any("INVADE" in problem for problem in problems)
    assert any("not text[" in problem for problem in problems)


def test_schema_lists_every_contract_key() -> None:
    required = set(contract_schema()["required"])
    assert required == {"doc_id", "text", "title", "published", "removed", "actors", "quotes", "events", "timexes", "places"}
    assert required <= set(_full_result().to_dict())


def test_reference_article_output_validates(astana_result: Result) -> None:
    assert validation_errors(astana_result.to_dict()) == []


def test_public_api_is_sorted_and_complete() -> None:
    assert newsgraph.__all__ == sorted(newsgraph.__all__)
    for name in newsgraph.__all__:
        assert getattr(newsgraph, name) is not None
