"""What ``wait`` knows of a job it polls (an async task): the state field and which states end it, from the spec.

``Polling`` is generated per polled endpoint (``_rules``); ``read_state`` reads a parsed response through it, by
wire name, so a renamed Python field cannot hide the state. A state the spec does not list is taken as still
pending: a vendor that adds ``queued`` must not make ``wait`` fail a task that is fine.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pydantic

from ._exceptions import InvalidParameterError, TaskFailedError, TaskTimeoutError

__all__ = ["Polling", "TaskState", "check_wait_arguments", "failed", "read_state", "timed_out"]


@dataclass(frozen=True, slots=True)
class Polling:
    """The field holding a job's state, the states that end it well or badly, and its progress and error fields."""

    status: str
    succeeded: tuple[str, ...]
    failed: tuple[str, ...]
    progress: str | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class TaskState:
    """One reading of a job: its state, how far it got (0-100, if it says), and its error object (if any)."""

    status: str | None
    progress: float | None
    error: object


def read_state(job: pydantic.BaseModel, polling: Polling) -> TaskState:
    """The state ``job`` reports, read by wire name."""
    data = job.model_dump(mode="json", by_alias=True)
    status = data.get(polling.status)
    progress = data.get(polling.progress) if polling.progress else None
    return TaskState(
        status=status if isinstance(status, str) else None,
        progress=progress if isinstance(progress, int | float) and not isinstance(progress, bool) else None,
        error=data.get(polling.error) if polling.error else None,
    )


def check_wait_arguments(timeout: object, interval: object, max_interval: object) -> None:
    """``InvalidParameterError`` unless each is finite seconds > 0 and ``interval`` <= ``max_interval``."""
    for name, value in (("timeout", timeout), ("interval", interval), ("max_interval", max_interval)):
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
            raise InvalidParameterError(f"{name} must be finite seconds > 0, got {value!r}.", parameter=name)
    assert isinstance(interval, int | float) and isinstance(max_interval, int | float)
    if interval > max_interval:
        raise InvalidParameterError(
            f"interval ({interval} s) must not exceed max_interval ({max_interval} s).", parameter="interval"
        )


def failed(task_id: str, state: TaskState, job: object) -> TaskFailedError:
    """The error for a job that ended failed, with its own code and message when it gives them."""
    error = state.error if isinstance(state.error, dict) else {}
    code = error.get("code")
    message = error.get("message")
    text = f"Task {task_id} failed"
    text += f" ({code})" if code else ""
    text += f": {message}" if isinstance(message, str) and message else "; it gave no error message."
    return TaskFailedError(text, task_id=task_id, code=str(code) if code is not None else None, task=job)


def timed_out(task_id: str, state: TaskState, job: object, timeout: float) -> TaskTimeoutError:
    """The error for a wait that ran out of time, saying how far the job got."""
    progress = f", {state.progress:g}% done" if state.progress is not None else ""
    text = (
        f"Gave up waiting for task {task_id} after {timeout:g} s: it is still {state.status or 'in an unknown state'}"
        f"{progress}. Wait again (client.tasks.wait) to go on, or pass a longer timeout."
    )
    return TaskTimeoutError(text, task_id=task_id, status=state.status, progress=state.progress, task=job)
