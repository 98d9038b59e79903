# derived from templates/python/runtime/_async_streaming.py by evolink-codegen (unasync); do not edit
"""``Stream``: a ``text/event-stream`` response as parsed pydantic chunks, written once, async.

``generator/emit/unasync.py`` derives the sync twin of this module. What the twins share, and what a stream
promises (errors, ``[DONE]``, when the response is closed), is in ``_streaming``.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from types import TracebackType
from typing import Generic, TypeVar, cast

import httpx
import pydantic

from ._base_client import release
from ._sse import ServerSentEvent, SSEDecoder
from ._streaming import (
    DONE_MARKER,
    NOT_A_STREAM_LIMIT,
    StreamEnd,
    StreamState,
    early_end,
    event_chunks,
    is_event_stream,
    not_an_event_stream,
    read_error,
)

__all__ = ["Stream"]

M = TypeVar("M", bound="pydantic.BaseModel")  # a string: importing BaseModel costs ~25 ms at import time


class Stream(Generic[M]):
    """A stream of ``chunk_type`` models: ``for chunk in stream``, ideally inside ``with stream``."""

    response: httpx.Response

    def __init__(self, *, response: httpx.Response, chunk_type: type[M], end: StreamEnd = DONE_MARKER) -> None:
        self.response = response
        # The generator's first yield (None) marks the first event read; ``_prime`` consumes it.
        self._iterator = cast(Generator[M, None, None], _chunks(response, chunk_type, StreamState(end)))
        self._primed = False

    def __iter__(self) -> Iterator[M]:
        return self._iterator if self._primed else self

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
        release(self.response)

    def _prime(self) -> None:
        """Read until the first event is decoded (the client retries failures up to here)."""
        self._primed = True
        next(self._iterator, None)


def _chunks(response: httpx.Response, chunk_type: type[M], state: StreamState) -> Generator[M | None, None, None]:
    """The chunks of ``response``, after one ``None`` once the first event is read; closes the response."""
    validate = chunk_type.model_validate_json
    feed = SSEDecoder().feed
    reads = response.iter_bytes()
    try:
        if not is_event_stream(response):
            raise not_an_event_stream(response, _read_some(reads))
        events: list[ServerSentEvent] = []
        while not events:
            events = feed(_next_read(response, reads, state))
        yield None
        while True:
            for chunk in event_chunks(response, events, validate, state):
                if chunk is None:
                    return
                yield chunk
            raw = _next_read(response, reads, state)
            if not raw:
                return  # the connection ended after the last chunk
            events = feed(raw)
    finally:
        response.close()
        release(response)


def _next_read(response: httpx.Response, reads: Iterator[bytes], state: StreamState) -> bytes:
    """The next bytes of the body; ``b""`` at its end if the stream had finished, else the error of a short one."""
    try:
        raw = next(reads, None)
    except httpx.RequestError as exc:
        raise read_error(response, exc) from exc
    if raw is None:
        if state.finished:
            return b""
        raise early_end(response, state.end)
    return raw


def _read_some(reads: Iterator[bytes]) -> bytes:
    """Up to about ``NOT_A_STREAM_LIMIT`` bytes of the body, fewer if the connection breaks."""
    content = bytearray()
    try:
        for raw in reads:
            content += raw
            if len(content) >= NOT_A_STREAM_LIMIT:
                break
    except httpx.HTTPError:
        pass  # keep what arrived: the error raised is about what the body is, not how it ended
    return bytes(content[:NOT_A_STREAM_LIMIT])
