# derived from templates/python/runtime/_async_client.py by evolink-codegen (unasync); do not edit
"""``SyncAPIClient``: the transport under the generated ``Evolink``, written once, async.

``generator/emit/unasync.py`` derives the sync twin of this module token by token. What is not I/O lives in
``BaseClient`` (``_base_client``); the one wait the twins differ in is ``_retries.sleep``.

A call tries ``[base_url, *fallback_base_urls]`` in order, each with ``max_retries + 1`` attempts (see
``_retries`` for what is retried and how long it waits); it moves to the next URL only when every attempt
against the current one failed to connect. A stream's first event is read inside the attempt, so a
stream is retried until that event arrives and never after.

The generated layer makes every call through ``_call``: its keyword options choose a response model or
a stream (``stream``), and the parsed result, the ``with_raw_response`` form or the unread
``with_streaming_response`` form (``response``; see ``_response``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import Any, Literal, Self, TypeAlias, TypeVar, overload

import httpx
import pydantic

from ._base_client import BaseClient, Call, Failure, encode_body, parse_model, release
from ._config import DEFAULT_MAX_RETRIES, ClientOptions
from ._exceptions import APIConnectionError
from ._retries import is_connect_failure, sleep
from ._sync_pool import DefaultHttpxClient
from ._sync_response import APIResponse
from ._sync_streaming import Stream
from ._types import NOT_GIVEN, NotGiven

__all__ = ["SyncAPIClient"]

M = TypeVar("M", bound="pydantic.BaseModel")  # a string: importing BaseModel costs ~25 ms at import time
C = TypeVar("C", bound="pydantic.BaseModel")
T = TypeVar("T")
Parsed: TypeAlias = Literal["parsed"]
"""``_call(response=...)``'s default: the result itself, not an ``APIResponse`` holding it."""


