"""An array version of the model's attribute ruler, with identical output.

spaCy's ``attribute_ruler`` runs a Matcher over every token and then sets
POS, MORPH and LEMMA one matched token at a time, through a Span per match:
about a seventh of the small English pipeline's time, for table lookups.
Here the ruler's own patterns are compiled: a pattern of one token is
answered once per distinct token (its tag, word, dependency) and kept, the
few patterns of several tokens run as array tests, and the document is
written back with one ``Doc.from_array``. That takes about a third of the
stock time. (The rule lemmatizer was tried the same way: a lemma cache
saved about 10% of its time, too little to carry a second copy.)

It is exact: ``tests/nlp/test_array_annotators.py`` compares every token's
POS, MORPH, LEMMA, TAG and DEP with the stock pipeline. A ruler pattern
this module cannot compile (an operator, an attribute it does not read)
keeps the stock component in place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc
from spacy.vocab import Vocab

ATTRIBUTE_TABLE = "newsgraph_attribute_table"
# Distinct tokens whose answers are kept before the cache starts again: a
# crawl's vocabulary has no end, a run's memory must.
_CACHE_LIMIT = 200_000

# Token attributes a compiled pattern may test, by their Matcher names. The
# order is the column order of the array read from each document.
_TESTED = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE, "ORTH": ORTH}
_TESTED_COLUMNS = {name: column for column, name in enumerate(_TESTED)}
_TAG_COLUMN = _TESTED_COLUMNS["TAG"]
# Attributes a rule may assign, in the column order written back.
_ASSIGNED = ("POS", "MORPH", "LEMMA", "TAG", "DEP")
_ASSIGNED_IDS = [POS, MORPH, LEMMA, TAG, DEP]


@dataclass(frozen=True, slots=True)
class _Test:
    """One attribute of one token in a pattern: its column and which values pass.

    ``values`` are string ids tested for membership (``IN``, a plain value)
    or absence (``NOT_IN``); ``regex`` is searched in the string of the
    value, as the Matcher's ``REGEX`` does, with answers cached by id.
    """

    column: int
    values: numpy.ndarray | None = None
    negated: bool = False
    regex: re.Pattern[str] | None = None
    answers: dict[int, bool] = field(default_factory=dict)  # regex verdicts by string id
    value_set: frozenset[int] = frozenset()

    def passes_value(self, value: int, vocab: Vocab) -> bool:
        """``passes`` for one value."""
        if self.regex is None:
            return (value in self.value_set) != self.negated
        return self._search(value, vocab)

    def passes(self, values: numpy.ndarray, vocab: Vocab) -> numpy.ndarray:
        if self.regex is None:
            found = numpy.isin(values, self.values)
            return ~found if self.negated else found
        distinct, inverse = numpy.unique(values, return_inverse=True)
        verdicts = [self._search(value, vocab) for value in distinct.tolist()]
        return numpy.array(verdicts, dtype=bool)[inverse]

    def _search(self, value: int, vocab: Vocab) -> bool:
        verdict = self.answers.get(value)
        if verdict is None:
            if len(self.answers) > _CACHE_LIMIT:
                self.answers.clear()
            verdict = self.answers[value] = bool(self.regex and self.regex.search(vocab.strings[value]))
        return verdict


@dataclass(frozen=True, slots=True)
class _Rule:
    """One ruler pattern: a test list per token, the token it sets, and what it sets."""

    tokens: tuple[tuple[_Test, ...], ...]
    target: int
    assign: tuple[tuple[int, int], ...]


class AttributeTable:
    """The attribute ruler's patterns applied in the ruler's order.

    A pattern of one token depends only on that token's tested attributes,
    so its answer is worked out once per distinct token (TAG, LOWER, DEP,
    IS_SPACE, ORTH) and kept; the few patterns of several tokens run as
    array tests over the whole document.
    """

    def __init__(self, rules: Sequence[_Rule]) -> None:
        self.use(rules)

    def use(self, rules: Sequence[_Rule]) -> None:
        """Apply ``rules`` from now on (the factory builds the component empty)."""
        self.rules = tuple(rules)
        single = [(index, rule) for index, rule in enumerate(self.rules) if len(rule.tokens) == 1]
        self._multi = tuple((index, rule) for index, rule in enumerate(self.rules) if len(rule.tokens) > 1)
        # Most one-token patterns name the tags they apply to: a new token is
        # checked against its tag's patterns and those that name no tag.
        by_tag: dict[int, list[tuple[int, _Rule]]] = {}
        untagged: list[tuple[int, _Rule]] = []
        for index, rule in single:
            tags = _required_tags(rule)
            if tags is None:
                untagged.append((index, rule))
            for tag in tags or ():
                by_tag.setdefault(tag, []).append((index, rule))
        self._untagged = tuple(untagged)
        self._by_tag = {tag: tuple(sorted(rules + untagged, key=lambda pair: pair[0])) for tag, rules in by_tag.items()}
        self._effects: dict[tuple[int, ...], _Effects] = {}

    @classmethod
    def compile(cls, vocab: Vocab, patterns: Iterable[dict[str, Any]]) -> AttributeTable | None:
        """The table for ``patterns`` (``AttributeRuler.patterns``), or None if one cannot be compiled."""
        rules: list[_Rule] = []
        for entry in patterns:
            assign = _assignments(vocab, entry["attrs"])
            if assign is None:
                return None
            for pattern in entry["patterns"]:
                tokens = tuple(_token_tests(vocab, spec) for spec in pattern)
                if not tokens or any(tests is None for tests in tokens):
                    return None
                index = entry.get("index", 0)
                if not -len(tokens) <= index < len(tokens):
                    return None
                target = index % len(tokens)
                rules.append(_Rule(tokens, target, assign))  # type: ignore[arg-type]
        return cls(rules)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        columns = doc.to_array(list(_TESTED.values()))
        spanning = self._multi_token_effects(doc, columns)
        rows = doc.to_array(_ASSIGNED_IDS).tolist()
        if len(self._effects) > _CACHE_LIMIT:
            self._effects.clear()
        for i, key in enumerate(map(tuple, columns.tolist())):
            effects = self._effects.get(key)
            if effects is None:
                effects = self._effects[key] = self._single_token_effects(key, doc.vocab)
            if i in spanning:
                # Patterns of several tokens interleave with the others in the ruler's order.
                for _, column, value in sorted(effects.ordered + tuple(spanning[i])):
                    rows[i][column] = value
            else:
                for column, value in effects.final:
                    rows[i][column] = value
        doc.from_array(_ASSIGNED_IDS, numpy.array(rows, dtype="uint64"))
        return doc

    def _single_token_effects(self, key: tuple[int, ...], vocab: Vocab) -> _Effects:
        candidates = self._by_tag.get(key[_TAG_COLUMN], self._untagged)
        ordered = tuple(
            (index, column, value)
            for index, rule in candidates
            if all(test.passes_value(key[test.column], vocab) for test in rule.tokens[0])
            for column, value in rule.assign
        )
        final = dict((column, value) for _, column, value in ordered)
        return _Effects(ordered, tuple(final.items()))

    def _multi_token_effects(self, doc: Doc, columns: numpy.ndarray) -> dict[int, list[tuple[int, int, int]]]:
        """(rule index, column, value) per token set by a pattern of several tokens."""
        length = len(doc)
        found: dict[int, list[tuple[int, int, int]]] = {}
        for index, rule in self._multi:
            width = len(rule.tokens)
            if width > length:
                continue
            starts = length - width + 1
            matched = numpy.ones(starts, dtype=bool)
            for offset, tests in enumerate(rule.tokens):
                for test in tests:
                    values = columns[offset : offset + starts, test.column]
                    matched[matched] = test.passes(values[matched], doc.vocab)
                if not matched.any():
                    break
            else:
                for target in (numpy.flatnonzero(matched) + rule.target).tolist():
                    found.setdefault(target, []).extend((index, column, value) for column, value in rule.assign)
        return found


@dataclass(frozen=True, slots=True)
class _Effects:
    """What the one-token patterns set on a token: in the ruler's order, and the values that stay."""

    ordered: tuple[tuple[int, int, int], ...]  # (rule index, column, value)
    final: tuple[tuple[int, int], ...]  # (column, value), the last pattern's value per column


