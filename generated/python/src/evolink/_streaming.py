# copied from templates/python/runtime/_streaming.py by evolink-codegen; do not edit
"""What ``Stream`` and ``AsyncStream`` share: from ``text/event-stream`` events to parsed chunks or errors.

``AsyncStream`` (``_async_streaming``) is written by hand; ``Stream`` (``_sync_streaming``) is derived from it
by the generator. Both iterate a response as parsed pydantic chunks.

Each ``message`` event's data is validated with ``chunk_type.model_validate_json``; other named events
are skipped, as an ``EventSource`` would. ``data: [DONE]`` ends the stream. An error event (``event:
error``, or data whose top-level ``error`` is an object) raises ``APIStatusError``: its status is the
error's numeric ``code`` when that is a 4xx/5xx status, else 500 (the server failed after it had said
200), so ``{"error": {"code": 429}}`` raises ``RateLimitError``. A connection that breaks or ends before
``[DONE]`` raises ``APIConnectionError``: a stream never ends silently short. A 2xx that is not an event
stream at all (JSON, HTML) raises too, with the body it carried: the status error its JSON error body
stands for, else ``APIResponseValidationError``.

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
    "NOT_A_STREAM_LIMIT",
    "early_end",
    "event_chunks",
    "is_event_stream",
    "not_an_event_stream",
    "read_error",
]

M = TypeVar("M", bound="pydantic.BaseModel")  # a string: importing BaseModel costs ~25 ms at import time

_DONE: Final = "[DONE]"
_EVENT_STREAM: Final = "text/event-stream"
NOT_A_STREAM_LIMIT: Final = 1 << 20  # bytes kept of a 2xx that is not an event stream (a whole completion fits)


def event_chunks(
    response: httpx.Response, events: list[ServerSentEvent], validate: Callable[[str], M]
) -> Iterator[M | None]:
    """The chunks that ``events`` carry, in order, then ``None`` if ``[DONE]`` was among them.

    Raises (after yielding the chunks before it) for an error event or a chunk that does not validate.
    """
    for sse in events:
        data = sse.data
        if data == _DONE:
            # The stream ends here: reading on to the body's end could block for as long as the server holds
            # it open. The price: httpx sees the end only by reading it, so closing the response now closes
            # the connection (almost always, even when the end is already on its way) instead of returning it
            # to the pool; the next call opens a new one.
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


def early_end(response: httpx.Response) -> APIConnectionError:
    return APIConnectionError(response.request, "Stream ended before 'data: [DONE]'; the response is incomplete.")


def read_error(response: httpx.Response, exc: httpx.RequestError) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(response.request, "Timed out while reading the stream.")
    return APIConnectionError(response.request, f"Stream interrupted: {type(exc).__name__}: {exc}")


def _invalid_chunk(response: httpx.Response, data: str, exc: pydantic.ValidationError) -> APIResponseValidationError:
    return APIResponseValidationError(response, data, f"Stream chunk is not a valid {exc.title}: {exc}")
