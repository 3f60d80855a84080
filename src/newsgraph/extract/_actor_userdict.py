"""Read user actor dictionaries (``--actors FILE``) into lexicon entries.

Two formats, documented in docs/actors.md:

* JSON in the shape of PETRARCH's validation dictionary: ``actors`` (phrase,
  codes with optional date restrictions, synonyms, exact), ``agents`` (role
  phrase -> ``~ROLE`` suffix or ``NGO~`` prefix, plurals) and
  ``agent_substitutions`` (``!PERSON!`` -> MAN, MEN, ...).
* TSV: ``phrase<TAB>code[<TAB>dates]``; a code starting or ending with ``~``
  is a role. ``#`` starts a comment line.

Any problem raises ``ConfigError`` [E041] naming the file and the place.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsgraph.errors import Code, ConfigError
from newsgraph.extract._actor_entries import (
    DOMESTIC_SECTORS,
    DatedCode,
    LexEntry,
    is_acronym,
    parse_dates,
    phrase_words,
    plural_forms,
    valid_code,
)

_MARKER = re.compile(r"!([A-Z]+)!")


def read_user_dictionary(path: Path) -> list[LexEntry]:
    """Entries of one user dictionary file (JSON or TSV, told apart by content)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise _bad(path, f"cannot read it ({error})") from error
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise _bad(path, f"invalid JSON at line {error.lineno}: {error.msg}") from error
        return _from_petrarch(path, data)
    return _from_tsv(path, text)


def _bad(path: Path, problem: str) -> ConfigError:
    return ConfigError(Code.BAD_ACTOR_DICTIONARY, f"actor dictionary {path}: {problem}")


def _from_petrarch(path: Path, data: Any) -> list[LexEntry]:
    if not isinstance(data, dict) or not ({"actors", "agents"} & data.keys()):
        raise _bad(path, 'expected a JSON object with "actors" and/or "agents" lists')
    source = str(path)
    entries: list[LexEntry] = []
    for index, item in enumerate(_list(path, data, "actors")):
        where = f"actors[{index}]"
        if not isinstance(item, dict) or not isinstance(item.get("phrase"), str) or not item["phrase"].strip():
            raise _bad(path, f'{where}: needs a "phrase" string')
        codes = _petrarch_codes(path, where, item.get("codes"))
        synonyms = item.get("synonyms", [])
        if not isinstance(synonyms, list) or not all(isinstance(s, str) for s in synonyms):
            raise _bad(path, f'{where}: "synonyms" must be a list of strings')
        stem = not bool(item.get("exact", False))
        for phrase in [item["phrase"], *synonyms]:
            words = phrase_words(phrase)
            if words:
                entries.append(LexEntry(words, "actor", codes, phrase.title(), stem=stem, source=source))
    substitutions = data.get("agent_substitutions", {})
    if not isinstance(substitutions, dict):
        raise _bad(path, '"agent_substitutions" must be an object of lists')
    for index, item in enumerate(_list(path, data, "agents")):
        where = f"agents[{index}]"
        if not isinstance(item, dict) or not all(isinstance(item.get(key), str) for key in ("phrase", "code")):
            raise _bad(path, f'{where}: needs "phrase" and "code" strings')
        code = item["code"].strip()
        if "~" not in code or not valid_code(code):
            raise _bad(path, f"{where}: agent code {code!r} must look like ~GOV or NGO~")
        plurals = item.get("plurals", [])
        if not isinstance(plurals, list):
            raise _bad(path, f'{where}: "plurals" must be a list of strings')
        phrases = _substitute(path, where, item["phrase"], substitutions)
        entries.extend(_role_entries(phrases, plurals, code, source, proper=False))
    return entries


