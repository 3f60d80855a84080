"""An array version of the model's attribute ruler, with identical output.

spaCy's ``attribute_ruler`` runs a Matcher over every token and then sets
POS, MORPH and LEMMA one matched token at a time, through a Span per match:
about a seventh of the small English pipeline's time, for table lookups.
Here the ruler's own patterns are compiled into column tests over
``Doc.to_array`` and written back with one ``Doc.from_array``, which takes
under half the time. (The rule lemmatizer was tried the same way: a lemma
cache saved about 10% of its time, too little to carry a second copy.)

It is exact: ``tests/nlp/test_array_annotators.py`` compares every token's
POS, MORPH, LEMMA, TAG and DEP with the stock pipeline. A ruler pattern
this module cannot compile (an operator, an attribute it does not read)
keeps the stock component in place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import re

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc
from spacy.vocab import Vocab

ATTRIBUTE_TABLE = "newsgraph_attribute_table"

# Token attributes a compiled pattern may test, by their Matcher names. The
# order is the column order of the array read from each document.
_TESTED = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE, "ORTH": ORTH}
_TESTED_COLUMNS = {name: column for column, name in enumerate(_TESTED)}
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
    answers: dict[int, bool] | None = None

    def passes(self, values: numpy.ndarray, vocab: Vocab) -> numpy.ndarray:
        if self.regex is None:
            found = numpy.isin(values, self.values)
            return ~found if self.negated else found
        distinct, inverse = numpy.unique(values, return_inverse=True)
        answers = self.answers if self.answers is not None else {}
        verdicts = []
        for value in distinct.tolist():
            verdict = answers.get(value)
            if verdict is None:
                verdict = answers[value] = bool(self.regex.search(vocab.strings[value]))
            verdicts.append(verdict)
        return numpy.array(verdicts, dtype=bool)[inverse]


@dataclass(frozen=True, slots=True)
class _Rule:
    """One ruler pattern: a test list per token, the token it sets, and what it sets."""

    tokens: tuple[tuple[_Test, ...], ...]
    target: int
    assign: tuple[tuple[int, int], ...]


class AttributeTable:
    """The attribute ruler's patterns applied as array tests, in the ruler's order."""

    def __init__(self, rules: Sequence[_Rule]) -> None:
        self.rules = tuple(rules)

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
        length = len(doc)
        if not length:
            return doc
        columns = doc.to_array(list(_TESTED.values()))
        out = doc.to_array(_ASSIGNED_IDS)
        for rule in self.rules:
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
                targets = numpy.flatnonzero(matched) + rule.target
                for column, value in rule.assign:
                    out[targets, column] = value
        doc.from_array(_ASSIGNED_IDS, out)
        return doc


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
            nlp.replace_pipe("attribute_ruler", ATTRIBUTE_TABLE).rules = table.rules
            swapped.append("attribute_ruler")
    return swapped


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
            tests.append(_Test(column, regex=re.compile(operand), answers={}))
        elif operator in ("IN", "NOT_IN"):
            ids = numpy.array([_value_id(vocab, name, value) for value in operand], dtype="uint64")
            tests.append(_Test(column, values=ids, negated=operator == "NOT_IN"))
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