@Language.factory(ATTRIBUTE_TABLE)
def _make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    # Filled by use_array_annotators from the ruler it replaces.
    return AttributeTable(())


def use_array_annotators(nlp: Language) -> list[str]:
    """Swap the stock attribute ruler for the array version; returns the names swapped (none if it cannot be compiled)."""
    swapped: list[str] = []
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        table = AttributeTable.compile(nlp.vocab, ruler.patterns)
        if table is not None:
            nlp.replace_pipe("attribute_ruler", ATTRIBUTE_TABLE).use(table.rules)
            swapped.append("attribute_ruler")
    return swapped


def _required_tags(rule: _Rule) -> frozenset[int] | None:
    """The tags a one-token pattern applies to, or None when it names none (or only excludes some)."""
    for test in rule.tokens[0]:
        if test.column == _TAG_COLUMN and test.regex is None and not test.negated:
            return test.value_set
    return None


def _token_tests(vocab: Vocab, spec: dict[str, Any]) -> tuple[_Test, ...] | None:
    tests = []
    for name, wanted in spec.items():
        if name not in _TESTED:
            return None
        column = _TESTED_COLUMNS[name]
        if not isinstance(wanted, dict):
            wanted = {"IN": [wanted]}
        if len(wanted) != 1:
            return None
        ((operator, operand),) = wanted.items()
        if operator == "REGEX" and name != "IS_SPACE":
            tests.append(_Test(column, regex=re.compile(operand)))
        elif operator in ("IN", "NOT_IN"):
            ids = numpy.array([_value_id(vocab, name, value) for value in operand], dtype="uint64")
            tests.append(_Test(column, values=ids, negated=operator == "NOT_IN", value_set=frozenset(ids.tolist())))
        else:
            return None
    # Membership tests first: a regex then reads only the tokens that passed them.
    return tuple(sorted(tests, key=lambda test: test.regex is not None))


def _value_id(vocab: Vocab, name: str, value: Any) -> int:
    if name == "IS_SPACE":
        return int(bool(value))
    return int(vocab.strings.add(str(value)))


def _assignments(vocab: Vocab, attrs: dict[str, Any]) -> tuple[tuple[int, int], ...] | None:
    assign = []
    for name, value in attrs.items():
        if name not in _ASSIGNED:
            return None
        if name == "POS":
            if value not in POS_IDS:
                return None
            number = POS_IDS[value]
        elif name == "MORPH":
            number = vocab.morphology.add(value)
        else:
            number = vocab.strings.add(value)
        assign.append((_ASSIGNED.index(name), int(number)))
    return tuple(assign)
