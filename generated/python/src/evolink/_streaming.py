# copied from templates/python/runtime/_streaming.py by evolink-codegen; do not edit
"""``Stream`` / ``AsyncStream``: iterate a ``text/event-stream`` response as parsed pydantic chunks.

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
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from types import TracebackType
from typing import Final, Generic, TypeVar, cast

import httpx
import pydantic

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    make_status_error,
)
from ._sse import ServerSentEvent, SSEDecoder

__all__ = ["AsyncStream", "Stream"]

M = TypeVar("M", bound="pydantic.BaseModel")  # a string: importing BaseModel costs ~25 ms at import time

_DONE: Final = "[DONE]"
_EVENT_STREAM: Final = "text/event-stream"
_NOT_A_STREAM_LIMIT: Final = 1 << 20  # bytes kept of a 2xx that is not an event stream (a whole completion fits)


class Stream(Generic[M]):
    """A synchronous stream of ``chunk_type`` models; iterate it, ideally inside ``with``."""

    response: httpx.Response

    def __init__(self, *, response: httpx.Response, chunk_type: type[M]) -> None:
        self.response = response
        # The generator's first yield (None) marks the first event read; ``_prime`` consumes it.
        self._iterator = cast("Generator[M, None, None]", _iter_chunks(response, chunk_type))
        self._primed = False

    def __iter__(self) -> Iterator[M]:
        if not self._primed:
            self._prime()
        return self._iterator

    def __next__(self) -> M:
        if not self._primed:
            self._prime()
        return next(self._iterator)

    def __enter__(self) -> Stream[M]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the stream and release its connection; later iteration yields nothing."""
        self._primed = True
        self._iterator.close()
        self.response.close()

    def _prime(self) -> None:
        """Read until the first event is decoded (the client retries failures up to here)."""
        self._primed = True
        next(self._iterator, None)


class AsyncStream(Generic[M]):
    """An asynchronous stream of ``chunk_type`` models; ``async for`` it inside ``async with``."""

    response: httpx.Response

    def __init__(self, *, response: httpx.Response, chunk_type: type[M]) -> None:
        self.response = response
        # The generator's first yield (None) marks the first event read; ``_prime`` consumes it.
        self._iterator = cast("AsyncGenerator[M, None]", _aiter_chunks(response, chunk_type))
        self._primed = False

    def __aiter__(self) -> AsyncIterator[M]:
        return self._iterator if self._primed else self

    async def __anext__(self) -> M:
        if not self._primed:
            await self._prime()
        return await anext(self._iterator)

    async def __aenter__(self) -> AsyncStream[M]:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Stop the stream and release its connection; later iteration yields nothing."""
        self._primed = True
        await self._iterator.aclose()
        await self.response.aclose()

    async def _prime(self) -> None:
        """Read until the first event is decoded (the client retries failures up to here)."""
        self._primed = True
        await anext(self._iterator, None)


def _iter_chunks(response: httpx.Response, chunk_type: type[M]) -> Generator[M | None, None, None]:
    """The chunks of ``response``, after one ``None`` once the first event is read; closes the response."""
    validate = chunk_type.model_validate_json
    feed = SSEDecoder().feed
    reads = response.iter_bytes()
    try:
        if not _is_event_stream(response):
            raise _not_an_event_stream(response, _read_some(reads))
        events: list[ServerSentEvent] = []
        while not events:
            events = feed(_next_read(response, reads))
        yield None
        while True:
            for chunk in _event_chunks(response, events, validate):
                if chunk is None:
                    return
                yield chunk
            events = feed(_next_read(response, reads))
    finally:
        response.close()


async def _aiter_chunks(response: httpx.Response, chunk_type: type[M]) -> AsyncGenerator[M | None, None]:
    """The async twin of ``_iter_chunks``."""
    validate = chunk_type.model_validate_json
    feed = SSEDecoder().feed
    reads = response.aiter_bytes()
    try:
        if not _is_event_stream(response):
            raise _not_an_event_stream(response, await _aread_some(reads))
        events: list[ServerSentEvent] = []
        while not events:
            events = feed(await _anext_read(response, reads))
        yield None
        while True:
            for chunk in _event_chunks(response, events, validate):
                if chunk is None:
                    return
                yield chunk
            events = feed(await _anext_read(response, reads))
    finally:
        await response.aclose()


def _event_chunks(
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


def _next_read(response: httpx.Response, reads: Iterator[bytes]) -> bytes:
    try:
        raw = next(reads, None)
    except httpx.RequestError as exc:
        raise _read_error(response, exc) from exc
    if raw is None:
        raise _early_end(response)
    return raw


async def _anext_read(response: httpx.Response, reads: AsyncIterator[bytes]) -> bytes:
    try:
        raw = await anext(reads, None)
    except httpx.RequestError as exc:
        raise _read_error(response, exc) from exc
    if raw is None:
        raise _early_end(response)
    return raw


def _read_some(reads: Iterator[bytes]) -> bytes:
    """Up to about ``_NOT_A_STREAM_LIMIT`` bytes of the body, fewer if the connection breaks."""
    content = bytearray()
    try:
        for raw in reads:
            content += raw
            if len(content) >= _NOT_A_STREAM_LIMIT:
                break
    except httpx.HTTPError:
        pass  # keep what arrived: the error raised is about what the body is, not how it ended
    return bytes(content[:_NOT_A_STREAM_LIMIT])


async def _aread_some(reads: AsyncIterator[bytes]) -> bytes:
    """The async twin of ``_read_some``."""
    content = bytearray()
    try:
        async for raw in reads:
            content += raw
            if len(content) >= _NOT_A_STREAM_LIMIT:
                break
    except httpx.HTTPError:
        pass
    return bytes(content[:_NOT_A_STREAM_LIMIT])


def _is_event_stream(response: httpx.Response) -> bool:
    content_type: str = response.headers.get("content-type", "")
    return content_type.partition(";")[0].strip().lower() == _EVENT_STREAM


def _not_an_event_stream(response: httpx.Response, content: bytes) -> APIError:
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


def _early_end(response: httpx.Response) -> APIConnectionError:
    return APIConnectionError(response.request, "Stream ended before 'data: [DONE]'; the response is incomplete.")


def _read_error(response: httpx.Response, exc: httpx.RequestError) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(response.request, "Timed out while reading the stream.")
    return APIConnectionError(response.request, f"Stream interrupted: {type(exc).__name__}: {exc}")


def _invalid_chunk(response: httpx.Response, data: str, exc: pydantic.ValidationError) -> APIResponseValidationError:
    return APIResponseValidationError(response, data, f"Stream chunk is not a valid {exc.title}: {exc}")
