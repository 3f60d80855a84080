"""Run the engine over many documents: in process, on worker processes, or on Dask.

``run_batch`` is what the CLI calls. It picks the runner from the options
and always streams outcomes in input order to one consumer, the single
writer (stdout or the SQLite store). See ARCHITECTURE.md, "Scale".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsgraph.batch.workers import Item, Outcome, PoolStats, default_workers, run_workers
from newsgraph.settings import Settings


def run_batch(
    documents: Iterable[Item],
    *,
    settings: Settings,
    workers: int | None = None,
    dask: str | None = None,
) -> Iterator[Outcome]:
    """Outcomes of ``documents`` in input order.

    dask: a scheduler address or ``local:N``; when given, ``workers`` is ignored.
    workers: processes on this machine (None: ``Settings.workers``; 0: every core;
        1: in this process).
    """
    if dask:
        from newsgraph.batch.dask import run_dask

        return run_dask(documents, settings=settings, address=dask)
    count = settings.workers if workers is None else workers
    return run_workers(documents, settings=settings, workers=count or default_workers())


__all__ = ["PoolStats", "default_workers", "run_batch"]
