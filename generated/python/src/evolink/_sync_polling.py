# derived from templates/python/runtime/_async_polling.py by evolink-codegen (unasync); do not edit
"""``wait_for``: poll a job (an async task) until it ends, written once, async; the sync twin is derived.

It reads the job, reports it to ``on_progress``, and returns it once its state is one that succeeded; a failed
state raises ``TaskFailedError`` with the job's own error, and running out of ``timeout`` raises
``TaskTimeoutError`` saying how far it got. Between reads it waits ``interval`` seconds, growing by half each
time up to ``max_interval``, never past the deadline; errors of the reads themselves (a 404 for an unknown id)
propagate, after the client's own retries.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

import pydantic

from ._polling import Polling, failed, read_state, timed_out

__all__ = ["wait_for"]

M = TypeVar("M", bound="pydantic.BaseModel")  # a string: importing BaseModel costs ~25 ms at import time

_GROWTH = 1.5


def wait_for(
    retrieve: Callable[[], M],
    sleep: Callable[[float], None],
    polling: Polling,
    *,
    task_id: str,
    timeout: float,
    interval: float,
    max_interval: float,
    on_progress: Callable[[M], object] | None = None,
) -> M:
    """The job once it succeeded; see the module docstring."""
    deadline = time.monotonic() + timeout
    delay = interval
    while True:
        job = retrieve()
        state = read_state(job, polling)
        if on_progress is not None:
            on_progress(job)
        if state.status in polling.succeeded:
            return job
        if state.status in polling.failed:
            raise failed(task_id, state, job)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise timed_out(task_id, state, job, timeout)
        sleep(min(delay, remaining))
        delay = min(delay * _GROWTH, max_interval)
