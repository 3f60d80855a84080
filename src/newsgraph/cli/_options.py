"""Checks of option values shared by the commands: a bad value is a usage error (exit 2) before any work."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click

from newsgraph.batch.dask import parse_address
from newsgraph.errors import NewsgraphError
from newsgraph.store.days import BOUND_FORMS, normal_bound


def check_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """An ISO date, normalised (``--published``)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


def check_day_bound(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """An ISO date, or a period as events are dated ("2024-W26", "2024-06", "2024-Q2", "2024-H1", "2024-SU",
    "2024"): a bound of ``--since`` or ``--until``, which the store reads as the period's first or last day."""
    if value is None:
        return None
    bound = normal_bound(value)
    if bound is None:
        raise click.BadParameter(f"{value!r} is not {BOUND_FORMS}")
    return bound


def check_dask_address(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``local:N`` or a scheduler address with a port (``--dask``)."""
    if value is None:
        return None
    try:
        parse_address(value)
    except NewsgraphError as error:
        raise click.BadParameter(error.detail) from None
    return value


def analysis_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options of every command that analyses articles: --published, --actors, --model, --workers, --dask."""
    options = [
        click.option("--published", callback=check_date, metavar="DATE",
                     help="Publication date (YYYY-MM-DD) for inputs that carry none."),
        click.option("--actors", "actor_files", multiple=True,
                     type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="A user actor dictionary (JSON or TSV); may be repeated."),
        click.option("--model", default=None, help="spaCy pipeline name or path to use first."),
        click.option("--workers", type=click.IntRange(min=0), default=0, metavar="N",
                     help="Worker processes, one model each; input order kept.  [default: 0 = every core]"),
        click.option("--dask", "dask_address", metavar="ADDRESS", callback=check_dask_address,
                     help="Run on a Dask cluster: a scheduler address, or local:N for N local workers."),
    ]
    for option in reversed(options):  # decorators apply bottom-up; --help lists them in this order
        command = option(command)
    return command
