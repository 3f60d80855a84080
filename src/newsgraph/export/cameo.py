"""What a CAMEO actor code is made of: its country or identity, known group, ethnic and religious codes, roles.

CAMEO (manual 1.1b3, 3.1.5 and 3.1.9) puts an identity first when no
country places a group: a region's states (``WST``, ``MEAGOV``), an ethnic
group (``KURREB``) or a religion with its denomination (``MOSSHIREB``). With
a country, the identity follows the country and its primary role
(``IRQKUR``, ``IRQREBKUR``, ``IRQKURCVL``). The extractors write these codes
(``extract/resources/actors/identities.tsv``); the export and the
aggregations only read them, and may not import the extractors, so the few
codes they need are listed here (``tests/export/test_cameo_codes.py`` holds
them to ``identities.tsv``).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.records import unplaced_code

# CAMEO's international regions (manual table 3.3). GDELT's country lookup (CAMEO.country.txt) lists them
# with the countries, so a region is an actor's CountryCode there.
REGIONS = frozenset({
    "AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM", "MDT", "MEA",
    "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WST",
})
# The ethnic codes the actor lexicon writes (CAMEO's ethnic scheme, upper-cased inside an actor code).
ETHNIC = frozenset({"ARA", "BAL", "BER", "HUT", "KUR", "PUS", "TAM", "TTS", "UIG"})
# Religions (the religious scheme's first trio) and denominations (its second) the actor lexicon writes.
RELIGIONS = frozenset({"BUD", "CHR", "HIN", "JEW", "MOS", "SIK"})
DENOMINATIONS = frozenset({"CTH", "PRO", "SHI", "SUN"})
# First trios that name a kind of organisation, followed by the organisation's own code ("IGOUNO").
GROUP_PREFIXES = frozenset({"IGO", "NGO", "MNC", "IMG", "INS"})


@dataclass(frozen=True, slots=True)
class ActorParts:
    """An actor code split into GDELT's actor fields; ``ethnic`` in lower case, as GDELT's ethnic lookup has it."""

    country: str | None = None
    known_group: str | None = None
    ethnic: str | None = None
    religion1: str | None = None
    religion2: str | None = None
    types: tuple[str, ...] = ()


def identity_prefix(code: str | None) -> str | None:
    """The identity a code opens with: a region ("WST" of "WSTGOV"), an ethnic group ("KUR" of "KURREB"), a
    religion with its denomination ("MOSSHI" of "MOSSHIREB", "MOS" of "MOSREB"); None for a country's code."""
    if not code or len(code) < 3:
        return None
    first = code[:3]
    if first in RELIGIONS:
        return code[:6] if code[3:6] in DENOMINATIONS else first
    return first if first in REGIONS or first in ETHNIC else None


def party_root(code: str) -> str:
    """What two codes must share to be one party or one a refinement of the other: the identity for a code
    that opens with one ("MOSSHI": Shia and Sunni groups are two parties, and neither refines "MOS"), else the
    country, as before ("RUS" for "RUSGOV"; "IRQ" for "IRQKUR")."""
    return identity_prefix(code) or code[:3]


def actor_parts(code: str | None) -> ActorParts:
    """GDELT's fields of an actor code: "KURREB" has no country, ethnic "kur" and type REB; "IRQREBKUR"
    country IRQ, type REB, ethnic "kur"; "MOSSHI" religions MOS and SHI; a region ("MEAGOV") is the
    country field's, as in GDELT's country lookup; "---REB" (unplaced) has no country."""
    if not code:
        return ActorParts()
    country = known_group = None
    first = code[:3]
    identity = identity_prefix(code)
    if first in GROUP_PREFIXES:
        known_group, rest = code[3:6] or None, code[6:]
    elif unplaced_code(code):
        rest = code[3:]
    elif identity is None or first in REGIONS:
        country, rest = first, code[3:]
    else:
        rest = code  # an ethnic or religious group no country places: its identity is read below
    ethnic = religion1 = religion2 = None
    types: list[str] = []
    for start in range(0, len(rest), 3):
        trio = rest[start:start + 3]
        if trio in ETHNIC and ethnic is None:
            ethnic = trio.lower()
        elif trio in RELIGIONS and religion1 is None:
            religion1 = trio
        elif trio in DENOMINATIONS and religion1 is not None and religion2 is None:
            religion2 = trio
        else:
            types.append(trio)
    return ActorParts(country, known_group, ethnic, religion1, religion2, tuple(types[:3]))
