"""The render's costly stages (datamodel-code-generator, black) side by side, in forked worker processes.

A render submits its pure, costly calls here and collects their futures. The workers are forked at the first
submit that the cache cannot answer, one per CPU, so they start with every module this process has imported;
a forked worker sees the cache switch (`--no-cache`) as it was when it was forked, and stores what it computes
itself. Where forking cannot win or is unsafe (one CPU; no `fork`, or macOS, where a forked child may crash in
system frameworks; a process with other threads, whose locks a child could inherit held) each call runs here, at
once, and its future is already done.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from types import TracebackType
from typing import ParamSpec, TypeVar

from generator.cache.stages import cached_result

P = ParamSpec("P")
T = TypeVar("T")
MAX_PROCESSES = 4
"""More would not help: black's time on the biggest file (a third of the formatting) bounds the render."""


class Workers:
    """A pool of forked processes, started on first use and joined on leaving the `with` block.

    `prepare` runs here once, before the fork (or before the first call here), so that the workers inherit what
    it imports instead of each importing it again.
    """

    def __init__(self, prepare: Callable[[], object] | None = None) -> None:
        self._pool: Executor | None = None
        self._usable = _cpus() > 1 and "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin"
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
        if self._pool is None and self._usable and threading.active_count() == 1:
            self._pool = ProcessPoolExecutor(
                min(_cpus(), MAX_PROCESSES), mp_context=multiprocessing.get_context("fork")
            )
        if self._pool is not None:
            return self._pool.submit(function, *args, **kwargs)
        return _done(function, *args, **kwargs)

    def memoized(self, function: Callable[P, str], *args: P.args, **kwargs: P.kwargs) -> Future[str]:
        """A `@memoized` function's call: answered from the cache here, else submitted (the worker stores it)."""
        found = cached_result(function, *args, **kwargs)
        if found is not None:
            done: Future[str] = Future()
            done.set_result(found)
            return done
        return self.submit(function, *args, **kwargs)


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
