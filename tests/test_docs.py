"""The documentation keeps up with the code: every command is in the README with a worked example in its help."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from newsgraph.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(main.commands)


def test_the_cli_has_the_commands_design_promises() -> None:
    assert {"extract", "ingest", "events", "quotes", "actors", "clusters", "positions", "contradictions", "export",
            "serve"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"newsgraph {name}" in README or f"|{name}" in README or f"{name}\\|" in README


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_with_an_example(name: str) -> None:
    command = main.commands[name]
    with click.Context(command, info_name=name) as ctx:
        text = command.get_help(ctx)
    assert "newsgraph " + name in text, f"`newsgraph {name} --help` shows no worked example"


def test_readme_gives_exactly_two_setup_commands() -> None:
    setup = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    commands = [line for line in setup.splitlines() if line.startswith("pip install")]
    assert len(commands) == 2
    assert "newsgraph extract" in commands[0] and "examples/astana.txt" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    setup = README.split("## Set up", 1)[1]
    test_command = next(line for line in setup.splitlines() if line.startswith("pip install") and "pytest" in line)
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_worked_example_is_real_output_of_the_example_article() -> None:
    example = README.split("<!-- worked-example:start -->", 1)[1].split("<!-- worked-example:end -->", 1)[0]
    record = json.loads(example.split("```json\n", 1)[1].split("\n```", 1)[0])
    text = (ROOT / "examples" / "astana.txt").read_text(encoding="utf-8")
    assert text.startswith(record["text"].removesuffix("…"))
    spans = list(_spans(record))
    assert len(spans) > 10
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"], span


def _spans(value: object) -> Iterator[dict]:  # type: ignore[type-arg]
    """Every {start, end, text} object inside ``value``."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys():
            yield value
        for child in value.values():
            yield from _spans(child)
    elif isinstance(value, list):
        for child in value:
            yield from _spans(child)
