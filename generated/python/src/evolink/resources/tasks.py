# derived from templates/python/src/evolink/resources/async_resource.py.jinja by evolink-codegen (unasync); do not edit
"""`Evolink().tasks`: `tasks.retrieve()`."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING, Never

import httpx

from evolink._base_client import Call
from evolink._paths import format_path
from evolink._polling import Polling, check_wait_arguments
from evolink._sync_polling import wait_for
from evolink._sync_response import ResponseContextManager
from evolink._types import NOT_GIVEN, Body, Headers, NotGiven, Query, RequestOptions

if TYPE_CHECKING:
    from evolink._sync_client import SyncAPIClient
    from evolink._sync_response import APIResponse
    from evolink.types._models import Task

__all__ = ["Tasks", "TasksWithRawResponse", "TasksWithStreamingResponse"]

GET_TASK_PATH = "/v1/tasks/{task_id}"
GET_TASK_POLLING = Polling(
    status="status",
    succeeded=("completed",),
    failed=("failed",),
    progress="progress",
    error="error",
)


class Tasks:
    """`client.tasks`: Retrieve a task."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TasksWithRawResponse:
        """The same methods, returning the HTTP response (status, headers, request id) with `.parse()`."""
        return TasksWithRawResponse(self._client)

    @cached_property
    def with_streaming_response(self) -> TasksWithStreamingResponse:
        """The same methods, returning a context manager: `with` sends the request and yields the HTTP response with its
        body not read yet."""
        return TasksWithStreamingResponse(self._client)

    def retrieve(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> Task:
        """Retrieve a task.

        `task_id` goes into the URL path escaped, so it cannot change the path or add a
        query; an empty one raises `InvalidParameterError` before anything is sent.
        """
        from evolink.types._models import Task  # noqa: PLC0415 (deferred: builds the models)

        path = format_path(GET_TASK_PATH, {"task_id": task_id})
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        call: Call[Task, Never] = Call(
            path,
            None,
            cast_to=Task,
            options=options,
            method="GET",
        )
        return self._client._call(call)

    def wait(
        self,
        task_id: str,
        *,
        timeout: float = 600.0,
        interval: float = 1.0,
        max_interval: float = 10.0,
        on_progress: Callable[[Task], object] | None = None,
    ) -> Task:
        """Poll `retrieve(task_id)` until the task ends; return it once it succeeded.

        Between polls it waits `interval` seconds, growing by half each time up to `max_interval`.
        `on_progress` is called with every task read. A task that ends failed raises `TaskFailedError`
        with its error code and message; one still running after `timeout` seconds raises `TaskTimeoutError`,
        saying how far it got (call `wait` again to go on). Each poll is a call with the client's retries; its
        errors (a 404 for an unknown id) propagate.
        """
        check_wait_arguments(timeout, interval, max_interval)
        format_path(GET_TASK_PATH, {"task_id": task_id})  # an invalid id raises before the first poll

        def poll() -> Task:
            return self.retrieve(task_id)

        return wait_for(
            poll,
            self._client._sleep,
            GET_TASK_POLLING,
            task_id=task_id,
            timeout=timeout,
            interval=interval,
            max_interval=max_interval,
            on_progress=on_progress,
        )


class TasksWithRawResponse:
    """`client.tasks.with_raw_response`: the methods returning an `APIResponse`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> APIResponse[Task]:
        """Retrieve a task and return the raw HTTP response.

        `task_id` goes into the URL path escaped, so it cannot change the path or add a
        query; an empty one raises `InvalidParameterError` before anything is sent.
        """
        from evolink.types._models import Task  # noqa: PLC0415 (deferred: builds the models)

        path = format_path(GET_TASK_PATH, {"task_id": task_id})
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        call: Call[Task, Never] = Call(
            path,
            None,
            cast_to=Task,
            options=options,
            method="GET",
        )
        return self._client._call(call, response="raw")


class TasksWithStreamingResponse:
    """`client.tasks.with_streaming_response`: the methods returning a context manager over the unread response.

    Leaving the `with` block closes the response; read it inside (`response.parse()`, `response.iter_lines()`, ...).
    """

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(
        self,
        task_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
    ) -> ResponseContextManager[APIResponse[Task]]:
        """Retrieve a task, sending it when the returned context manager is entered, which yields the unread HTTP
        response.

        `task_id` goes into the URL path escaped, so it cannot change the path or add a
        query; an empty one raises `InvalidParameterError` before anything is sent.
        """
        from evolink.types._models import Task  # noqa: PLC0415 (deferred: builds the models)

        path = format_path(GET_TASK_PATH, {"task_id": task_id})
        options = RequestOptions(extra_headers, extra_query, extra_body, timeout)
        call: Call[Task, Never] = Call(
            path,
            None,
            cast_to=Task,
            options=options,
            method="GET",
        )
        return ResponseContextManager(lambda: self._client._call(call, response="unread"))
