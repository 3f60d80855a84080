"""The event coder's data: verb and noun trigger patterns and cue word lists.

Everything is read once from ``resources/events/`` (``verbs.tsv``,
``nouns.tsv``, ``cues.txt``) and cached; this module only parses the files
and answers "which pattern does this trigger match".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# The CAMEO column of a pattern row that is no event.
NOT_AN_EVENT = "-"


@dataclass(frozen=True, slots=True)
class Pattern:
    """One row of ``verbs.tsv`` / ``nouns.tsv``: a trigger lemma with its conditions and CAMEO code."""

    lemma: str
    cameo: str
    objects: frozenset[str] = frozenset()
    preps: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    # Lemmas of the noun's own adjective or compound modifiers ("hunger strike", "joint exercises").
    modifiers: frozenset[str] = frozenset()
    needs_xcomp: bool = False
    # Holds only when the verb's "to" phrase names whom the thing goes to, not a place ("sent tanks to Ukraine").
    needs_recipient: bool = False
    flags: frozenset[str] = frozenset()

    @property
    def specificity(self) -> int:
        # A modifier names the kind of event ("hunger strike"), which outranks the verb that carries it.
        conditions = bool(self.objects) + bool(self.preps) + bool(self.verbs) + self.needs_xcomp + self.needs_recipient
        return conditions + 2 * bool(self.modifiers)

    def has(self, flag: str) -> bool:
        return flag in self.flags

    @property
    def is_event(self) -> bool:
        """False for a row that takes a use of an event word out ("signed a bill" is no agreement)."""
        return self.cameo != NOT_AN_EVENT


def _read(name: str) -> str:
    return (resources.files("newsgraph.extract") / "resources" / "events" / name).read_text(encoding="utf-8")


def _expand_classes(values: list[str]) -> frozenset[str]:
    """Condition values with each ``@section`` replaced by that ``cues.txt`` word class.

    A class keeps one list where many rows mean the same kind of thing ("armed units" sent, massed,
    mobilised or recalled), so a word added to it reaches every row at once."""
    words: set[str] = set()
    for value in values:
        if value.startswith("@"):
            section = cues().get(value[1:])
            if section is None:
                raise ValueError(f"unknown word class {value!r}: no such section in cues.txt")
            words |= section
        else:
            words.add(value)
    return frozenset(words)


def _parse_patterns(name: str) -> dict[str, tuple[Pattern, ...]]:
    table: dict[str, list[Pattern]] = {}
    for number, line in enumerate(_read(name).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 4:
            raise ValueError(f"{name}:{number}: expected 4 tab-separated fields, got {len(fields)}")
        lemma, cameo, conditions, flags = (field.strip() for field in fields)
        options: dict[str, frozenset[str]] = {}
        needs_xcomp = False
        needs_recipient = False
        for condition in conditions.split(";"):
            if condition in ("-", ""):
                continue
            if condition == "xcomp":
                needs_xcomp = True
                continue
            if condition == "recipient":
                needs_recipient = True
                continue
            key, _, values = condition.partition("=")
            options[key] = _expand_classes(values.split("|"))
        pattern = Pattern(
            lemma=lemma,
            cameo=cameo,
            objects=options.get("obj", frozenset()),
            preps=options.get("prep", frozenset()),
            verbs=options.get("verb", frozenset()),
            modifiers=options.get("mod", frozenset()),
            needs_xcomp=needs_xcomp,
            needs_recipient=needs_recipient,
            flags=frozenset() if flags == "-" else frozenset(flags.split(",")),
        )
        table.setdefault(lemma, []).append(pattern)
    # Most specific first, so the first pattern whose conditions hold is the one to use.
    return {lemma: tuple(sorted(rows, key=lambda p: -p.specificity)) for lemma, rows in table.items()}


@lru_cache(maxsize=1)
def verb_patterns() -> Mapping[str, tuple[Pattern, ...]]:
    """Verb lemma -> its patterns, most specific first."""
    return _parse_patterns("verbs.tsv")


@lru_cache(maxsize=1)
def noun_patterns() -> Mapping[str, tuple[Pattern, ...]]:
    """Noun lemma -> its patterns, most specific first."""
    return _parse_patterns("nouns.tsv")


@lru_cache(maxsize=1)
def cues() -> Mapping[str, frozenset[str]]:
    """Section name of ``cues.txt`` -> its words (lower case)."""
    sections: dict[str, set[str]] = {}
    current: set[str] | None = None
    for line in _read("cues.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
        elif current is not None:
            current.add(line.lower())
    return {name: frozenset(words) for name, words in sections.items()}


def match(
    patterns: tuple[Pattern, ...],
    *,
    objects: frozenset[str],
    preps: frozenset[str],
    verb: str | None,
    has_xcomp: bool,
    modifiers: frozenset[str] = frozenset(),
    recipient: bool = False,
) -> Pattern | None:
    """The first (most specific) pattern whose conditions hold, else None.

    ``recipient``: the verb's "to" phrase names a party the thing goes to, not a place."""
    for pattern in patterns:
        if pattern.objects and not (pattern.objects & objects):
            continue
        if pattern.preps and not (pattern.preps & preps):
            continue
        if pattern.verbs and verb not in pattern.verbs:
            continue
        if pattern.modifiers and not (pattern.modifiers & modifiers):
            continue
        if pattern.needs_xcomp and not has_xcomp:
            continue
        if pattern.needs_recipient and not recipient:
            continue
        return pattern
    return None


@lru_cache(maxsize=1)
def _modality_table() -> Mapping[str, Mapping[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for number, line in enumerate(_read("modality.tsv").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3:
            raise ValueError(f"modality.tsv:{number}: expected 3 tab-separated fields, got {len(fields)}")
        kind, prefix, code = fields
        table.setdefault(kind, {})[prefix] = code
    return table


def recode(kind: str, code: str) -> str | None:
    """The code ``kind`` (intent, threat, refuse, demand) turns ``code`` into, by longest prefix; None if none."""
    rows = _modality_table().get(kind, {})
    for length in range(len(code), 1, -1):
        found = rows.get(code[:length])
        if found is not None:
            return found
    return None
