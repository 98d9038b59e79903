"""What SIGTERM and Ctrl-C do to a command, and the one stretch they must not cut short.

While a command runs, either signal stops the command's worker processes, prints one line and exits at once as a
shell reports a signal (143, 130). Not by raising an exception: raised wherever the main thread happens to be,
KeyboardInterrupt can be swallowed ("Exception ignored in ...", the command then runs to the end) or leave
concurrent.futures' process pool waiting forever in its shutdown; both were seen. And not SIGTERM's default,
which ends this process alone: its forked workers lived on, orphaned, holding the caller's pipes open
(`timeout 60 evolink-codegen generate | tee log` never ended).

Writing files is the exception: `held()` makes the signals wait until a write that must be whole is done (the
output tree, the spec files `sync --write` edits, a recorded release).
"""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType

from generator import exit_codes

STOPS: dict[signal.Signals, tuple[str, int]] = {
    signal.SIGINT: ("interrupted", exit_codes.INTERRUPTED),
    signal.SIGTERM: ("terminated", exit_codes.TERMINATED),
}
"""Each signal that stops a command: the line it prints and the exit code."""


@contextlib.contextmanager
def stop_at_once() -> Iterator[None]:
    """Within the block, SIGTERM and Ctrl-C stop the worker processes and exit this process (see the module)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set handlers: a command run from another thread keeps the defaults
        return
    handler = functools.partial(_stop, os.getpid())
    previous = {stop: signal.signal(stop, handler) for stop in STOPS}
    try:
        yield
    finally:
        for stop, before in previous.items():
            signal.signal(stop, before if before is not None else signal.SIG_DFL)


@contextlib.contextmanager
def held() -> Iterator[None]:
    """Within the block (in the main thread, on a POSIX system), SIGTERM and SIGINT wait; they arrive at its end."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, STOPS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _stop(owner: int, number: int, frame: FrameType | None) -> None:
    message, code = STOPS[signal.Signals(number)]
    if os.getpid() == owner:  # not a worker forked before it set its own handlers: that one just ends
        _kill_workers()
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
            sys.stderr.write(message + "\n")
            sys.stderr.flush()
    os._exit(code)


def _kill_workers() -> None:
    """Kill the processes this one started with multiprocessing (the render's workers), if it started any."""
    multiprocessing = sys.modules.get("multiprocessing")
    if multiprocessing is None:
        return  # never imported, so nothing was forked
    with contextlib.suppress(Exception):  # a handler must not raise: the exit below matters more
        for child in multiprocessing.active_children():
            child.kill()
