# copied from templates/python/runtime/_base_client.py by evolink-codegen; do not edit
"""``BaseClient``: the I/O-free half of every client, under the generated ``Evolink`` / ``AsyncEvolink``.

::

    BaseClient (_base_client)          settings, headers, request building, retry decisions (no I/O)
    ├── AsyncAPIClient (_async_client)  httpx.AsyncClient, anyio.sleep, AsyncStream: written by hand
    └── SyncAPIClient (_sync_client)    httpx.Client, time.sleep, Stream: derived from it by the generator

It resolves the settings (a ``ClientOptions``, see ``_config``) once, precomputes the headers, builds each
request, and decides after each failed attempt whether to wait and retry, fail over, or raise (see
``_retries``). The API key is only ever in the headers: never in ``repr()``, error messages or log records
(logger ``"evolink"``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Final, Generic, NoReturn, TypeVar, cast

import httpx
import pydantic

from ._config import (
    ClientConfig,
    ClientOptions,
    HttpClientT,
    check_flag,
    check_max_retries,
    resolve_api_key,
    resolve_base_urls,
    resolve_timeout,
)
from ._exceptions import APIConnectionError, APIResponseValidationError, ClientClosedError, InvalidParameterError
from ._headers import check_headers, check_mapping
from ._json import encode_json
from ._retries import (
    backoff_delay,
    connection_error,
    is_retryable_error,
    response_body,
    retry_delay,
    should_retry_status,
    status_error,
)
from ._streaming import DONE_MARKER, StreamEnd
from ._types import Body, Headers, NotGiven, Query, RequestOptions, check_timeout

__all__ = [
    "NO_OPTIONS",
    "BaseClient",
    "Call",
    "ClientConfig",
    "ClientOptions",
    "Failure",
    "encode_body",
    "parse_model",
    "release",
]

log: Final = logging.getLogger("evolink")

_OWN_CLIENT_HEADERS: Final = {"Accept-Encoding": "gzip, deflate", "Connection": "keep-alive"}
"""What an httpx client sends by default, less what we set ourselves (Accept, User-Agent)."""

M = TypeVar("M", bound="pydantic.BaseModel")  # a string: importing BaseModel costs ~25 ms at import time
C = TypeVar("C", bound="pydantic.BaseModel")
Failure = httpx.Response | Exception
"""What ended an attempt: an error response, a transport error, or a stream broken before its first event."""

NO_OPTIONS: Final = RequestOptions()
"""The options of a call that passed none."""


@dataclass(frozen=True, slots=True)
class Call(Generic[M, C]):
    """One request the generated layer makes: where, what, and the models that read the answer (``_call`` takes it).

    ``path`` is already formatted (its parameters checked and escaped by ``_paths.format_path``); ``body`` is
    None for a request without one (a GET). ``stream_path`` and ``stream_query``, when given, are where a
    streaming call goes instead (Gemini's ``:streamGenerateContent?alt=sse``); ``stream_end`` says how its
    stream ends.
    """

    path: str
    body: Body | None
    cast_to: type[M]
    """The response model of a plain call."""
    chunk_type: type[C] | None = None
    """The model of each event of a stream; a call that may stream must give it."""
    options: RequestOptions = NO_OPTIONS
    method: str = "POST"
    headers: Headers | None = None
    """Headers the method's own arguments set (``X-Async-Mode``); ``extra_headers`` still win."""
    stream_path: str | None = None
    stream_query: Query | None = None
    stream_end: StreamEnd = DONE_MARKER


class BaseClient(Generic[HttpClientT]):
    """Settings and the I/O-free half of every call, shared by the sync and async clients."""

    _config: ClassVar[ClientConfig]

    def _setup(self, options: ClientOptions[HttpClientT], new_http_client: Callable[[], HttpClientT]) -> None:
        """Check and resolve the settings; ``new_http_client`` makes the pool when none was passed in."""
        config = self._config
        http_client = options.http_client
        check_max_retries(options.max_retries)
        check_flag(options.strict_models, "strict_models")
        check_timeout(options.timeout)
        check_headers(options.default_headers, "default_headers")
        check_mapping(options.default_query, "default_query")
        self._api_key = resolve_api_key(options.api_key, config)
        self._base_urls = resolve_base_urls(
            options.base_url, options.fallback_base_urls, config, allow_insecure_http=options.allow_insecure_http
        )
        self._allow_insecure_http = options.allow_insecure_http
        self.timeout = resolve_timeout(options.timeout, http_client)
        self.max_retries = options.max_retries
        self.strict_models = options.strict_models  # refuse, rather than send, a model id the SDK does not know
        self._custom_headers = dict(options.default_headers or {})
        self._custom_query = dict(options.default_query or {})
        self._owns_client = http_client is None
        self._closed = False
        # Our own httpx client is made on first use: building its SSL context costs ~30 ms, which
        # would otherwise make `Evolink()` slower than importing httpx and pydantic together.
        self._http_client: HttpClientT | None = http_client
        self._new_http_client: Callable[[], HttpClientT] = new_http_client
        self._http_client_lock = threading.Lock()
        self._base_headers = httpx.Headers(http_client.headers if http_client is not None else _OWN_CLIENT_HEADERS)
        self._timeout_extension = {"timeout": httpx.Timeout(self.timeout).as_dict()}
        self._headers = self._build_headers("application/json")
        self._stream_headers = self._build_headers("text/event-stream")
        self._urls: dict[tuple[str, str], httpx.URL] = {}

    @property
    def api_key(self) -> str:
        """The API key sent as a bearer token (never shown by ``repr``)."""
        return self._api_key

    @property
    def base_url(self) -> httpx.URL:
        """The primary server's origin."""
        return httpx.URL(self._base_urls[0])

    @property
    def fallback_base_urls(self) -> tuple[str, ...]:
        """The servers tried, in order, when the primary cannot be connected to."""
        return self._base_urls[1:]

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_urls[0]!r}, max_retries={self.max_retries})"

    def is_closed(self) -> bool:
        """Whether ``close()`` was called, or the ``http_client`` it uses was closed; calls then raise."""
        client = self._http_client
        return self._closed or (client is not None and client.is_closed)

    def _mark_closed(self) -> HttpClientT | None:
        """Mark this client closed; return its own pool if one was made (the caller closes it)."""
        with self._http_client_lock:
            self._closed = True
            return self._http_client if self._owns_client else None

    @property
    def _client(self) -> HttpClientT:
        """The httpx client (connection pool), made on first use when it is ours.

        Raises ``ClientClosedError`` once this client, or the httpx client it uses, is closed: httpx would
        raise a bare ``RuntimeError``, and a pool made after ``close()`` would never be closed.
        """
        client = self._http_client
        if client is None and not self._closed:
            with self._http_client_lock:
                client = self._http_client
                if client is None and not self._closed:
                    client = self._http_client = self._new_http_client()
        if client is None or self._closed or client.is_closed:
            raise ClientClosedError(
                f"This {type(self).__name__} is closed{'' if self._closed else ' (its http_client was closed)'}; "
                "make a new client, or keep this one open (use it as a context manager around all your calls)."
            )
        return client

    def _build_headers(self, accept: str) -> httpx.Headers:
        headers = httpx.Headers(self._base_headers)
        headers.update(
            {
                "Accept": accept,
                "Content-Type": "application/json",
                "User-Agent": self._config.user_agent,
                "Authorization": f"Bearer {self._api_key}",
            }
        )
        headers.update(self._custom_headers)
        return headers

    def _url(self, base: str, path: str) -> httpx.URL:
        url = self._urls.get((base, path))
        if url is None:
            url = self._urls[base, path] = httpx.URL(base + path)
        return url

    def _build_request(self, base: str, call: Call[Any, Any], content: bytes | None, stream: bool) -> httpx.Request:
        options = call.options
        headers = self._stream_headers if stream else self._headers
        if call.headers or options.extra_headers or content is None:
            headers = headers.copy()
            if content is None:
                del headers["Content-Type"]
            headers.update(call.headers or {})
            headers.update(options.extra_headers or {})
        path, stream_query = call.path, None
        if stream and call.stream_path is not None:
            path, stream_query = call.stream_path, call.stream_query
        query = None
        if self._custom_query or stream_query or options.extra_query:
            query = {**self._custom_query, **(stream_query or {}), **(options.extra_query or {})}
        timeout = options.timeout
        extensions = (
            self._timeout_extension if isinstance(timeout, NotGiven) else {"timeout": httpx.Timeout(timeout).as_dict()}
        )
        return httpx.Request(
            call.method,
            self._url(base, path),
            params=cast("dict[str, Any] | None", query),
            headers=headers,
            content=content,
            extensions=extensions,
        )

    def _failure_delay(self, request: httpx.Request, failure: Failure, attempt: int) -> float | None:
        """Seconds to wait before the next attempt, or ``None`` to give up on this base URL.

        Raises at once for failures that must not be retried: a status that is not retryable (or whose
        server asks for more than 60 s, or when retries are spent) and transport errors meaning the
        request itself is invalid.
        """
        final = attempt >= self.max_retries
        if isinstance(failure, httpx.Response):
            delay = None
            if not final and should_retry_status(failure.status_code):
                delay = retry_delay(attempt, failure.headers)
            if delay is None:
                raise status_error(failure)
            reason = f"{failure.status_code} {failure.reason_phrase}".rstrip()
        else:
            if not is_retryable_error(failure):
                raise connection_error(request, failure) from failure
            if final:
                return None
            delay = backoff_delay(attempt)
            reason = type(failure.__cause__ or failure).__name__
        log.info(
            "Retrying %s %s in %.3f s (retry %d of %d) after %s",
            request.method, request.url, delay, attempt + 1, self.max_retries, reason,
        )  # fmt: skip
        return delay

    def _give_up(self, request: httpx.Request, failure: Failure, tried: Sequence[str]) -> NoReturn:
        """Raise the connection error that ends a call whose attempts are spent."""
        if isinstance(failure, APIConnectionError):
            raise failure
        assert not isinstance(failure, httpx.Response)  # error responses raised in _failure_delay
        prefix = f"Could not connect to any of {', '.join(tried)}. " if len(tried) > 1 else ""
        raise connection_error(request, failure, prefix) from failure

    def _fail_over(self, index: int, connect_only: bool) -> bool:
        """Whether to move on from ``_base_urls[index]``: only if it never connected and another URL is left."""
        if not connect_only or index + 1 >= len(self._base_urls):
            return False
        log.info("Could not connect to %s; failing over to %s", self._base_urls[index], self._base_urls[index + 1])
        return True


