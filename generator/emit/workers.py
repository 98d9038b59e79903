"""The render's costly stages (datamodel-code-generator, black) side by side, in forked worker processes.

A render submits its pure, costly calls to `Workers` and collects their futures. The workers are forked at the
first submit that the cache cannot answer, one per CPU (at most `MAX_PROCESSES`), so they start with every module
this process has imported; a forked worker sees the cache switch (`--no-cache`) as it was when it was forked, and
stores what it computes itself. A `Reserved` process is forked earlier, before its call's input exists, to import
a tool meanwhile.

Where forking cannot win or is unsafe (one CPU; no `fork`, or macOS, where a forked child may crash in
system frameworks; a process with other threads, whose locks a child could inherit held) each call runs here, at
once, and its future is already done.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from multiprocessing.connection import Connection
from types import TracebackType
from typing import ParamSpec, Protocol, TypeVar

from generator.cache.stages import cached_result

P = ParamSpec("P")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
MAX_PROCESSES = 4
"""More would not help: black's time on the biggest file (a third of the formatting) bounds the render."""


class Workers:
    """A pool of forked processes, started on first use and joined on leaving the `with` block.

    `prepare` runs here once, before the fork (or before the first call here), so that the workers inherit what
    it imports instead of each importing it again.
    """

    def __init__(self, prepare: Callable[[], object] | None = None) -> None:
        self._pool: Executor | None = None
        self._usable = _can_fork()
        self._prepare = prepare

    def __enter__(self) -> Workers:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def submit(self, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        """`function(*args, **kwargs)` in a worker (a module-level function, picklable arguments and result)."""
        if self._prepare is not None:
            self._prepare()
            self._prepare = None
        if self._pool is None and self._usable and _one_thread():
            self._pool = ProcessPoolExecutor(
                min(_cpus(), MAX_PROCESSES),
                mp_context=multiprocessing.get_context("fork"),
                initializer=_as_worker,
                initargs=(os.getpid(),),
            )
        if self._pool is not None:
            return self._pool.submit(function, *args, **kwargs)
        return _done(function, *args, **kwargs)

    def memoized(self, function: Callable[P, str], *args: P.args, **kwargs: P.kwargs) -> Future[str]:
        """A `@memoized` function's call: answered from the cache here, else submitted (the worker stores it)."""
        found = cached_result(function, *args, **kwargs)
        return answered(found) if found is not None else self.submit(function, *args, **kwargs)


class Outcome(Protocol[T_co]):
    """What a submit returns: a `Future`, or a `Reserved` process's pending answer."""

    def result(self) -> T_co:
        """The call's result, waiting for it; raises what the call raised."""
        ...


class Runner(Protocol):
    """Where a call can run: `Workers` or `Reserved`."""

    def submit(self, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Outcome[T]:
        """`function(*args, **kwargs)` there; its outcome."""
        ...


class Reserved:
    """One process forked now, before the input of its one call is known, that imports what `warm` imports while
    this process goes on (datamodel-code-generator while the spec loads); `submit` then runs the call there.

    Without a usable fork (see the module's docstring) `warm` and the call run here, at `submit`. On leaving the
    `with` block a process still running is stopped.
    """

    def __init__(self, warm: Callable[[], object]) -> None:
        self._warm: Callable[[], object] | None = warm
        self._process: multiprocessing.process.BaseProcess | None = None
        self._connection: Connection | None = None
        if _can_fork() and _one_thread():
            context = multiprocessing.get_context("fork")
            self._connection, child = context.Pipe()
            self._process = context.Process(target=_serve, args=(child, warm, os.getpid()), daemon=True)
            self._process.start()
            child.close()

    def __enter__(self) -> Reserved:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._process is not None:
            if self._process.is_alive():
                self._process.terminate()
            self._process.join()
            self._process = None
        if self._connection is not None:
            self._connection.close()

    def submit(self, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Outcome[T]:
        """`function(*args, **kwargs)` in the reserved process (its one call), else here, now."""
        if self._connection is None:
            if self._warm is not None:
                self._warm()
                self._warm = None
            return _done(function, *args, **kwargs)
        self._connection.send((function, args, kwargs))
        return _Answer(self._connection)


class _Answer(Outcome[T]):
    def __init__(self, connection: Connection) -> None:
        self._connection = connection

    def result(self) -> T:
        try:
            succeeded, value = self._connection.recv()
        except EOFError:
            raise RuntimeError("a worker process ended without an answer") from None
        if not succeeded:
            raise value
        return value  # type: ignore[no-any-return]


def _serve(connection: Connection, warm: Callable[[], object], parent: int) -> None:
    """The reserved process: warm up, then answer the one call (a plain value or the exception it raised)."""
    _as_worker(parent)
    with contextlib.suppress(Exception):  # the call will raise it again, in a form the caller can read
        warm()
    function, args, kwargs = connection.recv()
    try:
        answer = (True, function(*args, **kwargs))
    except Exception as exc:  # handed to the caller by `result()`, as in this process
        answer = (False, exc)
    connection.send(answer)
    connection.close()


def _as_worker(parent: int) -> None:
    """A forked process's signals. Ctrl-C, sent to the whole process group, is for the parent alone, which kills
    its workers (`generator.stop_signals`); SIGTERM ends a worker at once, whatever handler the parent had when it
    forked. And on Linux the worker dies with its parent, however the parent ends: a worker forked while the
    parent's handler ran would otherwise be missed by it, and no handler runs on SIGKILL."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):  # no prctl in this libc: the parent's handlers still stop this process
            ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent ended before the kernel was told
        os._exit(1)


_PR_SET_PDEATHSIG = 1
"""prctl(2): the signal this process gets when the thread that forked it ends (workers are forked by the main one)."""


def answered(value: T) -> Future[T]:
    """A future already holding `value` (a result the cache gave)."""
    future: Future[T] = Future()
    future.set_result(value)
    return future


def _done(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Future[T]:
    """A future holding what `function` returns or raises, called now, in this process."""
    future: Future[T] = Future()
    try:
        future.set_result(function(*args, **kwargs))
    except Exception as exc:  # handed to the caller by `result()`, as a worker's would be
        future.set_exception(exc)
    return future


def _cpus() -> int:
    """The CPUs this process may run on."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity else os.cpu_count() or 1


def _can_fork() -> bool:
    return _cpus() > 1 and "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"


def _one_thread() -> bool:
    return threading.active_count() == 1
