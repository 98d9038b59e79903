# copied from templates/python/runtime/_streaming.py by evolink-codegen; do not edit
"""What ``Stream`` and ``AsyncStream`` share: from ``text/event-stream`` events to parsed chunks or errors.

``AsyncStream`` (``_async_streaming``) is written by hand; ``Stream`` (``_sync_streaming``) is derived from it
by the generator. Both iterate a response as parsed pydantic chunks.

Each ``message`` event's data is validated with ``chunk_type.model_validate_json``; other named events
are skipped, as an ``EventSource`` would. ``data: [DONE]`` ends the stream; a stream whose ``StreamEnd`` has
no ``done`` (Gemini's) ends with the connection, after a chunk that says it is the last. An error event
(``event: error``, or data whose top-level ``error`` is an object) raises ``APIStatusError``: its status is
the error's numeric ``code`` when that is a 4xx/5xx status, else 500 (the server failed after it had said
200), so ``{"error": {"code": 429}}`` raises ``RateLimitError``. A connection that breaks or ends before
``[DONE]`` (or before that last chunk) raises ``APIConnectionError``: a stream never ends silently short. A
2xx that is not an event stream at all (JSON, HTML) raises too, with the body it carried: the status error
its JSON error body stands for, else ``APIResponseValidationError``.

The response is closed when the stream reaches ``[DONE]``, fails, is closed (``with`` blocks and ``break``
out of them included), or is dropped: the chunks come from a module-level generator that holds the
response but not the stream, so no reference cycle keeps an abandoned stream (and its pooled connection)
alive until the cyclic garbage collector runs. Dropping a ``Stream`` closes its generator at once;
dropping an ``AsyncStream`` hands its generator to the event loop's async-generator finalizer (asyncio
and trio install one), which closes it on the loop's next turn, or at ``shutdown_asyncgens`` when the
loop ends. A stream that was never iterated holds a generator already started by ``_prime``, so the same
applies to it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final, TypeVar

import httpx
import pydantic

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    make_status_error,
)
from ._sse import ServerSentEvent

__all__ = [
    "DONE_MARKER",
    "NOT_A_STREAM_LIMIT",
    "StreamEnd",
    "StreamState",
    "early_end",
    "event_chunks",
    "is_event_stream",
    "not_an_event_stream",
    "read_error",
]

M = TypeVar("M", bound="pydantic.BaseModel")  # a string: importing BaseModel costs ~25 ms at import time

_EVENT_STREAM: Final = "text/event-stream"
NOT_A_STREAM_LIMIT: Final = 1 << 20  # bytes kept of a 2xx that is not an event stream (a whole completion fits)


@dataclass(frozen=True, slots=True)
class StreamEnd:
    """How a stream says it is complete: an event whose data is ``done`` (chat's ``[DONE]``), or, with ``done``
    None, the connection's end after a chunk that has a field at one of the ``final`` JSON pointers (each as its
    parts: Gemini's ``("candidates", "0", "finishReason")``). Anything else that ends it is a stream cut short."""

    done: str | None = "[DONE]"
    final: tuple[tuple[str, ...], ...] = ()

    def is_final(self, data: str) -> bool:
        """Whether a chunk's JSON ``data`` has a value at one of the ``final`` pointers."""
        document: object = json.loads(data)
        return any(_found(document, pointer) for pointer in self.final)


def _found(document: object, pointer: tuple[str, ...]) -> bool:
    """Whether ``document`` has a non-null value at ``pointer``."""
    value = document
    for part in pointer:
        if isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        elif isinstance(value, dict) and part in value:
            value = value[part]
        else:
            return False
    return value is not None


DONE_MARKER: Final = StreamEnd()
"""A stream that ends with ``data: [DONE]``."""


class StreamState:
    """One stream's progress towards its end: ``finished`` once it has seen what ``end`` says completes it."""

    __slots__ = ("end", "finished")

    def __init__(self, end: StreamEnd) -> None:
        self.end = end
        self.finished = False


def event_chunks(
    response: httpx.Response, events: list[ServerSentEvent], validate: Callable[[str], M], state: StreamState
) -> Iterator[M | None]:
    """The chunks that ``events`` carry, in order, then ``None`` if the end's ``done`` event was among them.

    With ``end.final``, ``state.finished`` says after each chunk whether it was the last. Raises (after yielding
    the chunks before it) for an error event or a chunk that does not validate.
    """
    end = state.end
    for sse in events:
        data = sse.data
        if data == end.done:
            # The stream ends here: reading on to the body's end could block for as long as the server holds
            # it open. The price: httpx sees the end only by reading it, so closing the response now closes
            # the connection (almost always, even when the end is already on its way) instead of returning it
            # to the pool; the next call opens a new one.
            state.finished = True
            yield None
            return
        if sse.event != "message" or '"error"' in data:
            _check_event(response, sse)
            if sse.event != "message":
                continue
        try:
            chunk = validate(data)
        except pydantic.ValidationError as exc:
            raise _invalid_chunk(response, data, exc) from exc
        if end.final:
            state.finished = end.is_final(data)
        yield chunk


def is_event_stream(response: httpx.Response) -> bool:
    content_type: str = response.headers.get("content-type", "")
    return content_type.partition(";")[0].strip().lower() == _EVENT_STREAM


def not_an_event_stream(response: httpx.Response, content: bytes) -> APIError:
    """The error for a 2xx answer to ``stream=True`` that is not an event stream, keeping its body."""
    body: object = None
    if content:
        try:
            body = json.loads(content)
        except ValueError:
            body = content.decode(errors="replace")
    error = body.get("error") if isinstance(body, dict) else None
    if error:
        return make_status_error(response, body, status_code=_event_status(error))
    content_type = response.headers.get("content-type") or "no Content-Type"
    message = (
        f"Expected an event stream ({_EVENT_STREAM}) in answer to stream=True, got a {response.status_code} with "
        f"{content_type!r}; the body it carried is in .body."
    )
    return APIResponseValidationError(response, body, message)


def _check_event(response: httpx.Response, sse: ServerSentEvent) -> None:
    """Raise the ``APIStatusError`` an error event stands for; return for any other event."""
    try:
        payload: object = json.loads(sse.data)
    except ValueError:
        payload = sse.data or None
    error = payload.get("error") if isinstance(payload, dict) else None
    if sse.event == "error" or isinstance(error, dict):
        raise make_status_error(response, payload, status_code=_event_status(error))


def _event_status(error: object) -> int:
    code = error.get("code") if isinstance(error, dict) else None
    if isinstance(code, str) and code.isascii() and code.isdigit():
        code = int(code)
    return code if isinstance(code, int) and 400 <= code <= 599 else 500


def early_end(response: httpx.Response, end: StreamEnd) -> APIConnectionError:
    finals = " or ".join("/" + "/".join(pointer) for pointer in end.final)
    before = f"'data: {end.done}'" if end.done is not None else f"a last chunk (one with {finals})"
    return APIConnectionError(response.request, f"Stream ended before {before}; the response is incomplete.")


def read_error(response: httpx.Response, exc: httpx.RequestError) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(response.request, "Timed out while reading the stream.")
    return APIConnectionError(response.request, f"Stream interrupted: {type(exc).__name__}: {exc}")


def _invalid_chunk(response: httpx.Response, data: str, exc: pydantic.ValidationError) -> APIResponseValidationError:
    return APIResponseValidationError(response, data, f"Stream chunk is not a valid {exc.title}: {exc}")
