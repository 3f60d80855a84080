"""Worker processes: input order kept, memory bounded, dead workers survived, same results as in process.

The engines below stand in for ``newsgraph.process.Engine`` (no model load, so
these tests are fast); spawned workers import them from this module by name.
The real engine on worker processes of a cluster is tested in test_dask.py:
each real worker costs seconds of model and resource loading.
"""

from __future__ import annotations

import atexit
import multiprocessing
import os
import random
import struct
import time
from collections.abc import Iterable, Iterator

import pytest

from newsgraph.batch.workers import PoolStats, _WorkerPool, balance_tail, chunked, read_available, run_workers
from newsgraph.errors import NewsgraphError
from newsgraph.records import ErrorRecord, RawDocument, Result
from newsgraph.settings import Settings

Item = RawDocument | ErrorRecord


class UpperEngine:
    """Upper-cases the text, after a short random pause so chunks finish out of order."""

    def __init__(self, settings: Settings) -> None:
        self.random = random.Random(os.getpid())

    def run(self, documents: Iterable[Item]) -> Iterator[Result | ErrorRecord]:
        for document in documents:
            if isinstance(document, ErrorRecord):
                yield document
                continue
            time.sleep(self.random.random() * 0.01)
            yield Result(doc_id=document.doc_id, text=document.text.upper(), title=None, published=None)


class SlowTeardownEngine(UpperEngine):
    """Takes five seconds to tear down at exit, as freeing a large model does (less dramatically)."""

    def __init__(self, settings: Settings) -> None:
        super().__init__(settings)
        atexit.register(time.sleep, 5)


class CrashingEngine(UpperEngine):
    """Kills its own process on the document with id ``boom`` (as an out-of-memory kill would)."""

    def run(self, documents: Iterable[Item]) -> Iterator[Result | ErrorRecord]:
        for document in documents:
            if document.doc_id == "boom":
                os._exit(9)
            yield from super().run([document])


class ClockEngine(UpperEngine):
    """Answers each document with the wall-clock time at which it was analysed."""

    def run(self, documents: Iterable[Item]) -> Iterator[Result | ErrorRecord]:
        for document in documents:
            yield Result(doc_id=document.doc_id, text=repr(time.time()), title=None, published=None)


def unbuildable(settings: Settings) -> UpperEngine:
    from newsgraph.errors import ModelNotFoundError

    raise ModelNotFoundError("no English spaCy pipeline found (test)")


def _docs(count: int) -> list[Item]:
    return [RawDocument(doc_id=f"d{index}", text=f"text {index}") for index in range(count)]


@pytest.mark.parametrize(("size", "expected"), [(3, [[0, 1, 2], [3, 4, 5], [6]]), (7, [[0, 1, 2, 3, 4, 5, 6]])])
def test_chunked(size: int, expected: list[list[int]]) -> None:
    assert list(chunked(range(7), size)) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("items", "size", "workers", "expected_sizes"),
    [
        # the last 2 chunks cut into quarters, then smaller as the input runs out
        (40, 8, 2, [8, 8, 8, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1]),
        (36, 8, 2, [8, 8, 8, 2, 2, 2, 1, 1, 1, 1, 1, 1]),
        (160, 32, 2, [32, 32, 32, 8, 8, 8, 8, 8, 6, 4, 3, 2, 2] + [1] * 7),
        (12, 8, 4, [1] * 12),  # never more than half of each worker's share of what is left
        (8, 8, 2, [8]),  # one chunk stays whole: it runs in this process
        (40, 2, 2, [2] * 20),  # chunks too small to cut
        (0, 8, 2, []),
    ],
)
def test_the_last_chunks_are_cut_into_pieces(items: int, size: int, workers: int, expected_sizes: list[int]) -> None:
    chunks = list(balance_tail(chunked(range(items), size), size, workers))  # type: ignore[arg-type]
    assert [len(chunk) for chunk in chunks] == expected_sizes
    assert [item for chunk in chunks for item in chunk] == list(range(items))


def test_outcomes_come_back_in_input_order_with_input_errors_in_place() -> None:
    items = _docs(30)
    items[11] = ErrorRecord("bad.html", "ingest", "E006", "HTML page with no main text")
    stats = PoolStats()
    outcomes = list(run_workers(items, settings=Settings(), workers=2, chunk_size=3,
                                engine_factory=UpperEngine, stats=stats))
    assert [o.doc_id for o in outcomes] == [i.doc_id for i in items]
    assert outcomes[11] == items[11]
    assert outcomes[12] == Result(doc_id="d12", text="TEXT 12", title=None, published=None)
    assert stats.workers == 2 and stats.ready_after is not None and stats.replaced == 0


def test_the_run_ends_without_waiting_for_the_workers_teardown() -> None:
    outcomes = run_workers(_docs(12), settings=Settings(), workers=2, chunk_size=3, engine_factory=SlowTeardownEngine)
    got = [next(outcomes) for _ in range(12)]
    began = time.perf_counter()
    assert next(outcomes, None) is None  # the pool stops its workers here
    assert time.perf_counter() - began < 2.0
    assert [o.doc_id for o in got] == [f"d{index}" for index in range(12)]
    assert multiprocessing.active_children() == []


