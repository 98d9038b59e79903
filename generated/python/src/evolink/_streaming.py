# copied from templates/python/src/evolink/_streaming.py by evolink-codegen; do not edit
"""``Stream`` / ``AsyncStream``: iterate a ``text/event-stream`` response as parsed pydantic chunks.

Each ``message`` event's data is validated with ``chunk_type.model_validate_json``; other named events
are skipped, as an ``EventSource`` would. ``data: [DONE]`` ends the stream. An error event (``event:
error``, or data whose top-level ``error`` is an object) raises ``APIStatusError``: its status is the
error's numeric ``code`` when that is a 4xx/5xx status, else 500 (the server failed after it had said
200), so ``{"error": {"code": 429}}`` raises ``RateLimitError``. A connection that breaks or ends before
``[DONE]`` raises ``APIConnectionError``: a stream never ends silently short. The response is closed
when the stream is exhausted, fails, or is closed (``with`` blocks and ``break`` out of them included).
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterator
from types import TracebackType
from typing import Final, Generic, TypeVar

import httpx
import pydantic

from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    make_status_error,
)
from ._sse import ServerSentEvent, SSEDecoder

__all__ = ["AsyncStream", "Stream"]

M = TypeVar("M", bound="pydantic.BaseModel")  # a string: importing BaseModel costs ~25 ms at import time

_DONE: Final = "[DONE]"
_DRAIN_LIMIT: Final = 16  # reads after [DONE] to reach the body's end, so the connection can be reused


class Stream(Generic[M]):
    """A synchronous stream of ``chunk_type`` models; iterate it, ideally inside ``with``."""

    response: httpx.Response

    def __init__(self, *, response: httpx.Response, chunk_type: type[M]) -> None:
        self.response = response
        self._chunk_type = chunk_type
        self._decoder = SSEDecoder()
        self._reads = response.iter_bytes()
        self._events: list[ServerSentEvent] = []
        self._iterator = self._iter_chunks()

    def __iter__(self) -> Iterator[M]:
        return self._iterator

    def __next__(self) -> M:
        return next(self._iterator)

    def __enter__(self) -> Stream[M]:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop the stream and release its connection; later iteration yields nothing."""
        self._iterator.close()
        self.response.close()

    def _prime(self) -> None:
        """Read until the first event is decoded (the client retries failures up to here)."""
        try:
            while not self._events:
                raw = self._read()
                if raw is None:
                    raise _early_end(self.response)
                self._events = self._decoder.feed(raw)
        except BaseException:
            self.response.close()
            raise

    def _read(self) -> bytes | None:
        try:
            return next(self._reads, None)
        except httpx.RequestError as exc:
            raise _read_error(self.response, exc) from exc

    def _iter_chunks(self) -> Generator[M, None, None]:
        validate = self._chunk_type.model_validate_json
        feed = self._decoder.feed
        try:
            while True:
                events, self._events = self._events, []
                for sse in events:
                    data = sse.data
                    if data == _DONE:
                        self._drain()
                        return
                    if sse.event != "message" or '"error"' in data:
                        _check_event(self.response, sse)
                        if sse.event != "message":
                            continue
                    try:
                        chunk = validate(data)
                    except pydantic.ValidationError as exc:
                        raise _invalid_chunk(self.response, data, exc) from exc
                    yield chunk
                raw = self._read()
                if raw is None:
                    raise _early_end(self.response)
                self._events = feed(raw)
        finally:
            self.response.close()

    def _drain(self) -> None:
        try:
            for _ in zip(range(_DRAIN_LIMIT), self._reads, strict=False):
                pass
        except httpx.HTTPError:
            pass  # everything was delivered; the connection is just not reusable


class AsyncStream(Generic[M]):
    """An asynchronous stream of ``chunk_type`` models; ``async for`` it inside ``async with``."""

    response: httpx.Response

    def __init__(self, *, response: httpx.Response, chunk_type: type[M]) -> None:
        self.response = response
        self._chunk_type = chunk_type
        self._decoder = SSEDecoder()
        self._reads = response.aiter_bytes()
        self._events: list[ServerSentEvent] = []
        self._iterator = self._iter_chunks()

    def __aiter__(self) -> AsyncIterator[M]:
        return self._iterator

    async def __anext__(self) -> M:
        return await anext(self._iterator)

    async def __aenter__(self) -> AsyncStream[M]:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Stop the stream and release its connection; later iteration yields nothing."""
        await self._iterator.aclose()
        await self.response.aclose()

    async def _prime(self) -> None:
        """Read until the first event is decoded (the client retries failures up to here)."""
        try:
            while not self._events:
                raw = await self._read()
                if raw is None:
                    raise _early_end(self.response)
                self._events = self._decoder.feed(raw)
        except BaseException:
            await self.response.aclose()
            raise

    async def _read(self) -> bytes | None:
        try:
            return await anext(self._reads, None)
        except httpx.RequestError as exc:
            raise _read_error(self.response, exc) from exc

    async def _iter_chunks(self) -> AsyncGenerator[M, None]:
        validate = self._chunk_type.model_validate_json
        feed = self._decoder.feed
        try:
            while True:
                events, self._events = self._events, []
                for sse in events:
                    data = sse.data
                    if data == _DONE:
                        await self._drain()
                        return
                    if sse.event != "message" or '"error"' in data:
                        _check_event(self.response, sse)
                        if sse.event != "message":
                            continue
                    try:
                        chunk = validate(data)
                    except pydantic.ValidationError as exc:
                        raise _invalid_chunk(self.response, data, exc) from exc
                    yield chunk
                raw = await self._read()
                if raw is None:
                    raise _early_end(self.response)
                self._events = feed(raw)
        finally:
            await self.response.aclose()

    async def _drain(self) -> None:
        try:
            for _ in range(_DRAIN_LIMIT):
                if await anext(self._reads, None) is None:
                    break
        except httpx.HTTPError:
            pass  # everything was delivered; the connection is just not reusable


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
