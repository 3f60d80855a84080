"""Extraction on worker processes of this machine, results back in input order.

The parent reads the documents and cuts them into chunks of
``Settings.batch_size`` (the ``nlp.pipe`` batch, so a worker parses exactly
the batches one process would). Each worker process builds one ``Engine``
(the model is loaded once per process) and turns chunks into outcomes. The
parent is the single consumer: it yields outcomes in input order to the one
writer (stdout or the SQLite store).

Memory is bounded whatever the input size: at most ``window`` chunks are in
flight (queued, being parsed, or waiting to be put back in order), and the
parent reads the next chunk only when one has been yielded.

Worker processes are started with ``spawn``: no fork of a parent holding
threads or a loaded model, and the same behaviour on Linux and macOS. A
worker that dies (killed, out of memory) turns the documents of the chunk it
held into error records; a fresh worker takes its place and the run goes on.

Each worker answers on a pipe of its own, never on a queue shared with the
others: a process killed while writing to a shared queue dies holding the
queue's lock, and every other worker then waits for that lock forever. A
worker killed mid-message only cuts its own pipe short, which the parent
reads as the end of that worker.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from multiprocessing.connection import Connection, wait
from multiprocessing.context import SpawnProcess
from typing import Any, Protocol

from newsgraph.errors import Code, NewsgraphError
from newsgraph.records import ErrorRecord, RawDocument, Result
from newsgraph.settings import Settings

Item = RawDocument | ErrorRecord
Outcome = Result | ErrorRecord

# How long the parent waits on the result queue before it checks that every
# worker is still alive (a dead worker never answers).
_POLL_SECONDS = 1.0
# Chunks handed to one worker at a time. One: the parent keeps the next chunk
# read ahead and hands it over the moment a worker is done (a millisecond of
# IPC against seconds of parsing), and the last chunks of a run go to
# whichever worker is free, so no worker is left with two while another idles.
_CHUNKS_PER_WORKER = 1
# Chunks in flight per worker overall, counting those finished early and
# waiting for an earlier one to be yielded (the reorder buffer).
_WINDOW_PER_WORKER = 4
# A chunk whose worker died is given to a fresh worker once more; if that one
# dies too, the chunk's documents become error records.
_MAX_ATTEMPTS = 2
# The last chunks of a run are cut into pieces of this fraction of a chunk (balance_tail).
_TAIL_PIECES = 4
# A worker's current chunk number when it is analysing none.
_IDLE = -1


class EngineLike(Protocol):
    """What a worker needs from ``newsgraph.process.Engine``."""

    def run(self, documents: Iterable[Item]) -> Iterator[Outcome]: ...


EngineFactory = Callable[[Settings], EngineLike]


@dataclass(slots=True)
class PoolStats:
    """Filled in by a run, for benchmarks and summaries (mutable on purpose: a counter).

    ready_after: seconds from the start of the run until every worker had its model loaded.
    replaced: workers that died and were replaced.
    busy_cpu: CPU seconds the workers spent on chunks after they were ready (for
        throughput per core on a machine shared with other work).
    """

    workers: int = 1
    ready_after: float | None = None
    replaced: int = 0
    busy_cpu: float = 0.0


# One short article run through a fresh engine: extractors load some of their
# resources (gazetteer, lexicons) on first use, and a worker should pay that
# before it reports ready, not inside its first chunk.
_WARM_UP = RawDocument(
    doc_id="warm-up",
    text="Russia said on Monday it would attend talks with Turkey in Astana next week, officials said.",
    published="2017-01-19",
)


def build_engine(factory: EngineFactory, settings: Settings) -> EngineLike:
    """An engine from ``factory``, warmed up on one short article."""
    engine = factory(settings)
    for _ in engine.run([_WARM_UP]):
        pass
    return engine


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Consecutive lists of ``size`` items (the last may be shorter), read lazily."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def balance_tail(chunks: Iterable[list[Item]], size: int, workers: int) -> Iterator[list[Item]]:
    """``chunks`` as they come, but the last ``workers`` of them re-cut into pieces that shrink to one document.

    Workers take chunks as they free up, so a run ends when the slowest one
    finishes its last chunk: with whole chunks one worker may idle for most
    of a chunk's time (seconds of parsing) while another finishes. Pieces of
    at most a quarter chunk, shrinking as the input runs out (never more than
    half of each worker's share of what is left), cut that wait to about one
    document's time, at the cost of smaller ``nlp.pipe`` batches for the last
    few dozen documents only. An input of one chunk stays whole.
    """
    piece = size // _TAIL_PIECES
    held: deque[list[Item]] = deque()
    seen = 0
    for chunk in chunks:
        held.append(chunk)
        seen += 1
        if len(held) > workers:
            yield held.popleft()
    if seen <= 1 or piece < 1:
        yield from held
        return
    rest = list(chain.from_iterable(held))
    while rest:
        cut = max(1, min(piece, len(rest) // (2 * workers)))
        yield rest[:cut]
        rest = rest[cut:]


def run_workers(
    documents: Iterable[Item],
    *,
    settings: Settings,
    workers: int,
    chunk_size: int | None = None,
    engine_factory: EngineFactory | None = None,
    stats: PoolStats | None = None,
) -> Iterator[Outcome]:
    """Outcomes of ``documents`` in input order, analysed by ``workers`` processes.

    With one worker, or an input that fits in one chunk, the documents are
    analysed in this process (starting processes would cost more than it
    saves); an input of fewer chunks than ``workers`` starts one worker per
    chunk. ``engine_factory`` must be importable by name in a fresh
    interpreter; it defaults to ``newsgraph.process.Engine``.
    """
    factory = engine_factory or _default_factory
    stats = stats if stats is not None else PoolStats()
    started = time.perf_counter()
    size = chunk_size or settings.batch_size
    chunks = balance_tail(chunked(documents, size), size, workers) if workers > 1 else chunked(documents, size)
    # Read up to one chunk per worker first: a short input starts only the
    # workers it can keep busy (each costs a model in memory).
    head = list(islice(chunks, max(workers, 1)))
    if not head:
        return  # nothing to analyse: no model to load
    if len(head) < 2:
        engine = factory(settings)
        stats.ready_after = time.perf_counter() - started
        yield from engine.run(chain.from_iterable(chain(head, chunks)))
        return
    stats.workers = len(head)
    yield from _WorkerPool(factory, settings, len(head), stats).run(chain(head, chunks))


def _default_factory(settings: Settings) -> EngineLike:
    from newsgraph.process import Engine

    return Engine(settings)


def _worker_main(factory: EngineFactory, settings: Settings, tasks: Any, results: Connection, current: Any) -> None:
    """Body of one worker process: one engine, then chunks until told to stop.

    ``results`` is this worker's own pipe to the parent. ``send`` returns once
    the whole message is in the pipe (the parent reads while it is written),
    so nothing is left in flight when the process ends.
    """
    try:
        engine = build_engine(factory, settings)
    except NewsgraphError as error:
        results.send(("fatal", -1, (error.code.value, error.detail)))
        return
    except Exception as error:  # noqa: BLE001 - reported to the parent, which stops the run
        results.send(("fatal", -1, (Code.BAD_SETTING.value, f"{type(error).__name__}: {error}")))
        return
    pid = os.getpid()
    results.send(("ready", -1, (pid, time.process_time())))
    parent = multiprocessing.parent_process()
    while True:
        try:
            task = tasks.get(timeout=_POLL_SECONDS)
        except queue.Empty:
            # A parent killed with SIGKILL cannot stop its workers; they stop
            # themselves instead of waiting on the queue forever.
            if parent is not None and not parent.is_alive():
                return
            continue
        if task is None:
            _leave(results)
        seq, items = task
        # Shared memory, not a queue message: a queued message may still sit
        # in this process's feeder thread when the process is killed, and the
        # parent must know for certain which chunk a dead worker had begun.
        current.value = seq
        outcomes = analyse_chunk(engine, items)
        results.send(("done", seq, (outcomes, pid, time.process_time())))
        current.value = _IDLE


def _leave(results: Connection) -> None:
    """End this worker at once, its last results delivered.

    A normal exit tears the interpreter down object by object: freeing the
    model, lexicons and gazetteer takes about half a second, which the parent
    (and so the whole run) would wait for in ``_stop``. Nothing here needs
    tearing down (no files are open; every result was sent whole, and the
    parent has every outcome it asked for), so the process simply exits.
    """
    results.close()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def analyse_chunk(engine: EngineLike, items: list[Item]) -> list[Outcome]:
    """Outcomes of one chunk; a failure of the whole chunk makes one error record per document."""
    # Engine.run already turns a failing document into its error record; this
    # catches a failure of the batch itself, so the worker survives it.
    try:
        return list(engine.run(items))
    except Exception as error:  # noqa: BLE001 - boundary of one chunk
        message = f"{type(error).__name__}: {error}"
        code = Code.EXTRACTION_FAILED.value
        return [
            item if isinstance(item, ErrorRecord) else ErrorRecord(item.doc_id, "extract", code, message)
            for item in items
        ]


def read_available(connection: Connection) -> tuple[list[Any], bool]:
    """The messages waiting in ``connection``, and whether it has ended (its writer gone).

    A writer killed in the middle of a message leaves a message cut short,
    which reads as the end of the pipe: the parent never waits for the rest.
    """
    said = []
    try:
        while connection.poll():
            said.append(connection.recv())
    except (EOFError, OSError):
        return said, True
    return said, False


class _Worker:
    """One worker process, its own task queue and result pipe, and the chunks handed to it."""

    def __init__(self, context: Any, factory: EngineFactory, settings: Settings) -> None:
        self.tasks: Any = context.Queue()
        self.current: Any = context.Value("q", _IDLE, lock=False)  # the chunk being analysed
        self.results, sending_end = context.Pipe(duplex=False)
        self.process: SpawnProcess = context.Process(
            target=_worker_main, args=(factory, settings, self.tasks, sending_end, self.current), daemon=True
        )
        self.process.start()
        # Only the worker holds the sending end now, so its death reads as the end of the pipe.
        sending_end.close()
        self.silent = False  # its pipe has ended: it will never say anything more
        self.assigned: list[int] = []  # chunk numbers, oldest first

    def messages(self) -> list[tuple[str, int, Any]]:
        """What the worker has said and the parent has not read yet, without waiting for more."""
        if self.silent:
            return []
        said, self.silent = read_available(self.results)
        return said

    def close(self) -> None:
        self.tasks.close()
        self.tasks.cancel_join_thread()
        self.results.close()

    def give(self, seq: int, chunk: list[Item]) -> None:
        self.assigned.append(seq)
        self.tasks.put((seq, chunk))


class _WorkerPool:
    """The parent's side: hands out chunks, watches workers, puts outcomes back in order."""

    def __init__(self, factory: EngineFactory, settings: Settings, workers: int, stats: PoolStats) -> None:
        self._began = time.perf_counter()
        self._stats = stats
        self._context = multiprocessing.get_context("spawn")
        self._factory = factory
        self._settings = settings
        self._window = workers * _WINDOW_PER_WORKER
        self._workers = [self._new_worker() for _ in range(workers)]
        self._chunks: dict[int, list[Item]] = {}  # in flight, kept to hand out again if a worker dies
        self._attempts: dict[int, int] = {}
        self._waiting: list[int] = []  # chunks read (or given back by a dead worker), oldest first
        self._finished: dict[int, list[Outcome]] = {}
        self._ready: set[int | None] = set()  # pids of workers whose engine is built
        self._cpu_at_ready: dict[int, float] = {}
        self._cpu_last: dict[int, float] = {}

    def _new_worker(self) -> _Worker:
        return _Worker(self._context, self._factory, self._settings)

    def run(self, chunks: Iterator[list[Item]]) -> Iterator[Outcome]:
        next_seq = 0
        next_out = 0
        exhausted = False
        try:
            while True:
                # Keep one chunk read ahead, so that reading the input (HTML
                # extraction for WARC) overlaps the workers' parsing.
                if not self._waiting and not exhausted and next_seq - next_out < self._window:
                    chunk = next(chunks, None)
                    if chunk is None:
                        exhausted = True
                    else:
                        self._chunks[next_seq] = chunk
                        self._waiting.append(next_seq)
                        next_seq += 1
                    continue
                # An idle worker gets its next chunk before the consumer is
                # given anything: the consumer (the SQLite writer) may take a
                # while over a chunk's outcomes, and no worker should wait on it.
                if self._hand_out():
                    continue
                if next_out in self._finished:
                    del self._chunks[next_out]
                    yield from self._finished.pop(next_out)
                    next_out += 1
                    continue
                if exhausted and next_out == next_seq:
                    break
                self._receive()
            self._stop()
        finally:
            self._terminate()

    def _hand_out(self) -> bool:
        """Give waiting chunks to idle workers; True when one was given."""
        given = False
        for worker in self._workers:
            if self._waiting and len(worker.assigned) < _CHUNKS_PER_WORKER:
                seq = self._waiting.pop(0)
                self._attempts[seq] = self._attempts.get(seq, 0) + 1
                worker.give(seq, self._chunks[seq])
                given = True
        return given

    def _receive(self) -> None:
        listening = [worker.results for worker in self._workers if not worker.silent]
        if not wait(listening, timeout=_POLL_SECONDS):
            self._replace_dead_workers()
            return
        self._read_pending()
        if any(worker.silent for worker in self._workers):
            self._replace_dead_workers()

    def _handle(self, message: tuple[str, int, Any]) -> None:
        kind, seq, payload = message
        if kind == "ready":
            pid, cpu = payload
            self._ready.add(pid)
            self._cpu_at_ready[pid] = self._cpu_last[pid] = cpu
            if self._stats.ready_after is None and len(self._ready) == len(self._workers):
                self._stats.ready_after = time.perf_counter() - self._began
        elif kind == "done":
            outcomes, pid, cpu = payload
            self._cpu_last[pid] = cpu
            self._stats.busy_cpu = sum(self._cpu_last[p] - self._cpu_at_ready[p] for p in self._cpu_last)
            if seq not in self._chunks or seq in self._finished:
                return  # already counted as lost with its dead worker
            self._finished[seq] = outcomes
            for worker in self._workers:
                if seq in worker.assigned:
                    worker.assigned.remove(seq)
        else:  # "fatal": the engine could not be built, so no worker ever will
            code, detail = payload
            raise NewsgraphError(Code(code), detail)

    def _replace_dead_workers(self) -> None:
        for worker in self._workers:
            if worker.silent and worker.process.is_alive():
                # Its pipe ended, so it is on its way out: let it finish dying.
                worker.process.join(timeout=5)
                if worker.process.is_alive():
                    worker.process.kill()
                    worker.process.join()
        dead = [index for index, worker in enumerate(self._workers) if not worker.process.is_alive()]
        if not dead:
            return
        # Whatever a dead worker said last (a finished chunk, a fatal error) is
        # in its pipe, though it may have arrived just after the wait timed
        # out: read it before counting the worker's chunks as lost.
        self._read_pending()
        for index in dead:
            worker = self._workers[index]
            process = worker.process
            if process.pid not in self._ready:
                # It died while starting (bad import, no memory for the model):
                # a replacement would die the same way, so stop here.
                raise NewsgraphError(
                    Code.BAD_SETTING, f"a worker process could not start (exit code {process.exitcode})"
                )
            begun = worker.current.value
            for seq in worker.assigned:
                if seq == begun or self._attempts[seq] >= _MAX_ATTEMPTS:
                    self._finished[seq] = self._lost(seq, process)
                else:  # never begun: another worker can take it, before newer chunks
                    self._waiting.insert(0, seq)
            worker.close()
            self._workers[index] = self._new_worker()
            self._stats.replaced += 1

    def _read_pending(self) -> None:
        for worker in self._workers:
            for message in worker.messages():
                self._handle(message)

    def _lost(self, seq: int, process: SpawnProcess) -> list[Outcome]:
        message = f"worker process {process.pid} died (exit code {process.exitcode}) while analysing this document"
        code = Code.EXTRACTION_FAILED.value
        return [
            item if isinstance(item, ErrorRecord) else ErrorRecord(item.doc_id, "extract", code, message)
            for item in self._chunks[seq]
        ]

    def _stop(self) -> None:
        for worker in self._workers:
            worker.tasks.put(None)
        for worker in self._workers:
            worker.process.join(timeout=10)

    def _terminate(self) -> None:
        # Reached also when the consumer stops early or an error escapes:
        # no worker may outlive the run.
        for worker in self._workers:
            if worker.process.is_alive():
                worker.process.terminate()
        for worker in self._workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():  # deaf to SIGTERM, or too slow on a loaded machine
                worker.process.kill()
                worker.process.join()
            worker.close()