class SyncAPIClient(BaseClient[httpx.Client]):
    """A client over one ``httpx.Client`` (connection pool) per instance; ``client.close()`` when done."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        fallback_base_urls: Sequence[str] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool = False,
        strict_models: bool = False,
    ) -> None:
        options = ClientOptions(
            api_key=api_key,
            base_url=base_url,
            fallback_base_urls=fallback_base_urls,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            allow_insecure_http=allow_insecure_http,
            strict_models=strict_models,
        )
        self._setup(options, DefaultHttpxClient)

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        fallback_base_urls: Sequence[str] | NotGiven | None = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        allow_insecure_http: bool | NotGiven = NOT_GIVEN,
        strict_models: bool | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy with some settings changed; headers and query merge; it shares (never closes) this pool."""
        if isinstance(fallback_base_urls, NotGiven):
            fallback_base_urls = self.fallback_base_urls if base_url is None else None
        options = ClientOptions(
            api_key=self._api_key if api_key is None else api_key,
            base_url=self._base_urls[0] if base_url is None else base_url,
            fallback_base_urls=fallback_base_urls,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            default_headers={**self._custom_headers, **(default_headers or {})},
            default_query={**self._custom_query, **(default_query or {})},
            http_client=self._client if http_client is None else http_client,
            allow_insecure_http=(
                self._allow_insecure_http if isinstance(allow_insecure_http, NotGiven) else allow_insecure_http
            ),
            strict_models=self.strict_models if isinstance(strict_models, NotGiven) else strict_models,
        )
        return type(self)(**options.arguments())

    def close(self) -> None:
        """Close the connection pool, unless it was passed in as ``http_client`` (or shared by a copy).

        Either way this client is closed: calls on it raise ``ClientClosedError``.
        """
        pool = self._mark_closed()
        if pool is not None:
            pool.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _sleep(self, seconds: float) -> None:
        """Wait before a retry (tests override this)."""
        sleep(seconds)

    @overload
    def _call(self, call: Call[M, Any], *, stream: Literal[False] = ..., response: Parsed = ...) -> M: ...
    @overload
    def _call(self, call: Call[Any, C], *, stream: Literal[True], response: Parsed = ...) -> Stream[C]: ...
    @overload
    def _call(self, call: Call[M, C], *, stream: bool, response: Parsed = ...) -> M | Stream[C]: ...
    @overload
    def _call(
        self, call: Call[M, Any], *, stream: Literal[False] = ..., response: Literal["raw"]
    ) -> APIResponse[M]: ...
    @overload
    def _call(
        self, call: Call[M, C], *, stream: bool = ..., response: Literal["raw"]
    ) -> APIResponse[M | Stream[C]]: ...
    @overload
    def _call(
        self, call: Call[M, Any], *, stream: Literal[False] = ..., response: Literal["unread"]
    ) -> APIResponse[M]: ...
    @overload
    def _call(
        self, call: Call[M, C], *, stream: bool = ..., response: Literal["unread"]
    ) -> APIResponse[M | Stream[C]]: ...

    def _call(
        self, call: Call[M, C], *, stream: bool = False, response: Literal["parsed", "raw", "unread"] = "parsed"
    ) -> object:
        """Send ``call`` (its method, path, headers and JSON body): the one request every generated method makes.

        ``stream=False`` validates the body as ``call.cast_to``; ``stream=True`` returns an ``Stream`` of
        ``call.chunk_type`` after its first event. ``response`` says what the caller gets: the ``"parsed"``
        result, a ``"raw"`` ``APIResponse`` (body read, or first event arrived; ``.parse()`` gives the result),
        or an ``"unread"`` ``APIResponse`` whose body nothing has read yet (``with_streaming_response``).
        """
        chunk_type = call.chunk_type
        if stream and chunk_type is None:
            raise TypeError("_call(stream=True) needs a Call with a chunk_type")

        def result(http: httpx.Response) -> M | Stream[C]:
            if chunk_type is None or not stream:
                return parse_model(http, call.cast_to)
            opened = Stream(response=http, chunk_type=chunk_type, end=call.stream_end)
            opened._prime()
            return opened

        def finish(http: httpx.Response) -> object:
            if response == "unread":
                return APIResponse(http, lambda: result(http), stream=stream)
            if response == "raw" and not stream:
                return APIResponse(http, lambda: parse_model(http, call.cast_to))
            value = result(http)  # a stream's first event is read here, inside the attempt
            return value if response == "parsed" else APIResponse(http, lambda: value, stream=True)

        return self._request(call, stream, finish, unread=response == "unread")

    def _request(
        self,
        call: Call[Any, Any],
        sse: bool,
        finish: Callable[[httpx.Response], T],
        *,
        unread: bool = False,
    ) -> T:
        """Send with retries and fail-over; ``finish`` the first 2xx. ``sse``: ask for an event stream;
        ``sse`` or ``unread``: hand ``finish`` the response before its body is read."""
        content = encode_body(call.body, call.options)
        for index, base in enumerate(self._base_urls):
            request = self._build_request(base, call, content, sse)
            connect_only = True
            for attempt in range(self.max_retries + 1):
                failure: Failure
                try:
                    response = self._send(request, sse or unread)
                    if response.is_success:
                        try:
                            return finish(response)
                        finally:
                            release(response)
                    failure = response
                except (httpx.RequestError, APIConnectionError) as exc:
                    failure = exc
                connect_only = connect_only and is_connect_failure(failure)
                delay = self._failure_delay(request, failure, attempt)
                if delay is None:
                    break
                self._sleep(delay)
            if not self._fail_over(index, connect_only):
                self._give_up(request, failure, self._base_urls[: index + 1])
        raise AssertionError("unreachable: the last base URL always gives up")

    def _send(self, request: httpx.Request, stream: bool) -> httpx.Response:
        response = self._client.send(request, stream=stream)
        if stream and not response.is_success:
            try:
                response.read()
            finally:
                response.close()
        return response
