# copied from templates/python/runtime/_response.py by evolink-codegen; do not edit
"""The HTTP response of a call, with its parsed result one ``parse()`` away: what every response shares.

::

    BaseResponse                         the ``httpx.Response`` and its metadata (this module)
    ├── AsyncAPIResponse[R]              with_streaming_response (async): ``await`` its reads and ``parse()``
    └── APIResponse[R]                   with_raw_response (sync and async), with_streaming_response (sync)
    AsyncResponseContextManager[...]     what ``with_streaming_response.<method>(...)`` returns (async)
    ResponseContextManager[...]          its ``with`` twin

``AsyncAPIResponse`` and ``AsyncResponseContextManager`` (``_async_response``) are written by hand;
``APIResponse`` and ``ResponseContextManager`` (``_sync_response``) are derived from them by the generator.

``with_raw_response`` sends the request at once and returns after reading the body (or, for a stream, its
first event). ``with_streaming_response`` returns a context manager: entering it sends the request (with
the same retries, and raising the same status errors, as the plain call) and yields the response with its
body not read yet; leaving it closes the response. Transport failures while reading raise
``APIConnectionError`` (``APITimeoutError`` for timeouts), as everywhere in the SDK.
"""

from __future__ import annotations

from typing import Final

import httpx

__all__ = ["UNPARSED", "BaseResponse"]

UNPARSED: Final = object()
"""What ``parse()`` has returned before it first runs."""


class BaseResponse:
    """What the sync and async responses share: the ``httpx.Response`` and its metadata."""

    def __init__(self, http_response: httpx.Response, *, stream: bool = False) -> None:
        self.http_response = http_response
        self._stream = stream  # the body is an event stream: parse() hands it to a Stream rather than reading it
        self._parsed: object = UNPARSED

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
