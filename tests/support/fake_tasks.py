"""Evolink's task API, faked: the tasks an ``X-Async-Mode: true`` request creates, and ``GET /v1/tasks/{task_id}``.

A ``TaskStore`` keeps each task (its model, the result it ends with, whether it fails) and counts its polls;
each state before the last lasts ``polls_per_state`` sightings, the creation reply counting as one sighting of
``pending``. With the default of one, the creation reply shows ``pending``, the first poll ``processing``
(progress 50) and every later poll ``completed`` (progress 100, ``results`` and ``result``) or, for a task
created with ``fail=True``, ``failed`` (with an ``error``). The store is thread-safe.

``task_reply`` answers a poll as the vendor does: the task, 404 ``task_not_found`` for an unknown id, 400
``invalid_task_id`` for an id not starting with ``task-unified-``.
"""

from __future__ import annotations

import re
import secrets
import string
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from tests.support.fake_server import RecordedRequest, Reply, error_reply

TASK_PREFIX: Final = "task-unified-"
TASK_PATH: Final = re.compile(r"^/v1/tasks/(?P<task_id>[^/]*)$")
INVALID_TASK_ID: Final = f"Invalid task ID format, must start with '{TASK_PREFIX}'"
TASK_FAILURE: Final = {"code": "generation_failed", "message": "the fake task failed, as asked", "type": "task_error"}
_ID_ALPHABET: Final = string.ascii_lowercase + string.digits
_STATES: Final = ("pending", "processing")
_PROGRESS: Final = {"pending": 0, "processing": 50, "completed": 100, "failed": 50}


@dataclass
class _Task:
    """One task: what it ends with and how often it was polled."""

    task_id: str
    created: int
    model: str
    text: str
    result: Mapping[str, object]
    fail: bool
    polls: int = 0


def new_task_id(created: int) -> str:
    """A task id in the vendor's format: ``task-unified-<10-digit created>-<8 lowercase letters or digits>``."""
    suffix = "".join(secrets.choice(_ID_ALPHABET) for _ in range(8))
    return f"{TASK_PREFIX}{created:010d}-{suffix}"


class TaskStore:
    """The fake's tasks, created by ``create`` and moved along by ``poll``; safe to use from several threads.

    ``polls_per_state`` (at least 1) is how many sightings ``pending`` and ``processing`` each last.
    """

    def __init__(self, polls_per_state: int = 1) -> None:
        if polls_per_state < 1:
            raise ValueError(f"polls_per_state must be at least 1, not {polls_per_state}")
        self.polls_per_state = polls_per_state
        self._tasks: dict[str, _Task] = {}
        self._lock = threading.Lock()

    def create(self, model: str, text: str, result: Mapping[str, object], *, fail: bool = False) -> dict[str, object]:
        """Add a pending task of ``model``; it completes with ``results == [text]`` and ``result`` (or, with
        ``fail``, fails). Returns its body as the creation reply shows it."""
        created = int(time.time())
        with self._lock:
            task_id = new_task_id(created)
            while task_id in self._tasks:
                task_id = new_task_id(created)
            task = self._tasks[task_id] = _Task(task_id, created, model, text, result, fail)
            return _body(task, self._state(task))

    def poll(self, task_id: str) -> dict[str, object] | None:
        """Count one poll of the task and return its body after it, or None when there is no such task."""
        with self._lock:
            task = self._tasks.get(task_id)
            if task is None:
                return None
            task.polls += 1
            return _body(task, self._state(task))

    def clear(self) -> None:
        """Forget every task."""
        with self._lock:
            self._tasks.clear()

    def __len__(self) -> int:
        """How many tasks the store holds."""
        with self._lock:
            return len(self._tasks)

    def _state(self, task: _Task) -> str:
        step = task.polls // self.polls_per_state
        if step < len(_STATES):
            return _STATES[step]
        return "failed" if task.fail else "completed"


def _body(task: _Task, state: str) -> dict[str, object]:
    """The task's body in ``state``, as ``GET /v1/tasks/{task_id}`` returns it."""
    body: dict[str, object] = {
        "id": task.task_id,
        "object": "text.generation.task",
        "created": task.created,
        "model": task.model,
        "status": state,
        "progress": _PROGRESS[state],
        "results": [task.text] if state == "completed" else [],
        "task_info": {"can_cancel": state in _STATES},
        "type": "text",
    }
    if state == "completed":
        body["result"] = dict(task.result)
    if state == "failed":
        body["error"] = dict(TASK_FAILURE)
    return body


def task_reply(request: RecordedRequest, tasks: TaskStore) -> Reply | None:
    """The reply to ``GET /v1/tasks/{task_id}`` (one poll of ``tasks``), or None for any other request.

    Routed on the path as sent, as a real server routes it: an escaped ``/`` in the id keeps it one segment.
    """
    match = TASK_PATH.match(request.raw_path or request.path)
    if request.method != "GET" or match is None:
        return None
    task_id = match["task_id"]
    if not task_id.startswith(TASK_PREFIX):
        return error_reply(400, "invalid_task_id", INVALID_TASK_ID, param="task_id")
    body = tasks.poll(task_id)
    if body is None:
        return error_reply(404, "task_not_found", f"Task {task_id} not found", param="task_id")
    return Reply(body=body)
