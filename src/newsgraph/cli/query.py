"""``newsgraph events|quotes|actors|clusters|positions|contradictions``: query a database.

Each command prints one record per line as JSON (the default) or one CSV
row per record with a header (nested fields flattened with ``_``: the
``source`` span of an event becomes ``source_start``, ``source_text``, ...;
lists such as a cluster's mentions are JSON in one cell).
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Callable, Iterable
from typing import Any, Protocol

import click

from newsgraph.aggregate import ensure_fresh
from newsgraph.cli._options import check_day_bound
from newsgraph.errors import NewsgraphError
from newsgraph.store import DEFAULT_DB, Store


class _Record(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


def flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts become ``parent_child`` columns; lists become JSON text."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}_"))
        elif isinstance(value, list):
            flat[name] = json.dumps(value, ensure_ascii=False)
        else:
            flat[name] = value
    return flat


def write_records(records: Callable[[], Iterable[_Record]], output_format: str) -> None:
    """Write the records ``records()`` yields, as they are read from the store.

    JSON Lines takes one pass. CSV takes two (the first finds the columns),
    so memory stays flat however many records match.
    """
    try:
        if output_format == "jsonl":
            for record in records():
                sys.stdout.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        else:
            _write_csv(records)
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader stopped early (`| head`): not an error. Point stdout at
        # /dev/null so the interpreter's final flush does not complain.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _write_csv(records: Callable[[], Iterable[_Record]]) -> None:
    columns: dict[str, None] = {}
    for record in records():
        columns.update(dict.fromkeys(flatten(record.to_dict())))
    # A span that is null in one record and present in another would give both a
    # ``speaker_resolved`` column and ``speaker_resolved_start``...: keep the latter.
    dropped = [c for c in columns if any(other.startswith(f"{c}_") for other in columns)]
    for name in dropped:
        del columns[name]
    writer = csv.DictWriter(sys.stdout, fieldnames=list(columns), lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for record in records():
        writer.writerow(flatten(record.to_dict()))


def _open(db_path: str) -> Store:
    try:
        return Store.open(db_path)
    except NewsgraphError as error:
        raise click.ClickException(str(error)) from None


_db = click.option("--db", "db_path", default=DEFAULT_DB, show_default=True,
                   type=click.Path(exists=True, dir_okay=False), help="The database written by newsgraph ingest.")
_format = click.option("--format", "output_format", type=click.Choice(["jsonl", "csv"]), default="jsonl",
                       show_default=True, help="JSON Lines or CSV with a header.")
_actor = click.option("--actor", help="Actor code prefix (RUS matches RUSGOV) or part of a name.")
_type = click.option("--type", "type_", metavar="PLOVER", help="PLOVER type (ACCUSE) or CAMEO code prefix (11).")
_PERIODS = "YYYY-Www, YYYY-MM, YYYY-Qn, YYYY-Hn, YYYY-SP|SU|FA|WI, YYYY"
_since = click.option("--since", callback=check_day_bound, metavar="DATE",
                      help=f"On or after this date (YYYY-MM-DD) or the first day of a period ({_PERIODS}).")
_until = click.option("--until", callback=check_day_bound, metavar="DATE",
                      help=f"On or before this date (YYYY-MM-DD) or the last day of a period ({_PERIODS}).")
_source = click.option("--source", help="Outlet (the url's host, e.g. reuters.com) or doc id.")


def _options(*decorators: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def apply(function: Any) -> Any:
        for decorator in reversed(decorators):
            function = decorator(function)
        return function

    return apply


@click.command("events")
@_options(_db, _actor, _type, _since, _until, _source,
          click.option("--negated/--asserted", default=None, help="Only denied, or only asserted, events."), _format)
def events_command(db_path: str, actor: str | None, type_: str | None, since: str | None, until: str | None,
                   source: str | None, negated: bool | None, output_format: str) -> None:
    """Events as stored, one per report, with the document they come from.

    \b
    Example:
        newsgraph events --actor RUS --type AGREE --since 2017-01-01 --format csv
    """
    with _open(db_path) as store:
        write_records(lambda: store.iter_events(actor=actor, type=type_, since=since, until=until, source=source,
                                                negated=negated), output_format)


@click.command("quotes")
@_options(_db, click.option("--speaker", metavar="TEXT|CODE", help="Speaker's actor code prefix or part of a name."),
          _since, _until, _source,
          click.option("--repeated", is_flag=True, help="Quote groups repeated across outlets instead."), _format)
def quotes_command(db_path: str, speaker: str | None, since: str | None, until: str | None, source: str | None,
                   repeated: bool, output_format: str) -> None:
    """Quotes: who said what, with spans; --repeated for statements repeated across outlets.

    \b
    Example:
        newsgraph quotes --speaker Lavrov
    """
    with _open(db_path) as store:
        if repeated:
            ensure_fresh(store)
            write_records(lambda: store.iter_quote_groups(speaker=speaker, min_sources=2), output_format)
        else:
            write_records(lambda: store.iter_quotes(speaker=speaker, since=since, until=until, source=source),
                          output_format)


@click.command("actors")
@_options(_db, _actor, _since, _until, _source, _format)
def actors_command(db_path: str, actor: str | None, since: str | None, until: str | None, source: str | None,
                   output_format: str) -> None:
    """Actors of each document with their codes and mentions.

    \b
    Example:
        newsgraph actors --actor IRN --format csv
    """
    with _open(db_path) as store:
        write_records(lambda: store.iter_actors(actor=actor, since=since, until=until, source=source), output_format)


@click.command("clusters")
@_options(_db, _actor, _type, _since, _until, _source,
          click.option("--min-sources", default=1, show_default=True, type=click.IntRange(1),
                       help="Only events reported by at least this many outlets."), _format)
def clusters_command(db_path: str, actor: str | None, type_: str | None, since: str | None, until: str | None,
                     source: str | None, min_sources: int, output_format: str) -> None:
    """Events counted once across articles: one cluster per event with its reports and sources.

    \b
    Example:
        newsgraph clusters --min-sources 2 --type ASSAULT
    """
    with _open(db_path) as store:
        ensure_fresh(store)
        write_records(lambda: store.iter_clusters(actor=actor, type=type_, since=since, until=until, source=source,
                                                  min_sources=min_sources), output_format)


@click.command("positions")
@_options(_db, _actor,
          click.option("--stance", type=click.Choice(["supports", "rejects", "demands", "accuses"]),
                       help="Only this stance."), _since, _until, _source, _format)
def positions_command(db_path: str, actor: str | None, stance: str | None, since: str | None, until: str | None,
                      source: str | None, output_format: str) -> None:
    """What each actor supports, rejects, demands or accuses, with the evidence span.

    \b
    Example:
        newsgraph positions --actor IRN --stance rejects
    """
    with _open(db_path) as store:
        ensure_fresh(store)
        write_records(lambda: store.iter_positions(actor=actor, stance=stance, since=since, until=until,
                                                   source=source), output_format)


@click.command("contradictions")
@_options(_db, _actor, click.option("--type", "type_", metavar="PLOVER|KIND",
                                    help="PLOVER type, or kind: negation, date, count."), _source, _format)
def contradictions_command(db_path: str, actor: str | None, type_: str | None, source: str | None,
                           output_format: str) -> None:
    """Pairs of claims that cannot both hold, each with both evidence spans.

    \b
    Example:
        newsgraph contradictions --actor RUS
    """
    with _open(db_path) as store:
        ensure_fresh(store)
        write_records(lambda: store.iter_contradictions(actor=actor, type=type_, source=source), output_format)


QUERY_COMMANDS = (events_command, quotes_command, actors_command, clusters_command, positions_command,
                  contradictions_command)
