"""The HTTP response of a call, with its parsed result one ``parse()`` away.

::

    APIResponse[R]                       with_raw_response (sync and async), with_streaming_response (sync)
    AsyncAPIResponse[R]                  with_streaming_response (async): ``await`` its reads and ``parse()``
    ResponseContextManager[...]          what ``with_streaming_response.<method>(...)`` returns
    AsyncResponseContextManager[...]     its ``async with`` twin

``with_raw_response`` sends the request at once and returns after reading the body (or, for a stream, its
first event). ``with_streaming_response`` returns a context manager: entering it sends the request (with
the same retries, and raising the same status errors, as the plain call) and yields the response with its
body not read yet; leaving it closes the response. Transport failures while reading raise
``APIConnectionError`` (``APITimeoutError`` for timeouts), as everywhere in the SDK.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx

from ._retries import connection_error
from ._streaming import AsyncStream, Stream

__all__ = ["APIResponse", "AsyncAPIResponse", "AsyncResponseContextManager", "ResponseContextManager"]

R_co = TypeVar("R_co", covariant=True)
T = TypeVar("T")
_ResponseT_co = TypeVar("_ResponseT_co", bound="APIResponse[Any]", covariant=True)
_AsyncResponseT_co = TypeVar("_AsyncResponseT_co", bound="AsyncAPIResponse[Any]", covariant=True)

_UNPARSED = object()


class _BaseResponse:
    """What the sync and async responses share: the ``httpx.Response`` and its metadata."""

    def __init__(self, http_response: httpx.Response, *, stream: bool = False) -> None:
        self.http_response = http_response
        self._stream = stream  # the body is an event stream: parse() hands it to a Stream rather than reading it
        self._parsed: object = _UNPARSED

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's ``x-request-id`` header, if it sent one."""
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id

    @property
    def is_closed(self) -> bool:
        """Whether the body has been read to its end or closed (and the connection released)."""
        return self.http_response.is_closed

    def __repr__(self) -> str:
        response = self.http_response
        return f"<{type(self).__name__} [{response.status_code} {response.reason_phrase}] {response.request.url}>"


class APIResponse(_BaseResponse, Generic[R_co]):
    """A response whose ``parse()`` gives the call's result: the response model, or the ``Stream``.

    From ``with_raw_response`` the body has already been read (for a stream, its first event has arrived
    and the ``Stream`` owns the connection). From ``with_streaming_response`` nothing has been read: use
    ``iter_bytes()`` / ``iter_text()`` / ``iter_lines()``, or ``read()``, ``text()``, ``json()``, or
    ``parse()``, which reads the body and validates it into the model (for ``stream=True``, it returns the
    ``Stream`` after its first event). ``parse()`` runs once; later calls return the same object, and it
    raises ``APIResponseValidationError`` if the body does not fit.
    """

    def __init__(self, http_response: httpx.Response, parser: Callable[[], R_co], *, stream: bool = False) -> None:
        super().__init__(http_response, stream=stream)
        self._parser = parser

    def parse(self) -> R_co:
        """Return the parsed result: the response model (reading the body first), or the stream."""
        if self._parsed is _UNPARSED:
            if not self._stream:
                self.read()
            self._parsed = self._parser()
        return self._parsed  # type: ignore[return-value]  # set from the parser just above

    def read(self) -> bytes:
        """Read the whole body (once; it is kept) and release the connection."""
        try:
            return self.http_response.read()
        except httpx.RequestError as exc:
            raise connection_error(self.http_response.request, exc) from exc

    def text(self) -> str:
        """The body decoded as text."""
        self.read()
        return self.http_response.text

    def json(self) -> object:
        """The body parsed as JSON."""
        self.read()
        return self.http_response.json()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body as it arrives (decompressed), in pieces of ``chunk_size`` bytes when given."""
        return _mapped(self.http_response.request, self.http_response.iter_bytes(chunk_size))

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body as it arrives, decoded to text."""
        return _mapped(self.http_response.request, self.http_response.iter_text(chunk_size))

    def iter_lines(self) -> Iterator[str]:
        """The body as it arrives, one line at a time (without line endings)."""
        return _mapped(self.http_response.request, self.http_response.iter_lines())

    def close(self) -> None:
        """Release the connection (and stop the parsed stream, if any) without reading the rest."""
        if isinstance(self._parsed, Stream):
            self._parsed.close()
        self.http_response.close()


