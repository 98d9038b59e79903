# copied from templates/python/runtime/_async_response.py by evolink-codegen; do not edit
"""``AsyncAPIResponse`` and ``AsyncResponseContextManager``, written once, async.

``generator/emit/unasync.py`` derives the sync twin of this module. What the twins share, and when each is
returned, is in ``_response``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx

from ._async_streaming import AsyncStream
from ._base_client import release
from ._response import UNPARSED, BaseResponse
from ._retries import connection_error

__all__ = ["AsyncAPIResponse", "AsyncResponseContextManager"]

R_co = TypeVar("R_co", covariant=True)
T = TypeVar("T")
_ResponseT_co = TypeVar("_ResponseT_co", bound="AsyncAPIResponse[Any]", covariant=True)


class AsyncAPIResponse(BaseResponse, Generic[R_co]):
    """A response whose ``parse()`` gives the call's result: the response model, or the ``AsyncStream``.

    From ``with_streaming_response`` nothing has been read: ``async for`` over ``iter_bytes()`` / ``iter_text()``
    / ``iter_lines()``, or ``await response.read()`` (or ``text()``, ``json()``, ``parse()``). ``parse()`` reads
    the body and validates it into the model (for ``stream=True``, it returns the ``AsyncStream`` after its
    first event); it runs once, later calls return the same object, and it raises ``APIResponseValidationError`` if
    the body does not fit. From ``with_raw_response`` (of either client) comes an ``APIResponse`` whose body has
    already been read (for a stream, its first event has arrived and the stream owns the connection).
    """

    def __init__(
        self,
        http_response: httpx.Response,
        parser: Callable[[], Awaitable[R_co]],
        *,
        stream: bool = False,  # a magic trailing comma: the sync twin keeps this layout, so black need not redo it
    ) -> None:
        super().__init__(http_response, stream=stream)
        self._parser = parser

    async def parse(self) -> R_co:
        """Return the parsed result: the response model (reading the body first), or the stream."""
        if self._parsed is UNPARSED:
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

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body as it arrives (decompressed), in pieces of ``chunk_size`` bytes when given."""
        return _mapped(self.http_response.request, self.http_response.aiter_bytes(chunk_size))

    def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body as it arrives, decoded to text."""
        return _mapped(self.http_response.request, self.http_response.aiter_text(chunk_size))

    def iter_lines(self) -> AsyncIterator[str]:
        """The body as it arrives, one line at a time (without line endings)."""
        return _mapped(self.http_response.request, self.http_response.aiter_lines())

    # unasync: async only. The names these methods had before they took openai-python's: deprecated, removed
    # in the next minor release. The sync twin never had them.
    def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """Deprecated: use ``iter_bytes()``, as openai-python names it."""
        _renamed("aiter_bytes", "iter_bytes")
        return self.iter_bytes(chunk_size)

    def aiter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """Deprecated: use ``iter_text()``, as openai-python names it."""
        _renamed("aiter_text", "iter_text")
        return self.iter_text(chunk_size)

    def aiter_lines(self) -> AsyncIterator[str]:
        """Deprecated: use ``iter_lines()``, as openai-python names it."""
        _renamed("aiter_lines", "iter_lines")
        return self.iter_lines()

    # unasync: end

    async def close(self) -> None:
        """Release the connection (and stop the parsed stream, if any) without reading the rest."""
        if isinstance(self._parsed, AsyncStream):
            await self._parsed.close()
        await self.http_response.aclose()
        release(self.http_response)


class AsyncResponseContextManager(Generic[_ResponseT_co]):
    """What ``with_streaming_response.<method>(...)`` returns: ``async with`` sends the request (retrying as the
    plain call does) and yields the unread response; leaving the block closes it."""

    def __init__(self, send: Callable[[], Awaitable[_ResponseT_co]]) -> None:
        self._send = send
        self._response: _ResponseT_co | None = None

    async def __aenter__(self) -> _ResponseT_co:
        self._response = await self._send()
        return self._response

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._response is not None:
            await self._response.close()


async def _mapped(request: httpx.Request, pieces: AsyncIterator[T]) -> AsyncIterator[T]:
    try:
        async for piece in pieces:
            yield piece
    except httpx.RequestError as exc:
        raise connection_error(request, exc) from exc


# unasync: async only
def _renamed(old: str, new: str) -> None:
    import warnings  # noqa: PLC0415 (here, not at the top: the sync twin, which has no aliases, would not use it)

    warnings.warn(
        f"AsyncAPIResponse.{old}() is deprecated and will be removed in the next minor release; use {new}()",
        DeprecationWarning,
        stacklevel=3,
    )


# unasync: end
