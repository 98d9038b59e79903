# derived from templates/python/runtime/_async_response.py by evolink-codegen (unasync); do not edit
"""``APIResponse`` and ``ResponseContextManager``, written once, async.

``generator/emit/unasync.py`` derives the sync twin of this module. What the twins share, and when each is
returned, is in ``_response``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx

from ._base_client import release
from ._response import UNPARSED, BaseResponse
from ._retries import connection_error
from ._sync_streaming import Stream

__all__ = ["APIResponse", "ResponseContextManager"]

R_co = TypeVar("R_co", covariant=True)
T = TypeVar("T")
_ResponseT_co = TypeVar("_ResponseT_co", bound="APIResponse[Any]", covariant=True)


class APIResponse(BaseResponse, Generic[R_co]):
    """A response whose ``parse()`` gives the call's result: the response model, or the ``Stream``.

    From ``with_streaming_response`` nothing has been read: ``for`` over ``iter_bytes()`` / ``iter_text()``
    / ``iter_lines()``, or ``response.read()`` (or ``text()``, ``json()``, ``parse()``). ``parse()`` reads
    the body and validates it into the model (for ``stream=True``, it returns the ``Stream`` after its
    first event); it runs once, later calls return the same object, and it raises ``APIResponseValidationError`` if
    the body does not fit. From ``with_raw_response`` (of either client) comes an ``APIResponse`` whose body has
    already been read (for a stream, its first event has arrived and the stream owns the connection).
    """

    def __init__(
        self,
        http_response: httpx.Response,
        parser: Callable[[], R_co],
        *,
        stream: bool = False,  # a magic trailing comma: the sync twin keeps this layout, so black need not redo it
    ) -> None:
        super().__init__(http_response, stream=stream)
        self._parser = parser

    def parse(self) -> R_co:
        """Return the parsed result: the response model (reading the body first), or the stream."""
        if self._parsed is UNPARSED:
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
        release(self.http_response)


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


def _mapped(request: httpx.Request, pieces: Iterator[T]) -> Iterator[T]:
    try:
        yield from pieces
    except httpx.RequestError as exc:
        raise connection_error(request, exc) from exc
