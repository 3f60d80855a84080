"""Checks of option values shared by the commands: a bad value is a usage error (exit 2) before any work."""

from __future__ import annotations

from datetime import date

import click

from newsgraph.batch.dask import parse_address
from newsgraph.errors import NewsgraphError


def check_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """An ISO date, normalised (``--published``)."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


def check_dask_address(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """``local:N`` or a scheduler address with a port (``--dask``)."""
    if value is None:
        return None
    try:
        parse_address(value)
    except NewsgraphError as error:
        raise click.BadParameter(error.detail) from None
    return value
