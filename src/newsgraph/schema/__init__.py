"""The JSON Schema of the output contract, shipped with the package."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

SCHEMA_FILE = "contract-v1.json"


@lru_cache(maxsize=1)
def contract_schema() -> dict[str, Any]:
    """The contract's JSON Schema (draft 2020-12) as a dict."""
    text = resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def validation_errors(record: dict[str, Any]) -> list[str]:
    """Every way ``record`` breaks the contract (empty when it validates), plus span checks.

    JSON Schema cannot say that a span's text is ``text[start:end]``; that
    invariant is checked here too, because it is the promise users rely on.
    """
    import jsonschema

    validator = jsonschema.Draft202012Validator(contract_schema())
    problems = [f"{'/'.join(map(str, error.path)) or '<root>'}: {error.message}" for error in validator.iter_errors(record)]
    text = record.get("text")
    if isinstance(text, str):
        problems.extend(_span_problems(record, text, path="<root>"))
    return problems


def _span_problems(node: Any, text: str, *, path: str) -> list[str]:
    problems: list[str] = []
    if isinstance(node, dict):
        start, end = node.get("start"), node.get("end")
        if isinstance(start, int) and isinstance(end, int):
            if not 0 <= start <= end <= len(text):
                problems.append(f"{path}: offsets {start}-{end} outside the text (length {len(text)})")
            elif "text" in node and path != "<root>" and node["text"] != text[start:end]:
                problems.append(f"{path}: span text {node['text']!r} is not text[{start}:{end}]")
        for key, value in node.items():
            if key != "text":
                problems.extend(_span_problems(value, text, path=f"{path}/{key}"))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            problems.extend(_span_problems(value, text, path=f"{path}/{index}"))
    return problems