def _list(path: Path, data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise _bad(path, f'"{key}" must be a list')
    return value


def _petrarch_codes(path: Path, where: str, raw: Any) -> tuple[DatedCode, ...]:
    if not isinstance(raw, list) or not raw:
        raise _bad(path, f'{where}: "codes" must be a non-empty list of {{"code", "dates"?}}')
    codes: list[DatedCode] = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("code"), str):
            raise _bad(path, f'{where}: each code needs a "code" string')
        code = item["code"].strip()
        if not valid_code(code):
            raise _bad(path, f"{where}: {code!r} is not a CAMEO code")
        try:
            codes.append(parse_dates(code, item.get("dates")))
        except ValueError as error:
            raise _bad(path, f"{where}: {error}") from error
    return tuple(codes)


def _substitute(path: Path, where: str, phrase: str, substitutions: dict[str, Any]) -> list[str]:
    """Expand ``!PERSON!``-style markers; a marker glued to a word is glued in every expansion."""
    phrases = [phrase]
    while any(_MARKER.search(p) for p in phrases):
        expanded: list[str] = []
        for current in phrases:
            found = _MARKER.search(current)
            if found is None:
                expanded.append(current)
                continue
            options = substitutions.get(found.group(0))
            if not isinstance(options, list) or not options:
                raise _bad(path, f"{where}: no agent_substitutions entry for {found.group(0)}")
            expanded.extend(current[: found.start()] + str(option) + current[found.end() :] for option in options)
        phrases = expanded
    return phrases


def _role_entries(
    phrases: Iterable[str], plurals: Iterable[str], code: str, source: str, *, proper: bool
) -> list[LexEntry]:
    codes = (DatedCode(code),)
    local = code.startswith("~") and code[1:4] in DOMESTIC_SECTORS
    entries: list[LexEntry] = []
    for phrase in phrases:
        words = phrase_words(phrase)
        if not words:
            continue
        name = phrase.lower()
        entries.append(LexEntry(words, "role", codes, name, proper=proper, single=True, local=local, source=source))
        for plural in plural_forms(words):
            entries.append(
                LexEntry(plural, "role", codes, phrase.lower(), proper=proper, local=local, source=source)
            )
    for plural_phrase in plurals:
        words = phrase_words(str(plural_phrase))
        if words:
            entries.append(
                LexEntry(words, "role", codes, str(plural_phrase).lower(), proper=proper, local=local, source=source)
            )
    return entries


def _from_tsv(path: Path, text: str) -> list[LexEntry]:
    source = str(path)
    entries: list[LexEntry] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [field.strip() for field in line.split("\t")]
        if len(fields) not in (2, 3) or not fields[0] or not fields[1]:
            raise _bad(path, f"line {number}: expected phrase<TAB>code[<TAB>dates], got {line!r}")
        phrase, code = fields[0], fields[1]
        if not valid_code(code):
            raise _bad(path, f"line {number}: {code!r} is not a CAMEO code")
        if "~" in code:
            entries.extend(_role_entries([phrase], [], code, source, proper=False))
            continue
        try:
            dated = parse_dates(code, fields[2] if len(fields) == 3 else None)
        except ValueError as error:
            raise _bad(path, f"line {number}: {error}") from error
        words = phrase_words(phrase)
        if not words:
            raise _bad(path, f"line {number}: the phrase {phrase!r} has no words")
        entries.append(LexEntry(words, "actor", (dated,), phrase, acronym=is_acronym(phrase), source=source))
    return _merge_dated(entries)


def _merge_dated(entries: list[LexEntry]) -> list[LexEntry]:
    """Rows repeating a phrase with other dates become one entry with several codes."""
    merged: dict[tuple[str, ...], LexEntry] = {}
    order: list[tuple[str, ...]] = []
    for entry in entries:
        if entry.kind != "actor":
            merged[entry.words] = entry
        elif entry.words in merged and merged[entry.words].kind == "actor":
            previous = merged[entry.words]
            merged[entry.words] = LexEntry(
                previous.words, "actor", previous.codes + entry.codes, previous.name,
                acronym=previous.acronym, source=previous.source,
            )
            continue
        else:
            merged[entry.words] = entry
        order.append(entry.words)
    return [merged[words] for words in dict.fromkeys(order)]
