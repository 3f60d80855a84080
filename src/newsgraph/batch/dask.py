"""Extraction on a Dask cluster, results streamed back to the one writer.

The client (this process) reads the documents, cuts them into chunks of
``Settings.batch_size`` and submits one task per chunk. Each Dask worker
process keeps one ``Engine`` in a module-level cache, so the model is loaded
once per worker, not per task. At most ``window`` chunks are on the cluster
at a time and the oldest is awaited first, so results come back in input
order and memory stays bounded on both sides however large the input is.

``address`` is a scheduler address (``tcp://host:8786``) or ``local:N`` for
a cluster of N single-threaded worker processes on this machine. Remote
workers need newsgraph and the model installed, as every worker imports
``newsgraph.batch.dask`` to run its tasks.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from functools import lru_cache
from itertools import chain
from typing import Any

from newsgraph.batch.workers import (
    EngineLike,
    Item,
    Outcome,
    analyse_chunk,
    balance_tail,
    build_engine,
    chunked,
)
from newsgraph.errors import Code, ConfigError, NewsgraphError
from newsgraph.settings import Settings

LOCAL_PREFIX = "local:"
# host:port with an optional protocol; Dask's own parser fails on a missing port
# only at connect time, with a traceback.
_SCHEDULER_ADDRESS = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?(?:\[[0-9A-Fa-f:.]+\]|[^\s:/\[\]]+):\d{1,5}")
# Chunks on the cluster per worker thread: one running, one queued, one in
# transit, so no worker waits for the client.
_WINDOW_PER_THREAD = 3


def run_dask(
    documents: Iterable[Item],
    *,
    settings: Settings,
    address: str,
    chunk_size: int | None = None,
) -> Iterator[Outcome]:
    """Outcomes of ``documents`` in input order, analysed on the Dask cluster at ``address``."""
    parse_address(address)  # a bad local:N fails before any input is read
    size = chunk_size or settings.batch_size
    chunks = chunked(documents, size)
    first = next(chunks, None)
    if first is None:
        return  # nothing to analyse: no cluster to start
    with ExitStack() as stack:
        client = _connect(address, stack)
        threads = sum(client.nthreads().values()) or 1
        balanced = balance_tail(chain([first], chunks), size, threads)
        yield from _stream(client, balanced, settings, window=threads * _WINDOW_PER_THREAD)


def parse_address(address: str) -> int | None:
    """The worker count of ``local:N``, or None for a scheduler address (which must name its port)."""
    if address.startswith(LOCAL_PREFIX):
        count = address[len(LOCAL_PREFIX):]
        if count.isdigit() and int(count) >= 1:
            return int(count)
    elif _SCHEDULER_ADDRESS.fullmatch(address):
        return None
    raise ConfigError(
        Code.BAD_SETTING,
        f"Dask address {address!r}: expected local:N with N >= 1, or a scheduler address such as tcp://10.0.0.5:8786",
    )


def run_chunk(settings: Settings, items: list[Item]) -> list[Outcome]:
    """The task each worker runs: one chunk through the worker's cached engine."""
    try:
        engine = worker_engine(settings)
    except NewsgraphError as error:
        # Our exceptions take (code, message) and do not survive pickling
        # back to the client; a plain one with the full message does.
        raise RuntimeError(str(error)) from None
    return analyse_chunk(engine, items)


@lru_cache(maxsize=2)
def worker_engine(settings: Settings) -> EngineLike:
    # Module-level cache: lives as long as the worker process, so the model
    # is loaded by the first task and reused by every later one.
    from newsgraph.process import Engine

    return build_engine(Engine, settings)


def _connect(address: str, stack: ExitStack) -> Any:
    # Imported here so that `newsgraph extract` without --dask never pays
    # for importing distributed.
    from distributed import Client, LocalCluster

    workers = parse_address(address)
    if workers is None:
        try:
            return stack.enter_context(Client(address, timeout=30))
        except (OSError, ValueError) as error:  # TimeoutError is an OSError
            raise ConfigError(Code.BAD_SETTING, f"--dask {address!r}: cannot reach the scheduler ({error})") from None
    cluster = stack.enter_context(
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    )
    return stack.enter_context(Client(cluster))


def _stream(client: Any, chunks: Iterator[list[Item]], settings: Settings, *, window: int) -> Iterator[Outcome]:
    in_flight: deque[Any] = deque()
    try:
        for chunk in chunks:
            # pure=False: two chunks with equal content are still two tasks,
            # and the client need not hash every document.
            in_flight.append(client.submit(run_chunk, settings, chunk, pure=False))
            if len(in_flight) >= window:
                yield from _result(in_flight.popleft())
        while in_flight:
            yield from _result(in_flight.popleft())
    finally:
        for future in in_flight:
            future.cancel()


def _result(future: Any) -> list[Outcome]:
    try:
        outcomes: list[Outcome] = future.result()
    except Exception as error:  # noqa: BLE001 - whatever failed on the cluster stops the run, with its message
        raise NewsgraphError(Code.BAD_SETTING, f"a Dask task failed: {type(error).__name__}: {error}") from error
    return outcomes