class AsyncAPIResponse(_BaseResponse, Generic[R_co]):
    """The async twin of ``APIResponse``, from ``with_streaming_response`` on ``AsyncEvolink``.

    Nothing has been read when it is handed over: ``async for`` over ``aiter_bytes()`` / ``aiter_text()``
    / ``aiter_lines()``, or ``await`` ``read()``, ``text()``, ``json()`` or ``parse()``.
    """

    def __init__(
        self, http_response: httpx.Response, parser: Callable[[], Awaitable[R_co]], *, stream: bool = False
    ) -> None:
        super().__init__(http_response, stream=stream)
        self._parser = parser

    async def parse(self) -> R_co:
        """Return the parsed result: the response model (reading the body first), or the stream."""
        if self._parsed is _UNPARSED:
            if not self._stream:
                await self.read()
            self._parsed = await self._parser()
        return self._parsed  # type: ignore[return-value]  # set from the parser just above

    async def read(self) -> bytes:
        """Read the whole body (once; it is kept) and release the connection."""
        try:
            return await self.http_response.aread()
        except httpx.RequestError as exc:
            raise connection_error(self.http_response.request, exc) from exc

    async def text(self) -> str:
        """The body decoded as text."""
        await self.read()
        return self.http_response.text

    async def json(self) -> object:
        """The body parsed as JSON."""
        await self.read()
        return self.http_response.json()

    def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body as it arrives (decompressed), in pieces of ``chunk_size`` bytes when given."""
        return _amapped(self.http_response.request, self.http_response.aiter_bytes(chunk_size))

    def aiter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body as it arrives, decoded to text."""
        return _amapped(self.http_response.request, self.http_response.aiter_text(chunk_size))

    def aiter_lines(self) -> AsyncIterator[str]:
        """The body as it arrives, one line at a time (without line endings)."""
        return _amapped(self.http_response.request, self.http_response.aiter_lines())

    async def close(self) -> None:
        """Release the connection (and stop the parsed stream, if any) without reading the rest."""
        if isinstance(self._parsed, AsyncStream):
            await self._parsed.close()
        await self.http_response.aclose()


class ResponseContextManager(Generic[_ResponseT_co]):
    """What ``with_streaming_response.<method>(...)`` returns: ``with`` sends the request (retrying as the
    plain call does) and yields the unread response; leaving the block closes it."""

    def __init__(self, send: Callable[[], _ResponseT_co]) -> None:
        self._send = send
        self._response: _ResponseT_co | None = None

    def __enter__(self) -> _ResponseT_co:
        self._response = self._send()
        return self._response

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[_AsyncResponseT_co]):
    """The ``async with`` twin of ``ResponseContextManager``."""

    def __init__(self, send: Callable[[], Awaitable[_AsyncResponseT_co]]) -> None:
        self._send = send
        self._response: _AsyncResponseT_co | None = None

    async def __aenter__(self) -> _AsyncResponseT_co:
        self._response = await self._send()
        return self._response

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            await self._response.close()


def _mapped(request: httpx.Request, pieces: Iterator[T]) -> Iterator[T]:
    try:
        yield from pieces
    except httpx.RequestError as exc:
        raise connection_error(request, exc) from exc


async def _amapped(request: httpx.Request, pieces: AsyncIterator[T]) -> AsyncIterator[T]:
    try:
        async for piece in pieces:
            yield piece
    except httpx.RequestError as exc:
        raise connection_error(request, exc) from exc
