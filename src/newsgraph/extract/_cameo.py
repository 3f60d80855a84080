"""The CAMEO code table: name, Goldstein score, quad class, PLOVER type and mode per code.

Read once from ``resources/events/cameo.tsv`` (compiled from GDELT's CAMEO
tables and the PLOVER project's CAMEO-to-PLOVER table, see the README there).
A code missing from the table, or without a PLOVER type of its own, borrows
from its nearest parent (``0841`` -> ``084`` -> ``08``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class CameoEntry:
    """One CAMEO event code and what the tables say about it."""

    code: str
    name: str
    goldstein: float | None
    quad_class: int | None
    plover: str | None
    mode: str | None


@lru_cache(maxsize=1)
def cameo_table() -> Mapping[str, CameoEntry]:
    """Every CAMEO code in the packaged table, by code (leading zeros kept)."""
    text = (resources.files("newsgraph.extract") / "resources" / "events" / "cameo.tsv").read_text(encoding="utf-8")
    table: dict[str, CameoEntry] = {}
    header_seen = False
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        code, name, goldstein, quad, plover, mode = line.split("\t")
        table[code] = CameoEntry(
            code=code,
            name=name,
            goldstein=float(goldstein) if goldstein else None,
            quad_class=int(quad) if quad else None,
            plover=plover or None,
            mode=mode or None,
        )
    return table


def _parents(code: str) -> tuple[str, ...]:
    return tuple(code[:n] for n in (len(code), 3, 2) if n <= len(code))


@lru_cache(maxsize=512)
def lookup(code: str) -> CameoEntry:
    """The entry for ``code``, filling gaps (PLOVER type, Goldstein) from its parents.

    Root ``08`` and a few codes have no PLOVER type of their own; CAMEO roots
    01 and 02 have none at all (PLOVER dropped them), so theirs stays None.
    """
    table = cameo_table()
    found = [table[key] for key in _parents(code) if key in table]
    if not found:
        return CameoEntry(code=code, name="", goldstein=None, quad_class=None, plover=None, mode=None)
    first = found[0]
    plover = next((entry.plover for entry in found if entry.plover), None)
    goldstein = next((entry.goldstein for entry in found if entry.goldstein is not None), None)
    quad = next((entry.quad_class for entry in found if entry.quad_class is not None), None)
    return CameoEntry(code=code, name=first.name, goldstein=goldstein, quad_class=quad, plover=plover, mode=first.mode)
