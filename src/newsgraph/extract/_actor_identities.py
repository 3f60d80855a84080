"""Groups that are no state: the states of a region, ethnic and religious groups (``identities.tsv``).

CAMEO (manual 1.1b3, 3.1.5 and 3.1.9) puts such an identity first when no
country places the group ("Kurdish rebels" ``KURREB``, "Shiite militias"
``MOSSHIREB``, "the Kurds" ``KUR``), and after the country and its primary
role when one does ("Iraqi Kurds" ``IRQKUR``, "Iraqi Kurdish rebels"
``IRQREBKUR``, "Kurdish civilians in Iraq" ``IRQKURCVL``). A region's
states with a role that has no sector of its own are their governments
("African leaders" ``AFRGOV``); an ethnic or religious group's leaders are
the group's ("Shiite leaders" ``MOSSHI``).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from newsgraph.extract._actor_lexicon import data_rows
from newsgraph.extract._actor_match import Match
from newsgraph.extract._actor_names import members_in

if TYPE_CHECKING:  # the scene's role grammar composes identities: imported there at run time
    from spacy.tokens import Doc, Token

    from newsgraph.extract._actor_scene import Scene

# CAMEO's primary role codes (manual table 3.1) come before an ethnic or religious code, the
# secondary and tertiary ones after it: "a Muslim student dissident" is XXXOPPMOSEDU.
PRIMARY_SECTORS = frozenset({"COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF"})
_PACKAGE = "newsgraph.extract.resources.actors"
# How a word modifies the noun after it ("Kurdish villagers", "Gulf states").
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# Prepositions that make a region a place, not a party ("in the West").
_LOCATIVE = frozenset({"in", "at", "across", "throughout", "within", "into", "inside", "around"})


@lru_cache(maxsize=1)
def identity_codes() -> dict[str, str]:
    """The identity part of every code of ``identities.tsv`` -> its display name ("KUR" -> "Kurds",
    "MOSSHI" -> "Shia Muslims"); a region's code with a role ("MEAGOV") gives its region ("MEA")."""
    names: dict[str, str] = {}
    for _phrase, code, kind, _use, display in data_rows("identities.tsv", 5):
        part = code if kind == "religion" else code[:3]
        names.setdefault(part, display.split(" (")[0])
    return names


