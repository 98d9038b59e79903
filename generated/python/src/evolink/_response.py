# copied from templates/python/src/evolink/_response.py by evolink-codegen; do not edit
"""``APIResponse``: the raw HTTP response of a call, with its parsed result one ``parse()`` away."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

__all__ = ["APIResponse"]

R_co = TypeVar("R_co", covariant=True)

_UNPARSED = object()


class APIResponse(Generic[R_co]):
    """What ``client.<resource>.with_raw_response.<method>(...)`` returns.

    For a plain call the body has already been read and the connection released; ``parse()`` validates
    it into the model (once; later calls return the same object) and raises
    ``APIResponseValidationError`` if it does not fit. For a stream the first event has already
    arrived; ``parse()`` returns the ``Stream`` / ``AsyncStream`` to iterate, which owns the connection.
    """

    def __init__(self, http_response: httpx.Response, parser: Callable[[], R_co]) -> None:
        self.http_response = http_response
        self._parser = parser
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

    def parse(self) -> R_co:
        """Return the parsed result: the response model, or the stream."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parser()
        return self._parsed  # type: ignore[return-value]  # set from the parser just above

    def __repr__(self) -> str:
        response = self.http_response
        return f"<APIResponse [{response.status_code} {response.reason_phrase}] {response.request.url}>"
