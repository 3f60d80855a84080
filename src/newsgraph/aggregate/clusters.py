"""Event clusters: the reports of one event across articles become one cluster.

Two event records are reports of the same event when they have the same
PLOVER type and dyad (source and target actor codes, and for a person the
surname: USALEG covers every legislator; two people of one surname are told
apart by their first names when both are known: Bill and Hillary Clinton),
dates within
``window_days`` of the cluster's first date, and compatible places (either
unknown, never two different countries, and when both have coordinates
within ``_SAME_PLACE_KM`` of each other or of the same name). An event with
one side only joins reports of its own document. Only asserted events are
clustered: negated and hypothetical ones report that something did not or
may happen (they feed the contradictions instead), and events with no coded
actor cannot be told apart.
An uncoded side of the dyad matches by its words, a pronoun only within its
own document.

A cluster counts its mentions (event records), articles (documents) and
sources (outlets: the url's host, else the doc id), like GDELT's NumMentions,
NumArticles and NumSources, and keeps its first and last report.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from newsgraph.aggregate._common import (
    ActorRef,
    Item,
    given_names,
    identifying,
    named,
    party,
    same_given_names,
    span_evidence,
)
from newsgraph.extract.geo import km_between
from newsgraph.records import CodedSpan, Location
from newsgraph.store import Cluster, Mention

DEFAULT_WINDOW_DAYS = 3
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us"})
# Two coordinates this close name the same place (a city and its airport, districts).
_SAME_PLACE_KM = 50.0


def clusterable(item: Item) -> bool:
    event = item.event
    codes = (event.source.code if event.source else None, event.target.code if event.target else None)
    return not event.negated and not event.hypothetical and any(codes)


def places_compatible(a: Location | None, b: Location | None) -> bool:
    """Whether two event locations can be the same place (unknown is compatible with anything)."""
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.name.casefold() == b.name.casefold():
        return True
    if None not in (a.lat, a.lon, b.lat, b.lon):
        return _km(a, b) <= _SAME_PLACE_KM
    # Same (or unknown) country, different names, no coordinates to compare:
    # one may be the country ("Syria") and the other a town in it, so they may agree.
    return True


def _km(a: Location, b: Location) -> float:
    return km_between(a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0)


@dataclass(slots=True)
class _Open:
    """A cluster being built."""

    anchor: date | None
    location: Location | None
    items: list[Item] = field(default_factory=list)
    # The first person named in full on each side: the partition holds one surname, not one person.
    source_person: ActorRef | None = None
    target_person: ActorRef | None = None

    def accepts(self, item: Item, window: int) -> bool:
        if not places_compatible(self.location, item.event.location):
            return False
        if not (same_given_names(self.source_person, item.source_actor)
                and same_given_names(self.target_person, item.target_actor)):
            return False  # "Bill Clinton" attacking Sanders is not "Hillary Clinton" attacking him
        if self.anchor is None or item.day is None:
            return True
        return abs((item.day - self.anchor).days) <= window

    def add(self, item: Item) -> None:
        self.items.append(item)
        if self.anchor is None:
            self.anchor = item.day
        if self.location is None:
            self.location = item.event.location
        self.source_person = self.source_person or _full_name(item.source_actor)
        self.target_person = self.target_person or _full_name(item.target_actor)


def _full_name(actor: ActorRef | None) -> ActorRef | None:
    """The actor when its name has a first name to tell it from others of its surname."""
    return actor if given_names(actor) else None


def _side(item: Item, span: CodedSpan | None, person: str | None) -> str:
    """One side of the dyad as a key: the actor code (with a person's surname); an uncoded actor by its words.

    An uncoded pronoun ("he") names different people in different articles,
    and an unplaced agent (``---REB``) unknown ones, so they only join
    reports of the same document. So does a missing side: "Clinton attacked"
    in two articles of one week are as often two attacks as one (in 26
    such cross-outlet clusters of US political news, 8 were one event).
    """
    if span is None:
        return f"~{item.found.document_id}:"
    if span.code and identifying(span.code) is None:
        return f"~{item.found.document_id}:{span.code}"  # "---REB": some rebels, this story's
    if span.code:
        return party(span.code, person) or ""  # "USALEG/ryan": Collins endorsing Trump is another event
    words = " ".join(span.text.casefold().split())
    if words in _PRONOUNS:
        return f"~{item.found.document_id}:{words}"
    return f"~{words}"


def _key(item: Item) -> tuple[str, str, str]:
    event = item.event
    return (event.plover, _side(item, event.source, item.source_person), _side(item, event.target, item.target_person))


def cluster_key(item: Item) -> str | None:
    """The partition an event is clustered in (its PLOVER type and dyad), as text; None when not clusterable.

    Only events with the same key can share a cluster, so each key's clusters
    can be rebuilt from that key's events alone.
    """
    return json.dumps(_key(item), ensure_ascii=False) if clusterable(item) else None


def group_events(items: Sequence[Item], *, window_days: int = DEFAULT_WINDOW_DAYS) -> list[list[Item]]:
    """The reports of each event, grouped; each group in report order, groups by first date."""
    by_key: dict[tuple[str, str, str], list[Item]] = {}
    for item in items:
        if clusterable(item):
            by_key.setdefault(_key(item), []).append(item)
    groups: list[list[Item]] = []
    for key in sorted(by_key):
        # Dated reports first, in date order, so each cluster is anchored on its earliest date.
        ordered = sorted(by_key[key], key=lambda it: (it.day is None, it.day or date.min))
        open_clusters: list[_Open] = []
        for item in ordered:
            home = next((c for c in open_clusters if c.accepts(item, window_days)), None)
            if home is None:
                home = _Open(anchor=None, location=None)
                open_clusters.append(home)
            home.add(item)
        groups.extend(c.items for c in open_clusters)
    groups.sort(key=lambda g: (min((it.day for it in g if it.day), default=date.max), _key(g[0])))
    return [sorted(g, key=lambda it: (it.found.document_id, it.found.index)) for g in groups]


def _most_common(values: Sequence[str | None]) -> str | None:
    present = [v for v in values if v]
    if not present:
        return None
    counts = Counter(present)
    return max(counts, key=lambda v: (counts[v], -present.index(v)))


def build_clusters(groups: Sequence[Sequence[Item]]) -> list[Cluster]:
    """Cluster records of ``group_events`` groups, numbered from 1 in their order (the store renumbers them)."""
    clusters = []
    for number, group in enumerate(groups, start=1):
        events = [it.event for it in group]
        days = sorted(d.isoformat() for d in (it.day for it in group) if d)
        reports = sorted(p for p in (it.found.published for it in group) if p)
        first = min(group, key=lambda it: (it.found.published or "~", it.found.document_id))
        location = next((e.location for e in events if e.location is not None), None)
        clusters.append(Cluster(
            id=number,
            plover=events[0].plover,
            cameo=_most_common([e.cameo for e in events]) or events[0].cameo,
            source_code=events[0].source.code if events[0].source else None,
            source_name=_most_common([named(it.event.source, it.source_actor) for it in group]),
            target_code=events[0].target.code if events[0].target else None,
            target_name=_most_common([named(it.event.target, it.target_actor) for it in group]),
            first_date=days[0] if days else None,
            last_date=days[-1] if days else None,
            first_report=reports[0] if reports else None,
            last_report=reports[-1] if reports else None,
            num_mentions=len(group),
            num_sources=len({it.found.outlet for it in group}),
            num_articles=len({it.found.document_id for it in group}),
            location=location,
            goldstein=next((e.goldstein for e in events if e.goldstein is not None), None),
            quad_class=next((e.quad_class for e in events if e.quad_class is not None), None),
            source_url=first.found.url,
            mentions=tuple(Mention(it.found.outlet, it.found.index, span_evidence(it.found, it.event.trigger))
                           for it in group),
        ))
    return clusters
