"""Hand-built actor records for event tests: the events extractor alone, whatever the actors layer would find."""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language

from newsgraph.extract.events import find_events
from newsgraph.records import Actor, Event, Span

PUBLISHED = "2017-01-19"
Dyad = tuple[str, str | None, str | None]
# A party a coverage row does not check: the type and the other party are what the row is about.
ANY = "*"


def hand_built_actors(text: str, codes: dict[str, str], kind: str | None = None) -> tuple[Actor, ...]:
    """One actor per phrase, with a mention at every whole-word occurrence; ``---`` codes have no country."""
    actors = []
    for number, (phrase, code) in enumerate(codes.items(), start=1):
        mentions = tuple(
            Span.of(text, match.start(), match.end()) for match in re.finditer(rf"\b{re.escape(phrase)}\b", text)
        )
        assert mentions, phrase
        country = None if code.startswith("---") else code[:3]
        actors.append(Actor(f"a{number}", code, phrase, country, code[3:6] or None, mentions, kind))
    return tuple(actors)


def coded_events(nlp: Language, text: str, codes: dict[str, str], kind: str | None = None,
                 **extra: Any) -> tuple[Event, ...]:
    """The events of ``text`` over hand-built actors; ``extra`` overrides find_events' other inputs."""
    arguments: dict[str, Any] = {"timexes": (), "locations": {}, "quotes": (), "published": PUBLISHED}
    arguments.update(extra)
    return find_events(nlp(text), text, actors=hand_built_actors(text, codes, kind), **arguments)


def dyads_of(events: tuple[Event, ...]) -> set[Dyad]:
    """(CAMEO code, source code, target code) of each event that is not negated."""
    return {
        (event.cameo, event.source.code if event.source else None, event.target.code if event.target else None)
        for event in events
        if not event.negated
    }


def dyads(nlp: Language, text: str, codes: dict[str, str], kind: str | None = None) -> set[Dyad]:
    return dyads_of(coded_events(nlp, text, codes, kind))


def typed_events(text: str, published: str = PUBLISHED) -> list[tuple[str, str, str | None, str | None]]:
    """(PLOVER type, CAMEO code, source code, target code) of each event of ``text`` that is not negated,
    run through the whole pipeline."""
    from newsgraph.process import extract

    return [
        (event.plover, event.cameo, event.source.code if event.source else None,
         event.target.code if event.target else None)
        for event in extract(text, published=published).events
        if not event.negated
    ]


def codes_as(text: str, published: str, plover: str, root: str, source: str | None, target: str | None) -> bool:
    """Whether ``text`` codes an event of type ``plover`` and CAMEO root ``root`` from ``source`` to ``target``
    (either may be ``ANY``)."""
    return any(
        kind == plover and code[:2] == root and source in (ANY, got_source) and target in (ANY, got_target)
        for kind, code, got_source, got_target in typed_events(text, published)
    )


def assert_codes_as(text: str, published: str, plover: str, root: str, source: str | None, target: str | None) -> None:
    """Fails with every event of ``text`` unless it codes the event :func:`codes_as` describes."""
    assert codes_as(text, published, plover, root, source, target), typed_events(text, published)


def plover_types(text: str, published: str = PUBLISHED) -> set[str]:
    """The PLOVER types of the events of ``text`` that are not negated, through the whole pipeline."""
    return {kind for kind, _, _, _ in typed_events(text, published)}


def pipeline_dyads(text: str, published: str = PUBLISHED) -> set[Dyad]:
    """The dyads of ``text`` run through the whole pipeline, actors and all."""
    from newsgraph.process import extract

    return dyads_of(extract(text, published=published).events)


def engine_events(engine: Any, text: str, *, published: str = "2025-03-04") -> list[tuple[Any, ...]]:
    """(trigger, CAMEO code, source code, target code, negated, hypothetical) of each event of ``text``
    run through the whole engine, actors and all."""
    from newsgraph.records import RawDocument

    (result,) = list(engine.run([RawDocument(doc_id="case", text=text, published=published)]))
    return [
        (event.trigger.text, event.cameo, event.source.code if event.source else None,
         event.target.code if event.target else None, event.negated, event.hypothetical)
        for event in result.events
    ]