def test_one_chunk_of_input_runs_in_process() -> None:
    stats = PoolStats()
    outcomes = list(run_workers(_docs(3), settings=Settings(), workers=4, chunk_size=8,
                                engine_factory=UpperEngine, stats=stats))
    assert [o.text for o in outcomes if isinstance(o, Result)] == ["TEXT 0", "TEXT 1", "TEXT 2"]
    assert stats.workers == 1
    assert multiprocessing.active_children() == []


def test_input_is_read_only_a_window_ahead_and_workers_stop_with_the_consumer() -> None:
    read = 0

    def endless() -> Iterator[Item]:
        nonlocal read
        while True:
            read += 1
            yield RawDocument(doc_id=f"d{read}", text="x")

    outcomes = run_workers(endless(), settings=Settings(), workers=2, chunk_size=4, engine_factory=UpperEngine)
    first = [next(outcomes) for _ in range(10)]
    assert [o.doc_id for o in first] == [f"d{n}" for n in range(1, 11)]
    # In chunks of 4 documents: the 2 chunks already yielded whole (d1-d8), a
    # window of 2 workers x 4 chunks in flight counted from the chunk being
    # yielded (d9-d12), and the 2 chunks balance_tail holds back. How much of
    # that is read by now depends on the timing of the workers; the bound does not.
    assert read <= (2 + 2 * 4 + 2) * 4
    outcomes.close()
    assert multiprocessing.active_children() == []


def test_a_free_worker_gets_its_next_chunk_before_the_consumer_is_served() -> None:
    analysed_at: dict[str, float] = {}
    consumed_at: dict[str, float] = {}
    for outcome in run_workers(_docs(8), settings=Settings(), workers=2, chunk_size=2, engine_factory=ClockEngine):
        analysed_at[outcome.doc_id] = float(outcome.text)
        if outcome.doc_id in ("d0", "d1"):
            time.sleep(1.0)  # a slow writer (a wide margin: a loaded machine delays the worker too)
        consumed_at[outcome.doc_id] = time.time()
    # Chunk (d4, d5) waits read ahead while chunk (d0, d1) finishes: its worker
    # starts on it while the writer is still busy with d0 and d1.
    assert analysed_at["d4"] < consumed_at["d1"]


def test_a_dead_worker_costs_only_its_chunk() -> None:
    items = _docs(12)
    items[5] = RawDocument(doc_id="boom", text="x")
    stats = PoolStats()
    outcomes = list(run_workers(items, settings=Settings(), workers=2, chunk_size=2,
                                engine_factory=CrashingEngine, stats=stats))
    assert [o.doc_id for o in outcomes] == [i.doc_id for i in items]
    failed = {o.doc_id: o.code for o in outcomes if isinstance(o, ErrorRecord)}
    assert failed == {"d4": "E020", "boom": "E020"}  # the chunk (d4, boom) died with its worker
    assert stats.replaced == 1


def test_an_engine_that_cannot_be_built_stops_the_run() -> None:
    with pytest.raises(NewsgraphError, match=r"\[E040\] no English spaCy pipeline found"):
        list(run_workers(_docs(8), settings=Settings(), workers=2, chunk_size=2, engine_factory=unbuildable))
    assert multiprocessing.active_children() == []


def test_a_worker_found_dead_is_heard_out_before_it_is_judged() -> None:
    # The race made certain: the worker said its fatal error and exited, and
    # the parent finds it dead before reading the message. The error reported
    # must be the worker's, not "could not start".
    pool = _WorkerPool(unbuildable, Settings(), 1, PoolStats())
    try:
        pool._workers[0].process.join(timeout=60)
        assert not pool._workers[0].process.is_alive()
        with pytest.raises(NewsgraphError, match=r"\[E040\] no English spaCy pipeline found"):
            pool._replace_dead_workers()
    finally:
        pool._terminate()
    assert multiprocessing.active_children() == []


def test_a_short_input_starts_one_worker_per_chunk() -> None:
    stats = PoolStats()
    outcomes = list(run_workers(_docs(5), settings=Settings(), workers=8, chunk_size=2,
                                engine_factory=UpperEngine, stats=stats))
    assert len(outcomes) == 5
    assert stats.workers == 3


def test_a_pipe_cut_in_the_middle_of_a_message_reads_as_its_end() -> None:
    # A worker killed while it sends leaves part of a message in its pipe:
    # the messages before it are read, and the pipe counts as ended at once
    # (no wait for bytes that will never come).
    receiving, sending = multiprocessing.Pipe(duplex=False)
    sending.send(("done", 0, "whole"))
    header_of_a_long_message = struct.pack("!i", 1000)
    os.write(sending.fileno(), header_of_a_long_message + b"only the start")
    sending.close()
    began = time.perf_counter()
    assert read_available(receiving) == ([("done", 0, "whole")], True)
    assert time.perf_counter() - began < 1.0
    receiving.close()


def test_a_live_quiet_pipe_has_not_ended() -> None:
    receiving, sending = multiprocessing.Pipe(duplex=False)
    assert read_available(receiving) == ([], False)
    sending.send(("ready", -1, (1, 0.0)))
    assert read_available(receiving) == ([("ready", -1, (1, 0.0))], False)
    receiving.close()
    sending.close()