@lru_cache(maxsize=1)
def _group_nouns() -> frozenset[str]:
    text = resources.files(_PACKAGE).joinpath("identity_groups.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def identity_prefix(code: str | None) -> str | None:
    """The identity a code opens with ("MOSSHI" of "MOSSHIREB", "KUR" of "KUR"), or None for a
    country's or an organisation's code."""
    if not code:
        return None
    codes = identity_codes()
    for length in (9, 6, 3):
        if len(code) >= length and code[:length] in codes:
            return code[:length]
    return None


def with_identity(code: str, identity: str) -> str:
    """A country's code with an identity in CAMEO's place: after a primary role, before a
    secondary one ("IRQ" -> "IRQKUR", "IRQREB" -> "IRQREBKUR", "IRQCVL" -> "IRQKURCVL")."""
    country, rest = code[:3], code[3:]
    if rest[:3] in PRIMARY_SECTORS:
        return country + rest[:3] + identity + rest[3:]
    return country + identity + rest


def identity_code(match: Match, suffix: str | None) -> str:
    """The code of a group no country places: its identity, then its role ("KURREB"); a region's
    states led by someone without a sector are their governments ("AFRGOV")."""
    code = match.entry.code_on(None) or ""
    if len(code) > 3 and match.entry.identity == "region":
        return code  # "Arab leaders": the entry's own role
    if suffix is None:
        return code + "GOV" if match.entry.identity == "region" else code
    return code + suffix


def code_sector(code: str, country_slot: bool) -> str | None:
    """The sector of a code: after the country ("IRQREBKUR": REB) or the identity ("KURREB": REB),
    skipping an identity right after the country ("IRQKUR" has none); None for other codes."""
    identity = identity_prefix(code)
    if identity is not None:
        rest = code[len(identity):]
    elif country_slot:
        rest = code[3:]
        after = identity_prefix(rest)
        if after is not None:
            rest = rest[len(after):]
    else:
        return None
    return rest[:3] if len(rest) >= 3 else None


def identity_name(code: str, country_name: str | None, sector_name: str | None) -> str:
    """An actor's name for a code holding an identity: "Kurds (rebels)", "Iraq: Kurds"."""
    identity = identity_prefix(code)
    if identity is None and len(code) > 3:
        identity = identity_prefix(code[3:]) or identity_prefix(code[6:])
    name = identity_codes().get(identity or "", code)
    if country_name:
        name = f"{country_name}: {name}"
    return f"{name} ({sector_name})" if sector_name else name


def mention_end(scene: Scene, match: Match) -> int | None:
    """Where the mention of a group an identity names ends, or None when it names no one: a
    noun ("the Kurds", "the West"), or an adjective before a group noun ("Sunni tribes", "Gulf
    Arab states"), never a modifier of anything else ("the West Bank", "a Shiite shrine")."""
    doc = scene.doc
    head = doc[match.start : match.end].root
    use = match.entry.use
    modifies = head.dep_ in _MODIFIER_DEPS and head.head.i > head.i
    if _members_in_a_country(scene, match.end) or glued(doc, match) or head.ent_type_ == "PERSON":
        return None  # "Kurds in Germany": the country's people, found with its name; "Sunni-dominated"
    if not modifies:
        if use not in ("noun", "both") or head.pos_ not in ("NOUN", "PROPN"):
            return None
        if match.entry.identity == "region" and not _a_regions_states(match, head):
            return None  # "Kanye West", "in the West": a name or a place, not the Western states
        return match.end
    if use not in ("adjective", "both"):
        return None
    noun = head.head
    if noun.lower_ not in _group_nouns() or scene.role_at(noun.i) is not None:
        return None
    if not scene.free(match.start, noun.i + 1):
        return None
    if any(scene.match_at[i] is not None and scene.match_at[i].kind != "identity" for i in range(match.end, noun.i)):
        return None  # "Gulf Saudi allies": a country between names the group
    return noun.i + 1


def glued(doc: Doc, match: Match) -> bool:
    """Whether an identity is glued to the next word by a hyphen ("Shiite-led", "Kurdish-majority"):
    a description of something else, not the group."""
    return match.end + 1 < len(doc) and doc[match.end].text == "-"


def _a_regions_states(match: Match, head: Token) -> bool:
    """A region's noun as a party, not a place ("in the West", "in Arab states"); one word only with
    its article ("the West", not "Kanye West")."""
    if match.end - match.start == 1 and (head.i == 0 or head.doc[head.i - 1].lower_ != "the"):
        return False
    return not (head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE)


def _members_in_a_country(scene: Scene, end: int) -> bool:
    doc = scene.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "in":
        return False
    place = scene.match_at[end + 1]
    return place is not None and place.kind in ("country", "seat") and members_in(doc, end + 1)


def nationality_of_members(scene: Scene, match: Match) -> bool:
    """Whether a nationality stands before an identity that names a group ("Iraqi Kurds", "American
    Muslims", "Iraqi Sunni tribes"): the country's people, however the parser hangs the words
    (not "an Iraqi Shiite shrine")."""
    doc = scene.doc
    if not match.entry.demonym or match.end >= len(doc):
        return False
    after = scene.match_at[match.end]
    head = doc[match.start : match.end].root
    if after is None or after.kind != "identity" or head.dep_ not in _MODIFIER_DEPS or head.head.i < after.start:
        return False
    return _names_members(scene, after)


def _names_members(scene: Scene, identity: Match) -> bool:
    """Whether an identity after a nationality names people: as a noun ("Iraqi Kurds") or before a
    group noun ("Iraqi Sunni tribes"), not before a thing ("an Iraqi Shiite shrine")."""
    doc = scene.doc
    root = doc[identity.start : identity.end].root
    if identity.entry.use in ("noun", "both") and not (root.dep_ in _MODIFIER_DEPS and root.head.i > root.i):
        return True
    end = identity.end
    return end < len(doc) and doc[end].lower_ in _group_nouns() and scene.role_at(end) is None


def people_identity(scene: Scene, match: Match, start: int) -> tuple[Match | None, int]:
    """The identity of a country's people and where their mention ends: its members before "in"
    ("Kurds in Germany": at ``start``), or the noun or adjective after its name ("Iraqi Kurds",
    "Iraqi Sunni tribes")."""
    doc = scene.doc
    first = scene.match_at[start]
    if start < match.start and first is not None and first.kind == "identity":
        return first, match.end
    after = scene.match_at[match.end] if match.end < len(doc) else None
    if after is None or after.kind != "identity" or not scene.free(after.start, after.end):
        return None, match.end
    if not _names_members(scene, after):
        return None, match.end  # "an Iraqi Shiite shrine": Iraq's people, the shrine no one's
    end = after.end
    if end < len(doc) and doc[end].lower_ in _group_nouns() and scene.role_at(end) is None:
        end += 1
    return after, end
