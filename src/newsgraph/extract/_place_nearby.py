"""Which candidate entries of a story's names lie close to a candidate of another name.

Owns the spatial side of disambiguation. A local story's places lie near one
another: "Huntsville" and "Walker County" are each in Texas and in Alabama,
but only in Texas is the town inside the county; "Paris" and "Henry County"
meet only in Tennessee. :func:`close_entries` finds, for the towns and
counties a story could mean, those with a candidate of another of its names
within a county's width, so the resolver can prefer a reading in which the
names cohere. States, countries and regions are too large to say anything
by distance and take no part.
"""

from __future__ import annotations

import math
from collections import defaultdict

from newsgraph.extract._gazetteer import Entry, Hit
from newsgraph.extract.geo import km_between

# Two places of a local story this close are neighbours: about a county's width,
# since a county's point is the middle of its towns.
NEAR_KM = 50.0
# Big cities are neighbours farther apart: a story names them as a region's landmarks.
BIG_NEIGHBOUR_POPULATION = 100_000
BIG_NEAR_KM = 200.0
_CELL_DEGREES = 1.0  # grid cells for the neighbour search: NEAR_KM fits in one up to 60 degrees north
_POINT_FEATURES = frozenset({"city", "admin2"})


def close_entries(candidates: dict[str, tuple[Hit, ...]]) -> frozenset[int]:
    """The ids of entries (towns and counties) with an entry of another name within ``NEAR_KM``.

    ``candidates`` maps each name of the story to its hits. Names sharing an
    entry ("Springfield" and "Springfield, Ill.") are one name here.
    """
    cells: dict[tuple[int, int], list[tuple[str, Entry]]] = defaultdict(list)
    # A name that could be a US state ("New York", "Washington") is not decided by
    # distance: the state has no point to be near, and its city would win only for
    # lying in a crowded part of the map. Its towns still count as others' neighbours.
    states = {key for key, hits in candidates.items() if any(hit.entry.feature == "admin1" for hit in hits)}
    for key, hits in candidates.items():
        for hit in hits:
            entry = hit.entry
            if entry.feature in _POINT_FEATURES and entry.lat is not None and entry.lon is not None:
                cells[_cell(entry.lat, entry.lon)].append((key, entry))
    close: set[int] = set()
    for (row, column), members in cells.items():
        neighbours = [
            item
            for d_row in (-1, 0, 1)
            for d_column in (-1, 0, 1)
            for item in cells.get((row + d_row, column + d_column), ())
        ]
        for key, entry in members:
            if key in states or id(entry) in close:
                continue
            if any(
                key != other_key and entry is not other and _km(entry, other) <= NEAR_KM
                for other_key, other in neighbours
            ):
                close.add(id(entry))
    return frozenset(close | _big_city_neighbours(candidates, states))


def _big_city_neighbours(candidates: dict[str, tuple[Hit, ...]], states: set[str]) -> set[int]:
    """Cities of ``BIG_NEIGHBOUR_POPULATION`` people within ``BIG_NEAR_KM`` of a big city of another name:
    "Buffalo and Rochester" are New York's cities, farther apart than ``NEAR_KM`` but as surely
    a pair as two Indiana villages of those names."""
    big = [
        (key, hit.entry)
        for key, hits in candidates.items()
        if key not in states
        for hit in hits
        if hit.entry.feature == "city" and hit.entry.population >= BIG_NEIGHBOUR_POPULATION and hit.entry.lat is not None
    ]
    return {
        id(entry)
        for key, entry in big
        if any(key != other_key and _km(entry, other) <= BIG_NEAR_KM for other_key, other in big)
    }


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(math.floor(lat / _CELL_DEGREES)), int(math.floor(lon / _CELL_DEGREES))


def _km(one: Entry, other: Entry) -> float:
    return km_between(one.lat or 0.0, one.lon or 0.0, other.lat or 0.0, other.lon or 0.0)
