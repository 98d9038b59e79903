"""Retry policy: which failures are retried, how long to wait, and which errors to raise in the end.

Retried: connection errors and timeouts (not transport errors that mean the request itself is invalid),
and the statuses 408, 409, 429 and >= 500. The wait is the server's ``retry-after-ms`` (milliseconds) or
``Retry-After`` (seconds or an HTTP date) when given, else ``min(0.5 * 2**n, 8.0)`` seconds with up to
25% jitter subtracted; a server asking for more than 60 seconds is not retried at all.
"""

from __future__ import annotations

import json
import math
import time
from typing import Final

import httpx

from ._exceptions import APIConnectionError, APIStatusError, APITimeoutError, make_status_error

__all__ = [
    "MAX_SERVER_DELAY",
    "async_sleep",
    "backoff_delay",
    "connection_error",
    "is_connect_failure",
    "is_retryable_error",
    "response_body",
    "retry_delay",
    "server_delay",
    "should_retry_status",
    "sleep",
    "status_error",
]

INITIAL_DELAY: Final = 0.5
MAX_DELAY: Final = 8.0
JITTER: Final = 0.25
MAX_SERVER_DELAY: Final = 60.0
_RETRY_STATUSES: Final = frozenset({408, 409, 429})
# Transport errors that would recur on every attempt: the request (or its URL) is what is wrong.
_INVALID_REQUEST_ERRORS: Final = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)


def should_retry_status(status_code: int) -> bool:
    """Whether a response with this status is worth another attempt."""
    return status_code >= 500 or status_code in _RETRY_STATUSES


def is_retryable_error(exc: BaseException) -> bool:
    """Whether a failure without a response (or a stream broken before its first event) may be retried."""
    if isinstance(exc, httpx.TransportError):
        return not isinstance(exc, _INVALID_REQUEST_ERRORS)
    return isinstance(exc, APIConnectionError)


def is_connect_failure(failure: object) -> bool:
    """Whether nothing reached the server: the connection itself could not be opened."""
    return isinstance(failure, httpx.ConnectError | httpx.ConnectTimeout)


def backoff_delay(attempt: int) -> float:
    """Exponential backoff for retry ``attempt`` (0-based), capped at 8 s, minus up to 25% jitter."""
    import random  # noqa: PLC0415  # lazy: only a call that fails pays for it

    delay: float = min(INITIAL_DELAY * 2**attempt, MAX_DELAY)
    return delay * (1 - JITTER * random.random())


def server_delay(headers: httpx.Headers) -> float | None:
    """The wait the server asked for, in seconds (may be negative for a past date), or ``None``."""
    value = headers.get("retry-after-ms")
    if value is not None:
        delay = _finite(value)
        if delay is not None:
            return delay / 1000
    value = headers.get("retry-after")
    if value is None:
        return None
    delay = _finite(value)
    return delay if delay is not None else _seconds_until(value)


def retry_delay(attempt: int, headers: httpx.Headers | None) -> float | None:
    """Seconds to wait before retrying, or ``None`` when the server asks for more than 60 s."""
    asked = server_delay(headers) if headers is not None else None
    if asked is None:
        return backoff_delay(attempt)
    return None if asked > MAX_SERVER_DELAY else max(asked, 0.0)


def response_body(response: httpx.Response) -> object | None:
    """A read response's body: parsed JSON, else its text, else ``None`` when empty."""
    content = response.content
    if not content:
        return None
    try:
        body: object = json.loads(content)
    except ValueError:
        return response.text
    return body


def status_error(response: httpx.Response) -> APIStatusError:
    """The ``APIStatusError`` subclass for a read error response."""
    return make_status_error(response, response_body(response))


def connection_error(request: httpx.Request, exc: BaseException, prefix: str = "") -> APIConnectionError:
    """Wrap a transport failure: ``APITimeoutError`` for timeouts, else ``APIConnectionError``."""
    if isinstance(exc, httpx.PoolTimeout):  # the server was never reached: say so, and what to change
        message = (
            "Timed out waiting for a free connection in the client's pool (PoolTimeout): every connection was "
            "busy with other calls and the server was not reached. Make fewer calls at once, or give the client "
            "a larger pool: http_client=evolink.DefaultHttpxClient(limits=httpx.Limits(max_connections=...)) "
            "(or DefaultAsyncHttpxClient)."
        )
        return APITimeoutError(request, prefix + message)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request, f"{prefix}Request timed out ({type(exc).__name__}).")
    detail = str(exc) or type(exc).__name__
    return APIConnectionError(request, f"{prefix}Connection error: {detail}")


def _finite(value: str) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _seconds_until(http_date: str) -> float | None:
    from datetime import UTC, datetime  # noqa: PLC0415  # lazy: rare path
    from email.utils import parsedate_to_datetime  # noqa: PLC0415

    try:
        when = parsedate_to_datetime(http_date)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when - datetime.now(UTC)).total_seconds()


def sleep(seconds: float) -> None:
    """Wait before a retry (the sync twin of ``async_sleep``: the one wait the two clients truly differ in)."""
    time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    """Wait before a retry without blocking the event loop."""
    import anyio  # noqa: PLC0415  # lazy: only retries pay for it; httpx's own dependency; works under asyncio and trio

    await anyio.sleep(seconds)