def encode_body(body: Body | None, options: RequestOptions) -> bytes | None:
    """Compact UTF-8 JSON of ``body`` with ``extra_body`` shallow-merged over it (its keys win); None without a body
    (``extra_body`` then makes one)."""
    if body is None and not options.extra_body:
        return None
    body = body or {}
    if options.extra_body:
        body = {**body, **options.extra_body}
    try:
        return encode_json(body)
    except ValueError as exc:
        raise InvalidParameterError(f"The request body {exc}.") from None


def release(response: httpx.Response) -> None:
    """Let a closed response be freed as soon as nothing refers to it.

    httpx's client gives each response a stream that refers back to the response: a reference cycle, which only
    the garbage collector frees, by then often in its oldest generation. With many calls in flight that kept
    every finished call's request, response and buffers alive: 1,000 calls from 64 threads grew the resident set
    by ~0.5 KiB per call more than the same calls without the cycle (bench/concurrency.py). A closed response
    reads its body from ``content``, never again from its stream, so an empty stream takes its place.
    """
    if response.is_closed:
        response.stream = _EMPTY


_EMPTY: Final = httpx.ByteStream(b"")
"""The stream of every released response (httpx's ``ByteStream`` is both a sync and an async stream)."""


def parse_model(response: httpx.Response, cast_to: type[M]) -> M:
    """Validate a read response body into ``cast_to``; ``APIResponseValidationError`` if it does not fit."""
    try:
        return cast_to.model_validate_json(response.content)
    except pydantic.ValidationError as exc:
        message = f"The response body is not a valid {cast_to.__name__}: {exc}"
        raise APIResponseValidationError(response, response_body(response), message) from exc
